// The type-checking corpus of README.md ("Type-checking speed"): every entry
// point with closures as users write them, nesting two and three levels deep,
// Double and Float. .ci/run type-checks this file as a whole and fails on any
// expression over 100 ms or any that does not compile (values are checked in
// ClosureFormulaTests, not here). Compare designs with
// .ci/typecheck-corpus/measure (one file per function, time and solver scopes).
// KnownSlow.swift has what is still slow.
import DualGrad
import Foundation
let a = 2.0, b = -1.0, c = 0.5, d = 3.0, mu = 0.3, sigma = 1.5
var k = 1.25
let fa: Float = 2, fb: Float = -1, fc: Float = 0.5

func e01() -> Double { derivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5) }
func e02() -> Double { secondDerivative(of: { x in x * x * x / 6 - a * x }, at: 1.0) }
func e03() -> Double { derivative(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0) }
func e04() -> Double { derivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) }, at: 0.5) }
func e05() -> Double { derivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, at: 1.0) }
func e06() -> Double { derivative(of: { x in sin(x) * cos(x) + .pi * x - k * x }, at: 1.0) }
func e07() -> Double { derivative(of: { x in pow(x, 3) + sqrt(x) + log(x) / x }, at: 2.0) }
func e08() -> Float { derivative(of: { x in fa * x * x + 1 }, at: Float(3)) }
func e09() -> (value: Double, derivative: Double) { valueWithDerivative(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0) }
func e10() -> (value: Double, derivative: Double) { valueWithDerivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5) }
func e11() -> Double { secondDerivative(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0) }
func e12() -> Double { secondDerivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5) }
func e13() -> [Double] { derivatives(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0, order: 3) }
func e14() -> [Double] { derivatives(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5, order: 4) }
func e15() -> [Double] { elementwiseDerivative(of: { x in a * x * x * x + b * x * x + c * x + d }, over: [1.0, 2.0]) }
func e16() -> [Double] { elementwiseDerivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, over: linspace(-1.0, 1.0, count: 5)) }
func e17() -> [Double] { gradient(of: { w in (1 - w[0]) * (1 - w[0]) + 100 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0]) }, at: [0.5, 0.5]) }
func e18() -> [Double] { gradient(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0]) }
func e19() -> (value: Double, gradient: [Double]) { valueWithGradient(of: { w in exp(-(w[0] - mu) * (w[0] - mu) / (2 * sigma * sigma)) * sin(w[1]) }, at: [1.0, 2.0]) }
func e20() -> Double { directionalDerivative(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0], along: [1.0, 0.0]) }
func e21() -> [[Double]] { jacobian(of: { w in [a * w[0] * w[1], sin(w[0]) + b * w[1], w[0] * w[0] / (2 * sigma)] }, at: [1.0, 2.0]) }
func e22() -> [[Double]] { hessian(of: { w in (1 - w[0]) * (1 - w[0]) + 100 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0]) }, at: [0.5, 0.5]) }
func e23() -> [[Double]] { hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0]) }
func e24() -> [Double] { gradient(of: { w in (1 - w[0]) * (1 - w[0]) + 100 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0]) }, at: [0.5, 0.5], chunk: Chunk<2>()) }
func e25() -> (value: Double, gradient: [Double]) { valueWithGradient(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0], chunk: Chunk<2>()) }
func e26() -> [[Double]] { jacobian(of: { w in [a * w[0] * w[1], sin(w[0]) + b * w[1]] }, at: [1.0, 2.0], chunk: Chunk<2>()) }
func e27() -> [[Double]] { hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0], chunk: Chunk<2>()) }
// Nesting: ForwardDiff.jl's D(x -> x * D(y -> x + y, 1), 1) == 1, written as users write it.
func n01() -> Double { derivative(of: { x in x * derivative(of: { y in x + y }, at: x) }, at: 1.0) }
func n02() -> Double { derivative(of: { x in derivative(of: { y in x * y + a * y * y }, at: x) }, at: 3.0) }
// three nested derivatives closing over each other's variables
func n03() -> Double { derivative(of: { x in derivative(of: { y in derivative(of: { z in x * y * z + a * z }, at: y) }, at: x) }, at: 2.0) }
// gradient of a function built from an inner Hessian and gradient (Hamiltonian-like)
func n04() -> [Double] { gradient(of: { q in hessian(of: { p in p[0] * p[0] * q[0] + a * p[1] * p[1] * q[1] }, at: q)[0][0] + gradient(of: { p in p[0] * q[1] + c * p[1] * p[1] }, at: q)[1] }, at: [1.0, 2.0]) }
func n05() -> Double { secondDerivative(of: { x in derivative(of: { y in exp(a * x * y) - y }, at: x) }, at: 0.5) }
// generic user functions
func sigmoidOfSquare<S: RealScalar>(_ x: S) -> S { 1 / (1 + exp(-x * x)) }
func g01() -> Double { sigmoidOfSquare(0.5) + derivative(of: sigmoidOfSquare, at: 0.5) + secondDerivative(of: sigmoidOfSquare, at: 0.5) }
func g02<T: RealScalar>(_ x: Dual<T>, _ t: T) -> Dual<T> { x * t + t * x - x / t + t }
func p01(_ x: Dual<Double>) -> Dual<Double> { a * x * x * x + b * x * x + c * x + d }
func p02(_ x: Dual<Dual<Double>>) -> Dual<Dual<Double>> { x * x * x / 6 - a * x }
func p03(_ x: Dual<Dual<Dual<Double>>>, _ y: Dual<Dual<Double>>) -> Dual<Dual<Dual<Double>>> { x * y + a * x - y / x }
// Result type not stated (top-level code, print): T is fixed only by the literal point.
func u01() { print(hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] }, at: [1.0, 2.0])) }
func u02() { let h = hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] }, at: [1.0, 2.0]); print(h) }
func u03() { print(derivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, at: 1.0)) }
func u04() { let v = derivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, at: 1.0); print(v) }
func u05() { print(derivative(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0)) }
func u06() { let v = derivative(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0); print(v) }
// Float: points and captured constants of type Float in every entry point.
func f01() -> Float { derivative(of: { x in fa * x * x * x + fb * x * x + fc * x + 3 }, at: Float(2)) }
func f02() -> Float { secondDerivative(of: { x in fa * x * x * x + fb * x * x + fc * x }, at: Float(2)) }
func f03() -> (value: Float, derivative: Float) { valueWithDerivative(of: { x in exp(-(x - fc) * (x - fc) / (2 * fa * fa)) }, at: Float(0.5)) }
func f04() -> [Float] { derivatives(of: { x in fa * x * x * x + fb * x * x + fc * x }, at: Float(2), order: 3) }
func f05() -> [Float] { elementwiseDerivative(of: { x in fa * x * x + fb * sin(x) }, over: [Float(1), 2, 3]) }
func f06() -> [Float] { gradient(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] + fc * w[1] * w[1] }, at: [Float(1), 2]) }
func f07() -> Float { directionalDerivative(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] }, at: [Float(1), 2], along: [1, 0]) }
func f08() -> [[Float]] { jacobian(of: { w in [fa * w[0] * w[1], sin(w[0]) + fb * w[1]] }, at: [Float(1), 2]) }
func f09() -> [[Float]] { hessian(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] + fc * w[1] * w[1] }, at: [Float(1), 2]) }
func f10() -> (value: Float, gradient: [Float]) { valueWithGradient(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] + fc * w[1] * w[1] }, at: [Float(1), 2], chunk: Chunk<2>()) }
func f11() -> [[Float]] { hessian(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] + fc * w[1] * w[1] }, at: [Float(1), 2], chunk: Chunk<2>()) }
func f12() { let af: Float = 2; print(derivative(of: { x in af * x * x }, at: Float(1))) }
func e28() { var slopes: [Double] = []; elementwiseDerivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, over: [1.0, 2.0], into: &slopes) }
func u09() { print(valueWithGradient(of: { w in a * w[0] * w[0] + b * w[0] * w[1] }, at: [1.0, 2.0], chunk: Chunk<2>())) }
func u10() { let g = gradient(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] }, at: [Float(1), 2], chunk: Chunk<2>()); print(g) }
func u12() { let g = gradient(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] }, at: [Float(1), 2]); print(g) }
func u07() { let h = hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] }, at: [1.0, 2.0], chunk: Chunk<2>()); print(h) }
func u08() { let h = hessian(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] }, at: [Float(1), 2], chunk: Chunk<2>()); print(h) }
func u13() { let h = hessian(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] + fc * w[1] * w[1] }, at: [Float(1), 2], chunk: Chunk<2>()); print(h) }
func u14() { let h = hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0], chunk: Chunk<2>()); print(h) }
func u15() { let h = hessian(of: { w in (1 - w[0]) * (1 - w[0]) + 100 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0]) }, at: [0.5, 0.5], chunk: Chunk<2>()); print(h) }
func e29() -> [[Double]] { hessian(of: { w in (1 - w[0]) * (1 - w[0]) + 100 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0]) }, at: [0.5, 0.5], chunk: Chunk<2>()) }

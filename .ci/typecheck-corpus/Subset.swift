// The 19-formula subset of Corpus.swift (plus a declared-type closure, a declared
// function and the ten-term polynomial) on which every design in README.md
// ("Type-checking speed") was measured: .ci/typecheck-corpus/measure <modules> .ci/typecheck-corpus/Subset.swift
import DualGrad
import Foundation

let a = 2.0, b = -1.0, c = 0.5, d = 3.0, mu = 0.3, sigma = 1.5
var k = 1.25
let fa: Float = 2
func e01() -> Double { derivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5) }
func e02() -> Double { secondDerivative(of: { x in x * x * x / 6 - a * x }, at: 1.0) }
func e03() -> Double { derivative(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0) }
func e05() -> Double { derivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, at: 1.0) }
func e11() -> Double { secondDerivative(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0) }
func e12() -> Double { secondDerivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5) }
func e13() -> [Double] { derivatives(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0, order: 3) }
func e18() -> [Double] { gradient(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0]) }
func e19() -> (value: Double, gradient: [Double]) { valueWithGradient(of: { w in exp(-(w[0] - mu) * (w[0] - mu) / (2 * sigma * sigma)) * sin(w[1]) }, at: [1.0, 2.0]) }
func e25() -> (value: Double, gradient: [Double]) { valueWithGradient(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0], chunk: Chunk<2>()) }
func e27() -> [[Double]] { hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0], chunk: Chunk<2>()) }
func n03() -> Double { derivative(of: { x in derivative(of: { y in derivative(of: { z in x * y * z + a * z }, at: y) }, at: x) }, at: 2.0) }
func g02<T: RealScalar>(_ x: Dual<T>, _ t: T) -> Dual<T> { x * t + t * x - x / t + t }
func p01(_ x: Dual<Double>) -> Dual<Double> { a * x * x * x + b * x * x + c * x + d }
func p02(_ x: Dual<Dual<Double>>) -> Dual<Dual<Double>> { x * x * x / 6 - a * x }
func p03(_ x: Dual<Dual<Dual<Double>>>, _ y: Dual<Dual<Double>>) -> Dual<Dual<Dual<Double>>> { x * y + a * x - y / x }
func sigmoidOfSquare<S: RealScalar>(_ x: S) -> S { 1 / (1 + exp(-x * x)) }
func t1() -> Double { derivative(of: { (x: Dual<Double>) -> Dual<Double> in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5) }
func t2(_ x: Dual<Double>) -> Dual<Double> { exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }
func l01(_ x: Dual<Double>) -> Dual<Double> { 1 + 2 * x + 3 * x * x + 4 * x * x * x + 5 * x * x * x * x + 6 * x * x * x * x * x + 7 * x * x * x * x * x * x + 8 * x * x * x * x * x * x * x + 9 * x * x * x * x * x * x * x * x + 10 * x * x * x * x * x * x * x * x * x }

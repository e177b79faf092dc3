// Formulas as users write them: closures with an inferred parameter
// (`{ x in ... }`, `{ w in ... }`), captured `Double` constants and variables,
// `.pi` and the free functions, in every entry point, and nested derivatives
// that close over the outer variables. ClosureFormulaTests.swift checks every
// value against mpmath; .ci/run type-checks this file on its own (with
// `import Foundation`, as most programs have it) and fails on any expression
// over 100 ms. Most of these took 1 to 6 s or did not type-check at all before
// the mixed operators of Dual+Mixing.swift (README.md, "Type-checking speed").
import DualGrad
import Foundation

enum ClosureFormulas {
  // The constants of issue 10's table, captured by every formula below.
  static let a = 2.0, b = -1.0, c = 0.5, d = 3.0, mu = 0.3, sigma = 1.5

  // MARK: One variable

  /// a x³ + b x² + c x + d: 2.5–4.5 s before, a Double constant per term.
  static func cubicSlope() -> Double {
    let a = a
    let b = b
    let c = c
    let d = d
    return derivative(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0)
  }

  /// The unnormalised Gaussian: 3.6–5.0 s before.
  static func gaussianSlope() -> Double {
    let mu = mu
    let sigma = sigma
    return derivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) }, at: 0.5)
  }

  /// The normalised Gaussian (issue 10's first line): 11 s and an error at
  /// first, 1.4 s before the concrete `derivative` for `Double`, 7 ms now.
  static func normalisedGaussianSlope() -> Double {
    let mu = mu
    let sigma = sigma
    return derivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5)
  }

  /// The normalised Gaussian's value and slope: 1.4 s before the concrete
  /// `valueWithDerivative` for `Double`, 7 ms now.
  static func normalisedGaussianValueAndSlope() -> (value: Double, derivative: Double) {
    let mu = mu
    let sigma = sigma
    return valueWithDerivative(
      of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5)
  }

  /// README's first formula, literals only: 0.2 s before, 4 ms now.
  static func tanhByExponentials() -> Double {
    derivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, at: 1.0)
  }

  static func trigonometricWithPi() -> Double {
    var k = 1.0
    k += 0.25
    return derivative(of: { x in sin(x) * cos(x) + .pi * x - k * x }, at: 1.0)
  }

  static func powersAndLogarithm() -> Double {
    derivative(of: { x in pow(x, 3) + sqrt(x) + log(x) / x }, at: 2.0)
  }

  static func floatConstant() -> Float {
    let a: Float = 2
    return derivative(of: { x in a * x * x + 1 }, at: Float(3))
  }

  static func cubicValueAndSlope() -> (value: Double, derivative: Double) {
    let a = a
    let b = b
    let c = c
    let d = d
    return valueWithDerivative(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0)
  }

  /// A `Double` constant with `Dual<Dual<Double>>`: did not compile before.
  static func cubicTermSecondDerivative() -> Double {
    let a = a
    return secondDerivative(of: { x in a * x * x * x }, at: 2.0)
  }

  static func quadraticSecondDerivative() -> Double {
    let a = a
    let b = b
    return secondDerivative(of: { x in a * x * x + b * x }, at: 2.0)
  }

  /// Issue 10's second derivative: 0.5 s before the concrete `secondDerivative`
  /// for `Double`, 3 ms now.
  static func cubicOverSixSecondDerivative() -> Double {
    let a = a
    return secondDerivative(of: { x in x * x * x / 6 - a * x }, at: 1.0)
  }

  /// Four captured constants in a second derivative: did not type-check
  /// (6 s) before the `Double?` operators of Dual+ConcreteOperators.swift.
  static func cubicSecondDerivative() -> Double {
    let a = a
    let b = b
    let c = c
    let d = d
    return secondDerivative(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0)
  }

  /// The normalised Gaussian's curvature: did not type-check (4 s) before.
  static func normalisedGaussianSecondDerivative() -> Double {
    let mu = mu
    let sigma = sigma
    return secondDerivative(
      of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5)
  }

  static func cubicSeries() -> [Double] {
    let a = a
    let b = b
    let c = c
    let d = d
    return derivatives(of: { x in a * x * x * x + b * x * x + c * x + d }, at: 2.0, order: 3)
  }

  static func normalisedGaussianSeries() -> [Double] {
    let mu = mu
    let sigma = sigma
    return derivatives(
      of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5, order: 4)
  }

  static func cubicSlopes() -> [Double] {
    let a = a
    let b = b
    let c = c
    let d = d
    return elementwiseDerivative(of: { x in a * x * x * x + b * x * x + c * x + d }, over: [1.0, 2.0])
  }

  // MARK: Several variables

  static func rosenbrockGradient() -> [Double] {
    gradient(of: { w in (1 - w[0]) * (1 - w[0]) + 100 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0]) }, at: [0.5, 0.5])
  }

  /// Did not compile before (unable to type-check in reasonable time).
  static func quadraticFormGradient() -> [Double] {
    let a = a
    let b = b
    let c = c
    let d = d
    return gradient(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0])
  }

  static func gaussianTimesSineValueAndGradient() -> (value: Double, gradient: [Double]) {
    let mu = mu
    let sigma = sigma
    return valueWithGradient(
      of: { w in exp(-(w[0] - mu) * (w[0] - mu) / (2 * sigma * sigma)) * sin(w[1]) }, at: [1.0, 2.0])
  }

  static func quadraticFormAlongFirstAxis() -> Double {
    let a = a
    let b = b
    let c = c
    let d = d
    return directionalDerivative(
      of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0], along: [1.0, 0.0])
  }

  static func threeComponentJacobian() -> [[Double]] {
    let a = a
    let b = b
    let sigma = sigma
    return jacobian(of: { w in [a * w[0] * w[1], sin(w[0]) + b * w[1], w[0] * w[0] / (2 * sigma)] }, at: [1.0, 2.0])
  }

  static func rosenbrockHessian() -> [[Double]] {
    hessian(of: { w in (1 - w[0]) * (1 - w[0]) + 100 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0]) }, at: [0.5, 0.5])
  }

  /// `Double` constants in a Hessian's `Dual<Dual<Double>>` closure: did not compile before.
  static func quadraticFormHessian() -> [[Double]] {
    let a = a
    let b = b
    let c = c
    let d = d
    return hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0])
  }

  static func rosenbrockChunkedGradient() -> [Double] {
    gradient(
      of: { w in (1 - w[0]) * (1 - w[0]) + 100 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0]) }, at: [0.5, 0.5],
      chunk: Chunk<2>())
  }

  static func chunkedJacobian() -> [[Double]] {
    let a = a
    let b = b
    return jacobian(of: { w in [a * w[0] * w[1], sin(w[0]) + b * w[1]] }, at: [1.0, 2.0], chunk: Chunk<2>())
  }

  // MARK: Nested derivatives closing over outer variables

  /// ForwardDiff.jl's perturbation-confusion test D(x -> x · D(y -> x + y, x), 1) = 1.
  static func nestedSum() -> Double {
    derivative(of: { x in x * derivative(of: { y in x + y }, at: x) }, at: 1.0)
  }

  /// A gradient of a function built from an inner Hessian and an inner gradient
  /// at the outer point (three levels of dual numbers, captured constants).
  static func gradientOfHessianAndGradient() -> [Double] {
    let a = a
    let c = c
    return gradient(
      of: { q in
        hessian(of: { p in p[0] * p[0] * q[0] + a * p[1] * p[1] * q[1] }, at: q)[0][0]
          + gradient(of: { p in p[0] * q[1] + c * p[1] * p[1] }, at: q)[1]
      }, at: [1.0, 2.0])
  }

  /// Three levels: a second derivative of an inner derivative over the outer x.
  static func secondDerivativeOfInnerDerivative() -> Double {
    let a = a
    return secondDerivative(of: { x in derivative(of: { y in exp(a * x * y) - y }, at: x) }, at: 0.5)
  }

  // MARK: Generic user functions and declared types

  static func sigmoidOfSquare<S: RealScalar>(_ x: S) -> S { 1 / (1 + exp(-x * x)) }

  static func sigmoidOfSquareValueAndDerivatives() -> [Double] {
    [sigmoidOfSquare(0.5), derivative(of: sigmoidOfSquare, at: 0.5), secondDerivative(of: sigmoidOfSquare, at: 0.5)]
  }

  /// `Dual<T>` with `T` in generic code: did not compile before.
  static func mixedInGenericCode<T: RealScalar>(_ x: Dual<T>, _ t: T) -> Dual<T> { x * t + t * x - x / t + t }

  /// A `Double` with `Dual<Dual<Double>>` in a declared function: did not compile before.
  static func cubicOverSecondOrder(_ x: Dual<Dual<Double>>) -> Dual<Dual<Double>> { x * x * x / 6 - a * x }

  /// `Dual<Dual<Dual<Double>>>` with `Dual<Dual<Double>>` (one level down) and with `Double`.
  static func thirdOrderWithOuterVariable(_ x: Dual<Dual<Dual<Double>>>, _ y: Dual<Dual<Double>>) -> Dual<
    Dual<Dual<Double>>
  > {
    x * y + a * x - y / x
  }

  // MARK: Chunked forms, open result types, elementwise Gaussian

  /// Four captured constants in a chunked `valueWithGradient`: 1.1 s before the
  /// free chunk operators of DualVector+Constants.swift, about 50 ms now.
  static func quadraticFormChunkedValueAndGradient() -> (value: Double, gradient: [Double]) {
    let a = a
    let b = b
    let c = c
    let d = d
    return valueWithGradient(
      of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0], chunk: Chunk<2>())
  }

  /// The same in a chunked `hessian` (`DualVector<2, DualVector<2, Double>>` with `Double`): 1.1 s before.
  static func quadraticFormChunkedHessian() -> [[Double]] {
    let a = a
    let b = b
    let c = c
    let d = d
    return hessian(
      of: { w in a * w[0] * w[0] + b * w[0] * w[1] + c * w[1] * w[1] + d }, at: [1.0, 2.0], chunk: Chunk<2>())
  }

  /// A Hessian whose result type nothing states (`let h = ...`): 0.46 s before
  /// the concrete `hessian` for `Double`, 8 ms now.
  static func hessianWithOpenResultType() -> [[Double]] {
    let a = a
    let b = b
    let h = hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] }, at: [1.0, 2.0])
    return h
  }

  /// A chunked Hessian whose result type nothing states: 1 s before the
  /// `Double` form of `hessian(of:at:chunk:)` and the nested chunk operators
  /// that are not disfavoured (0.27 s before the free chunk operators), 25 ms now.
  static func chunkedHessianWithOpenResultType() -> [[Double]] {
    let a = a
    let b = b
    let h = hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] }, at: [1.0, 2.0], chunk: Chunk<2>())
    return h
  }

  /// Rosenbrock's function with literals in a chunked Hessian whose result type
  /// nothing states: did not type-check in reasonable time before, about 100 ms
  /// on the loaded machine now (3,900 solver scopes).
  static func rosenbrockChunkedHessianWithOpenResultType() -> [[Double]] {
    let h = hessian(
      of: { w in (1 - w[0]) * (1 - w[0]) + 100 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0]) }, at: [0.5, 0.5],
      chunk: Chunk<2>())
    return h
  }

  /// The normalised Gaussian's slopes over `linspace`: 105 ms before the
  /// concrete `elementwiseDerivative` for `Double`, 10 ms now.
  static func normalisedGaussianSlopesOverLinspace() -> [Double] {
    let mu = mu
    let sigma = sigma
    return elementwiseDerivative(
      of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) },
      over: linspace(-1.0, 1.0, count: 5))
  }

  // MARK: Float points and constants

  static let fa: Float = 2, fb: Float = -1, fc: Float = 0.5

  /// `Dual<Dual<Float>>` with `Float`: 0.76 s before.
  static func floatCubicSecondDerivative() -> Float {
    let fa = fa
    let fb = fb
    let fc = fc
    return secondDerivative(of: { x in fa * x * x * x + fb * x * x + fc * x }, at: Float(2))
  }

  /// `Taylor<Float>` with `Float`: did not type-check before.
  static func floatCubicSeries() -> [Float] {
    let fa = fa
    let fb = fb
    let fc = fc
    return derivatives(of: { x in fa * x * x * x + fb * x * x + fc * x }, at: Float(2), order: 3)
  }

  /// A `Float` Hessian: 0.41 s before.
  static func floatQuadraticFormHessian() -> [[Float]] {
    let fa = fa
    let fb = fb
    let fc = fc
    return hessian(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] + fc * w[1] * w[1] }, at: [Float(1), 2])
  }

  /// A chunked `Float` gradient and Hessian: 0.43 s each before. The Hessian's
  /// type is not stated: `let matrix = hessian(...)` did not type-check in
  /// reasonable time before the `Float` form of `hessian(of:at:chunk:)` and the
  /// nested chunk operators that are not disfavoured; 40 ms now.
  static func floatQuadraticFormChunked() -> (value: Float, gradient: [Float], hessian: [[Float]]) {
    let fa = fa
    let fb = fb
    let fc = fc
    let (value, gradient) = valueWithGradient(
      of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] + fc * w[1] * w[1] }, at: [Float(1), 2], chunk: Chunk<2>())
    let matrix = hessian(
      of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] + fc * w[1] * w[1] }, at: [Float(1), 2], chunk: Chunk<2>())
    return (value, gradient, matrix)
  }

  /// Every mixed operator of the chunked forms, with the constant on either
  /// side: the gradient of a / w₀ + w₀ / c − (b − w₁) · w₁ · d + (w₀ + a) − (w₁ − c) + (c + w₁)
  /// at (1, 2), and the same over `Float` with `fa` for `d`.
  static func chunkedConstantsOnBothSides() -> (double: [Double], float: [Float]) {
    let a = a
    let b = b
    let c = c
    let d = d
    let double = gradient(
      of: { w in a / w[0] + w[0] / c - (b - w[1]) * w[1] * d + (w[0] + a) - (w[1] - c) + (c + w[1]) },
      at: [1.0, 2.0],
      chunk: Chunk<2>())
    let fa = fa
    let fb = fb
    let fc = fc
    let float = gradient(
      of: { w in fa / w[0] + w[0] / fc - (fb - w[1]) * w[1] * fa + (w[0] + fa) - (w[1] - fc) + (fc + w[1]) },
      at: [Float(1), 2],
      chunk: Chunk<2>())
    return (double, float)
  }
}

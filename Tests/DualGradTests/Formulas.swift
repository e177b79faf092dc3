// Formulas as users write them. The file is compiled into the test bundle (so
// every formula must keep compiling), and .ci/run type-checks it alone with
// `-warn-long-expression-type-checking=100`: any formula that takes the type
// checker over 100 ms fails CI (see the header of Dual+Arithmetic.swift).
import DualGrad

typealias D = Dual<Double>
typealias DD = Dual<Dual<Double>>
typealias TD = Taylor<Double>

enum Formulas {
  static func tanhWithExp(_ x: D) -> D { (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }
  static func sigmoidWithTanh(_ x: D) -> D { 0.5 * (tanh(x / 2) + 1) }
  static func polynomialSumOfProducts(_ x: D) -> D {
    1 + 2 * x + 3 * x * x + 4 * x * x * x + 5 * x * x * x * x + 6 * x * x * x * x * x
      + 7 * x * x * x * x * x * x + 8 * x * x * x * x * x * x * x + 9 * x * x * x * x * x * x * x * x
      + 10 * x * x * x * x * x * x * x * x * x
  }
  static func polynomialHorner(_ x: D) -> D {
    1 + x * (2 + x * (3 + x * (4 + x * (5 + x * (6 + x * (7 + x * (8 + x * (9 + x * 10))))))))
  }
  static func linearWithPlainWeights(_ w: [D], _ x1: Double, _ x2: Double) -> D { w[0] * x1 + w[1] * x2 + w[2] }
  static func differenceOfSquares(_ x: D, _ c: Double) -> D { (x - c) * (x + c) / (2 * c) }
  static func twoVariables(_ x: D, _ y: D) -> D { x * y + 3 * x - y / 2 + exp(x * y) }
  static func mixedTwoVariables(_ x: D, _ y: D) -> D {
    3 * x * x * y - 2 * y * y * y + x / (1 + y * y) - 0.25 * x * y * 4
  }
  static func absoluteByBranch(_ x: D) -> D { x < 0 ? -x : x }
  static func nestedTanhWithExp(_ x: DD) -> DD { (1 - exp(-2 * x)) / (1 + exp(-2 * x)) + 0.5 * x * x }
  static func nestedPolynomialSumOfProducts(_ x: DD) -> DD {
    1 + 2 * x + 3 * x * x + 4 * x * x * x + 5 * x * x * x * x + 6 * x * x * x * x * x
      + 7 * x * x * x * x * x * x + 8 * x * x * x * x * x * x * x + 9 * x * x * x * x * x * x * x * x
      + 10 * x * x * x * x * x * x * x * x * x
  }
  static func nestedWithInnerScalars(_ x: DD, _ c: D) -> DD { (x - c) * (x + c) / (2 * c) }
  static func powers(_ x: D) -> D { pow(x, 3) + pow(x, 0.5) + pow(2, x) + sqrt(x) * cbrt(x) }
  static func floatTanhWithExp(_ x: Dual<Float>) -> Dual<Float> { (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }

  static func taylorTanhWithExp(_ x: TD) -> TD { (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }
  static func taylorSigmoidWithTanh(_ x: TD) -> TD { 0.5 * (tanh(x / 2) + 1) }
  static func taylorPolynomialSumOfProducts(_ x: TD) -> TD {
    1 + 2 * x + 3 * x * x + 4 * x * x * x + 5 * x * x * x * x + 6 * x * x * x * x * x
      + 7 * x * x * x * x * x * x + 8 * x * x * x * x * x * x * x + 9 * x * x * x * x * x * x * x * x
      + 10 * x * x * x * x * x * x * x * x * x
  }
  static func taylorPolynomialHorner(_ x: TD) -> TD {
    1 + x * (2 + x * (3 + x * (4 + x * (5 + x * (6 + x * (7 + x * (8 + x * (9 + x * 10))))))))
  }
  static func taylorDifferenceOfSquares(_ x: TD, _ c: Double) -> TD { (x - c) * (x + c) / (2 * c) }
  static func taylorPowers(_ x: TD) -> TD { pow(x, 3) + pow(x, 0.5) + pow(2, x) + sqrt(x) * cbrt(x) }
  static func chunkTanhWithExp(_ x: DualVector<8, Double>) -> DualVector<8, Double> {
    (1 - exp(-2 * x)) / (1 + exp(-2 * x))
  }

  static func genericHorner<S: RealScalar>(_ x: S) -> S {
    1 + x * (2 + x * (3 + x * (4 + x * (5 + x * (6 + x * (7 + x * (8 + x * (9 + x * 10))))))))
  }
  static func genericSigmoid<S: RealScalar>(_ x: S) -> S { 0.5 * (tanh(x / 2) + 1) }
  static func genericTanhWithExp<S: RealScalar>(_ x: S) -> S { (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }
  static func genericLogLoss<S: RealScalar>(_ z: S, _ label: S) -> S {
    -(label * logSigmoid(z) + (1 - label) * logSigmoid(-z))
  }
}

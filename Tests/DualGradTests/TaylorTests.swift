import DualGrad
import DualGradTestSupport
import Foundation
import Testing

/// The functions whose derivatives TaylorReferences.swift records, written
/// once for every scalar type so that Taylor, Dual and plain numbers run the
/// same code.
enum TaylorFunction: String, Sendable, CaseIterable {
  case exp, expMinusOne, exp2, log, logOnePlus, log2, log10, sqrt, cubeRoot, cubeRootOfNegative, fifthRoot
  case powConstantExponent, powNegativeBaseIntegralExponent, powConstantBase, powBothVarying, powInteger
  case powNegativeInteger, sin, cos, tan, asin, acos, atan, atan2OverConstant, atan2UnderConstant
  case sinh, cosh, tanh, asinh, acosh, atanh, hypot, erf, erfc, sigmoid, softplus, logSigmoid
  case tanhOfLargeArgument, reciprocalOfOneMinus, hypotWithHugeConstant

  func callAsFunction<S: RealScalar>(_ x: S) -> S {
    switch self {
    case .exp: S.exp(x)
    case .expMinusOne: S.expMinusOne(x)
    case .exp2: S.exp2(x)
    case .log: S.log(x)
    case .logOnePlus: S.log(onePlus: x)
    case .log2: S.log2(x)
    case .log10: S.log10(x)
    case .sqrt: S.sqrt(x)
    case .cubeRoot, .cubeRootOfNegative: S.root(x, 3)
    case .fifthRoot: S.root(x, 5)
    case .powConstantExponent: S.pow(x, 2.5)
    case .powNegativeBaseIntegralExponent: S.pow(x, 3.0)
    case .powConstantBase: S.pow(2.5, x)
    case .powBothVarying: S.pow(x, x)
    case .powInteger: S.pow(x, 7)
    case .powNegativeInteger: S.pow(x, -3)
    case .sin: S.sin(x)
    case .cos: S.cos(x)
    case .tan: S.tan(x)
    case .asin: S.asin(x)
    case .acos: S.acos(x)
    case .atan: S.atan(x)
    case .atan2OverConstant: S.atan2(y: x, x: -0.7)
    case .atan2UnderConstant: S.atan2(y: 0.7, x: x)
    case .sinh: S.sinh(x)
    case .cosh: S.cosh(x)
    case .tanh, .tanhOfLargeArgument: S.tanh(x)
    case .asinh: S.asinh(x)
    case .acosh: S.acosh(x)
    case .atanh: S.atanh(x)
    case .hypot: S.hypot(x, 0.7)
    case .hypotWithHugeConstant: S.hypot(x, 1e160)
    case .erf: S.erf(x)
    case .erfc: S.erfc(x)
    case .sigmoid: S.sigmoid(x)
    case .softplus: S.softplus(x)
    case .logSigmoid: S.logSigmoid(x)
    case .reciprocalOfOneMinus: 1 / (1 - x)
    }
  }
}

/// One row of a reference table: a function (a `TaylorFunction` or a
/// `ComposedTaylorFunction`), the point, and mpmath's values there.
struct TaylorCase<Function: RawRepresentable & Sendable>: Sendable, CustomTestStringConvertible
where Function.RawValue == String {
  let function: Function
  let x: Double
  let expected: [Double]
  var testDescription: String { "\(function.rawValue) at \(x)" }

  /// The rows of `table`, one case each.
  static func cases(_ table: [(Function, Double, [Double])]) -> [TaylorCase] {
    table.map { TaylorCase(function: $0.0, x: $0.1, expected: $0.2) }
  }
}

let elementaryCases = TaylorCase.cases(TaylorReferences.elementary)
let highOrderCases = TaylorCase.cases(TaylorReferences.highOrder)

/// The largest relative error of `actual` against `expected`, element by element.
func worstRelativeError(_ actual: [Double], _ expected: [Double]) -> Double {
  zip(actual, expected).map { relativeError($0, $1) }.max() ?? 0
}

@Suite("Taylor series: derivatives of any order")
struct TaylorTests {
  @Test(
    "exp, sin, 1/(1 − x) and tanh: orders 0 to 20 within 1e-12 relative of mpmath (observed: 3e-15)",
    arguments: highOrderCases)
  func highOrders(_ c: TaylorCase<TaylorFunction>) {
    let computed = derivatives(of: { c.function($0) }, at: c.x, order: 20)
    #expect(computed.count == 21)
    let error = worstRelativeError(computed, c.expected)
    #expect(error <= 1e-12, "worst relative error \(error)")
  }

  @Test(
    "every elementary function: orders 0 to 4 within 1e-13 relative of mpmath (observed: 2e-15)",
    arguments: elementaryCases)
  func elementaryFunctions(_ c: TaylorCase<TaylorFunction>) {
    let computed = derivatives(of: { c.function($0) }, at: c.x, order: 4)
    let error = worstRelativeError(computed, c.expected)
    #expect(error <= 1e-13, "worst relative error \(error) in \(computed)")
  }

  @Test("order 0 returns [f(x)] and order 1 agrees with derivative(of:at:)", arguments: elementaryCases)
  func lowOrdersAgreeWithDual(_ c: TaylorCase<TaylorFunction>) {
    #expect(derivatives(of: { c.function($0) }, at: c.x, order: 0) == [c.function(c.x)])
    let first = derivatives(of: { c.function($0) }, at: c.x, order: 1)[1]
    // Equal bit for bit: every rule starts from the scalar slope Dual uses
    // (ExtremeArgumentTests checks that).
    #expect(first == derivative(of: { c.function($0) }, at: c.x))
  }

  @Test("tanh far out: c₁ … c₁₀ are mpmath's subnormal values at ±360 and 370, 0 at ±400, within 8 subnormal units")
  func tanhOfHugeArgument() {
    // Below 2⁻¹⁰²² doubles are spaced 2⁻¹⁰⁷⁴ apart, so errors there are absolute.
    // The slope sech² x₀ = 4e/(1 + e)² with e = exp(−2|x₀|) errs by at most 4
    // units (one rounding of exp, times 4); each later coefficient is the one
    // before times −2/k (sign aside), plus one rounding: at most 6 units in all
    // (observed: 1). The old slope 1/cosh² x₀ gave 0 from |x₀| ≈ 355 on: c₁ was
    // 8e-313 short at 360 and 1.7e-321 (340 units) at 370. At ±400 the true
    // coefficients are below half a unit (about 1e-347) and round to 0.
    let unit = Double.leastNonzeroMagnitude
    for (x, decimals) in TaylorReferences.tanhOfHugeArgument {
      let expected = decimals.map { Double($0)! }
      let computed = Taylor.tanh(Taylor<Double>(variable: x, order: 10)).coefficients
      #expect(isClose(computed[0], expected[0], tolerance: .ulpOfOne), "tanh(\(x)) = \(computed[0])")
      for k in 1...10 {
        #expect(
          (computed[k] - expected[k]).magnitude <= 8 * unit,
          "c\(k) at \(x): \(computed[k]), mpmath \(expected[k])")
      }
    }
  }

  @Test("a generic user function passes to derivatives, derivative and secondDerivative alike")
  func genericUserFunction() {
    func f<S: RealScalar>(_ x: S) -> S { x * x * x + 2 * sin(x) / (1 + x * x) }
    let all = derivatives(of: f, at: 0.7, order: 3)
    #expect(all[0] == f(0.7))
    #expect(isClose(all[1], derivative(of: f, at: 0.7), tolerance: 1e-15))
    #expect(isClose(all[2], secondDerivative(of: f, at: 0.7), tolerance: 1e-14))
  }

  @Test("a polynomial of degree 9 gives exact integer derivatives up to order 12")
  func polynomialIsExact() {
    func horner(_ x: Taylor<Double>) -> Taylor<Double> {
      1 + x * (2 + x * (3 + x * (4 + x * (5 + x * (6 + x * (7 + x * (8 + x * (9 + x * 10))))))))
    }
    // Σ (n + 1)xⁿ at x = 1: the k-th derivative is Σ_{n ≥ k} (n + 1)·n!/(n − k)!, an exact integer.
    var expected = [Double](repeating: 0, count: 13)
    for k in 0...9 {
      for n in k...9 {
        var fallingFactorial = 1.0
        for factor in stride(from: n, to: n - k, by: -1) { fallingFactorial *= Double(factor) }
        expected[k] += Double(n + 1) * fallingFactorial
      }
    }
    #expect(derivatives(of: horner, at: 1.0, order: 12) == expected)
  }

  @Test("literals and scalars are constants of order 0 that broadcast to the variable's order")
  func constantsBroadcast() {
    let x = Taylor<Double>(variable: 2, order: 3)
    let literal: Taylor<Double> = 3
    #expect(literal.order == 0)
    #expect((literal * x).coefficients == [6, 3, 0, 0])
    #expect((x + 1).coefficients == [3, 1, 0, 0])
    #expect((1 - x).coefficients == [-1, -1, 0, 0])
    #expect((x / 2).coefficients == [1, 0.5, 0, 0])
    #expect((2 / x).coefficients == [1, -0.5, 0.25, -0.125])
    let c = 3.0
    #expect((c * x).coefficients == [6, 3, 0, 0] && (x - c).coefficients == [-1, 1, 0, 0])
    #expect((c / x).coefficients == (3 / x).coefficients)
    // A constant of another order combines exactly, whichever side is longer.
    let longConstant = Taylor<Double>(constant: 3, order: 6)
    #expect((longConstant * x).coefficients == [6, 3, 0, 0, 0, 0, 0])
    #expect((x + longConstant).order == 6 && (x + longConstant).coefficient(1) == 1)
    #expect((Taylor<Double>(constant: 3, order: 1) + x).coefficients == [5, 1, 0, 0])
    // A function that ignores its argument still reports every order.
    #expect(derivatives(of: { _ in 3 }, at: 1.0, order: 3) == [3, 0, 0, 0])
    #expect(derivatives(of: { x in pow(x, 0) }, at: 0.0, order: 2) == [1, 0, 0])
  }

  @Test("a constant times an infinite coefficient stays finite where it should (no 0·∞)")
  func constantTimesInfinity() {
    let y = Taylor<Double>(coefficients: [0, .infinity, 1])
    #expect((Taylor(constant: 2, order: 4) * y).coefficients == [0, .infinity, 2, 0, 0])
    // A function of a constant is a constant even at a singular point.
    #expect(Taylor.sqrt(Taylor<Double>(constant: 0, order: 3)).coefficients == [0, 0, 0, 0])
    #expect(Taylor.log(Taylor<Double>(constant: 0, order: 2)).coefficients == [-.infinity, 0, 0])
  }

  @Test("√ at 0 gives the signs of the one-sided derivatives as infinities, never a finite number")
  func squareRootAtZero() {
    let computed = derivatives(of: { sqrt($0) }, at: 0.0, order: 6)
    let inf = Double.infinity
    #expect(computed == [0, inf, -inf, inf, -inf, inf, -inf])
    #expect(derivatives(of: { sqrt($0) }, at: -0.0, order: 2) == [0, inf, -inf])
  }

  @Test(
    "other singular points give ±∞ or NaN past the value, never finite",
    arguments: [
      (TaylorFunction.log, 0.0), (.asin, 1.0), (.acos, -1.0), (.acosh, 1.0), (.atanh, 1.0), (.cubeRoot, 0.0),
      (.reciprocalOfOneMinus, 1.0),  // x^2.5 at 0 has finite f′, f″ (TaylorSingularPointTests)
    ])
  func singularPoints(_ function: TaylorFunction, _ x: Double) {
    let computed = derivatives(of: { function($0) }, at: x, order: 5)
    #expect(computed.dropFirst().allSatisfy { !$0.isFinite }, "\(computed)")
  }

  @Test("integer and integral powers at 0 are exact; pow(0, 0) is 1")
  func powersAtZero() {
    #expect(derivatives(of: { pow($0, 3) }, at: 0.0, order: 4) == [0, 0, 0, 6, 0])
    #expect(derivatives(of: { pow($0, 2.0) }, at: 0.0, order: 3) == [0, 0, 2, 0])
    #expect(derivatives(of: { pow($0, 0) }, at: 0.0, order: 1) == [1, 0])
    #expect(derivatives(of: { x in pow(x * 0, x) }, at: 0.5, order: 2) == [0, 0, 0])
  }

  @Test("abs, min, max and hypot: exact where smooth, the average of the two sides at a kink")
  func kinks() {
    #expect(derivatives(of: { abs($0) }, at: -2.0, order: 2) == [2, -1, 0])
    #expect(derivatives(of: { abs($0) }, at: 0.0, order: 2) == [0, 0, 0])  // Dual's slope at 0
    #expect(derivatives(of: { x in abs(x * x) }, at: 0.0, order: 2) == [0, 0, 2])  // smooth: exact
    #expect(derivatives(of: { x in abs(-x * x) }, at: 0.0, order: 2) == [0, 0, 2])
    #expect(derivatives(of: { x in min(x, 2 * x) }, at: 0.0, order: 1) == [0, 1.5])  // tie: average
    #expect(derivatives(of: { x in min(x, x) }, at: 0.0, order: 1) == [0, 1])
    #expect(derivatives(of: { x in max(x * x, -x * x) }, at: 0.0, order: 2) == [0, 0, 2])
    #expect(derivatives(of: { x in min(x, 1) }, at: 3.0, order: 1) == [1, 0])
    #expect(derivatives(of: { x in hypot(x, x) }, at: 0.0, order: 2) == [0, 0, 0])
    #expect(derivatives(of: { x in hypot(x * x, 0) }, at: 0.0, order: 3) == [0, 0, 2, 0])
    #expect(derivatives(of: { x in atan2(x, x) }, at: 0.0, order: 2) == [0, 0, 0])
  }

  @Test("huge arguments: hypot and atan2 keep value and slope instead of overflowing")
  func hugeArguments() {
    let h = derivatives(of: { x in hypot(x, 4e300) }, at: 3e300, order: 1)
    #expect(h[0] == 5e300 && isClose(h[1], 0.6, tolerance: 1e-15))
    let a = derivatives(of: { y in atan2(y, 1e300) }, at: 1e300, order: 1)
    #expect(isClose(a[1], 0.5e-300, tolerance: 1e-15))
  }

  @Test("accessors: order, coefficients, value, k-th derivative, and zero past the order")
  func accessors() {
    let x = Taylor<Double>(variable: 2, order: 3)
    let cube = x * x * x
    #expect(cube.order == 3 && cube.value == 8 && cube.coefficients == [8, 12, 6, 1])
    #expect(cube.derivative(0) == 8 && cube.derivative(1) == 12 && cube.derivative(2) == 12 && cube.derivative(3) == 6)
    #expect(cube.coefficient(7) == 0 && cube.derivative(7) == 0)
    #expect(Taylor<Double>(variable: 5, order: 0).coefficients == [5])
  }

  @Test("comparisons and hashing use c₀ only; isZero asks for every coefficient")
  func comparisons() {
    let x = Taylor<Double>(variable: 1, order: 2)
    #expect(x == Taylor(1) && !(x < Taylor(1)) && x < Taylor(2))
    #expect(Set([x, Taylor(1)]).count == 1)
    #expect(!Taylor<Double>(variable: 0, order: 1).isZero && Taylor<Double>(constant: 0, order: 3).isZero)
    #expect(x.isFinite && !x.isNaN && Taylor<Double>(.nan).isNaN)
  }

  @Test("compound assignment gives the same series as the operators")
  func compoundAssignment() {
    let x = Taylor<Double>(variable: 0.5, order: 4)
    var y = x
    y += x
    y *= x
    y -= 1
    y /= x + 2
    let expected = ((x + x) * x - 1) / (x + 2)
    #expect(y.coefficients == expected.coefficients)
    var short: Taylor<Double> = 1
    short += x
    #expect(short.coefficients == (1 + x).coefficients)
  }

  @Test("description writes the polynomial in t")
  func description() {
    #expect(Taylor<Double>(coefficients: [1, -2, 0.5]).description == "1.0 - 2.0t + 0.5t^2")
  }

  @Test("inline (order ≤ 11) and heap storage give identical coefficients, across the boundary too")
  func storageBoundary() {
    func f<S: RealScalar>(_ x: S) -> S { tanh(x) * exp(x) / (2 + sin(x)) }
    let reference = derivatives(of: f, at: 0.3, order: 30)
    for order in [0, 1, 10, 11, 12, 13, 29] {
      #expect(derivatives(of: f, at: 0.3, order: order) == Array(reference[0...order]))
    }
    let inlineVariable = Taylor<Double>(variable: 0.3, order: 5)
    let heapConstant = Taylor<Double>(constant: 2, order: 20)
    #expect(
      (inlineVariable * heapConstant).coefficients == (2 * inlineVariable).coefficients + Array(repeating: 0, count: 15)
    )
  }

  @Test("series over Float80 and over Dual work like series over Double")
  func otherScalars() {
    #if arch(x86_64)
    let extended = derivatives(of: { tanh($0) }, at: Float80(0.5), order: 12)
    let double = derivatives(of: { tanh($0) }, at: 0.5, order: 12)
    for (e, d) in zip(extended, double) { #expect(isClose(Double(e), d, tolerance: 1e-14)) }
    #endif
    // Taylor over Dual: the derivative of the 3rd derivative of sin at 0.5 is cos⁽⁴⁾... = sin(0.5).
    let nested = derivatives(of: { sin($0) }, at: Dual<Double>(0.5, derivative: 1), order: 7)
    #expect(isClose(nested[3].derivative, sin(0.5), tolerance: 1e-15))
    #expect(isClose(nested[7].value, -cos(0.5), tolerance: 1e-15))
  }

  @Test("Float series agree with Double to Float precision")
  func floatSeries() {
    let single = derivatives(of: { tanh($0) }, at: Float(0.5), order: 6)
    let double = derivatives(of: { tanh($0) }, at: 0.5, order: 6)
    for (s, d) in zip(single, double) { #expect(isClose(Double(s), d, tolerance: 1e-5)) }
  }
}

@Suite("Taylor series at singular points give limits, not NaN")
struct TaylorSingularPointTests {
  @Test("x^α at 0: zeros below α, signed infinities above, exact zeros for integral α beyond the order")
  func powersAtZero() {
    #expect(derivatives(of: { x in pow(x, 1025.0) }, at: 0.0, order: 3) == [0, 0, 0, 0])
    #expect(derivatives(of: { x in pow(x, 2.5) }, at: 0.0, order: 4) == [0, 0, 0, .infinity, -.infinity])
    #expect(derivatives(of: { x in pow(x, 0.5) }, at: 0.0, order: 3) == [0, .infinity, -.infinity, .infinity])
    #expect(derivatives(of: { x in pow(x, 3.0) }, at: 0.0, order: 4) == [0, 0, 0, 6, 0])
  }

  @Test("log at 0 and log1p at −1: the one-sided derivatives ±∞ in turn")
  func logarithmsAtTheirPole() {
    #expect(derivatives(of: { x in log(x) }, at: 0.0, order: 3) == [-.infinity, .infinity, -.infinity, .infinity])
    #expect(derivatives(of: { x in log1p(x) }, at: -1.0, order: 3) == [-.infinity, .infinity, -.infinity, .infinity])
  }
}

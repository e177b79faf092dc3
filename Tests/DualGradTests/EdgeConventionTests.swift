// The edge conventions DualGrad documents (RealScalar.swift, FreeFunctions.swift,
// DualNumber+RealScalar.swift), one behaviour per test. The numbers that are not
// exact by construction come from mpmath (see References/make_references.py);
// everything else here is a limit or a convention, checked exactly.

import DualGrad
import DualGradTestSupport
import Testing

/// x seeded with the tangent 1.
private func variable(_ x: Double) -> Dual<Double> { Dual(x, derivative: 1) }

@Suite("Edge conventions")
struct EdgeConventionTests {
  // MARK: Kinks: abs, min and max take the average of the one-sided slopes

  @Test("abs′(0) is 0, the average of −1 and 1, at +0 and at −0")
  func absAtZero() {
    #expect(abs(variable(0)).derivative == 0)
    #expect(abs(variable(-0.0)).derivative == 0)
    #expect(abs(variable(-2)).derivative == -1)
    #expect(abs(variable(2)).derivative == 1)
  }

  @Test("min(x, x) and max(x, x) have the slope of x")
  func minMaxOfTheSameVariable() {
    let x = variable(1.5)
    #expect(min(x, x).derivative == 1)
    #expect(max(x, x).derivative == 1)
  }

  @Test("min and max at a tie with a constant average the slopes 1 and 0")
  func minMaxTieWithConstant() {
    let x = variable(1)
    let c = Dual<Double>(1)
    #expect(min(x, c).derivative == 0.5)
    #expect(max(c, x).derivative == 0.5)
    #expect(min(x, Dual(2)).derivative == 1)
    #expect(max(x, Dual(2)).derivative == 0)
  }

  @Test("min and max with a NaN give NaN, not the other argument")
  func minMaxWithNaN() {
    #expect(min(variable(1), Dual(.nan)).value.isNaN)
    #expect(max(Dual(.nan), variable(1)).value.isNaN)
  }

  // MARK: pow

  @Test("pow(x, 0) has slope 0 at x = 0: it is the constant 1")
  func powZeroExponentAtZeroBase() {
    let p = pow(variable(0), 0.0)
    #expect(p.value == 1)
    #expect(p.derivative == 0)
    #expect(secondDerivative(of: { x in pow(x, Dual(0)) }, at: 0.0) == 0)
  }

  @Test("pow(0, y) has slope 0 in y for y > 0, not 0·log 0 = NaN", arguments: [0.5, 1, 2, 3.25])
  func powZeroBaseSlopeInExponent(_ y: Double) {
    let p = pow(0.0, variable(y))
    #expect(p.value == 0)
    #expect(p.derivative == 0)
  }

  @Test("pow(x, y) at x = 0: slope y·0^(y−1) is +∞, 1 or 0", arguments: [(0.5, Double.infinity), (1, 1), (2, 0)])
  func powZeroBaseSlopeInBase(_ y: Double, _ slope: Double) {
    #expect(pow(variable(0), y).derivative == slope)
  }

  @Test("integer pow(0, 0) is 1 with slope 0, and pow(x, 1) has slope 1 at 0")
  func integerPowAtZero() {
    #expect(Double.pow(0, 0 as Int) == 1)
    let p = pow(variable(0), 0)
    #expect(p.value == 1 && p.derivative == 0)
    #expect(pow(variable(0), 1).derivative == 1)
    #expect(pow(variable(0), 2).derivative == 0)
  }

  @Test("integer pow of ±0 to −1 is ±∞ with slope −∞")
  func integerPowNegativeExponentAtZero() {
    #expect(pow(variable(0), -1).value == .infinity)
    #expect(pow(variable(0), -1).derivative == -.infinity)
    #expect(pow(variable(-0.0), -1).value == -.infinity)
    #expect(pow(variable(-0.0), -1).derivative == -.infinity)
  }

  @Test("real pow at a negative base follows C: integer-valued exponents work, others are NaN")
  func powNegativeBase() {
    let cube = pow(variable(-2), 3.0)
    #expect(cube.value == -8)
    #expect(cube.derivative == 12)
    let square = pow(variable(-3), 2.0)
    #expect(square.value == 9)
    #expect(square.derivative == -6)
    #expect(pow(variable(-8), 1.0 / 3).value.isNaN)
    #expect(Double.pow(0, 0 as Double) == 1)
  }

  @Test("integer pow keeps the parity of Int.min and Int.max at −1")
  func integerPowExtremeExponents() {
    #expect(Double.pow(-1, Int.max) == -1)
    #expect(Double.pow(-1, Int.min) == 1)
    #expect(pow(variable(-1), Int.max).derivative == Double(Int.max))
  }

  // MARK: Zero tangents stay zero (the 0·∞ trap)

  @Test("a constant at a singular point has derivative 0, not NaN")
  func constantAtSingularPoint() {
    #expect(sqrt(Dual<Double>(0)).derivative == 0)
    #expect(log(Dual<Double>(0)).derivative == 0)
    #expect(asin(Dual<Double>(1)).derivative == 0)
    #expect(atanh(Dual<Double>(1)).derivative == 0)
    #expect(pow(Dual<Double>(0), Dual(-1)).derivative == 0)
    #expect(cbrt(Dual<Double>(0)).derivative == 0)
  }

  @Test("2 * x at x = ∞ has derivative 2: the literal's zero tangent meets ∞")
  func literalTimesInfinity() {
    let x = variable(.infinity)
    #expect((2 * x).derivative == 2)
    #expect((x * 2).derivative == 2)
    #expect((x / 2).derivative == 0.5)
    #expect((x + 1).derivative == 1)
  }

  // MARK: Singular slopes

  @Test("log′(±0) is +∞, and so are log2′ and log10′")
  func logSlopeAtZero() {
    for zero in [0.0, -0.0] {
      #expect(log(variable(zero)).value == -.infinity)
      #expect(log(variable(zero)).derivative == .infinity)
      #expect(log2(variable(zero)).derivative == .infinity)
      #expect(log10(variable(zero)).derivative == .infinity)
    }
    #expect(log1p(variable(-1)).derivative == .infinity)
  }

  @Test("sqrt′(±0) is +∞, never NaN, and sqrt″(0) is −∞")
  func sqrtSlopeAtZero() {
    #expect(sqrt(variable(0)).derivative == .infinity)
    #expect(sqrt(variable(-0.0)).derivative == .infinity)
    #expect(secondDerivative(of: { x in sqrt(x) }, at: 0.0) == -.infinity)
  }

  @Test("asin′, acos′ and atanh′ at ±1 are infinite with the limit's sign")
  func inverseFunctionsAtTheirBoundaries() {
    #expect(asin(variable(1)).derivative == .infinity)
    #expect(asin(variable(-1)).derivative == .infinity)
    #expect(acos(variable(1)).derivative == -.infinity)
    #expect(acos(variable(-1)).derivative == -.infinity)
    #expect(atanh(variable(1)).derivative == .infinity)
    #expect(atanh(variable(-1)).derivative == .infinity)
    #expect(acosh(variable(1)).derivative == .infinity)
  }

  @Test("atan2 and hypot have slope 0 at the origin, for every seed")
  func originOfAtan2AndHypot() {
    let seeds: [(Double, Double)] = [(1, 0), (0, 1), (1, 1), (-1, 2)]
    for (dx, dy) in seeds {
      let x = Dual<Double>(0, derivative: dx)
      let y = Dual<Double>(0, derivative: dy)
      #expect(atan2(y, x).derivative == 0)
      #expect(hypot(x, y).derivative == 0)
    }
    #expect(atan2(Dual<Double>(0, derivative: 1), Dual(-0.0)).value == Double.pi)
  }

  // MARK: Huge arguments: no overflow in the slope

  @Test("atan2 and hypot at (1e300, 1e300) have finite, nonzero slopes")
  func hugeAtan2AndHypot() {
    let angle = atan2(variable(1e300), Dual(1e300))
    // mpmath: 1e300/(2·1e600) = 4.99999999999999973748e-301
    #expect(isClose(angle.derivative, 4.99999999999999973748e-301, tolerance: 1e-15))
    let length = hypot(variable(1e300), Dual(1e300))
    #expect(isClose(length.value, 1.41421356237309512305e300, tolerance: 1e-15))
    #expect(isClose(length.derivative, 0.7071067811865476, tolerance: 1e-15))
  }

  @Test("asinh′ and acosh′ at 1e300 are 1e-300, not 1/∞ = 0")
  func hugeInverseHyperbolic() {
    #expect(isClose(asinh(variable(1e300)).derivative, 1e-300, tolerance: 1e-15))
    #expect(isClose(asinh(variable(-1e300)).derivative, 1e-300, tolerance: 1e-15))
    #expect(isClose(acosh(variable(1e300)).derivative, 1e-300, tolerance: 1e-15))
  }

  @Test("atan′ at 1e154 is 1e-308 and at 1e200 underflows to 0, never NaN; atan′(∞) = 0")
  func hugeAtan() {
    #expect(isClose(atan(variable(1e154)).derivative, 1e-308, tolerance: 1e-15))
    #expect(atan(variable(1e200)).derivative == 0)
    #expect(atan(variable(.infinity)).derivative == 0)
    #expect(atan(variable(.infinity)).value == Double.pi / 2)
  }

  // MARK: The named cases (also rows of the reference table)

  @Test("tanh′(20) is 1.7e-17, not 1 − tanh²(20) = 0")
  func tanhSlopeAtTwenty() {
    // mpmath: sech²(20) = 1.69934170211663558369e-17
    #expect(isClose(tanh(variable(20)).derivative, 1.69934170211663558369e-17, tolerance: 1e-13))
  }

  @Test("sigmoid′(40) is 4.2e-18, not σ(1 − σ) = 0")
  func sigmoidSlopeAtForty() {
    // mpmath: e^−40/(1 + e^−40)² = 4.24835425529158895923e-18
    #expect(isClose(sigmoid(variable(40)).derivative, 4.24835425529158895923e-18, tolerance: 1e-13))
  }

  @Test("sigmoid′(−800) is tiny and non-negative, never NaN", arguments: [-800.0, -745, -1e300, 800, 1e300])
  func sigmoidSlopeFarOut(_ x: Double) {
    let slope = sigmoid(variable(x)).derivative
    #expect(slope >= 0 && slope < 1e-300)
    #expect(!secondDerivative(of: { x in sigmoid(x) }, at: x).isNaN)
  }

  @Test("softplus(1000) is 1000 with slope 1; softplus(−1000) is 0 with slope 0")
  func softplusFarOut() {
    let high = softplus(variable(1000))
    #expect(high.value == 1000 && high.derivative == 1)
    let low = softplus(variable(-1000))
    #expect(low.value == 0 && low.derivative == 0)
  }

  @Test("log1p and expm1 near 0 keep the tiny argument: value x, slope 1")
  func log1pAndExpm1NearZero() {
    #expect(log1p(variable(1e-20)).value == 1e-20)
    #expect(log1p(variable(1e-20)).derivative == 1)
    #expect(expm1(variable(1e-20)).value == 1e-20)
    #expect(expm1(variable(1e-20)).derivative == 1)
  }

  @Test("the slope of 1/exp(x) at 400 is −e^−400, not an underflowed 0")
  func quotientWithHugeDenominator() {
    // mpmath: −e^−400 = −1.91516959671400569502e-174
    let slope = derivative(of: { x in 1 / exp(x) }, at: 400.0)
    #expect(isClose(slope, -1.91516959671400569502e-174, tolerance: 1e-13))
  }

  /// 1/exp(x), generic so every dual type runs the one quotient rule.
  static func reciprocalOfExp<S: RealScalar>(_ x: S) -> S { 1 / exp(x) }

  @Test("every dual type has the one quotient rule: 1/exp(x) at 400 for DualVector and nested duals")
  func quotientWithHugeDenominatorEveryType() {
    // mpmath: d/dx e^−x = −e^−400 = −1.91516959671400569502e-174, d²/dx² = +e^−400.
    let vector = Self.reciprocalOfExp(DualVector<2, Double>(400, seededAt: 1))
    #expect(vector.partials[0] == 0)
    #expect(isClose(vector.partials[1], -1.91516959671400569502e-174, tolerance: 1e-13))
    let nested = Self.reciprocalOfExp(Dual(Dual(400.0, derivative: 1), derivative: 1))
    #expect(isClose(nested.value.derivative, -1.91516959671400569502e-174, tolerance: 1e-13))
    #expect(isClose(nested.derivative.derivative, 1.91516959671400569502e-174, tolerance: 1e-13))
  }

  /// 3x/10, whose slope 3/10 is one correctly rounded division.
  static func threeTenths<S: RealScalar>(_ x: S) -> S { 3 * x / 10 }

  @Test("the quotient divides the tangent by y (one rounding) for every dual type: the slope of 3x/10 is 0.3")
  func quotientRoundsOnce() {
    // mpmath: 3/10 rounds to 0.299999999999999988898 (the Double 0.3);
    // 3·(1/10) in Double is 0.30000000000000004, one ulp off.
    #expect(Self.threeTenths(Dual(1.0, derivative: 1)).derivative == 0.3)
    #expect(Self.threeTenths(DualVector<4, Double>(1, seededAt: 2)).partials[2] == 0.3)
    #expect(Self.threeTenths(Dual(Dual(1.0, derivative: 1), derivative: 1)).value.derivative == 0.3)
  }
}

@Suite("Integer exponents at the ends of Int")
struct IntegerExponentEdgeTests {
  @Test("pow(x, Int.min) and pow(x, Int.max) differentiate without trapping, with the right limits")
  func extremeExponents() {
    // x^Int.min at 1 is 1 with slope Int.min; at 2 it underflows to 0 with slope −0.
    let atOne = valueWithDerivative(of: { x in pow(x, Int.min) }, at: 1.0)
    #expect(atOne.value == 1 && atOne.derivative == Double(Int.min))
    let atTwo = valueWithDerivative(of: { x in pow(x, Int.min) }, at: 2.0)
    #expect(atTwo.value == 0 && atTwo.derivative == 0)
    let atMinusOne = valueWithDerivative(of: { x in pow(x, Int.max) }, at: -1.0)
    #expect(atMinusOne.value == -1 && atMinusOne.derivative == Double(Int.max))
  }
}

@Suite("Outside the domain")
struct OutsideDomainTests {
  @Test(
    "where the value is NaN the slope is NaN too, never a finite number",
    arguments: [
      ("log", -1.0), ("log2", -1.0), ("log10", -2.0), ("log1p", -2.0), ("atanh", 2.0), ("sqrt", -1.0), ("asin", 2.0),
      ("acosh", 0.5),
    ])
  func nanSlopes(name: String, x: Double) {
    let functions: [String: (Dual<Double>) -> Dual<Double>] = [
      "log": { log($0) }, "log2": { log2($0) }, "log10": { log10($0) }, "log1p": { log1p($0) },
      "atanh": { atanh($0) }, "sqrt": { sqrt($0) }, "asin": { asin($0) }, "acosh": { acosh($0) },
    ]
    let result = valueWithDerivative(of: functions[name]!, at: x)
    #expect(result.value.isNaN, "\(name)(\(x))")
    #expect(result.derivative.isNaN, "\(name)′(\(x)) = \(result.derivative)")
  }
}

// The scalar protocol every DualGrad number conforms to.
//
// The names mirror swift-numerics' `ElementaryFunctions` and `RealFunctions`
// (static `exp`, `expMinusOne`, `log(onePlus:)`, `atan2(y:x:)`, ...), so a bridge
// to `RealModule` is a one-line conformance; the protocol is not called `Real`
// so that both modules can be imported together.
//
// Arithmetic comes from the standard library's `SignedNumeric` plus `/`.
// Declaring our own operator requirements instead made concrete formulas take
// seconds to type-check (10–16 s on a prototype, and a 10-term polynomial in
// Horner form did not type-check at all; README.md, "Type-checking speed",
// has the figures for what shipped).

/// A real number type that DualGrad can differentiate through.
///
/// `Double`, `Float`, `Float80` (where the platform has it), ``Dual`` and
/// ``Taylor`` conform, so one generic function serves the plain value, the
/// first derivative and every higher one:
///
/// ```swift
/// func sigmoidOfSquare<S: RealScalar>(_ x: S) -> S { 1 / (1 + exp(-x * x)) }
/// sigmoidOfSquare(0.5)                                  // 0.5621765008857981
/// derivative(of: sigmoidOfSquare, at: 0.5)              // 0.24613408273759832
/// secondDerivative(of: sigmoidOfSquare, at: 0.5)        // 0.4616606534484779
/// ```
///
/// Comparisons (`<`, `==`) look at the value only; see ``Dual`` for why.
public protocol RealScalar: SignedNumeric, Comparable, Hashable, Sendable,
  ExpressibleByFloatLiteral, CustomStringConvertible
where Magnitude == Self {
  /// The plain floating-point type at the bottom of a (possibly nested) dual
  /// number: `Double` for `Double`, `Dual<Double>` and `Dual<Dual<Double>>`.
  /// A constant of this type mixes with a dual number at any nesting level.
  ///
  /// ```swift
  /// let a = 2.0
  /// secondDerivative(of: { (x: Dual<Dual<Double>>) in a * x * x }, at: 1.0)   // 4.0
  /// ```
  associatedtype Base: RealScalar = Self

  /// Creates the constant `base` (every tangent zero) at this nesting level.
  ///
  /// ```swift
  /// Dual<Dual<Double>>(base: 2).value.value   // 2.0
  /// ```
  init(base: Base)

  /// Creates the constant nearest to `value`.
  ///
  /// ```swift
  /// Dual<Double>(0.5)        // 0.5 + 0.0ε
  /// ```
  init(_ value: Double)

  /// Creates the constant nearest to `value`.
  ///
  /// ```swift
  /// Float(3)                 // 3.0
  /// ```
  init(_ value: Int)

  /// The quotient of two numbers.
  ///
  /// ```swift
  /// derivative(of: { x in 1 / x }, at: 2.0)   // -0.25
  /// ```
  static func / (lhs: Self, rhs: Self) -> Self

  /// Divides `lhs` by `rhs` in place.
  ///
  /// ```swift
  /// var x = 3.0; x /= 2      // 1.5
  /// ```
  static func /= (lhs: inout Self, rhs: Self)

  /// Whether the value is neither infinite nor NaN.
  ///
  /// ```swift
  /// Dual<Double>(1, derivative: .infinity).isFinite   // true: the value decides
  /// ```
  var isFinite: Bool { get }

  /// Whether the value is NaN.
  ///
  /// ```swift
  /// Double.nan.isNaN         // true
  /// ```
  var isNaN: Bool { get }

  /// Whether every part of the number is zero (for a dual number: the value and
  /// every tangent), which is stricter than `== 0`.
  ///
  /// ```swift
  /// Dual<Double>(0, derivative: 1).isZero   // false, although it is == 0
  /// ```
  var isZero: Bool { get }

  /// Whether every part of the number is zero, as ``isZero``, asked the way
  /// the optimiser finds cheapest: the zero-tangent guard of every chain rule
  /// (a zero tangent stays zero even when the slope is ±∞ or NaN) asks it.
  ///
  /// ```swift
  /// (-0.0).isZeroTangent                           // true
  /// Dual<Double>(0, derivative: 1).isZeroTangent   // false
  /// ```
  /// Plain floating-point types answer `self == 0`, one comparison. The
  /// standard library's `isZero` tests the exponent and significand bits in
  /// two steps, which the Swift inliner counts as about ten instructions and
  /// four blocks per guard: with it, `elementwiseDerivative`'s formula closure
  /// was over the inliner's limit and stayed a call per point (README,
  /// "Why the formula closure was a call per point").
  var isZeroTangent: Bool { get }

  /// The number π, as a constant.
  ///
  /// ```swift
  /// Dual<Double>.pi.value    // 3.141592653589793
  /// ```
  static var pi: Self { get }

  /// Positive infinity, as a constant.
  ///
  /// ```swift
  /// Double.infinity > 1e308  // true
  /// ```
  static var infinity: Self { get }

  // MARK: ElementaryFunctions

  /// The exponential function e^x.
  ///
  /// ```swift
  /// Double.exp(1)            // 2.718281828459045
  /// ```
  /// Derivative: e^x. See also ``expMinusOne(_:)``.
  static func exp(_ x: Self) -> Self

  /// e^x − 1, accurate where x is near 0 (where `exp(x) - 1` cancels).
  ///
  /// ```swift
  /// Double.expMinusOne(1e-20)   // 1e-20 (exp(1e-20) - 1 gives 0)
  /// ```
  /// Derivative: e^x.
  static func expMinusOne(_ x: Self) -> Self

  /// 2^x.
  ///
  /// ```swift
  /// Double.exp2(10)          // 1024.0
  /// ```
  /// Derivative: 2^x · log 2.
  static func exp2(_ x: Self) -> Self

  /// The natural logarithm.
  ///
  /// ```swift
  /// Double.log(1)            // 0.0
  /// ```
  /// Derivative: 1/x; +∞ at ±0.
  static func log(_ x: Self) -> Self

  /// log(1 + x), accurate where x is near 0.
  ///
  /// ```swift
  /// Double.log(onePlus: 1e-20)  // 1e-20
  /// ```
  /// Derivative: 1/(1 + x); +∞ at −1.
  static func log(onePlus x: Self) -> Self

  /// The base-2 logarithm.
  ///
  /// ```swift
  /// Double.log2(1024)        // 10.0
  /// ```
  /// Derivative: 1/(x log 2).
  static func log2(_ x: Self) -> Self

  /// The base-10 logarithm.
  ///
  /// ```swift
  /// Double.log10(1000)       // 3.0
  /// ```
  /// Derivative: 1/(x log 10).
  static func log10(_ x: Self) -> Self

  /// The square root.
  ///
  /// ```swift
  /// Double.sqrt(2)           // 1.4142135623730951
  /// ```
  /// Derivative: 1/(2√x); +∞ at ±0 (never 0 · ∞).
  static func sqrt(_ x: Self) -> Self

  /// The real n-th root; odd roots of negative numbers are negative.
  ///
  /// ```swift
  /// Double.root(-8, 3)       // -2.0
  /// ```
  /// Derivative: 1/(n · root(x, n)^(n−1)); +∞ at 0.
  static func root(_ x: Self, _ n: Int) -> Self

  /// x raised to a real power, with C's `pow` conventions for the value
  /// (`pow(-8, 3.0) == -512`, `pow(0, 0) == 1`, `pow(-8, 1.0/3)` is NaN).
  ///
  /// ```swift
  /// Double.pow(2, 0.5)       // 1.4142135623730951
  /// ```
  /// Derivative: ∂x = y·x^(y−1), ∂y = x^y·log x, with the limits ∂x = 0 when
  /// y = 0 and ∂y = 0 at x = 0, y > 0.
  static func pow(_ x: Self, _ y: Self) -> Self

  /// x raised to an integer power, by repeated squaring, so `pow(0, 0) == 1`.
  ///
  /// ```swift
  /// Double.pow(-2, 3)        // -8.0
  /// ```
  /// Derivative: n·x^(n−1), and 0 when n = 0.
  static func pow(_ x: Self, _ n: Int) -> Self

  /// The sine.
  ///
  /// ```swift
  /// Double.sin(0)            // 0.0
  /// ```
  /// Derivative: cos x.
  static func sin(_ x: Self) -> Self

  /// The cosine.
  ///
  /// ```swift
  /// Double.cos(0)            // 1.0
  /// ```
  /// Derivative: −sin x.
  static func cos(_ x: Self) -> Self

  /// The tangent.
  ///
  /// ```swift
  /// Double.tan(0)            // 0.0
  /// ```
  /// Derivative: 1 + tan² x.
  static func tan(_ x: Self) -> Self

  /// The arcsine, in [−π/2, π/2].
  ///
  /// ```swift
  /// Double.asin(1)           // 1.5707963267948966
  /// ```
  /// Derivative: 1/√((1 − x)(1 + x)); +∞ at ±1.
  static func asin(_ x: Self) -> Self

  /// The arccosine, in [0, π].
  ///
  /// ```swift
  /// Double.acos(1)           // 0.0
  /// ```
  /// Derivative: −1/√((1 − x)(1 + x)); −∞ at ±1.
  static func acos(_ x: Self) -> Self

  /// The arctangent, in (−π/2, π/2).
  ///
  /// ```swift
  /// Double.atan(1)           // 0.7853981633974483
  /// ```
  /// Derivative: 1/(1 + x²), without overflow for huge x.
  static func atan(_ x: Self) -> Self

  /// The hyperbolic sine.
  ///
  /// ```swift
  /// Double.sinh(0)           // 0.0
  /// ```
  /// Derivative: cosh x.
  static func sinh(_ x: Self) -> Self

  /// The hyperbolic cosine.
  ///
  /// ```swift
  /// Double.cosh(0)           // 1.0
  /// ```
  /// Derivative: sinh x.
  static func cosh(_ x: Self) -> Self

  /// The hyperbolic tangent.
  ///
  /// ```swift
  /// Double.tanh(20)          // 1.0
  /// ```
  /// Derivative: 1/cosh² x, which stays accurate where 1 − tanh² x cancels
  /// (tanh′(20) ≈ 1.7e-17, not 0).
  static func tanh(_ x: Self) -> Self

  /// The inverse hyperbolic sine.
  ///
  /// ```swift
  /// Double.asinh(0)          // 0.0
  /// ```
  /// Derivative: 1/√(x² + 1), without overflow for huge x.
  static func asinh(_ x: Self) -> Self

  /// The inverse hyperbolic cosine, for x ≥ 1.
  ///
  /// ```swift
  /// Double.acosh(1)          // 0.0
  /// ```
  /// Derivative: 1/(√(x − 1)·√(x + 1)); +∞ at 1.
  static func acosh(_ x: Self) -> Self

  /// The inverse hyperbolic tangent, for |x| ≤ 1.
  ///
  /// ```swift
  /// Double.atanh(0)          // 0.0
  /// ```
  /// Derivative: 1/((1 − x)(1 + x)); +∞ at ±1.
  static func atanh(_ x: Self) -> Self

  // MARK: RealFunctions

  /// The angle of the point (x, y), in (−π, π].
  ///
  /// ```swift
  /// Double.atan2(y: 1, x: -1)   // 2.356194490192345
  /// ```
  /// Derivative: ∂y = x/(x² + y²), ∂x = −y/(x² + y²), computed through `hypot`
  /// so huge arguments do not overflow; at the origin both slopes are 0.
  static func atan2(y: Self, x: Self) -> Self

  /// √(x² + y²) without intermediate overflow or underflow.
  ///
  /// ```swift
  /// Double.hypot(3e300, 4e300)  // 5e300
  /// ```
  /// Derivative: ∂x = x/hypot, ∂y = y/hypot; at the origin both slopes are 0.
  static func hypot(_ x: Self, _ y: Self) -> Self

  /// The error function.
  ///
  /// ```swift
  /// Double.erf(0)            // 0.0
  /// ```
  /// Derivative: 2/√π · e^(−x²).
  static func erf(_ x: Self) -> Self

  /// The complementary error function 1 − erf(x), accurate for large x.
  ///
  /// ```swift
  /// Double.erfc(10)          // 2.088487583762545e-45
  /// ```
  /// Derivative: −2/√π · e^(−x²).
  static func erfc(_ x: Self) -> Self

  /// The smaller of two numbers; at a tie a dual number takes the average of
  /// the two tangents (so `minimum(x, x)` has the slope of `x`).
  ///
  /// ```swift
  /// Double.minimum(1, 2)     // 1.0
  /// ```
  static func minimum(_ x: Self, _ y: Self) -> Self

  /// The larger of two numbers; at a tie a dual number takes the average of
  /// the two tangents.
  ///
  /// ```swift
  /// Double.maximum(1, 2)     // 2.0
  /// ```
  static func maximum(_ x: Self, _ y: Self) -> Self

  // MARK: Smooth functions of machine learning

  /// The logistic sigmoid 1/(1 + e^(−x)), computed without overflow on either side.
  ///
  /// ```swift
  /// Double.sigmoid(0)        // 0.5
  /// ```
  /// Derivative: σ(x)·σ(−x), computed as sech²(x/2)/4 so that it and its own
  /// derivative stay accurate: σ′(40) ≈ 4.2e-18 and σ′(−800) = 0, never NaN.
  static func sigmoid(_ x: Self) -> Self

  /// The softplus log(1 + e^x), computed as max(x, 0) + log1p(e^(−|x|)).
  ///
  /// ```swift
  /// Double.softplus(1000)    // 1000.0
  /// ```
  /// Derivative: σ(x).
  static func softplus(_ x: Self) -> Self

  /// log σ(x) = −softplus(−x), finite for every finite x.
  ///
  /// ```swift
  /// Double.logSigmoid(-1000) // -1000.0
  /// ```
  /// Derivative: σ(−x).
  static func logSigmoid(_ x: Self) -> Self

  // MARK: Value and slope together

  /// σ(x) and σ′(x) from one evaluation: what a dual number needs.
  ///
  /// ```swift
  /// Double.sigmoidWithSlope(0)      // (value: 0.5, slope: 0.25)
  /// ```
  /// The default (used when `Self` is itself a dual number) is σ(x) and
  /// sech²(x/2)/4, whose own derivative stays accurate; plain floating-point
  /// types share one e^(−|x|) between value and slope.
  static func sigmoidWithSlope(_ x: Self) -> (value: Self, slope: Self)

  /// softplus(x) and its slope σ(x) from one evaluation.
  ///
  /// ```swift
  /// Double.softplusWithSlope(0)     // (value: 0.6931471805599453, slope: 0.5)
  /// ```
  static func softplusWithSlope(_ x: Self) -> (value: Self, slope: Self)

  /// log σ(x) and its slope σ(−x) from one evaluation.
  ///
  /// ```swift
  /// Double.logSigmoidWithSlope(0)   // (value: -0.6931471805599453, slope: 0.5)
  /// ```
  static func logSigmoidWithSlope(_ x: Self) -> (value: Self, slope: Self)
}

// MARK: - Defaults shared by every scalar

extension RealScalar where Base == Self {
  /// Creates `base` itself: a plain scalar is its own base.
  ///
  /// ```swift
  /// Double(base: 2.5)   // 2.5
  /// ```
  @inlinable @inline(__always)
  public init(base: Self) { self = base }
}

extension RealScalar {
  /// Whether every part of the number is zero: ``isZero`` itself, unless the
  /// type has a cheaper test with the same answer.
  ///
  /// ```swift
  /// Taylor<Double>(constant: 0, order: 2).isZeroTangent   // true
  /// ```
  @inlinable @inline(__always)
  public var isZeroTangent: Bool { isZero }

  /// x raised to an integer power by repeated squaring.
  ///
  /// The exponent's magnitude is taken as `UInt`, so `Int.min` keeps its
  /// parity and cannot overflow on negation.
  @inlinable
  public static func pow(_ x: Self, _ n: Int) -> Self {
    powerBySquaring(x, n)
  }

  /// x^n by repeated squaring (the default `pow(_:_:)` with an integer
  /// exponent, which a conforming type that overrides it can still call).
  @inlinable
  static func powerBySquaring(_ x: Self, _ n: Int) -> Self {
    let power = integerPower(x, n.magnitude)
    guard n < 0 else { return power }
    // 1/x^|n| is the accurate form; when x^|n| overflows or underflows the
    // reciprocal would be 0 or ∞ too early, so raise 1/x instead.
    if power.isFinite && !power.isZero { return 1 / power }
    return integerPower(1 / x, n.magnitude)
  }

  @inlinable @inline(__always)
  static func integerPower(_ x: Self, _ n: UInt) -> Self {
    var result: Self = 1
    var base = x
    var remaining = n
    while remaining > 0 {
      if remaining & 1 == 1 { result *= base }
      remaining >>= 1
      if remaining > 0 { base *= base }
    }
    return result
  }
}

// Value and slope together, for any scalar: smooth formulas whose derivatives
// are accurate too (these run when the scalar is itself a dual number).
extension RealScalar {
  /// sech² v = 1/cosh² v, accurate with its own derivative for every v: the
  /// slope of tanh (for ``Dual`` and ``Taylor`` alike), and (at v/2, over 4) of sigmoid.
  ///
  /// 1 − tanh² is 0 in floating point from |v| ≈ 19 on (tanh rounds to 1);
  /// 1/cosh² keeps full relative precision, and so does its derivative
  /// −2 sinh/cosh³, near 0. From |v| = 20 on, 4e/(1 + e)² with e = e^(−2|v|)
  /// is the same number without cosh², which overflows from |v| ≈ 355: the
  /// slope became 0 instead of a subnormal, and the second derivative of
  /// 1/cosh² had the tangent ∞·0 = NaN from |v| ≈ 710 (in Float from 45).
  @inlinable @inline(__always)
  static func sechSquared(_ v: Self) -> Self {
    if v > Self(-20) && v < Self(20) {
      let c = Self.cosh(v)
      return 1 / (c * c)
    }
    let e = Self.exp(-2 * v.magnitude)
    return 4 * e / ((1 + e) * (1 + e))
  }

  @inlinable
  public static func sigmoidWithSlope(_ x: Self) -> (value: Self, slope: Self) {
    // σ′ = σ(x)σ(−x) = sech²(x/2)/4. σ(x)(1 − σ(x)) cancels to 0 for x > 37;
    // σ(x)σ(−x) is accurate, but its derivative σ′(x)σ(−x) − σ(x)σ′(−x)
    // cancels near 0 (σ″(1e-300) came out 0, not −1.25e-301); sech² does not.
    (sigmoid(x), sechSquared(x / 2) / 4)
  }

  @inlinable
  public static func softplusWithSlope(_ x: Self) -> (value: Self, slope: Self) {
    (softplus(x), sigmoid(x))
  }

  @inlinable
  public static func logSigmoidWithSlope(_ x: Self) -> (value: Self, slope: Self) {
    (logSigmoid(x), sigmoid(-x))
  }
}

extension RealScalar where Self: BinaryFloatingPoint {
  /// Whether the number is ±0: `== 0`, the same answer as `isZero` (NaN is
  /// not zero) in one floating-point comparison.
  ///
  /// ```swift
  /// 0.0.isZeroTangent   // true
  /// ```
  @inlinable @inline(__always)
  public var isZeroTangent: Bool { self == 0 }

  // For plain floats only the slope's value matters, so value and slope share
  // e = e^(−|x|) ∈ (0, 1]: σ(|x|) = 1/(1 + e), σ(−|x|) = e/(1 + e), and
  // log(1 + e) = log1p(e). One exp (and a log1p) instead of two or three exps.

  @inlinable
  public static func sigmoidWithSlope(_ x: Self) -> (value: Self, slope: Self) {
    let e = exp(-Swift.abs(x))
    let d = 1 + e
    // The value is `sigmoid(x)` bit for bit (Taylor's log-sigmoid starts from
    // it, Dual's from `logSigmoidWithSlope`); σ(x)σ(−x) = e/(1 + e)² is
    // accurate on both tails.
    return ((x >= 0 ? 1 : e) / d, e / (d * d))
  }

  // The slopes of softplus and log-sigmoid are σ(x) and σ(−x) as `sigmoid`
  // computes them, bit for bit: one division of a selected numerator, so a
  // loss's slope taken alone (`sigmoid`, no log) equals the one its dual sweep
  // gives, and it rounds once where e·(1/(1 + e)) rounded twice.

  @inlinable
  public static func softplusWithSlope(_ x: Self) -> (value: Self, slope: Self) {
    let e = exp(-Swift.abs(x))
    return (Swift.max(x, 0) + log(onePlus: e), (x >= 0 ? 1 : e) / (1 + e))
  }

  @inlinable
  public static func logSigmoidWithSlope(_ x: Self) -> (value: Self, slope: Self) {
    let e = exp(-Swift.abs(x))
    return (Swift.min(x, 0) - log(onePlus: e), (x >= 0 ? e : 1) / (1 + e))
  }

  @inlinable
  public static func sigmoid(_ x: Self) -> Self {
    // e^(−|x|) ∈ (0, 1] never overflows: σ(x) = 1/(1 + e) for x ≥ 0 and
    // e/(1 + e) below. The numerator is a select, not a branch on the sign.
    let e = exp(-Swift.abs(x))
    return (x >= 0 ? 1 : e) / (1 + e)
  }

  @inlinable
  public static func softplus(_ x: Self) -> Self {
    // log(1 + e^x) overflows for x > 709; this form is exact to rounding everywhere.
    Swift.max(x, 0) + log(onePlus: exp(-Swift.abs(x)))
  }

  @inlinable
  public static func logSigmoid(_ x: Self) -> Self {
    -softplus(-x)
  }
}

// The rule table: every elementary function of `RealScalar`, written once for
// every `DualNumber`, as its value and its slope at the value. The slopes that
// need care are scalar helpers (Scalar/RealScalar+Slopes.swift) that `Taylor`
// starts its recurrences from too.
//
// Goals, in order: (1) no NaN where the derivative has a limit, (2) slopes
// accurate to a few ulps where the textbook formula cancels or overflows,
// (3) one evaluation of the expensive function per rule. The delicate rules
// carry a comment naming the failure they avoid; the reference values that pin
// them are in Tests/DualGradTests/ElementaryFunctionReferences.swift.

extension DualNumber {
  // MARK: Arithmetic shared by every dual type

  /// The product x·y by the product rule.
  ///
  /// ```swift
  /// Dual.product(Dual<Double>(3, derivative: 1), Dual(3, derivative: 1)).derivative   // 6.0
  /// ```
  @inlinable @inline(__always)
  public static func product(_ x: Self, _ y: Self) -> Self {
    combined(to: x.value * y.value, x, slope: y.value, y, slope: x.value)
  }

  /// The quotient x/y; the value is `x.value / y.value` itself, not x·(1/y),
  /// so `derivative(of: { $0 / 3 }, at: 6)` loses nothing to a rounded reciprocal
  /// in the value.
  ///
  /// ```swift
  /// Dual.quotient(Dual<Double>(1, derivative: 1), Dual(2)).derivative   // 0.5
  /// ```
  @inlinable @inline(__always)
  public static func quotient(_ x: Self, _ y: Self) -> Self {
    let q = x.value / y.value
    // The tangent is (x′ − q·y′)/y. Scaling y′ by −q·(1/y) instead underflows
    // when y is huge: the slope of 1/exp(x) at 400 came out 0, not −e^−400,
    // because q/y = e^−800 underflows before y′ = e^400 multiplies it.
    // Dividing by y rather than multiplying by 1/y rounds once, not twice, and
    // is faster (W1, a quotient per point, spends a fifth of its time here).
    // The value of the difference, x − 0, is never read; optimised builds drop it.
    return (x - y.chained(to: 0, slope: q)).chained(to: q, dividingBy: y.value)
  }

  // MARK: Exponentials and logarithms
  //
  // The rules a formula repeats (exp, expm1, log, log1p, tanh, sigmoid,
  // softplus, logSigmoid) are always inlined, as are their free functions:
  // under SwiftPM's multi-threaded code generation a specialised copy may land
  // in another LLVM module, where no inline threshold can reach it, and a loop
  // with a call in it does not vectorise. With libm's exp this changes no
  // instruction count of W1 (callgrind); with the branch-free one it is what
  // lets the loop vectorise.

  @inlinable @inline(__always)
  public static func exp(_ x: Self) -> Self {
    let e = Scalar.exp(x.value)
    return x.chained(to: e, slope: e)
  }

  @inlinable @inline(__always)
  public static func expMinusOne(_ x: Self) -> Self {
    x.chained(to: Scalar.expMinusOne(x.value), slope: Scalar.exp(x.value))
  }

  @inlinable
  public static func exp2(_ x: Self) -> Self {
    let e = Scalar.exp2(x.value)
    return x.chained(to: e, slope: Scalar.exp2Slope(value: e, at: x.value))
  }

  /// The chain rule for a function defined on part of the line only: where
  /// the value is NaN (outside the domain) the slope is NaN too, rather than
  /// the finite number the slope formula happens to give there (1/x at −1).
  @inlinable @inline(__always)
  func chainedInDomain(to value: Scalar, slope: Scalar) -> Self {
    chained(to: value, slope: value.isNaN ? value : slope)
  }

  @inlinable @inline(__always)
  public static func log(_ x: Self) -> Self {
    x.chainedInDomain(to: Scalar.log(x.value), slope: Scalar.logSlope(x.value))
  }

  @inlinable @inline(__always)
  public static func log(onePlus x: Self) -> Self {
    x.chainedInDomain(to: Scalar.log(onePlus: x.value), slope: Scalar.logSlope(1 + x.value))
  }

  @inlinable
  public static func log2(_ x: Self) -> Self {
    x.chainedInDomain(to: Scalar.log2(x.value), slope: Scalar.logSlope(x.value, reciprocalLogOfBase: 1 / ln2))
  }

  @inlinable
  public static func log10(_ x: Self) -> Self {
    x.chainedInDomain(to: Scalar.log10(x.value), slope: Scalar.logSlope(x.value, reciprocalLogOfBase: 1 / ln10))
  }

  // MARK: Roots and powers

  @inlinable
  public static func sqrt(_ x: Self) -> Self {
    let s = Scalar.sqrt(x.value)
    return x.chained(to: s, slope: Scalar.sqrtSlope(root: s))
  }

  @inlinable
  public static func root(_ x: Self, _ n: Int) -> Self {
    let r = Scalar.root(x.value, n)
    return x.chained(to: r, slope: Scalar.rootSlope(root: r, n))
  }

  @inlinable
  public static func pow(_ x: Self, _ n: Int) -> Self {
    // n·x^(n−1) is 0·∞ at x = 0 when n = 0; the function is constant there.
    if n == 0 { return Self(1) }
    return x.chained(to: Scalar.pow(x.value, n), slope: Scalar.integerPowerSlope(x.value, n))
  }

  @inlinable
  public static func pow(_ x: Self, _ y: Self) -> Self {
    let p = Scalar.pow(x.value, y.value)
    let xSlope = Scalar.powerSlope(x.value, exponent: y.value)
    let ySlope = Scalar.powerSlopeInExponent(x.value, exponent: y.value, value: p)
    return combined(to: p, x, slope: xSlope, y, slope: ySlope)
  }

  // MARK: Trigonometric functions

  @inlinable
  public static func sin(_ x: Self) -> Self {
    x.chained(to: Scalar.sin(x.value), slope: Scalar.cos(x.value))
  }

  @inlinable
  public static func cos(_ x: Self) -> Self {
    x.chained(to: Scalar.cos(x.value), slope: -Scalar.sin(x.value))
  }

  @inlinable
  public static func tan(_ x: Self) -> Self {
    let t = Scalar.tan(x.value)
    return x.chained(to: t, slope: Scalar.tanSlope(tangent: t))
  }

  @inlinable
  public static func asin(_ x: Self) -> Self {
    x.chained(to: Scalar.asin(x.value), slope: Scalar.asinSlope(x.value))
  }

  @inlinable
  public static func acos(_ x: Self) -> Self {
    x.chained(to: Scalar.acos(x.value), slope: -Scalar.asinSlope(x.value))
  }

  @inlinable
  public static func atan(_ x: Self) -> Self {
    x.chained(to: Scalar.atan(x.value), slope: Scalar.atanSlope(x.value))
  }

  @inlinable
  public static func atan2(y: Self, x: Self) -> Self {
    let slopes = Scalar.atan2Slopes(y: y.value, x: x.value, hypot: Scalar.hypot(x.value, y.value))
    return combined(to: Scalar.atan2(y: y.value, x: x.value), y, slope: slopes.y, x, slope: slopes.x)
  }

  // MARK: Hyperbolic functions

  @inlinable
  public static func sinh(_ x: Self) -> Self {
    x.chained(to: Scalar.sinh(x.value), slope: Scalar.cosh(x.value))
  }

  @inlinable
  public static func cosh(_ x: Self) -> Self {
    x.chained(to: Scalar.cosh(x.value), slope: Scalar.sinh(x.value))
  }

  @inlinable @inline(__always)
  public static func tanh(_ x: Self) -> Self {
    x.chained(to: Scalar.tanh(x.value), slope: Scalar.sechSquared(x.value))
  }

  @inlinable
  public static func asinh(_ x: Self) -> Self {
    x.chained(to: Scalar.asinh(x.value), slope: Scalar.asinhSlope(x.value))
  }

  @inlinable
  public static func acosh(_ x: Self) -> Self {
    x.chained(to: Scalar.acosh(x.value), slope: Scalar.acoshSlope(x.value))
  }

  @inlinable
  public static func atanh(_ x: Self) -> Self {
    x.chainedInDomain(to: Scalar.atanh(x.value), slope: Scalar.atanhSlope(x.value))
  }

  // MARK: Other real functions

  @inlinable
  public static func hypot(_ x: Self, _ y: Self) -> Self {
    let h = Scalar.hypot(x.value, y.value)
    let slopes = Scalar.hypotSlopes(x.value, y.value, hypot: h)
    return combined(to: h, x, slope: slopes.x, y, slope: slopes.y)
  }

  @inlinable
  public static func erf(_ x: Self) -> Self {
    x.chained(to: Scalar.erf(x.value), slope: Scalar.erfSlope(x.value))
  }

  @inlinable
  public static func erfc(_ x: Self) -> Self {
    x.chained(to: Scalar.erfc(x.value), slope: -Scalar.erfSlope(x.value))
  }

  // MARK: Kinks: one documented side

  /// The absolute value; at 0 the slope is 0, the average of the one-sided
  /// slopes −1 and 1 (the same convention as ``RealScalar/minimum(_:_:)`` at a tie).
  ///
  /// ```swift
  /// abs(Dual<Double>(-2, derivative: 1)).derivative   // -1.0
  /// abs(Dual<Double>(0, derivative: 1)).derivative    // 0.0
  /// ```
  @inlinable
  public var magnitude: Self {
    let v = value
    if v > 0 { return self }
    if v < 0 { return -self }
    return chained(to: v.magnitude, slope: 0)
  }

  @inlinable
  public static func minimum(_ x: Self, _ y: Self) -> Self {
    if x.value < y.value { return x }
    if y.value < x.value { return y }
    if x.value.isNaN || y.value.isNaN { return combined(to: x.value + y.value, x, slope: 0, y, slope: 0) }
    // A tie: average the tangents, so minimum(x, x) keeps the slope of x.
    return combined(to: x.value, x, slope: Scalar(0.5), y, slope: Scalar(0.5))
  }

  @inlinable
  public static func maximum(_ x: Self, _ y: Self) -> Self {
    if x.value > y.value { return x }
    if y.value > x.value { return y }
    if x.value.isNaN || y.value.isNaN { return combined(to: x.value + y.value, x, slope: 0, y, slope: 0) }
    return combined(to: x.value, x, slope: Scalar(0.5), y, slope: Scalar(0.5))
  }

  // MARK: Smooth functions of machine learning

  // Each asks the scalar for value and slope together, so a plain float
  // shares one exp between them (RealScalar.swift, "Value and slope together").

  @inlinable @inline(__always)
  public static func sigmoid(_ x: Self) -> Self {
    let (value, slope) = Scalar.sigmoidWithSlope(x.value)
    return x.chained(to: value, slope: slope)
  }

  @inlinable @inline(__always)
  public static func softplus(_ x: Self) -> Self {
    let (value, slope) = Scalar.softplusWithSlope(x.value)
    return x.chained(to: value, slope: slope)
  }

  @inlinable @inline(__always)
  public static func logSigmoid(_ x: Self) -> Self {
    let (value, slope) = Scalar.logSigmoidWithSlope(x.value)
    return x.chained(to: value, slope: slope)
  }
}

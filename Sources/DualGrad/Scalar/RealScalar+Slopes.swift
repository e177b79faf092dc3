// The first derivative of each elementary function, written once for every
// number type: `Dual`'s rule table (DualNumber+RealScalar.swift) takes its
// slope from here, and every `Taylor` recurrence starts from the same number,
// so c₁ of a Taylor series is the slope `Dual` computes, bit for bit.
//
// Each form is the one that stays finite and accurate wherever the true slope
// is: the textbook formulas overflow or underflow at huge and tiny arguments
// (√(1 + x²) at x = 1e160, x·ln 10 at 1e308, 2^x·ln 2 past 2^1024), and the
// two types drifted apart when each wrote its own (the Taylor slope of asinh
// at 1e160 was 0, Dual's 1e-160). `sechSquared`, the slope of tanh and (at x/2,
// over 4) of sigmoid, is in RealScalar.swift.

extension RealScalar {
  /// 1 − v², accurate with its derivative on all of [−1, 1].
  ///
  /// (1 − v)(1 + v) keeps full precision near ±1, where 1 − v² cancels; but
  /// its product-rule derivative (1 − v) − (1 + v) cancels near 0 (the second
  /// derivative of asin at 1e-300 came out 0 instead of 1e-300). 1 − v·v is
  /// accurate for |v| < 1/2, its derivative −2v too.
  @inlinable @inline(__always)
  static func oneMinusSquare(_ v: Self) -> Self {
    v > Self(-0.5) && v < Self(0.5) ? 1 - v * v : (1 - v) * (1 + v)
  }

  /// v^(n−1); for n = Int.min, where n − 1 overflows (a trap), v^n / v.
  @inlinable @inline(__always)
  static func powerOneBelow(_ v: Self, _ n: Int) -> Self {
    n == Int.min ? pow(v, n) / v : pow(v, n - 1)
  }

  // MARK: Exponentials and logarithms

  /// The slope 2^x·ln 2 of exp2 at x, given its value `e` = 2^x.
  ///
  /// 2^x overflows from x = 1024 but its slope only from 1024.53, and c₂, c₃,
  /// … of the series later still; there 2^(x−64)·ln 2 times 2^64 (exact
  /// scalings by powers of two, and x − 64 is exact so close to 1024) is finite.
  @inlinable @inline(__always)
  static func exp2Slope(value e: Self, at x: Self) -> Self {
    e.isFinite ? e * Self(ln2) : exp2(x - 64) * Self(ln2) * Self(exp2Rescale)
  }

  /// The slope 1/x of log; `+ 0` turns −0 into +0, so log′(−0) is +∞ like log′(+0).
  @inlinable @inline(__always)
  static func logSlope(_ x: Self) -> Self { 1 / (x + 0) }

  /// The slope 1/(x·ln b) of a base-b logarithm, as (1/x)·(1/ln b): x·ln 10
  /// overflows from x ≈ 7.8e307, where the slope is still 4.3e-309.
  @inlinable @inline(__always)
  static func logSlope(_ x: Self, reciprocalLogOfBase: Double) -> Self {
    logSlope(x) * Self(reciprocalLogOfBase)
  }

  // MARK: Roots and powers

  /// The slope 1/(2√x) of sqrt, given the root s = √x: +∞ at 0, the true
  /// limit (√x/(2x) would be 0/0); `+ 0` makes the slope at −0 +∞ as well.
  @inlinable @inline(__always)
  static func sqrtSlope(root s: Self) -> Self { 1 / (2 * (s + 0)) }

  /// The slope 1/(n·r^(n−1)) of the n-th root, given the root r: never
  /// x/(n·x·r) or r/(n·x), whose x over- or underflows first.
  @inlinable @inline(__always)
  static func rootSlope(root r: Self, _ n: Int) -> Self { 1 / (Self(n) * powerOneBelow(r, n)) }

  /// The slope n·x^(n−1) of x^n for an integer n ≠ 0 (for n = Int.min as
  /// n·x^n/x, where n − 1 would trap).
  @inlinable @inline(__always)
  static func integerPowerSlope(_ x: Self, _ n: Int) -> Self { Self(n) * powerOneBelow(x, n) }

  /// The slope y·x^(y−1) of x^y in x; 0 when y = 0 (x^0 is the constant 1,
  /// where the formula gives 0·(0^−1) = NaN at x = 0). Never y·x^y/x, whose
  /// x^y over- or underflows first (x^2.5 at 1e-130 is 0, its slope 2.5e-195).
  @inlinable @inline(__always)
  static func powerSlope(_ x: Self, exponent y: Self) -> Self {
    y.isZero ? 0 : y * pow(x, y - 1)
  }

  /// The slope x^y·log x of x^y in y, given p = x^y; 0 at x = 0 for y > 0,
  /// the limit, where the formula is 0·(−∞) = NaN. The test is on the value
  /// (`==`, not `isZero`): when nested, x may carry a tangent, and 0·log 0
  /// would make the second derivative of t^(2+t) NaN instead of 2 (its
  /// infinite cases, 0 < y ≤ 1, still come through the slope in x).
  @inlinable @inline(__always)
  static func powerSlopeInExponent(_ x: Self, exponent y: Self, value p: Self) -> Self {
    x == 0 && y > 0 ? 0 : p * log(x)
  }

  // MARK: Trigonometric functions

  /// The slope 1 + tan² x of tan, given t = tan x.
  @inlinable @inline(__always)
  static func tanSlope(tangent t: Self) -> Self { 1 + t * t }

  /// The slope 1/√(1 − x²) of asin (and, negated, of acos); +∞ at ±1.
  @inlinable @inline(__always)
  static func asinSlope(_ x: Self) -> Self { 1 / sqrt(oneMinusSquare(x)) }

  /// The slope 1/(1 + x²) of atan. For |x| > 1 as r²/(1 + r²) with r = 1/x:
  /// x² overflows from |x| ≈ 1.3e154, where the slope is still 6e-309.
  @inlinable @inline(__always)
  static func atanSlope(_ x: Self) -> Self {
    if x.magnitude > 1 {
      let r = 1 / x
      return r * r / (1 + r * r)
    }
    return 1 / (1 + x * x)
  }

  // MARK: Hyperbolic functions

  /// The slope 1/√(x² + 1) of asinh, as 1/hypot(x, 1): x² overflows from
  /// |x| ≈ 1.3e154.
  @inlinable @inline(__always)
  static func asinhSlope(_ x: Self) -> Self { 1 / hypot(x, 1) }

  /// The slope 1/√(x² − 1) of acosh, as 1/(√(x − 1)·√(x + 1)): no
  /// cancellation near 1, no overflow for huge x; +∞ at 1.
  @inlinable @inline(__always)
  static func acoshSlope(_ x: Self) -> Self { 1 / (sqrt(x - 1) * sqrt(x + 1)) }

  /// The slope 1/(1 − x²) of atanh; +∞ at ±1.
  @inlinable @inline(__always)
  static func atanhSlope(_ x: Self) -> Self { 1 / oneMinusSquare(x) }

  // MARK: Other real functions

  /// The slope 2/√π·e^(−x²) of erf (and, negated, of erfc).
  @inlinable @inline(__always)
  static func erfSlope(_ x: Self) -> Self { Self(twoOverSqrtPi) * exp(-x * x) }

  /// The slopes x/h² (in y) and −y/h² (in x) of atan2(y, x), given h =
  /// hypot(x, y), as (x/h)/h: x² + y² overflows from 1e154. Both 0 at the
  /// origin, where the angle has no derivative.
  @inlinable @inline(__always)
  static func atan2Slopes(y: Self, x: Self, hypot h: Self) -> (y: Self, x: Self) {
    h.isZero ? (0, 0) : (x / h / h, -y / h / h)
  }

  /// The slopes x/h and y/h of h = hypot(x, y), given h; both 0 at the origin
  /// (not differentiable there; 0 matches abs′(0) = 0).
  @inlinable @inline(__always)
  static func hypotSlopes(_ x: Self, _ y: Self, hypot h: Self) -> (x: Self, y: Self) {
    h.isZero ? (0, 0) : (x / h, y / h)
  }
}

/// 2^64, the rescaling of exp2 past the overflow of 2^x (`exp2Slope` and `Taylor.exp2`).
@usableFromInline let exp2Rescale = 18_446_744_073_709_551_616.0

// Elementary functions of Float written in Swift, without branches, so that a
// loop of them vectorises: exp, expm1, log, log1p, tanh, sigmoid, softplus
// (and log-sigmoid as −softplus(−x)), the same set as Double's
// (Double+BranchFree.swift) under the same rules: no libm call, no branch
// (edge cases are selects), no trapping conversion, no fused multiply-add, no
// table, 2^k from exponent bits.
//
// Honest about the method: each function widens its argument to Double,
// evaluates in Double arithmetic to a relative error below 2^-42, and rounds
// to Float once at the end. A Float's 24 bits then come out correctly rounded
// except where the exact value lies within about 2^-18 ulp of a halfway point
// between two Floats, and never more than 0.5 + 2^-18 ulp away. Double also
// removes every Float edge problem on the way: a subnormal Float input is a
// normal Double, e^x for any Float x neither overflows nor underflows in
// Double (the conversion to Float rounds the result once, to a subnormal or
// to ∞ as it should), and 2^k for Float's range is one normal Double.
// The conversions are packed instructions too (cvtps2pd/cvtpd2ps), so a loop
// still vectorises, two Doubles per SSE2 register; arithmetic in Float would
// pack four, but could not hold 1 ulp without double-Float tricks that cost
// more than the width they save.
//
// Why not Float(BranchFree.exp(Double(x))): Double's functions carry twice
// Double's precision through every step (double-Double sums, degree-10
// polynomials) to reach 53 bits; Float needs 24 bits and some margin, so its
// polynomials have degree 7 (e^r) and 4 (log) and nothing is carried twice.
// The range reduction and the exponent extraction are shared with Double's
// (`exponentialReduction`, `exponentAndSignificand`, `powerOfTwo`).
//
// Worst errors found, every one of the 2^32 Float inputs checked against a
// correctly rounded reference (References/check_float_exhaustively.swift; its
// header gives the command), are stated on each function; the mpmath table
// (make_branch_free_references.py) checks edges and random points in
// `swift test`.

extension BranchFree {
  /// e^r − 1 on |r| ≤ 0.3467 to 2^-43 relative: r + r²P(r), P a degree-7
  /// Chebyshev fit of (e^r − 1 − r)/r² (mpmath), by Estrin's scheme.
  @inlinable @inline(__always)
  static func singleExponentialMinusOneReduced(_ r: Double) -> Double {
    let r2 = r * r
    let p01 = 0x1.fffffffffe062p-2 + 0x1.5555555554f96p-3 * r
    let p23 = 0x1.55555565c7e0ep-5 + 0x1.111111170bc08p-7 * r
    let p45 = 0x1.6c166bde96885p-10 + 0x1.a019c36bc053cp-13 * r
    let p67 = 0x1.a136bf03ec612p-16 + 0x1.72ad458027fbcp-19 * r
    return r + r2 * ((p01 + p23 * r2) + (p45 + p67 * r2) * (r2 * r2))
  }

  /// e^x = 2^k(1 + p) as (p, 2^k), for |x| ≤ 200: enough for Float, whose
  /// e^x is 0 or ∞ beyond ±104.
  @inlinable @inline(__always)
  static func singleExponentialParts(_ x: Double) -> (p: Double, scale: Double) {
    let reduction = exponentialReduction(x)
    return (singleExponentialMinusOneReduced(reduction.r), powerOfTwo(reduction.kBits))
  }

  /// e^x − 1 to 2^-42 relative, for −200 ≤ x ≤ 200: 2^k·p + (2^k − 1), where
  /// 2^k·p is exact and 2^k − 1 is exact, so the sum rounds once.
  @inlinable @inline(__always)
  static func singleExponentialMinusOne(_ x: Double) -> Double {
    let parts = singleExponentialParts(x)
    return parts.scale * parts.p + (parts.scale - 1)
  }

  /// log y to 2^-43 relative, for a normal Double y > 0: k·ln 2 + 2 atanh s
  /// with y = 2^k·m, s = (m − 1)/(m + 1), |s| ≤ 0.1716, and 2 atanh s =
  /// 2s + s·z·Q(z), z = s², Q a degree-4 Chebyshev fit (mpmath).
  @inlinable @inline(__always)
  static func singleLogarithm(_ y: Double) -> Double {
    let (k, m) = exponentAndSignificand(y)
    let f = m - 1  // exact
    let s = f / (2 + f)
    let z = s * s
    var q = 0x1.8c8cb725e2db5p-3
    q = q * z + 0x1.c67ad18010d25p-3
    q = q * z + 0x1.249323f5fe0a4p-2
    q = q * z + 0x1.999998cae671fp-2
    q = q * z + 0x1.5555555564eb7p-1
    return k * 0x1.62e42fefa39efp-1 + (2 * s + s * z * q)
  }

  /// e^x. Worst error found: 0.5000008 ulp (every Float).
  @inlinable @inline(__always)
  static func exp(_ x: Float) -> Float {
    let wide = Double(x)
    // Beyond these bounds e^x rounds to ∞ or 0 in Float; NaN passes both tests.
    let parts = singleExponentialParts(wide < -110 ? -110 : (wide > 90 ? 90 : wide))
    return Float(parts.scale + parts.scale * parts.p)
  }

  /// e^x − 1. Worst error found: 0.5000025 ulp (every Float).
  @inlinable @inline(__always)
  static func expMinusOne(_ x: Float) -> Float {
    let wide = Double(x)
    // Below −40, e^x − 1 rounds to −1.
    let result = Float(singleExponentialMinusOne(wide < -40 ? -40 : (wide > 90 ? 90 : wide)))
    return x == 0 ? x : result  // keeps the sign of zero
  }

  /// The natural logarithm. Worst error found: 0.5000004 ulp (every Float).
  @inlinable @inline(__always)
  static func log(_ x: Float) -> Float {
    let wide = Double(x)
    return Float(logarithmWithEdges(wide, singleLogarithm(wide)))
  }

  /// log(1 + x) for a Double x of Float's range: 1 + x rounds (for |x| < 2^-29
  /// or beyond 2^53), and its rounding error d joins as log(u + d) ≈ log u + d/u.
  /// A NaN x gives NaN through d/u (singleLogarithm of NaN is garbage), which
  /// softplus relies on.
  @inlinable @inline(__always)
  static func singleLogarithmOfOnePlus(_ x: Double) -> Double {
    let u = 1 + x
    // The rounding error of 1 + x (fast two-sum, ordered by magnitude).
    let d = x.magnitude <= 1 ? (1 - u) + x : (x - u) + 1
    return singleLogarithm(u) + d / u
  }

  /// log(1 + x). Worst error found: 0.5000007 ulp (every Float).
  @inlinable @inline(__always)
  static func logOnePlus(_ x: Float) -> Float {
    // The edges as Float selects, the same as Double's logOnePlus writes:
    // shared (a helper on the widened x, as log does, or one generic helper
    // for both types), LLVM turned two of the selects into branches and the
    // loop stayed scalar (swiftc -O -emit-assembly of a loop over it).
    var result = Float(singleLogarithmOfOnePlus(Double(x)))
    result = x == .infinity ? x : result
    result = x == -1 ? -.infinity : result
    result = x < -1 ? .nan : result
    result = x == 0 ? x : result  // keeps the sign of zero
    return x.isNaN ? x : result
  }

  /// The hyperbolic tangent, as −t/(2 + t) with t = e^(−2|x|) − 1, and the
  /// sign of x. Worst error found: 0.5000018 ulp (every Float).
  @inlinable @inline(__always)
  static func tanh(_ x: Float) -> Float {
    let a = -2 * Double(x).magnitude
    // From |x| = 10 on, tanh rounds to ±1 in Float; NaN passes.
    let t = singleExponentialMinusOne(a < -20 ? -20 : a)
    let v = Float(-t / (2 + t))
    return Float(bitPattern: (v.bitPattern & 0x7fff_ffff) | (x.bitPattern & 0x8000_0000))
  }

  /// The logistic sigmoid 1/(1 + e^(−x)): in Double, e^(−x) can neither
  /// overflow nor underflow for a Float x, so one formula serves both signs.
  /// Worst error found: 0.5000005 ulp (every Float).
  @inlinable @inline(__always)
  static func sigmoid(_ x: Float) -> Float {
    let wide = Double(x)
    // Beyond ±120 the sigmoid rounds to 1 or 0 in Float; NaN passes.
    let parts = singleExponentialParts(wide < -120 ? 120 : (wide > 120 ? -120 : -wide))
    return Float(1 / (1 + (parts.scale + parts.scale * parts.p)))
  }

  /// log(1 + e^x) = max(x, 0) + log1p(e^(−|x|)). Worst error found: 0.5000009
  /// ulp (every Float); log σ(x) = −softplus(−x) the same.
  @inlinable @inline(__always)
  static func softplus(_ x: Float) -> Float {
    let wide = Double(x)
    let a = -wide.magnitude
    // Below −120, log1p(e^a) rounds to 0 in Float (and adds nothing to x).
    let parts = singleExponentialParts(a < -120 ? -120 : a)
    let e = parts.scale + parts.scale * parts.p
    return Float((wide > 0 ? wide : 0) + singleLogarithmOfOnePlus(e))
  }
}

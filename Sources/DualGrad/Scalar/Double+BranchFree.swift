// Elementary functions of Double written in Swift, without branches, so that a
// loop of them vectorises.
//
// A call into libm inside a loop keeps LLVM's loop vectoriser away: it cannot
// widen an opaque call. These functions are plain arithmetic and integer bit
// operations, inlined at the call site, with every edge case (overflow,
// underflow, subnormals, ±0, ±∞, NaN) handled by selects (`c ? a : b` of two
// computed values), never by an early return, so a loop of them becomes packed
// SSE2 (or AVX2/AVX-512 with `-target-cpu`) code with no SIMD type in the source.
//
// Goals, in order: (1) within 1 ulp of the correctly rounded result on the
// whole domain, (2) no branch, no trapping conversion (`Int(x)` checks its
// range), no fused multiply-add (not an instruction on baseline x86-64, where
// `addingProduct` is a call to libm's `fma`), no table look-up (a gather is
// scalar before AVX2), (3) as few operations as (1) allows.
//
// The design follows the literature (Cody and Waite's range reduction; Tang's
// and fdlibm's way of keeping the last rounding the only large one):
// - e^x: x = k·ln 2 + r with |r| ≤ ln2/2, k found by adding 2^52 + 2^51 (the
//   "shifter": the sum's low bits are then round(x/ln 2), read without an Int
//   conversion). ln 2 is split so that k·ln2High is exact; r's rounding error
//   is carried along. e^r − 1 = r + r²·P(r), P a degree-10 polynomial fitted
//   with mpmath (Chebyshev, relative error 3e-18) and evaluated by Estrin's scheme. 2^k comes from exponent bits,
//   applied in two halves so that neither overflows and a subnormal result is
//   rounded once.
// - log x: x = 2^k·m with m ∈ [√½, √2) from the bits; with f = m − 1 and
//   s = f/(2 + f), log m = 2 atanh s = f − f²/2 + s(f²/2 + R(s²)), R a degree-7
//   fit (mpmath). Subnormal x are scaled by 2^54 first (a select).
// - The compound functions (expm1, log1p, tanh, sigmoid, softplus) keep the
//   intermediate e^x or 1 + x as an unevaluated sum of two Doubles, so only
//   the final division or addition rounds.
//
// Worst errors found against mpmath (Tests/DualGradTests/References/
// make_branch_free_references.py: 20,000 random points per function spread
// over the whole domain and its hard regions, plus every edge; the test
// `BranchFreeAccuracyTests` checks them) are stated on each function.

@usableFromInline
enum BranchFree {
  /// 2^52 + 2^51: y + shifter rounds y (|y| < 2^51) to an integer n, and the
  /// sum's bit pattern is the shifter's plus n.
  @inlinable @inline(__always) static var shifter: Double { 0x1.8p52 }

  /// ln 2 with 32 significant bits, so k·ln2High is exact for |k| < 2^21.
  @inlinable @inline(__always) static var ln2High: Double { 0x1.62e42fee00000p-1 }
  /// ln 2 − ln2High.
  @inlinable @inline(__always) static var ln2Low: Double { 0x1.a39ef35793c76p-33 }

  /// The double 2^n for −1022 ≤ n ≤ 1023, from n's two's-complement bits.
  @inlinable @inline(__always)
  static func powerOfTwo(_ nBits: UInt64) -> Double {
    Double(bitPattern: (nBits &+ 1023) &<< 52)
  }

  /// (e^r − 1 − r)/r² on |r| ≤ 0.3467: Chebyshev fit, relative error 3.2e-18.
  /// Estrin's scheme (pairs, then pairs of pairs with r² and r⁴) rather than
  /// Horner's: 4 dependent multiply-adds instead of 10, which is what a scalar
  /// loop waits for.
  @inlinable @inline(__always)
  static func exponentialTail(_ r: Double) -> Double {
    let r2 = r * r
    let r4 = r2 * r2
    let p01 = 0.5 + 0x1.5555555555557p-3 * r
    let p23 = 0x1.5555555555556p-5 + 0x1.11111111100d3p-7 * r
    let p45 = 0x1.6c16c16c162cfp-10 + 0x1.a01a01abeccc3p-13 * r
    let p67 = 0x1.a01a01a6db488p-16 + 0x1.71de02225a2f3p-19 * r
    let p89 = 0x1.27e4db5bb725ap-22 + 0x1.af4e092e1705bp-26 * r
    let p0123 = p01 + p23 * r2
    let p4567 = p45 + p67 * r2
    let p8910 = p89 + 0x1.1f7315649f2d7p-29 * r2
    return p0123 + (p4567 + p8910 * r4) * r4
  }

  /// x = k·ln 2 + r + rLow with |r| ≤ 0.3467 and rLow the rounding error of
  /// r, for |x| ≤ 746; k as a Double and as its two's-complement bits. Float's
  /// functions (Float+BranchFree.swift) use it too, ignoring rLow.
  @inlinable @inline(__always)
  static func exponentialReduction(_ x: Double) -> (r: Double, rLow: Double, k: Double, kBits: UInt64) {
    let z = x * 0x1.71547652b82fep0 + shifter
    let k = z - shifter
    let kBits = z.bitPattern &- shifter.bitPattern
    let rHigh = x - k * ln2High  // exact: both products and the difference fit
    let rLowPart = k * ln2Low
    let r = rHigh - rLowPart
    let rLow = (rHigh - r) - rLowPart  // the rounding error of r, exactly
    return (r, rLow, k, kBits)
  }

  /// e^x as 2^k·(1 + high + low), |high| ≤ 0.42, |low| ≤ ulp(high), for
  /// |x| ≤ 746; k as a Double and as its two's-complement bits.
  @inlinable @inline(__always)
  static func exponentialParts(_ x: Double) -> (high: Double, low: Double, k: Double, kBits: UInt64) {
    let (r, rLow, k, kBits) = exponentialReduction(x)
    // e^(r + rLow) − 1 = r + rLow·(1 + r) + r²P(r) to 2^-60 relative.
    let t = rLow + r * (rLow + r * exponentialTail(r))
    let high = r + t
    let low = (r - high) + t  // exact, as |r| ≥ |t|
    return (high, low, k, kBits)
  }

  /// e^x as high + low (double-double), for −746 ≤ x ≤ 709.
  @inlinable @inline(__always)
  static func exponentialPair(_ x: Double) -> (high: Double, low: Double) {
    let p = exponentialParts(x)
    let e = 1 + p.high
    let eLow = ((1 - e) + p.high) + p.low
    let (s1, s2) = scaleFactors(p)
    return (e * s1 * s2, eLow * s1 * s2)
  }

  /// 2^k as two factors 2^round(k/2) and 2^(k − round(k/2)), each a normal
  /// Double for |k| ≤ 1076.
  @inlinable @inline(__always)
  static func scaleFactors(_ p: (high: Double, low: Double, k: Double, kBits: UInt64)) -> (Double, Double) {
    let halfBits = (p.k * 0.5 + shifter).bitPattern &- shifter.bitPattern
    return (powerOfTwo(halfBits), powerOfTwo(p.kBits &- halfBits))
  }

  /// (n + nLow)/(d + dLow) rounded once, for |n|, |d| ≤ 4 and low parts below
  /// an ulp of the high ones: the remainder n − q·d of the rounded quotient q
  /// is computed exactly (Dekker's product, as baseline x86-64 has no fused
  /// multiply-add), so the final q + remainder/d is off by little more than
  /// its own rounding.
  @inlinable @inline(__always)
  static func quotient(_ n: Double, _ nLow: Double, _ d: Double, _ dLow: Double) -> Double {
    let q = n / d
    // Veltkamp's split: each half has at most 26 significant bits.
    let qc = 134_217_729 * q
    let dc = 134_217_729 * d
    let qHigh = qc - (qc - q)
    let qLow = q - qHigh
    let dHigh = dc - (dc - d)
    let dLow2 = d - dHigh
    let p = q * d
    let pLow = ((qHigh * dHigh - p) + qHigh * dLow2 + qLow * dHigh) + qLow * dLow2
    let remainder = ((n - p) - pLow) + (nLow - q * dLow)
    return q + remainder / d
  }

  /// e^x. Worst error found: 0.73 ulp, for a subnormal result (rounded
  /// twice: to 53 bits, then to the subnormal's fewer).
  @inlinable @inline(__always)
  static func exp(_ x: Double) -> Double {
    // Beyond these bounds e^x is +∞ or 0 in any case; NaN passes both tests.
    let clamped = x < -746 ? -746 : (x > 710 ? 710 : x)
    let p = exponentialParts(clamped)
    let e = 1 + p.high
    let y = e + (((1 - e) + p.high) + p.low)
    let (s1, s2) = scaleFactors(p)
    // y·s1 is exact; ·s2 rounds once, also to a subnormal or to +∞.
    return y * s1 * s2
  }

  /// e^x − 1 as high + low (not normalised), times `factor` (1 or 2), for
  /// −40 ≤ x ≤ 710.
  @inlinable @inline(__always)
  static func exponentialMinusOneParts(_ x: Double) -> (high: Double, low: Double, factor: Double) {
    let p = exponentialParts(x)
    // k = 1024 (x > 709.4) would overflow 2^k: use 2^1023 and double at the end.
    let isTop = p.k > 1023
    let s = powerOfTwo(isTop ? p.kBits &- 1 : p.kBits)
    let a = s * p.high
    let aLow = s * p.low
    // s − 1 = b + bLow exactly (two-sum).
    let b = s - 1
    let bVirtual = b - s
    let bLow = (s - (b - bVirtual)) + (-1 - bVirtual)
    // b + a = h + hLow exactly (two-sum).
    let h = b + a
    let aVirtual = h - b
    let hLow = (b - (h - aVirtual)) + (a - aVirtual)
    return (h, hLow + (bLow + aLow), isTop ? 2 : 1)
  }

  /// e^x − 1. Worst error found: 0.90 ulp (at 0.372, where 2e^r − 1 cancels
  /// and the rounding of r²P(r) doubles with it).
  @inlinable @inline(__always)
  static func expMinusOne(_ x: Double) -> Double {
    // Below −40, e^x − 1 rounds to −1.
    let clamped = x < -40 ? -40 : (x > 710 ? 710 : x)
    let p = exponentialMinusOneParts(clamped)
    let result = (p.high + p.low) * p.factor
    return x == 0 ? x : result  // keeps the sign of zero
  }

  /// R(z)/z on 0 ≤ z ≤ 0.02944, where R(s²) = 2 atanh(s)/s − 2: Chebyshev
  /// fit, absolute error 3.1e-16 (relative to log m: below 2^-70).
  @inlinable @inline(__always)
  static func logarithmTail(_ z: Double) -> Double {
    var p = 0x1.2b58f4c8d5f63p-3
    p = p * z + 0x1.39fe52a20dc69p-3
    p = p * z + 0x1.7462b5152e8a6p-3
    p = p * z + 0x1.c71c62e40b94ep-3
    p = p * z + 0x1.2492492df26cep-2
    p = p * z + 0x1.99999999952d8p-2
    return p * z + 0x1.5555555555558p-1
  }

  /// y = 2^k·m with m ∈ [√½, √2), for a normal y > 0; garbage elsewhere.
  /// Float's logarithms use it too.
  @inlinable @inline(__always)
  static func exponentAndSignificand(_ y: Double) -> (k: Double, m: Double) {
    // Adding bits(1) − bits(√½) carries into the exponent exactly when the
    // significand is ≥ √2.
    let bits = y.bitPattern
    let kBiased = (bits &+ 0x9_5f61_9980_c433) &>> 52  // k + 1023, never negative
    let m = Double(bitPattern: bits &- ((kBiased &- 1023) &<< 52))
    return (Double(bitPattern: shifter.bitPattern &+ kBiased) - (shifter + 1023), m)
  }

  /// log(x) + c for finite x > 0 and |c| ≤ 2^-52 (the correction that makes
  /// log1p exact: log(x + d) = log x + d/x); garbage elsewhere, which callers
  /// replace by selects.
  @inlinable @inline(__always)
  static func logarithmCore(_ x: Double, plus c: Double) -> Double {
    let isSubnormal = x < 0x1p-1022
    let (kNormal, m) = exponentAndSignificand(isSubnormal ? x * 0x1p54 : x)
    let k = kNormal - (isSubnormal ? 54 : 0)
    let f = m - 1  // exact
    let s = f / (2 + f)
    let z = s * s
    let halfSquare = 0.5 * f * f
    let r = z * logarithmTail(z)
    // log m = f − f²/2 + s(f²/2 + R); f is exact, so the large term carries no error.
    return k * ln2High - ((halfSquare - (s * (halfSquare + r) + (k * ln2Low + c))) - f)
  }

  /// The natural logarithm. Worst error found: 0.78 ulp (just below √2).
  @inlinable @inline(__always)
  static func log(_ x: Double) -> Double {
    logarithmWithEdges(x, logarithmCore(x, plus: 0))
  }

  /// log x given `core`, a value right for finite x > 0: the edges (+∞, ±0,
  /// negative x, NaN) by selects. Float's log shares it (its edges are exact
  /// Doubles); log1p's edges are written out in each type's log1p (see
  /// Float+BranchFree.swift).
  @inlinable @inline(__always)
  static func logarithmWithEdges(_ x: Double, _ core: Double) -> Double {
    var result = x == .infinity ? x : core
    result = x == 0 ? -.infinity : result
    result = x < 0 ? .nan : result
    return x.isNaN ? x : result
  }

  /// log(1 + high + low) for |high| ≤ 1 and |low| ≤ ulp(high): 1 + high
  /// rounds, and its rounding error (with `low`) joins as a correction.
  @inlinable @inline(__always)
  static func logOnePlusCore(_ high: Double, _ low: Double) -> Double {
    let u = 1 + high
    let d = ((1 - u) + high) + low
    return logarithmCore(u, plus: d / u)
  }

  /// log(1 + x). Worst error found: 0.72 ulp.
  @inlinable @inline(__always)
  static func logOnePlus(_ x: Double) -> Double {
    let u = 1 + x
    // The rounding error of 1 + x (fast two-sum, ordered by magnitude).
    let d = x.magnitude <= 1 ? (1 - u) + x : (x - u) + 1
    var result = logarithmCore(u, plus: d / u)
    result = x == .infinity ? x : result
    result = x == -1 ? -.infinity : result
    result = x < -1 ? .nan : result
    result = x == 0 ? x : result  // keeps the sign of zero
    return x.isNaN ? x : result
  }

  /// The hyperbolic tangent, as −t/(2 + t) with t = e^(−2|x|) − 1 kept to
  /// twice the precision, and the sign of x. Worst error found: 0.78 ulp.
  @inlinable @inline(__always)
  static func tanh(_ x: Double) -> Double {
    let a = -2 * x.magnitude
    // From |x| = 20 on, tanh rounds to ±1; NaN passes.
    let t = exponentialMinusOneParts(a < -40 ? -40 : a)
    let d = 2 + t.high
    let dLow = ((2 - d) + t.high) + t.low
    let v = quotient(-t.high, -t.low, d, dLow)
    return Double(bitPattern: v.bitPattern | (x.bitPattern & (1 &<< 63)))
  }

  /// The logistic sigmoid 1/(1 + e^(−x)), as n/(1 + e) with e = e^(−|x|) kept
  /// to twice the precision and n = 1 or e. Worst error found: 0.74 ulp.
  @inlinable @inline(__always)
  static func sigmoid(_ x: Double) -> Double {
    let a = -x.magnitude
    let e = exponentialPair(a < -746 ? -746 : a)
    let d = 1 + e.high
    let dLow = ((1 - d) + e.high) + e.low
    let positive = x >= 0
    let n = positive ? 1 : e.high
    let nLow = positive ? 0 : e.low
    return quotient(n, nLow, d, dLow)
  }

  /// log(1 + e^x) = max(x, 0) + log1p(e^(−|x|)), with e^(−|x|) kept to twice
  /// the precision. Worst error found: 0.94 ulp (near 0, where the final
  /// addition and log1p's own rounding meet); log σ(x) = −softplus(−x): 0.98 ulp.
  @inlinable @inline(__always)
  static func softplus(_ x: Double) -> Double {
    let a = -x.magnitude
    let e = exponentialPair(a < -746 ? -746 : a)
    return (x > 0 ? x : 0) + logOnePlusCore(e.high, e.low)
  }
}

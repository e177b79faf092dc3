// Taylor series of the exponentials, logarithms, roots and powers.
// The goals every rule follows are stated in Taylor.swift; the coefficient
// recurrences are in Taylor+Recurrences.swift.

extension Taylor {
  // MARK: Exponentials and logarithms

  /// The series of e^x: k·e[k] = Σ j·x[j]·e[k−j].
  ///
  /// ```swift
  /// Taylor.exp(Taylor<Double>(variable: 0, order: 3)).coefficients   // [1.0, 1.0, 0.5, 0.16666666666666666]
  /// ```
  @inlinable
  public static func exp(_ x: Taylor) -> Taylor {
    let e0 = T.exp(x.value)
    if x.isConstant { return x.constant(e0) }
    // Past e^709.78, where c₀ is +∞, c_k = e^x₀/k! can still be finite: the
    // series of e^(x − 64 ln 2), times 2^64.
    let rescaled = !e0.isFinite && x.value.isFinite
    let leading = rescaled ? exponentialBelowOverflow(x.value) : e0
    return x.mapped { a, e, n in
      withScratch(n) { d in
        scaledDerivative(a, into: d, count: n)
        exponential(d, leading: leading, into: e, count: n)
        if rescaled { rescale(e, count: n, value: e0) }
      }
    }
  }

  /// e^(v − 64 ln 2), for a v where e^v overflows: the exact difference
  /// v − 64·ln2Hi (ln2Hi has 16 bits) in one exp and the small rest in
  /// another, so the argument is never rounded (a rounding of v − 64 ln 2
  /// near 700 would cost 250 ulps).
  @inlinable
  static func exponentialBelowOverflow(_ v: T) -> T {
    T.exp(v - T(64 * ln2Hi)) * T.exp(T(-64 * ln2Lo))
  }

  /// Multiplies c₁, c₂, … by 2^64 (exact) and sets c₀ to `value`: the series
  /// of 2^64·f from that of f.
  @inlinable
  static func rescale(_ c: UnsafeMutablePointer<T>, count n: Int, value: T) {
    for k in 1..<Swift.max(n, 1) { c[k] *= T(exp2Rescale) }
    c[0] = value
  }

  /// The series of e^x − 1, with c₀ = `expm1(x₀)` (accurate near 0).
  ///
  /// ```swift
  /// Taylor.expMinusOne(Taylor<Double>(variable: 1e-20, order: 1)).coefficients   // [1e-20, 1.0]
  /// ```
  @inlinable
  public static func expMinusOne(_ x: Taylor) -> Taylor {
    let c0 = T.expMinusOne(x.value)
    if x.isConstant { return x.constant(c0) }
    var result = exp(x)
    result[0] = c0
    return result
  }

  /// The series of 2^x. Past 2^1024, where c₀ is +∞, the later coefficients
  /// are still finite as long as the true ones are (c₄ at x₀ = 1030).
  ///
  /// ```swift
  /// Taylor.exp2(Taylor<Double>(variable: 0, order: 1)).coefficients   // [1.0, 0.6931471805599453]
  /// ```
  @inlinable
  public static func exp2(_ x: Taylor) -> Taylor {
    let e0 = T.exp2(x.value)
    if x.isConstant { return x.constant(e0) }
    // Where 2^x₀ overflows, the series of 2^(x − 64) times 2^64, as
    // `exp2Slope` does for c₁ (exact scalings by powers of two).
    let rescaled = !e0.isFinite
    let leading = rescaled ? T.exp2(x.value - 64) : e0
    return x.mapped { a, e, n in
      withScratch(n) { d in
        scaledDerivative(a, into: d, count: n)
        let ln2T = T(ln2)
        for k in 1..<n { d[k] *= ln2T }
        exponential(d, leading: leading, into: e, count: n)
        if rescaled { rescale(e, count: n, value: e0) }
      }
    }
  }

  /// The series of log x from (log x)′ = x′/x. At x₀ = 0, c₁ = +∞ for a
  /// positive slope and the later coefficients are ±∞ or NaN.
  ///
  /// ```swift
  /// Taylor.log(Taylor<Double>(variable: 1, order: 3)).coefficients   // [0.0, 1.0, -0.5, 0.3333333333333333]
  /// ```
  @inlinable
  public static func log(_ x: Taylor) -> Taylor {
    // `+ 0` turns −0 into +0, so log′(−0) is +∞ like log′(+0), as for Dual.
    logarithm(x, value: T.log(x.value), base: x.value + 0, reciprocalLogOfBase: 1)
  }

  /// The series of log(1 + x), with c₀ = `log1p(x₀)` (accurate near 0).
  ///
  /// ```swift
  /// Taylor.log(onePlus: Taylor<Double>(variable: 0, order: 2)).coefficients   // [0.0, 1.0, -0.5]
  /// ```
  @inlinable
  public static func log(onePlus x: Taylor) -> Taylor {
    logarithm(x, value: T.log(onePlus: x.value), base: 1 + x.value, reciprocalLogOfBase: 1)
  }

  /// The series of log₂ x.
  ///
  /// ```swift
  /// Taylor.log2(Taylor<Double>(variable: 1, order: 1)).coefficients   // [0.0, 1.4426950408889634]
  /// ```
  @inlinable
  public static func log2(_ x: Taylor) -> Taylor {
    logarithm(x, value: T.log2(x.value), base: x.value + 0, reciprocalLogOfBase: 1 / ln2)
  }

  /// The series of log₁₀ x.
  ///
  /// ```swift
  /// Taylor.log10(Taylor<Double>(variable: 1, order: 1)).coefficients  // [0.0, 0.43429448190325176]
  /// ```
  @inlinable
  public static func log10(_ x: Taylor) -> Taylor {
    logarithm(x, value: T.log10(x.value), base: x.value + 0, reciprocalLogOfBase: 1 / ln10)
  }

  /// log(b + x − x₀)/log B with c₀ = `value`, where b's leading coefficient
  /// is `base` and 1/log B is `reciprocalLogOfBase`: y′ = g₀·x′/(b/b₀), where
  /// g₀ is the scalar slope ``Dual`` uses (`logSlope`), so c₁ = g₀·x₁ and no
  /// 1/b₀ times 1/log B overflows first (log₁₀ at 1e308). Outside the domain
  /// (`value` NaN) every coefficient is NaN, as ``Dual``'s slope is.
  @inlinable
  static func logarithm(_ x: Taylor, value: T, base: T, reciprocalLogOfBase: Double) -> Taylor {
    if x.isConstant { return x.constant(value) }
    let inverse = 1 / base
    let slope = value.isNaN ? value : T.logSlope(base, reciprocalLogOfBase: reciprocalLogOfBase)
    return x.mapped { a, y, n in
      // At the singular point (x₀ = 0 for log, −1 for log1p) moving right,
      // the one-sided derivatives are (−1)^(k−1)(k−1)!/0^k: ±∞ in turn, not
      // the NaN the recurrence would make of 0/0.
      if base.isZero && n > 1 && a[1] > 0 {
        y[0] = value
        for k in 1..<n { y[k] = k % 2 == 1 ? T.infinity : -T.infinity }
        return
      }
      withScratch(2 * n) { scratch in
        let d = scratch
        let w = scratch + n
        scaledDerivative(a, into: d, count: n)
        if inverse.isFinite {
          for k in 1..<n {
            d[k] *= slope
            w[k] = a[k] * inverse
          }
          derivativeQuotient(d, w, leading: 1, into: y, count: n)
          integrate(y, count: n)
        } else {
          // b₀ = 0 (moving left from the singular point) or below the least
          // normal: the quotient by b itself gives ±∞ or NaN, as it should.
          derivativeQuotient(d, a, leading: base, into: y, count: n)
          let scale = T(reciprocalLogOfBase)
          for k in 1..<n { y[k] = scale * y[k] / T(k) }
        }
        y[0] = value
      }
    }
  }

  // MARK: Roots and powers

  /// The series of √x. At x₀ = 0 (where √ has a vertical tangent) the
  /// coefficients from c₁ on are ±∞ (for x = 0 + t: +∞, −∞, +∞, …, the signs of
  /// the one-sided derivatives) or NaN, never finite.
  ///
  /// ```swift
  /// Taylor.sqrt(Taylor<Double>(variable: 4, order: 2)).coefficients  // [2.0, 0.25, -0.015625]
  /// ```
  @inlinable
  public static func sqrt(_ x: Taylor) -> Taylor {
    let s0 = T.sqrt(x.value)
    if x.isConstant { return x.constant(s0) }
    return x.mapped { a, s, n in squareRoot(a, leading: s0, into: s, count: n) }
  }

  /// The series of the real n-th root (negative for odd n and negative x).
  /// At x₀ = 0, c₁ = ±∞ and later coefficients are ±∞ or NaN.
  ///
  /// ```swift
  /// Taylor.root(Taylor<Double>(variable: 8, order: 1), 3).coefficients   // [2.0, 0.08333333333333333]
  /// ```
  @inlinable
  public static func root(_ x: Taylor, _ n: Int) -> Taylor {
    if n == 2 { return sqrt(x) }
    if n == 1 { return x }
    let r0 = T.root(x.value, n)
    if x.isConstant { return x.constant(r0) }
    let slope = T.rootSlope(root: r0, n)
    return x.mapped { a, r, count in
      r[0] = r0
      power(a, exponent: 1 / T(n), slope: slope, into: r, count: count)
    }
  }

  /// The series of x^n for an integer n, from the power recurrence started at
  /// the slope n·x₀^(n−1) that ``Dual`` uses (finite where x₀^n overflows); at
  /// x₀ = 0, where the recurrence would divide by 0, and for n = 0 by repeated
  /// squaring (exact: (0 + t)³ = t³).
  ///
  /// ```swift
  /// Taylor.pow(Taylor<Double>(variable: 2, order: 2), -1).coefficients   // [0.5, -0.25, 0.125]
  /// ```
  @inlinable
  public static func pow(_ x: Taylor, _ n: Int) -> Taylor {
    if n == 0 || x.value.isZero { return powerBySquaring(x, n) }
    let p0 = T.pow(x.value, n)
    if x.isConstant { return x.constant(p0) }
    let slope = T.integerPowerSlope(x.value, n)
    return x.mapped { a, p, count in
      p[0] = p0
      power(a, exponent: T(n), slope: slope, into: p, count: count)
    }
  }

  /// The series of x^y, with C's `pow` for c₀.
  ///
  /// With a constant exponent α the recurrence p′x = αpx′ is used (negative
  /// bases work for integral α). At x₀ = 0 an integral α from 0 to the order
  /// is done by repeated multiplication (exact: `pow(x, 2.0)` at 0 is x²);
  /// for other α > 0 the coefficients below α are 0 and those above are the
  /// one-sided limits ±∞ (NaN where the base turns negative). A
  /// varying exponent uses exp(y·log x), so its higher coefficients are NaN
  /// unless x₀ > 0, except that a constant base 0 with y₀ > 0 gives the
  /// constant 0 (as ``Dual`` takes ∂y = 0 there).
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 4, order: 1)
  /// Taylor.pow(x, 0.5).coefficients   // [2.0, 0.25]
  /// ```
  @inlinable
  public static func pow(_ x: Taylor, _ y: Taylor) -> Taylor {
    let n = Swift.max(x.count, y.count)
    let p0 = T.pow(x.value, y.value)
    let constantResult = { Taylor(constant: p0, order: n - 1) }
    if y.isConstant {
      let alpha = y.value
      if x.isConstant || alpha.isZero { return constantResult() }
      if x.value.isZero {
        for integral in 1..<n where alpha == T(integral) {
          return scaled(pow(x, integral), by: 1, count: n)
        }
        // (a₁t + …)^α at t = 0 with α > 0: coefficients below α are 0 (all
        // of them for an integral α beyond the order); above it the one-sided
        // derivatives are infinite with the sign of α(α − 1)⋯(α − k + 1), or
        // NaN when the base goes negative. Never the NaN of 0/0 where a limit exists.
        if alpha > 0 {
          let a1 = x.coefficient(1)
          return build(count: n) { p in
            var sign: T = 1
            for k in 0..<n {
              if T(k) < alpha {
                p[k] = 0
                sign = alpha - T(k) < 0 ? -sign : sign
              } else {
                p[k] = a1 > 0 ? sign * T.infinity : (T.infinity - T.infinity)
                sign = alpha - T(k) < 0 ? -sign : sign
              }
            }
            p[0] = p0
          }
        }
      }
      let slope = T.powerSlope(x.value, exponent: alpha)
      return x.withCoefficients { a in
        build(count: n) { p in
          p[0] = p0
          power(a.baseAddress!, exponent: alpha, slope: slope, into: p, count: n)
        }
      }
    }
    if x.isConstant && x.value.isZero && y.value > 0 { return constantResult() }
    // p = exp(w), w = y·log x, on padded copies of both operands:
    // k·p[k] = Σ_{j=1..k} j·w[j]·p[k−j]. The last term, w[k]·p₀, holds
    // p₀·y₀·x[k]/x₀ + p₀·log x₀·y[k]; those two go through the slopes Dual
    // uses (x[k]·∂x + y[k]·∂y), so c₁ is Dual's slope and stays finite where
    // p₀ over- or underflows. The remainder p₀·w̃[k] has log x[k] − x[k]/x₀ =
    // −Σ_{j=1..k−1} x[j]q[k−j]/(k·x₀) in place of log x[k] (q = t·(log x)′).
    let slopeX = T.powerSlope(x.value, exponent: y.value)
    let slopeY = T.powerSlopeInExponent(x.value, exponent: y.value, value: p0)
    return build(count: n) { p in
      withScratch(6 * n) { scratch in
        let xs = scratch
        let ys = scratch + n
        let logX = scratch + 2 * n
        let w = scratch + 3 * n
        let d = scratch + 4 * n
        let q = scratch + 5 * n
        x.withCoefficients { for k in 0..<$0.count { xs[k] = $0[k] } }
        y.withCoefficients { for k in 0..<$0.count { ys[k] = $0[k] } }
        scaledDerivative(xs, into: d, count: n)
        derivativeQuotient(d, xs, leading: xs[0], into: q, count: n)
        let x0 = xs[0]
        let y0 = ys[0]
        logX[0] = T.log(x0)
        for k in 1..<n { logX[k] = q[k] / T(k) }
        p[0] = p0
        for k in 1..<n {
          let mixed = convolution(ys, logX, k, from: 1, through: k - 1)
          w[k] = y0 * logX[k] + ys[k] * logX[0] + mixed
          d[k] = T(k) * w[k]
          let xPart: T = xs[k].isZero ? 0 : xs[k] * slopeX
          let yPart: T = ys[k].isZero ? 0 : ys[k] * slopeY
          var next = xPart + yPart
          if k > 1 {
            let remainder = y0 * (-convolution(xs, q, k, from: 1, through: k - 1) / (T(k) * x0)) + mixed
            next = convolution(d, p, k, from: 1, through: k - 1) / T(k) + p0 * remainder + next
          }
          p[k] = next
        }
      }
    }
  }

}

/// ln 2 in two parts for ``Taylor/exponentialBelowOverflow(_:)``: ln2Hi =
/// 45426/65536 has 16 bits, so 64·ln2Hi and x − 64·ln2Hi are exact near the
/// overflow of e^x in Float, Double and Float80.
@usableFromInline let ln2Hi = 0.693145751953125
/// ln 2 − ln2Hi.
@usableFromInline let ln2Lo = 1.4286068203094172321e-6

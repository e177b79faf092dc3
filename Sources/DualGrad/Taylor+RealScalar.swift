// `Taylor` as a `RealScalar`: arithmetic by the coefficient recurrences, every
// elementary function, comparisons and literals.
//
// Goals, in order: (1) never a silently wrong finite coefficient: at a
// singular point (log or √ at 0, asin at ±1, a pole of tan) the coefficients
// that depend on the singularity come out ±∞ or NaN; (2) every function of a
// constant is a constant, so an infinite slope never meets a zero coefficient
// (the 0·∞ trap); (3) the leading coefficient is the scalar function itself
// (`expm1`, `log1p`, `erfc` keep their accuracy) and each recurrence starts
// from a form that does not cancel (1/cosh² for tanh′, σ(x)σ(−x) for σ′);
// (4) one heap allocation per operation. The recurrences themselves are in
// Taylor+Recurrences.swift.

// MARK: - Arithmetic

extension Taylor {
  @inlinable
  static func sum(_ x: Taylor, _ y: Taylor) -> Taylor {
    // Copy the longer operand (one allocation) and add the shorter into it.
    var result = x.count >= y.count ? x : y
    result.add(x.count >= y.count ? y : x, sign: 1)
    return result
  }

  @inlinable
  static func difference(_ x: Taylor, _ y: Taylor) -> Taylor {
    if x.count >= y.count {
      var result = x
      result.add(y, sign: -1)
      return result
    }
    var result = negation(y)
    result.add(x, sign: 1)
    return result
  }

  /// self += sign·other, in place; `other` must not be longer than `self`.
  @inlinable @inline(__always)
  mutating func add(_ other: Taylor, sign: T) {
    other.withCoefficients { b in
      withMutableCoefficients { a in
        if sign > 0 {
          for k in 0..<b.count { a[k] += b[k] }
        } else {
          for k in 0..<b.count { a[k] -= b[k] }
        }
      }
    }
  }

  @inlinable
  static func negation(_ x: Taylor) -> Taylor {
    x.mapped { a, y, n in
      for k in 0..<n { y[k] = -a[k] }
    }
  }

  /// x·c for a plain c, with at least `count` coefficients.
  @inlinable
  static func scaled(_ x: Taylor, by c: T, count: Int) -> Taylor {
    x.withCoefficients { a in
      build(count: Swift.max(count, a.count)) { y in
        for k in 0..<a.count { y[k] = a[k] * c }
      }
    }
  }

  /// x + c for a plain c: one copy of x.
  @inlinable
  static func offset(_ x: Taylor, by c: T) -> Taylor {
    var result = x
    result[0] += c
    return result
  }

  /// x / c for a plain c, coefficient by coefficient; dividing rather than
  /// multiplying by 1/c keeps x/3 as exact as the scalar x/3.
  @inlinable
  static func divided(_ x: Taylor, by c: T, count: Int = 1) -> Taylor {
    x.withCoefficients { a in
      build(count: Swift.max(count, a.count)) { q in
        for k in 0..<a.count { q[k] = a[k] / c }
      }
    }
  }

  @inlinable
  static func product(_ x: Taylor, _ y: Taylor) -> Taylor {
    let n = Swift.max(x.count, y.count)
    // A constant scales the other factor, so its zero coefficients never meet
    // an infinite one (0·∞ = NaN) and the product costs O(K) instead of O(K²).
    if x.isConstant { return scaled(y, by: x.value, count: n) }
    if y.isConstant { return scaled(x, by: y.value, count: n) }
    return x.withCoefficients { a in
      y.withCoefficients { b in
        build(count: n) { c in
          product(a.baseAddress!, a.count, b.baseAddress!, b.count, into: c, count: n)
        }
      }
    }
  }

  @inlinable
  static func quotient(_ x: Taylor, _ y: Taylor) -> Taylor {
    let n = Swift.max(x.count, y.count)
    if y.isConstant { return divided(x, by: y.value, count: n) }
    return x.withCoefficients { a in
      y.withCoefficients { b in
        build(count: n) { q in
          quotient(a.baseAddress!, a.count, b.baseAddress!, b.count, leading: b[0], into: q, count: n)
        }
      }
    }
  }

  // MARK: Generic operators (the RealScalar conformance)

  /// The sum of two series, coefficient by coefficient.
  ///
  /// ```swift
  /// (Taylor<Double>(variable: 1, order: 2) + Taylor(2)).coefficients   // [3.0, 1.0, 0.0]
  /// ```
  @inlinable
  public static func + (lhs: Taylor, rhs: Taylor) -> Taylor { sum(lhs, rhs) }

  /// The difference of two series, coefficient by coefficient.
  ///
  /// ```swift
  /// (Taylor<Double>(2) - Taylor(variable: 1, order: 1)).coefficients   // [1.0, -1.0]
  /// ```
  @inlinable
  public static func - (lhs: Taylor, rhs: Taylor) -> Taylor { difference(lhs, rhs) }

  /// The product of two series (Cauchy product, O(K²)).
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 3, order: 2)
  /// (x * x).coefficients         // [9.0, 6.0, 1.0]
  /// ```
  @inlinable
  public static func * (lhs: Taylor, rhs: Taylor) -> Taylor { product(lhs, rhs) }

  /// The quotient of two series, by the division recurrence (O(K²)).
  ///
  /// ```swift
  /// (1 / (1 - Taylor<Double>(variable: 0, order: 3))).coefficients   // [1.0, 1.0, 1.0, 1.0]
  /// ```
  /// At a zero leading coefficient of `rhs` the coefficients are ±∞ or NaN.
  @inlinable
  public static func / (lhs: Taylor, rhs: Taylor) -> Taylor { quotient(lhs, rhs) }

  /// Adds `rhs` to `lhs` in place, reusing `lhs`'s storage when it is long enough.
  ///
  /// ```swift
  /// var s = Taylor<Double>(variable: 1, order: 1); s += Taylor(2)   // 3.0 + 1.0t
  /// ```
  @inlinable
  public static func += (lhs: inout Taylor, rhs: Taylor) {
    if lhs.count >= rhs.count { lhs.add(rhs, sign: 1) } else { lhs = sum(lhs, rhs) }
  }

  /// Subtracts `rhs` from `lhs` in place, reusing `lhs`'s storage when it is long enough.
  ///
  /// ```swift
  /// var s = Taylor<Double>(variable: 1, order: 1); s -= Taylor(2)   // -1.0 + 1.0t
  /// ```
  @inlinable
  public static func -= (lhs: inout Taylor, rhs: Taylor) {
    if lhs.count >= rhs.count { lhs.add(rhs, sign: -1) } else { lhs = difference(lhs, rhs) }
  }

  /// Multiplies `lhs` by `rhs` in place.
  ///
  /// ```swift
  /// var p = Taylor<Double>(variable: 2, order: 2); p *= p   // 4.0 + 4.0t + 1.0t^2
  /// ```
  @inlinable
  public static func *= (lhs: inout Taylor, rhs: Taylor) { lhs = product(lhs, rhs) }

  /// Divides `lhs` by `rhs` in place.
  ///
  /// ```swift
  /// var q = Taylor<Double>(variable: 1, order: 1); q /= Taylor(4)   // 0.25 + 0.25t
  /// ```
  @inlinable
  public static func /= (lhs: inout Taylor, rhs: Taylor) { lhs = quotient(lhs, rhs) }

  /// The negated series.
  ///
  /// ```swift
  /// (-Taylor<Double>(variable: 1, order: 1)).coefficients   // [-1.0, -1.0]
  /// ```
  @inlinable
  public static prefix func - (operand: Taylor) -> Taylor { negation(operand) }
}

// MARK: - Conversions, constants, classification, literals

extension Taylor: RealScalar {
  /// Creates the constant nearest to `value`, of order 0.
  ///
  /// ```swift
  /// Taylor<Double>(0.5 as Double).coefficients   // [0.5]
  /// ```
  @inlinable @_disfavoredOverload
  public init(_ value: Double) { self.init(T(value)) }

  /// Creates the constant nearest to `value`, of order 0.
  ///
  /// ```swift
  /// Taylor<Float>(3 as Int).coefficients         // [3.0]
  /// ```
  @inlinable @_disfavoredOverload
  public init(_ value: Int) { self.init(T(value)) }

  /// Creates the constant `source`, of order 0, if it converts exactly.
  ///
  /// ```swift
  /// Taylor<Double>(exactly: 3)?.value            // Optional(3.0)
  /// ```
  @inlinable
  public init?<Source: BinaryInteger>(exactly source: Source) {
    guard let value = T(exactly: source) else { return nil }
    self.init(value)
  }

  /// Creates a constant of order 0 from an integer literal; it broadcasts to any order.
  ///
  /// ```swift
  /// let c: Taylor<Double> = 3
  /// c.order                                      // 0
  /// ```
  @inlinable
  public init(integerLiteral value: Int) { self.init(T(value)) }

  /// Creates a constant of order 0 from a floating-point literal.
  ///
  /// ```swift
  /// let c: Taylor<Double> = 0.5
  /// c.coefficients                               // [0.5]
  /// ```
  @inlinable
  public init(floatLiteral value: Double) { self.init(T(value)) }

  /// Whether c₀ is finite (later coefficients are not consulted).
  ///
  /// ```swift
  /// Taylor<Double>(coefficients: [1, .infinity]).isFinite   // true
  /// ```
  @inlinable
  public var isFinite: Bool { value.isFinite }

  /// Whether c₀ is NaN (later coefficients are not consulted).
  ///
  /// ```swift
  /// Taylor<Double>(.nan).isNaN                   // true
  /// ```
  @inlinable
  public var isNaN: Bool { value.isNaN }

  /// Whether every coefficient is exactly zero.
  ///
  /// ```swift
  /// Taylor<Double>(variable: 0, order: 1).isZero // false, although it is == 0
  /// ```
  @inlinable
  public var isZero: Bool { withCoefficients { $0.allSatisfy { $0.isZero } } }

  /// π as a constant of order 0.
  ///
  /// ```swift
  /// Taylor<Double>.pi.value                      // 3.141592653589793
  /// ```
  @inlinable
  public static var pi: Taylor { Taylor(T.pi) }

  /// +∞ as a constant of order 0.
  ///
  /// ```swift
  /// Taylor<Double>.infinity.value                // inf
  /// ```
  @inlinable
  public static var infinity: Taylor { Taylor(T.infinity) }

  /// The absolute value. Where c₀ ≠ 0 it is ±self. At c₀ = 0 the sign of the
  /// first nonzero coefficient decides: at an even power |a| is smooth and
  /// exact (|x²| = x²); at an odd power |a| has a kink and, as ``Dual`` does
  /// for `abs` at 0, every coefficient is the average of the two sides, 0.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 0, order: 2)
  /// abs(x * x).coefficients      // [0.0, 0.0, 1.0]
  /// abs(x).coefficients          // [0.0, 0.0, 0.0]
  /// ```
  @inlinable
  public var magnitude: Taylor {
    guard let m = withCoefficients({ $0.firstIndex { !$0.isZero } }) else { return self }
    if m.isMultiple(of: 2) { return self[m] < 0 ? -self : self }
    return constant(value.magnitude)
  }
}

// MARK: - Comparisons: c₀ only, as for Dual

extension Taylor: Equatable {
  /// Whether the values c₀ are equal; later coefficients are not compared.
  ///
  /// ```swift
  /// Taylor<Double>(variable: 1, order: 2) == Taylor(1)   // true
  /// ```
  @inlinable
  public static func == (lhs: Taylor, rhs: Taylor) -> Bool { lhs.value == rhs.value }
}

extension Taylor: Comparable {
  /// Whether the first value c₀ is less than the second; later coefficients
  /// are not compared, so a branch takes the side the plain computation takes.
  ///
  /// ```swift
  /// Taylor<Double>(variable: 1, order: 2) < Taylor(2)    // true
  /// ```
  @inlinable
  public static func < (lhs: Taylor, rhs: Taylor) -> Bool { lhs.value < rhs.value }
}

extension Taylor: Hashable {
  /// Hashes c₀ only, consistently with `==`.
  ///
  /// ```swift
  /// Set([Taylor<Double>(variable: 1, order: 1), Taylor(1)]).count   // 1
  /// ```
  @inlinable
  public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Taylor: CustomStringConvertible {
  /// The series as a polynomial in t; nested numbers appear in parentheses.
  ///
  /// ```swift
  /// Taylor<Double>(coefficients: [1, -2, 0.5]).description   // "1.0 - 2.0t + 0.5t^2"
  /// ```
  public var description: String {
    let storage = coefficients
    var text = "\(storage[0])"
    for k in 1..<count {
      let power = k == 1 ? "t" : "t^\(k)"
      let part = "\(storage[k])"
      if part.contains(" ") {
        text += " + (\(part))\(power)"
      } else if part.hasPrefix("-") {
        text += " - \(part.dropFirst())\(power)"
      } else {
        text += " + \(part)\(power)"
      }
    }
    return text
  }
}

// MARK: - Elementary functions

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
    return x.mapped { a, e, n in
      withScratch(n) { d in
        scaledDerivative(a, into: d, count: n)
        exponential(d, leading: e0, into: e, count: n)
      }
    }
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

  /// The series of 2^x.
  ///
  /// ```swift
  /// Taylor.exp2(Taylor<Double>(variable: 0, order: 1)).coefficients   // [1.0, 0.6931471805599453]
  /// ```
  @inlinable
  public static func exp2(_ x: Taylor) -> Taylor {
    let e0 = T.exp2(x.value)
    if x.isConstant { return x.constant(e0) }
    return x.mapped { a, e, n in
      withScratch(n) { d in
        scaledDerivative(a, into: d, count: n)
        let ln2T = T(ln2)
        for k in 1..<n { d[k] *= ln2T }
        exponential(d, leading: e0, into: e, count: n)
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
    logarithm(x, value: T.log(x.value), base: x.value + 0, scale: 1)
  }

  /// The series of log(1 + x), with c₀ = `log1p(x₀)` (accurate near 0).
  ///
  /// ```swift
  /// Taylor.log(onePlus: Taylor<Double>(variable: 0, order: 2)).coefficients   // [0.0, 1.0, -0.5]
  /// ```
  @inlinable
  public static func log(onePlus x: Taylor) -> Taylor {
    logarithm(x, value: T.log(onePlus: x.value), base: 1 + x.value, scale: 1)
  }

  /// The series of log₂ x.
  ///
  /// ```swift
  /// Taylor.log2(Taylor<Double>(variable: 1, order: 1)).coefficients   // [0.0, 1.4426950408889634]
  /// ```
  @inlinable
  public static func log2(_ x: Taylor) -> Taylor {
    logarithm(x, value: T.log2(x.value), base: x.value + 0, scale: T(1 / ln2))
  }

  /// The series of log₁₀ x.
  ///
  /// ```swift
  /// Taylor.log10(Taylor<Double>(variable: 1, order: 1)).coefficients  // [0.0, 0.43429448190325176]
  /// ```
  @inlinable
  public static func log10(_ x: Taylor) -> Taylor {
    logarithm(x, value: T.log10(x.value), base: x.value + 0, scale: T(1 / ln10))
  }

  /// scale·log(b + x − x₀) with c₀ = `value`: k·y[k] = scale·(t·x′ / b)[k]
  /// where b's leading coefficient is `base`.
  @inlinable
  static func logarithm(_ x: Taylor, value: T, base: T, scale: T) -> Taylor {
    if x.isConstant { return x.constant(value) }
    return x.mapped { a, y, n in
      // At the singular point (x₀ = 0 for log, −1 for log1p) moving right,
      // the one-sided derivatives are (−1)^(k−1)(k−1)!/0^k: ±∞ in turn, not
      // the NaN the recurrence would make of 0/0.
      if base.isZero && n > 1 && a[1] > 0 {
        y[0] = value
        for k in 1..<n { y[k] = k % 2 == 1 ? T.infinity : -T.infinity }
        return
      }
      withScratch(n) { d in
        scaledDerivative(a, into: d, count: n)
        derivativeQuotient(d, a, leading: base, into: y, count: n)
        for k in 1..<n { y[k] = scale * y[k] / T(k) }
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
  /// Taylor.root(Taylor<Double>(variable: 8, order: 1), 3).coefficients   // [2.0, 0.08333333333333331]
  /// ```
  @inlinable
  public static func root(_ x: Taylor, _ n: Int) -> Taylor {
    if n == 2 { return sqrt(x) }
    if n == 1 { return x }
    let r0 = T.root(x.value, n)
    if x.isConstant { return x.constant(r0) }
    return x.mapped { a, r, count in
      r[0] = r0
      var start = 1
      if a[0].isZero && count > 1 {
        // The recurrence would give 0·(1/0) = NaN for c₁; the slope itself is ±∞.
        r[1] = a[1] / (T(n) * T.pow(r0, n - 1))
        start = 2
      }
      power(a, exponent: 1 / T(n), from: start, into: r, count: count)
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
      return x.withCoefficients { a in
        build(count: n) { p in
          p[0] = p0
          power(a.baseAddress!, exponent: alpha, from: 1, into: p, count: n)
        }
      }
    }
    if x.isConstant && x.value.isZero && y.value > 0 { return constantResult() }
    // exp(y·log x) on padded copies of both operands.
    return build(count: n) { p in
      withScratch(5 * n) { scratch in
        let xs = scratch, ys = scratch + n, logX = scratch + 2 * n, w = scratch + 3 * n, d = scratch + 4 * n
        x.withCoefficients { for k in 0..<$0.count { xs[k] = $0[k] } }
        y.withCoefficients { for k in 0..<$0.count { ys[k] = $0[k] } }
        scaledDerivative(xs, into: d, count: n)
        derivativeQuotient(d, xs, leading: xs[0], into: logX, count: n)
        integrate(logX, count: n)
        logX[0] = T.log(xs[0])
        product(ys, n, logX, n, into: w, count: n)
        scaledDerivative(w, into: d, count: n)
        exponential(d, leading: p0, into: p, count: n)
      }
    }
  }

  // MARK: Trigonometric functions

  /// The series of sin x, computed jointly with cos x.
  ///
  /// ```swift
  /// Taylor.sin(Taylor<Double>(variable: 0, order: 3)).coefficients   // [0.0, 1.0, 0.0, -0.16666666666666666]
  /// ```
  @inlinable
  public static func sin(_ x: Taylor) -> Taylor {
    sineOrCosine(x, sign: -1, wantsSine: true, T.sin(x.value), T.cos(x.value))
  }

  /// The series of cos x, computed jointly with sin x.
  ///
  /// ```swift
  /// Taylor.cos(Taylor<Double>(variable: 0, order: 2)).coefficients   // [1.0, -0.0, -0.5]
  /// ```
  @inlinable
  public static func cos(_ x: Taylor) -> Taylor {
    sineOrCosine(x, sign: -1, wantsSine: false, T.sin(x.value), T.cos(x.value))
  }

  /// One of the pair (sin, cos) or (sinh, cosh), the other kept in scratch.
  @inlinable
  static func sineOrCosine(_ x: Taylor, sign: T, wantsSine: Bool, _ s0: T, _ c0: T) -> Taylor {
    if x.isConstant { return x.constant(wantsSine ? s0 : c0) }
    return x.mapped { a, y, n in
      withScratch(2 * n) { scratch in
        let d = scratch, other = scratch + n
        scaledDerivative(a, into: d, count: n)
        if wantsSine {
          sineCosine(d, leading: s0, c0, sign: sign, into: y, other, count: n)
        } else {
          sineCosine(d, leading: s0, c0, sign: sign, into: other, y, count: n)
        }
      }
    }
  }

  /// The series of tan x from tan′ = 1 + tan²; at a pole c₀ is huge and the
  /// coefficients grow accordingly.
  ///
  /// ```swift
  /// Taylor.tan(Taylor<Double>(variable: 0, order: 3)).coefficients   // [0.0, 1.0, 0.0, 0.3333333333333333]
  /// ```
  @inlinable
  public static func tan(_ x: Taylor) -> Taylor {
    let t0 = T.tan(x.value)
    return tangentLike(x, t0, slope: 1 + t0 * t0, sign: 1)
  }

  /// tan or tanh from t′ = u·x′ with u = 1 ± t².
  @inlinable
  static func tangentLike(_ x: Taylor, _ t0: T, slope u0: T, sign: T) -> Taylor {
    if x.isConstant { return x.constant(t0) }
    return x.mapped { a, t, n in
      withScratch(2 * n) { scratch in
        let d = scratch, u = scratch + n
        scaledDerivative(a, into: d, count: n)
        tangent(d, leading: t0, slope: u0, sign: sign, into: t, scratch: u, count: n)
      }
    }
  }

  /// The series of asin x from asin′ = 1/√((1 − x)(1 + x)); at x₀ = ±1 the
  /// coefficients from c₁ on are ±∞ or NaN.
  ///
  /// ```swift
  /// Taylor.asin(Taylor<Double>(variable: 0, order: 3)).coefficients  // [0.0, 1.0, 0.0, 0.16666666666666666]
  /// ```
  @inlinable
  public static func asin(_ x: Taylor) -> Taylor {
    let v = x.value
    // (1 − x₀)(1 + x₀) keeps full precision near ±1, where 1 − x₀² cancels.
    return inverseOfSquareRoot(x, value: T.asin(v), square: -1, leading: (1 - v) * (1 + v), sign: 1)
  }

  /// The series of acos x = π/2 − asin x; at x₀ = ±1 the coefficients from c₁
  /// on are ±∞ or NaN.
  ///
  /// ```swift
  /// Taylor.acos(Taylor<Double>(variable: 0, order: 1)).coefficients  // [1.5707963267948966, -1.0]
  /// ```
  @inlinable
  public static func acos(_ x: Taylor) -> Taylor {
    let v = x.value
    return inverseOfSquareRoot(x, value: T.acos(v), square: -1, leading: (1 - v) * (1 + v), sign: -1)
  }

  /// The series of atan x from atan′ = 1/(1 + x²).
  ///
  /// ```swift
  /// Taylor.atan(Taylor<Double>(variable: 1, order: 2)).coefficients  // [0.7853981633974483, 0.5, -0.25]
  /// ```
  @inlinable
  public static func atan(_ x: Taylor) -> Taylor {
    let v = x.value
    return inverseOfPolynomial(x, value: T.atan(v), square: 1, leading: 1 + v * v)
  }

  /// The angle of (x, y), from θ′ = (x·y′ − y·x′)/(x² + y²) on x and y scaled
  /// by hypot(x₀, y₀) (so huge arguments do not overflow). At the origin the
  /// angle is not differentiable; as ``Dual`` does, the slopes are 0 there:
  /// the result is the constant atan2(y₀, x₀). As for ``hypot(_:_:)``,
  /// coefficients from c₂ on underflow to 0 once |x₀|, |y₀| > 1e154.
  ///
  /// ```swift
  /// let y = Taylor<Double>(variable: 1, order: 1)
  /// Taylor.atan2(y: y, x: 1).coefficients   // [0.7853981633974483, 0.4999999999999999]
  /// ```
  @inlinable
  public static func atan2(y: Taylor, x: Taylor) -> Taylor {
    let n = Swift.max(x.count, y.count)
    let theta0 = T.atan2(y: y.value, x: x.value)
    let h0 = T.hypot(x.value, y.value)
    if (x.isConstant && y.isConstant) || h0.isZero { return Taylor(constant: theta0, order: n - 1) }
    return build(count: n) { theta in
      withScratch(6 * n) { scratch in
        let xs = scratch, ys = scratch + n, dx = scratch + 2 * n, dy = scratch + 3 * n
        let numerator = scratch + 4 * n, w = scratch + 5 * n
        x.withCoefficients { for k in 0..<$0.count { xs[k] = $0[k] / h0 } }
        y.withCoefficients { for k in 0..<$0.count { ys[k] = $0[k] / h0 } }
        scaledDerivative(xs, into: dx, count: n)
        scaledDerivative(ys, into: dy, count: n)
        // numerator = x·(t y′) − y·(t x′); w = x² + y², whose c₀ is 1 after scaling.
        product(xs, n, dy, n, into: numerator, count: n)
        product(ys, n, dx, n, into: w, count: n)
        for k in 0..<n { numerator[k] -= w[k] }
        square(xs, into: dx, count: n)
        square(ys, into: dy, count: n)
        for k in 0..<n { w[k] = dx[k] + dy[k] }
        derivativeQuotient(numerator, w, leading: 1, into: theta, count: n)
        integrate(theta, count: n)
        theta[0] = theta0
      }
    }
  }

  // MARK: Hyperbolic functions

  /// The series of sinh x, computed jointly with cosh x.
  ///
  /// ```swift
  /// Taylor.sinh(Taylor<Double>(variable: 0, order: 3)).coefficients  // [0.0, 1.0, 0.0, 0.16666666666666666]
  /// ```
  @inlinable
  public static func sinh(_ x: Taylor) -> Taylor {
    sineOrCosine(x, sign: 1, wantsSine: true, T.sinh(x.value), T.cosh(x.value))
  }

  /// The series of cosh x, computed jointly with sinh x.
  ///
  /// ```swift
  /// Taylor.cosh(Taylor<Double>(variable: 0, order: 2)).coefficients  // [1.0, 0.0, 0.5]
  /// ```
  @inlinable
  public static func cosh(_ x: Taylor) -> Taylor {
    sineOrCosine(x, sign: 1, wantsSine: false, T.sinh(x.value), T.cosh(x.value))
  }

  /// The series of tanh x from tanh′ = 1 − tanh², started from 1/cosh² x₀,
  /// which keeps full relative precision where 1 − tanh² x₀ cancels (|x₀| > 19).
  ///
  /// ```swift
  /// Taylor.tanh(Taylor<Double>(variable: 0, order: 3)).coefficients  // [0.0, 1.0, 0.0, -0.3333333333333333]
  /// ```
  @inlinable
  public static func tanh(_ x: Taylor) -> Taylor {
    let c = T.cosh(x.value)
    return tangentLike(x, T.tanh(x.value), slope: 1 / (c * c), sign: -1)
  }

  /// The series of asinh x from asinh′ = 1/√(1 + x²).
  ///
  /// ```swift
  /// Taylor.asinh(Taylor<Double>(variable: 0, order: 3)).coefficients // [0.0, 1.0, 0.0, -0.16666666666666666]
  /// ```
  @inlinable
  public static func asinh(_ x: Taylor) -> Taylor {
    let v = x.value
    return inverseOfSquareRoot(x, value: T.asinh(v), square: 1, leading: 1 + v * v, sign: 1)
  }

  /// The series of acosh x from acosh′ = 1/√((x − 1)(x + 1)); at x₀ = 1 the
  /// coefficients from c₁ on are ±∞ or NaN.
  ///
  /// ```swift
  /// Taylor.acosh(Taylor<Double>(variable: 2, order: 1)).coefficients // [1.3169578969248166, 0.5773502691896258]
  /// ```
  @inlinable
  public static func acosh(_ x: Taylor) -> Taylor {
    let v = x.value
    return inverseOfSquareRoot(x, value: T.acosh(v), square: 1, leading: (v - 1) * (v + 1), sign: 1)
  }

  /// The series of atanh x from atanh′ = 1/((1 − x)(1 + x)); at x₀ = ±1 the
  /// coefficients from c₁ on are ±∞ or NaN.
  ///
  /// ```swift
  /// Taylor.atanh(Taylor<Double>(variable: 0, order: 3)).coefficients // [0.0, 1.0, 0.0, 0.3333333333333333]
  /// ```
  @inlinable
  public static func atanh(_ x: Taylor) -> Taylor {
    let v = x.value
    return inverseOfPolynomial(x, value: T.atanh(v), square: -1, leading: (1 - v) * (1 + v))
  }

  /// y with c₀ = `value` and y′ = x′/w, where w = c + square·x² has the
  /// leading coefficient `leading` (given in a form that does not cancel).
  @inlinable
  static func inverseOfPolynomial(_ x: Taylor, value: T, square sign: T, leading: T) -> Taylor {
    if x.isConstant { return x.constant(value) }
    return x.mapped { a, y, n in
      withScratch(2 * n) { scratch in
        let d = scratch, w = scratch + n
        scaledDerivative(a, into: d, count: n)
        square(a, into: w, count: n)
        for k in 1..<n { w[k] *= sign }
        derivativeQuotient(d, w, leading: leading, into: y, count: n)
        integrate(y, count: n)
        y[0] = value
      }
    }
  }

  /// y with c₀ = `value` and y′ = sign·x′/√w, where w = c + square·x² has the
  /// leading coefficient `leading`.
  @inlinable
  static func inverseOfSquareRoot(_ x: Taylor, value: T, square squareSign: T, leading: T, sign: T) -> Taylor {
    if x.isConstant { return x.constant(value) }
    return x.mapped { a, y, n in
      withScratch(3 * n) { scratch in
        let d = scratch, w = scratch + n, root = scratch + 2 * n
        scaledDerivative(a, into: d, count: n)
        square(a, into: w, count: n)
        for k in 1..<n { w[k] *= squareSign }
        w[0] = leading
        squareRoot(w, leading: T.sqrt(leading), into: root, count: n)
        derivativeQuotient(d, root, leading: root[0] + 0, into: y, count: n)
        for k in 1..<n { y[k] = sign * y[k] / T(k) }
        y[0] = value
      }
    }
  }

  // MARK: Other real functions

  /// √(x² + y²) as a series, computed on x and y scaled by hypot(x₀, y₀) so
  /// nothing overflows. At the origin the leading nonzero power m of (x, y)
  /// decides, as for `magnitude`: for even m the result is smooth and exact
  /// (hypot(t², 0) = t²); for odd m it has a kink and every coefficient is
  /// the average of the two sides, 0 (``Dual``'s slope at the origin).
  /// Scaling saves the value and c₁ for huge arguments; from c₂ on the
  /// intermediate products still underflow to 0 once |x₀|, |y₀| > 1e154.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 3, order: 1)
  /// Taylor.hypot(x, 4).coefficients   // [5.0, 0.6]
  /// ```
  @inlinable
  public static func hypot(_ x: Taylor, _ y: Taylor) -> Taylor {
    let n = Swift.max(x.count, y.count)
    let h0 = T.hypot(x.value, y.value)
    if x.isConstant && y.isConstant { return Taylor(constant: h0, order: n - 1) }
    if h0.isZero {
      let leading = (1..<n).first { !x.coefficient($0).isZero || !y.coefficient($0).isZero }!
      if !leading.isMultiple(of: 2) { return Taylor(constant: h0, order: n - 1) }
      // hypot(t^m·x̃, t^m·ỹ) = t^m·hypot(x̃, ỹ) for even m, with hypot(x̃₀, ỹ₀) ≠ 0.
      let shifted = hypot(
        Taylor(coefficients: (leading..<n).map { x.coefficient($0) }),
        Taylor(coefficients: (leading..<n).map { y.coefficient($0) }))
      return build(count: n) { h in
        for k in leading..<n { h[k] = shifted[k - leading] }
      }
    }
    return build(count: n) { h in
      withScratch(4 * n) { scratch in
        let xs = scratch, ys = scratch + n, w = scratch + 2 * n, squared = scratch + 3 * n
        x.withCoefficients { for k in 0..<$0.count { xs[k] = $0[k] / h0 } }
        y.withCoefficients { for k in 0..<$0.count { ys[k] = $0[k] / h0 } }
        square(xs, into: w, count: n)
        square(ys, into: squared, count: n)
        for k in 0..<n { w[k] += squared[k] }
        w[0] = 1
        squareRoot(w, leading: 1, into: h, count: n)
        for k in 1..<n { h[k] *= h0 }
        h[0] = h0
      }
    }
  }

  /// The series of erf x from erf′ = 2/√π·e^(−x²).
  ///
  /// ```swift
  /// Taylor.erf(Taylor<Double>(variable: 0, order: 1)).coefficients   // [0.0, 1.1283791670955126]
  /// ```
  @inlinable
  public static func erf(_ x: Taylor) -> Taylor {
    errorFunction(x, value: T.erf(x.value), sign: 1)
  }

  /// The series of erfc x = 1 − erf x, with c₀ = `erfc(x₀)` (accurate for large x).
  ///
  /// ```swift
  /// Taylor.erfc(Taylor<Double>(variable: 0, order: 1)).coefficients  // [1.0, -1.1283791670955126]
  /// ```
  @inlinable
  public static func erfc(_ x: Taylor) -> Taylor {
    errorFunction(x, value: T.erfc(x.value), sign: -1)
  }

  @inlinable
  static func errorFunction(_ x: Taylor, value: T, sign: T) -> Taylor {
    if x.isConstant { return x.constant(value) }
    let v = x.value
    return x.mapped { a, y, n in
      withScratch(4 * n) { scratch in
        let d = scratch, w = scratch + n, dw = scratch + 2 * n, g = scratch + 3 * n
        square(a, into: w, count: n)
        scaledDerivative(w, into: dw, count: n)
        for k in 1..<n { dw[k] = -dw[k] }
        exponential(dw, leading: T.exp(-v * v), into: g, count: n)
        scaledDerivative(a, into: d, count: n)
        product(d, n, g, n, into: y, count: n)
        let factor = sign * T(twoOverSqrtPi)
        for k in 1..<n { y[k] = factor * y[k] / T(k) }
        y[0] = value
      }
    }
  }

  /// The smaller series by c₀. At a tie, the first coefficient where the two
  /// differ decides: at an even power the smaller one is the minimum on both
  /// sides (exact); at an odd power there is a kink and the result is the
  /// average of the two, as ``Dual`` averages tangents (so `minimum(x, x)` is x).
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1)
  /// Taylor.minimum(x, 2).coefficients   // [1.0, 1.0]
  /// ```
  @inlinable
  public static func minimum(_ x: Taylor, _ y: Taylor) -> Taylor {
    if x.value < y.value { return x }
    if y.value < x.value { return y }
    return tie(x, y, takingSmaller: true)
  }

  /// The larger series by c₀; ties as for ``minimum(_:_:)``.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1)
  /// Taylor.maximum(x, 2).coefficients   // [2.0]
  /// ```
  @inlinable
  public static func maximum(_ x: Taylor, _ y: Taylor) -> Taylor {
    if x.value > y.value { return x }
    if y.value > x.value { return y }
    return tie(x, y, takingSmaller: false)
  }

  @inlinable
  static func tie(_ x: Taylor, _ y: Taylor, takingSmaller: Bool) -> Taylor {
    let n = Swift.max(x.count, y.count)
    if x.value.isNaN || y.value.isNaN { return Taylor(constant: x.value + y.value, order: n - 1) }
    guard let m = (1..<n).first(where: { x.coefficient($0) != y.coefficient($0) }) else {
      return x.count >= y.count ? x : y
    }
    if m.isMultiple(of: 2) {
      return (x.coefficient(m) < y.coefficient(m)) == takingSmaller ? x : y
    }
    return scaled(x + y, by: T(0.5), count: n)
  }

  // MARK: Smooth functions of machine learning

  /// The series of the logistic sigmoid σ(x) from σ′ = σ(x)·σ(−x), with no
  /// 1 − σ formed anywhere (accurate on both tails).
  ///
  /// ```swift
  /// Taylor.sigmoid(Taylor<Double>(variable: 0, order: 3)).coefficients   // [0.5, 0.25, 0.0, -0.020833333333333332]
  /// ```
  @inlinable
  public static func sigmoid(_ x: Taylor) -> Taylor {
    let v = x.value
    let s0 = T.sigmoid(v)
    if x.isConstant { return x.constant(s0) }
    return x.mapped { a, s, n in
      withScratch(2 * n) { scratch in
        let d = scratch, u = scratch + n
        scaledDerivative(a, into: d, count: n)
        sigmoid(d, leading: s0, complement: T.sigmoid(-v), difference: -T.tanh(v / 2), into: s, scratch: u, count: n)
      }
    }
  }

  /// The series of softplus log(1 + eˣ) from softplus′ = σ(x), with c₀ = `softplus(x₀)`.
  ///
  /// ```swift
  /// Taylor.softplus(Taylor<Double>(variable: 0, order: 2)).coefficients   // [0.6931471805599453, 0.5, 0.125]
  /// ```
  @inlinable
  public static func softplus(_ x: Taylor) -> Taylor {
    integratedSigmoid(x, value: T.softplus(x.value), sign: 1)
  }

  /// The series of log σ(x) from (log σ)′ = σ(−x), with c₀ = `logSigmoid(x₀)`.
  ///
  /// ```swift
  /// Taylor.logSigmoid(Taylor<Double>(variable: 0, order: 2)).coefficients // [-0.6931471805599453, 0.5, -0.125]
  /// ```
  @inlinable
  public static func logSigmoid(_ x: Taylor) -> Taylor {
    integratedSigmoid(x, value: T.logSigmoid(x.value), sign: -1)
  }

  /// y with c₀ = `value` and y′ = σ(sign·x)·x′.
  @inlinable
  static func integratedSigmoid(_ x: Taylor, value: T, sign: T) -> Taylor {
    if x.isConstant { return x.constant(value) }
    let v = sign * x.value
    return x.mapped { a, y, n in
      withScratch(4 * n) { scratch in
        let d = scratch, signedD = scratch + n, s = scratch + 2 * n, u = scratch + 3 * n
        scaledDerivative(a, into: d, count: n)
        for k in 1..<n { signedD[k] = sign * d[k] }
        sigmoid(
          signedD, leading: T.sigmoid(v), complement: T.sigmoid(-v), difference: -T.tanh(v / 2),
          into: s, scratch: u, count: n)
        product(d, n, s, n, into: y, count: n)
        integrate(y, count: n)
        y[0] = value
      }
    }
  }
}

// Arithmetic on truncated Taylor series: the Cauchy product and the quotient
// recurrence, with the scalar on either side. Goals for the whole Taylor type
// are stated in Taylor.swift.

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

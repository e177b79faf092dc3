// Taylor series of hypot, erf, erfc, minimum/maximum and the smooth functions of machine learning.
// The goals every rule follows are stated in Taylor.swift; the coefficient
// recurrences are in Taylor+Recurrences.swift.

extension Taylor {
  // MARK: Other real functions

  /// √(x² + y²) as a series, from h² = x² + y² without squaring x₀, y₀ or h₀,
  /// so huge arguments neither overflow nor push c₂, c₃, … into the
  /// subnormals. At the origin the leading nonzero power m of (x, y)
  /// decides, as for `magnitude`: for even m the result is smooth and exact
  /// (hypot(t², 0) = t²); for odd m it has a kink and every coefficient is
  /// the average of the two sides, 0 (``Dual``'s slope at the origin).
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
    // 2h₀h[k] + Σ_{j=1..k−1} h[j]h[k−j] = 2x₀x[k] + 2y₀y[k] + Σ_{j=1..k−1} (x[j]x[k−j] + y[j]y[k−j]),
    // so h[k] = (x₀/h₀)x[k] + (y₀/h₀)y[k] + (Σ x[j]x[k−j] + y[j]y[k−j] − h[j]h[k−j])/(2h₀):
    // c₁ from the slopes Dual uses, the sums on coefficients divided by their
    // largest magnitude m (so their squares cannot overflow), times m²/(2h₀).
    let slopes = T.hypotSlopes(x.value, y.value, hypot: h0)
    return build(count: n) { h in
      withScratch(3 * n) { scratch in
        let xs = scratch
        let ys = scratch + n
        let hs = scratch + 2 * n
        var m: T = 0
        x.withCoefficients { for k in 1..<$0.count { m = Swift.max(m, $0[k].magnitude) } }
        y.withCoefficients { for k in 1..<$0.count { m = Swift.max(m, $0[k].magnitude) } }
        if m.isZero || !m.isFinite { m = 1 }
        let inverseM = 1 / m
        x.withCoefficients { for k in 1..<$0.count { xs[k] = $0[k] * inverseM } }
        y.withCoefficients { for k in 1..<$0.count { ys[k] = $0[k] * inverseM } }
        let factor = m / (2 * h0)
        h[0] = h0
        for k in 1..<n {
          // A zero coefficient contributes 0 even against an infinite slope, as in Dual.
          let xk = x.coefficient(k)
          let yk = y.coefficient(k)
          let xPart: T = xk.isZero ? 0 : xk * slopes.x
          let yPart: T = yk.isZero ? 0 : yk * slopes.y
          var sum: T = 0
          for j in 1..<k { sum += xs[j] * xs[k - j] + ys[j] * ys[k - j] - hs[j] * hs[k - j] }
          h[k] = xPart + yPart + sum * factor * m
          hs[k] = h[k] * inverseM
        }
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
    // g = ±2/√π·e^(−x²), the slope, starts from the scalar one Dual uses.
    let g0 = sign * T.erfSlope(x.value)
    return x.mapped { a, y, n in
      withScratch(4 * n) { scratch in
        let d = scratch
        let w = scratch + n
        let dw = scratch + 2 * n
        let g = scratch + 3 * n
        square(a, into: w, count: n)
        scaledDerivative(w, into: dw, count: n)
        for k in 1..<n { dw[k] = -dw[k] }
        exponential(dw, leading: g0, into: g, count: n)
        scaledDerivative(a, into: d, count: n)
        product(d, n, g, n, into: y, count: n)
        integrate(y, count: n)
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
  /// 1 − σ formed anywhere (accurate on both tails); c₀ and c₁ are the
  /// scalar's `sigmoidWithSlope`, the numbers ``Dual`` uses.
  ///
  /// ```swift
  /// Taylor.sigmoid(Taylor<Double>(variable: 0, order: 3)).coefficients   // [0.5, 0.25, 0.0, -0.020833333333333332]
  /// ```
  @inlinable
  public static func sigmoid(_ x: Taylor) -> Taylor {
    let v = x.value
    let (s0, u0) = T.sigmoidWithSlope(v)
    if x.isConstant { return x.constant(s0) }
    return x.mapped { a, s, n in
      withScratch(2 * n) { scratch in
        let d = scratch
        let u = scratch + n
        scaledDerivative(a, into: d, count: n)
        sigmoid(d, leading: s0, slope: u0, difference: -T.tanh(v / 2), into: s, scratch: u, count: n)
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
    // σ(v) and σ′(v) as the scalar gives them: c₁ = σ(±x₀)·x₁ is Dual's slope.
    let (s0, u0) = T.sigmoidWithSlope(v)
    return x.mapped { a, y, n in
      withScratch(4 * n) { scratch in
        let d = scratch
        let signedD = scratch + n
        let s = scratch + 2 * n
        let u = scratch + 3 * n
        scaledDerivative(a, into: d, count: n)
        for k in 1..<n { signedD[k] = sign * d[k] }
        sigmoid(signedD, leading: s0, slope: u0, difference: -T.tanh(v / 2), into: s, scratch: u, count: n)
        product(d, n, s, n, into: y, count: n)
        integrate(y, count: n)
        y[0] = value
      }
    }
  }
}

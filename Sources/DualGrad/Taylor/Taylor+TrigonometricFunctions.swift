// Taylor series of the trigonometric and hyperbolic functions.
// The goals every rule follows are stated in Taylor.swift; the coefficient
// recurrences are in Taylor+Recurrences.swift.

extension Taylor {
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
  ///
  /// Past |x₀| ≈ 710.5, where sinh and cosh overflow, c_k = sinh or cosh x₀
  /// over k! can still be finite: there both are ±e^|x₀|/2 to the last bit,
  /// and the series runs on e^(|x₀| − 64 ln 2)/2, times 2^64.
  @inlinable
  static func sineOrCosine(_ x: Taylor, sign: T, wantsSine: Bool, _ s0: T, _ c0: T) -> Taylor {
    let value = wantsSine ? s0 : c0
    if x.isConstant { return x.constant(value) }
    let rescaled = sign > 0 && !c0.isFinite && x.value.isFinite
    var (sine, cosine) = (s0, c0)
    if rescaled {
      cosine = exponentialBelowOverflow(x.value.magnitude) / 2
      sine = x.value < 0 ? -cosine : cosine
    }
    return x.mapped { a, y, n in
      withScratch(2 * n) { scratch in
        let d = scratch
        let other = scratch + n
        scaledDerivative(a, into: d, count: n)
        if wantsSine {
          sineCosine(d, leading: sine, cosine, sign: sign, into: y, other, count: n)
        } else {
          sineCosine(d, leading: sine, cosine, sign: sign, into: other, y, count: n)
        }
        if rescaled { rescale(y, count: n, value: value) }
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
    return tangentLike(x, t0, slope: T.tanSlope(tangent: t0), sign: 1)
  }

  /// tan or tanh from t′ = u·x′ with u = 1 ± t².
  @inlinable
  static func tangentLike(_ x: Taylor, _ t0: T, slope u0: T, sign: T) -> Taylor {
    if x.isConstant { return x.constant(t0) }
    return x.mapped { a, t, n in
      withScratch(2 * n) { scratch in
        let d = scratch
        let u = scratch + n
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
    let slope = T.asinSlope(v)
    return inverseOfQuadratic(x, value: T.asin(v), square: -1, slope: slope, scale: slope, takesRoot: true, sign: 1)
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
    let slope = T.asinSlope(v)
    return inverseOfQuadratic(x, value: T.acos(v), square: -1, slope: slope, scale: slope, takesRoot: true, sign: -1)
  }

  /// The series of atan x from atan′ = 1/(1 + x²), finite for huge x.
  ///
  /// ```swift
  /// Taylor.atan(Taylor<Double>(variable: 1, order: 2)).coefficients  // [0.7853981633974483, 0.5, -0.25]
  /// ```
  @inlinable
  public static func atan(_ x: Taylor) -> Taylor {
    let v = x.value
    return inverseOfQuadratic(
      x, value: T.atan(v), square: 1, slope: T.atanSlope(v), scale: T.asinhSlope(v), takesRoot: false, sign: 1)
  }

  /// The angle of (x, y), from θ′ = (x·y′ − y·x′)/(x² + y²) on x and y scaled
  /// by hypot(x₀, y₀) (so huge arguments do not overflow). At the origin the
  /// angle is not differentiable; as ``Dual`` does, the slopes are 0 there:
  /// the result is the constant atan2(y₀, x₀). Coefficients from c₂ on are of
  /// the order of 1/h₀², subnormal or 0 once |x₀|, |y₀| > 1e154.
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
    let slopes = T.atan2Slopes(y: y.value, x: x.value, hypot: h0)
    return build(count: n) { theta in
      withScratch(7 * n) { scratch in
        let xs = scratch
        let ys = scratch + n
        let dx = scratch + 2 * n
        let dy = scratch + 3 * n
        let numerator = scratch + 4 * n
        let w = scratch + 5 * n
        let cross = scratch + 6 * n
        x.withCoefficients { for k in 0..<$0.count { xs[k] = $0[k] / h0 } }
        y.withCoefficients { for k in 0..<$0.count { ys[k] = $0[k] / h0 } }
        // w = (x² + y²)/h₀², whose c₀ is 1.
        square(xs, into: numerator, count: n)
        square(ys, into: w, count: n)
        for k in 0..<n { w[k] += numerator[k] }
        // numerator = (x·(t y′) − y·(t x′))/h₀²: the terms of x₀ and y₀ through
        // the slopes Dual uses (so c₁ is Dual's slope), the rest as products.
        scaledDerivative(xs, into: dx, count: n)
        scaledDerivative(ys, into: dy, count: n)
        xs[0] = 0
        ys[0] = 0
        product(xs, n, dy, n, into: numerator, count: n)
        product(ys, n, dx, n, into: cross, count: n)
        for k in 1..<n {
          let yk = y.coefficient(k)
          let xk = x.coefficient(k)
          let yPart: T = yk.isZero ? 0 : T(k) * yk * slopes.y
          let xPart: T = xk.isZero ? 0 : T(k) * xk * slopes.x
          numerator[k] = (numerator[k] - cross[k]) + (yPart + xPart)
        }
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

  /// The series of tanh x from tanh′ = 1 − tanh², started from sech² x₀ (the
  /// slope ``Dual`` uses), which keeps full relative precision where
  /// 1 − tanh² x₀ cancels (|x₀| > 19) and stays a subnormal rather than 0
  /// where cosh² x₀ overflows (355 < |x₀| < 373).
  ///
  /// ```swift
  /// Taylor.tanh(Taylor<Double>(variable: 0, order: 3)).coefficients  // [0.0, 1.0, 0.0, -0.3333333333333333]
  /// ```
  @inlinable
  public static func tanh(_ x: Taylor) -> Taylor {
    tangentLike(x, T.tanh(x.value), slope: T.sechSquared(x.value), sign: -1)
  }

  /// The series of asinh x from asinh′ = 1/√(1 + x²), finite for huge x.
  ///
  /// ```swift
  /// Taylor.asinh(Taylor<Double>(variable: 0, order: 3)).coefficients // [0.0, 1.0, 0.0, -0.16666666666666666]
  /// ```
  @inlinable
  public static func asinh(_ x: Taylor) -> Taylor {
    let v = x.value
    let slope = T.asinhSlope(v)
    return inverseOfQuadratic(x, value: T.asinh(v), square: 1, slope: slope, scale: slope, takesRoot: true, sign: 1)
  }

  /// The series of acosh x from acosh′ = 1/√((x − 1)(x + 1)), finite for
  /// huge x; at x₀ = 1 the coefficients from c₁ on are ±∞ or NaN.
  ///
  /// ```swift
  /// Taylor.acosh(Taylor<Double>(variable: 2, order: 1)).coefficients // [1.3169578969248166, 0.5773502691896258]
  /// ```
  @inlinable
  public static func acosh(_ x: Taylor) -> Taylor {
    let v = x.value
    let slope = T.acoshSlope(v)
    return inverseOfQuadratic(x, value: T.acosh(v), square: 1, slope: slope, scale: slope, takesRoot: true, sign: 1)
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
    let value = T.atanh(v)
    // Outside [−1, 1] the slope is NaN, as Dual's is, not 1/(1 − x₀²).
    let slope = value.isNaN ? value : T.atanhSlope(v)
    return inverseOfQuadratic(
      x, value: value, square: -1, slope: slope, scale: T.asinSlope(v), takesRoot: false, sign: 1)
  }

  /// y with c₀ = `value` and y′ = sign·x′/w (or sign·x′/√w when `takesRoot`),
  /// where w = w₀ + square·(x² − x₀²), given g₀ = 1/w₀ (or 1/√w₀) as `slope`
  /// (the scalar slope ``Dual`` uses) and r = 1/√|w₀| as `scale`.
  ///
  /// The recurrence runs on ŵ = w·g₀ (w·g₀² under the root), whose leading
  /// coefficient is 1, and divides g₀·x′ by it (or by its root): so c₁ =
  /// sign·g₀·x₁, and nothing overflows where w₀ does (1 + x₀² at x₀ = 1e160
  /// made asinh′ and atan′ 0 there). Its coefficients are
  /// ŵ[k] = square·(2·(x₀g₀)·x[k]·m + Σ_{j=1..k−1} (x[j]r)(x[k−j]r)), with
  /// m = g₀ under the root and 1 otherwise: x₀g₀ and x[j]r are of order 1/x₀
  /// where x₀ is huge. At a singular point (w₀ = 0: asin, atanh at ±1, acosh
  /// at 1; g₀ = ∞) and at x₀ = ±∞ the plain recurrence on w gives the ±∞, NaN
  /// or 0 of the limits.
  @inlinable
  static func inverseOfQuadratic(
    _ x: Taylor, value: T, square squareSign: T, slope g0: T, scale r: T, takesRoot: Bool, sign: T
  ) -> Taylor {
    if x.isConstant { return x.constant(value) }
    let scaled = g0.isFinite && x.value.isFinite
    let slope = scaled ? g0 : 1
    let scale = scaled ? r : 1
    let leading = scaled ? 1 : (takesRoot ? 1 / (g0 * g0) : 1 / g0)
    let twiceValueTimesSlope = 2 * (x.value * slope)
    return x.mapped { a, y, n in
      withScratch(3 * n) { scratch in
        let d = scratch
        let w = scratch + n
        let root = scratch + 2 * n
        for k in 1..<n { root[k] = a[k] * scale }
        square(root, into: w, count: n)
        for k in 1..<n { w[k] = squareSign * (twiceValueTimesSlope * (takesRoot ? root[k] : a[k]) + w[k]) }
        w[0] = leading
        scaledDerivative(a, into: d, count: n)
        for k in 1..<n { d[k] *= slope }
        if takesRoot {
          squareRoot(w, leading: T.sqrt(leading), into: root, count: n)
          derivativeQuotient(d, root, leading: root[0] + 0, into: y, count: n)
        } else {
          derivativeQuotient(d, w, leading: leading, into: y, count: n)
        }
        for k in 1..<n { y[k] = sign * y[k] / T(k) }
        y[0] = value
      }
    }
  }
}

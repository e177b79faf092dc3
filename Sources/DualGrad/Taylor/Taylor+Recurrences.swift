// The coefficient recurrences behind `Taylor`, on raw coefficient pointers so
// that one operation can chain several of them through stack scratch space and
// allocate only its result.
//
// Notation: a series a has coefficients a[0] … a[n−1]. Many functions are
// solved through their derivative: if y′ = g·a′ then, writing d[k] = k·a[k]
// (the coefficients of t·a′(t)), k·y[k] = (d ∗ g)[k], a Cauchy product; and if
// y′ = a′/b then k·y[k] = (d / b)[k], a series quotient. So every function
// whose derivative is algebraic in its argument needs only the product, the
// quotient, the square root and the power recurrences below.

extension Taylor {
  /// Runs `body` on a fresh array of `count` zeros and wraps it as a series:
  /// the one heap allocation of an operation.
  @inlinable @inline(__always)
  static func build(count: Int, _ body: (UnsafeMutablePointer<T>) -> Void) -> Taylor {
    var result = Taylor(zerosOfCount: count)
    result.withMutableCoefficients { body($0.baseAddress!) }
    return result
  }

  /// Runs `body` on `count` zeros of scratch space, on the stack when small
  /// (up to 1 KiB, e.g. four series of order 31 in Double).
  @inlinable @inline(__always)
  static func withScratch<R>(_ count: Int, _ body: (UnsafeMutablePointer<T>) -> R) -> R {
    withUnsafeTemporaryAllocation(of: T.self, capacity: count) { buffer in
      let scratch = buffer.baseAddress!
      scratch.initialize(repeating: 0, count: count)
      defer { scratch.deinitialize(count: count) }
      return body(scratch)
    }
  }

  /// Whether every coefficient after c₀ is zero: the series of a constant.
  @inlinable
  var isConstant: Bool {
    withCoefficients { c in
      for k in 1..<c.count where !c[k].isZero { return false }
      return true
    }
  }

  /// A constant with this number's order: functions of constants are
  /// constants, and never pick up NaN from an infinite slope times a zero
  /// coefficient.
  @inlinable
  func constant(_ value: T) -> Taylor {
    if count == 1 { return Taylor(value) }
    return Taylor(constant: value, order: order)
  }

  /// Applies `body(a, y, n)` to this series' coefficients `a` and a fresh result `y`.
  @inlinable @inline(__always)
  func mapped(_ body: (UnsafePointer<T>, UnsafeMutablePointer<T>, Int) -> Void) -> Taylor {
    withCoefficients { a in
      Taylor.build(count: a.count) { y in body(a.baseAddress!, y, a.count) }
    }
  }

  // MARK: Building blocks
  //
  // Speed: every recurrence is a chain in which c[k] needs c[k−1], so latency
  // rather than throughput bounds it. The sums use two accumulators (half the
  // chain of dependent additions), and division by k or by b₀ is replaced by a
  // multiplication with a reciprocal computed off the chain. Measured on tanh at
  // order 10: about 1.6 times faster than plain sums and divisions, at the cost
  // of at most one extra rounding per coefficient.

  /// Σ_{j = low…high} a[j]·b[k − j] (0 when low > high).
  @inlinable @inline(__always)
  static func convolution(_ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ k: Int, from low: Int, through high: Int) -> T
  {
    var even: T = 0
    var odd: T = 0
    var j = low
    while j < high {
      even += a[j] * b[k - j]
      odd += a[j + 1] * b[k - j - 1]
      j += 2
    }
    if j == high { even += a[j] * b[k - j] }
    return even + odd
  }

  /// d[k] = k·a[k], the coefficients of t·a′(t).
  @inlinable @inline(__always)
  static func scaledDerivative(_ a: UnsafePointer<T>, into d: UnsafeMutablePointer<T>, count n: Int) {
    d[0] = 0
    for k in 1..<Swift.max(n, 1) { d[k] = T(k) * a[k] }
  }

  /// y[k] /= k for k ≥ 1: from the coefficients of t·y′ back to those of y
  /// (y[0] is left for the caller).
  @inlinable @inline(__always)
  static func integrate(_ y: UnsafeMutablePointer<T>, count n: Int) {
    for k in 1..<Swift.max(n, 1) { y[k] /= T(k) }
  }

  /// c = a ∗ b (Cauchy product), where a has `na` and b has `nb` coefficients
  /// and c has `n`; missing coefficients are zero.
  @inlinable
  static func product(
    _ a: UnsafePointer<T>, _ na: Int, _ b: UnsafePointer<T>, _ nb: Int,
    into c: UnsafeMutablePointer<T>, count n: Int
  ) {
    for k in 0..<n {
      c[k] = convolution(a, b, k, from: Swift.max(0, k - nb + 1), through: Swift.min(k, na - 1))
    }
  }

  /// c = a², using the symmetry of the Cauchy product (half the multiplications).
  @inlinable
  static func square(_ a: UnsafePointer<T>, into c: UnsafeMutablePointer<T>, count n: Int) {
    for k in 0..<n {
      var sum: T = 0
      var j = 0
      while 2 * j < k {
        sum += a[j] * a[k - j]
        j += 1
      }
      sum += sum
      if 2 * j == k { sum += a[j] * a[j] }
      c[k] = sum
    }
  }

  /// q = a / b, where b[0] is given as `b0` (so callers can pass a shifted or
  /// sign-corrected leading coefficient): q[k] = (a[k] − Σ_{j=1..k} b[j]q[k−j]) / b₀.
  @inlinable
  static func quotient(
    _ a: UnsafePointer<T>, _ na: Int, _ b: UnsafePointer<T>, _ nb: Int, leading b0: T,
    into q: UnsafeMutablePointer<T>, count n: Int
  ) {
    // q₀ by division, so a constant quotient is as exact as the scalar one.
    q[0] = (na > 0 ? a[0] : 0) / b0
    let inverse = 1 / b0
    for k in 1..<Swift.max(n, 1) {
      let sum = (k < na ? a[k] : 0) - convolution(b, q, k, from: 1, through: Swift.min(k, nb - 1))
      q[k] = sum * inverse
    }
  }

  /// q = d / b for a series d with d[0] = 0 (such as t·a′), so q[0] = 0 by
  /// construction rather than 0/b₀, which is NaN when b₀ = 0:
  /// q[k] = (d[k] − Σ_{j=1..k−1} b[j]q[k−j]) / b₀.
  @inlinable
  static func derivativeQuotient(
    _ d: UnsafePointer<T>, _ b: UnsafePointer<T>, leading b0: T,
    into q: UnsafeMutablePointer<T>, count n: Int
  ) {
    q[0] = 0
    let inverse = 1 / b0
    for k in 1..<Swift.max(n, 1) {
      q[k] = (d[k] - convolution(b, q, k, from: 1, through: k - 1)) * inverse
    }
  }

  /// s = √a with s[0] = `s0`: s[k] = (a[k] − Σ_{j=1..k−1} s[j]s[k−j]) / (2s₀).
  /// At a[0] = 0 the division by 0 makes s[1] = ±∞ (or NaN when a[1] = 0)
  /// and every later coefficient ±∞ or NaN, never a finite number.
  @inlinable
  static func squareRoot(_ a: UnsafePointer<T>, leading s0: T, into s: UnsafeMutablePointer<T>, count n: Int) {
    s[0] = s0
    // sqrt's slope 1/(2(s₀ + 0)), as Dual has it; `+ 0` turns −0 into +0, so
    // √(−0 + t) has slopes of the same sign as √(0 + t).
    let inverse = T.sqrtSlope(root: s0)
    for k in 1..<Swift.max(n, 1) {
      var sum: T = 0
      var j = 1
      while 2 * j < k {
        sum += s[j] * s[k - j]
        j += 1
      }
      sum += sum
      if 2 * j == k { sum += s[j] * s[j] }
      s[k] = (a[k] - sum) * inverse
    }
  }

  /// p = a^α from p′·a = α·p·a′, given p[0] and the slope g₀ = α·a₀^(α−1):
  /// p[k] = Σ_{j=1..k} ((α + 1)·j − k)·a[j]·p[k−j] / (k·a₀).
  ///
  /// The last term (j = k) is α·a[k]·p₀/a₀ = a[k]·g₀, and is computed so:
  /// p₀/a₀ is 0/0 or ∞/∞ where a₀^α under- or overflows although the slope
  /// is finite (x^2.5 at 1e-130, at 1e200), and p[1] = a[1]·g₀ is then the
  /// slope ``Dual`` computes. At a₀ = 0 the slope is ±∞ and the terms keep
  /// their first form, so later coefficients are ±∞ (or NaN), never 0·∞ chosen here.
  @inlinable
  static func power(
    _ a: UnsafePointer<T>, exponent alpha: T, slope g0: T,
    into p: UnsafeMutablePointer<T>, count n: Int
  ) {
    guard n > 1 else { return }
    p[1] = a[1] * g0
    let alphaPlusOne = alpha + 1
    let atZero = a[0].isZero
    for k in 2..<n {
      var sum: T = 0
      for j in 1..<k { sum += (alphaPlusOne * T(j) - T(k)) * a[j] * p[k - j] }
      if atZero {
        sum += (alphaPlusOne * T(k) - T(k)) * a[k] * p[0]
        p[k] = sum / (T(k) * a[0])
      } else {
        p[k] = sum / (T(k) * a[0]) + a[k] * g0
      }
    }
  }

  /// s = sin(a) and c = cos(a) together (each one's derivative is the other),
  /// with `sign` −1; with `sign` +1 the same recurrence gives sinh and cosh:
  /// k·s[k] = Σ d[j]c[k−j], k·c[k] = sign·Σ d[j]s[k−j].
  @inlinable
  static func sineCosine(
    _ d: UnsafePointer<T>, leading s0: T, _ c0: T, sign: T,
    into s: UnsafeMutablePointer<T>, _ c: UnsafeMutablePointer<T>, count n: Int
  ) {
    s[0] = s0
    c[0] = c0
    for k in 1..<Swift.max(n, 1) {
      var sumS: T = 0
      var sumC: T = 0
      for j in 1...k {
        sumS += d[j] * c[k - j]
        sumC += d[j] * s[k - j]
      }
      let inverse = 1 / T(k)
      s[k] = sumS * inverse
      c[k] = sign * sumC * inverse
    }
  }

  /// t = tan(a) (`sign` +1, u = 1 + t²) or tanh(a) (`sign` −1, u = 1 − t²),
  /// from t′ = u·a′, with u[0] = `u0` given in a form that does not cancel
  /// (1/cosh² a₀ for tanh); `u` is scratch:
  /// k·t[k] = Σ d[j]u[k−j], u[k] = sign·(2t₀t[k] + Σ_{i=1..k−1} t[i]t[k−i]).
  @inlinable
  static func tangent(
    _ d: UnsafePointer<T>, leading t0: T, slope u0: T, sign: T,
    into t: UnsafeMutablePointer<T>, scratch u: UnsafeMutablePointer<T>, count n: Int
  ) {
    t[0] = t0
    u[0] = u0
    for k in 1..<Swift.max(n, 1) {
      let inverse = 1 / T(k)
      t[k] = convolution(d, u, k, from: 1, through: k) * inverse
      var cross: T = 0
      var i = 1
      while 2 * i < k {
        cross += t[i] * t[k - i]
        i += 1
      }
      cross += cross
      if 2 * i == k { cross += t[i] * t[i] }
      u[k] = sign * (2 * t0 * t[k] + cross)
    }
  }

  /// e = exp(a) with e[0] = `e0`, from e′ = e·a′: k·e[k] = Σ_{j=1..k} d[j]e[k−j].
  @inlinable
  static func exponential(_ d: UnsafePointer<T>, leading e0: T, into e: UnsafeMutablePointer<T>, count n: Int) {
    e[0] = e0
    for k in 1..<Swift.max(n, 1) {
      let inverse = 1 / T(k)
      e[k] = convolution(d, e, k, from: 1, through: k) * inverse
    }
  }

  /// σ = sigmoid(a) from σ′ = σ·σ(−a)·a′, with σ(−a) = 1 − σ written as
  /// σ̄[k] = −σ[k] (k ≥ 1) so that no 1 − σ₀ is ever formed; u = σ·σ̄ starts
  /// from `slope` u₀ = σ′(a₀) (the scalar's own, as ``Dual`` uses it), and
  /// σ̄₀ − σ₀ is passed in as `difference0` (−tanh(a₀/2), exact where
  /// σ₀ ≈ σ̄₀). `u` is scratch for the product σ·σ̄.
  @inlinable
  static func sigmoid(
    _ d: UnsafePointer<T>, leading s0: T, slope u0: T, difference difference0: T,
    into s: UnsafeMutablePointer<T>, scratch u: UnsafeMutablePointer<T>, count n: Int
  ) {
    s[0] = s0
    u[0] = u0
    for k in 1..<Swift.max(n, 1) {
      let inverse = 1 / T(k)
      s[k] = convolution(d, u, k, from: 1, through: k) * inverse
      // u[k] = σ₀σ̄[k] + σ[k]σ̄₀ + Σ_{i=1..k−1} σ[i]σ̄[k−i] with σ̄[i] = −σ[i].
      u[k] = s[k] * difference0 - convolution(s, s, k, from: 1, through: k - 1)
    }
  }
}

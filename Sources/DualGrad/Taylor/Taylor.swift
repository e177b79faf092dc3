// The truncated Taylor series type: its stored coefficients and how they are
// read. Its arithmetic, conversions, comparisons, description and elementary
// functions live in the Taylor+Concern.swift files beside this one.
//
// Goals every rule follows, in order: (1) never a silently wrong finite
// coefficient: at a singular point (log or √ at 0, asin at ±1, a pole of tan)
// the coefficients that depend on the singularity come out ±∞ or NaN; (2)
// every function of a constant is a constant, so an infinite slope never
// meets a zero coefficient (the 0·∞ trap); (3) the leading coefficient is the
// scalar function itself (`expm1`, `log1p`, `erfc` keep their accuracy) and
// each recurrence starts from a form that does not cancel (sech² for tanh′,
// σ(x)σ(−x) for σ′); (4) one heap allocation per operation at most.

/// A truncated Taylor series c₀ + c₁t + … + c_K t^K of a function of one
/// variable around a point, with the order K chosen at run time.
///
/// Seed the variable with `Taylor(variable: x, order: K)` (c₀ = x, c₁ = 1);
/// arithmetic and every function of ``RealScalar`` then compute the series of
/// the result by coefficient recurrences, in O(K²) per operation. The k-th
/// derivative is k!·c_k:
///
/// ```swift
/// let x = Taylor<Double>(variable: 0, order: 4)
/// Taylor.exp(x).coefficients       // [1.0, 1.0, 0.5, 0.16666666666666666, 0.041666666666666664]
/// Taylor.sin(x).derivative(3)      // -1.0
/// ```
///
/// **Mixing orders.** Coefficients past a number's order are read as zero, and
/// the result of combining orders m and n has order max(m, n). That is exact
/// whenever the shorter operand is a constant: a literal such as `2` in
/// `2 * x` is a constant of order 0 and broadcasts to any order. Combining two
/// non-constant numbers of different orders is meaningless past the smaller
/// order; seed every variable with the same order.
///
/// **Comparisons** (`<`, `==`, hashing) look at c₀ only, as for ``Dual``, so a
/// branch takes the side the plain computation would take.
///
/// **Storage.** Up to 96 bytes of coefficients (order 11 in Double, 23 in
/// Float) live inline, so an operation at those orders allocates nothing;
/// higher orders (and Float80 or nested series) keep their
/// coefficients in one array, allocated once per operation. Scratch series
/// for the recurrences live on the stack.
@frozen
public struct Taylor<T: RealScalar>: Sendable {
  /// 96 bytes of inline room: 12 Double or 24 Float coefficients. Raw words
  /// rather than a tuple of T, so the layout of `Taylor` does not depend on T
  /// and copying or destroying a series never goes through T's generic value
  /// witnesses (measured: that alone took a third of the time of a formula).
  @usableFromInline
  typealias InlineWords = (
    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
  )

  /// How many coefficients fit inline: 96 bytes' worth for trivial types
  /// aligned to at most 8 bytes, none for others (Float80, nested series).
  @inlinable @inline(__always)
  static var inlineCapacity: Int {
    _isPOD(T.self) && MemoryLayout<T>.alignment <= 8 ? 96 / MemoryLayout<T>.stride : 0
  }

  /// The number of coefficients, K + 1 ≥ 1.
  @usableFromInline
  internal var count: Int

  /// The coefficients when `count` ≤ `inlineCapacity`, as raw memory.
  @usableFromInline
  internal var inline: InlineWords

  /// The coefficients when `count` > `inlineCapacity`; empty (no allocation) otherwise.
  @usableFromInline
  internal var heap: [T]

  /// A series of `count` zero coefficients.
  @inlinable @inline(__always)
  internal init(zerosOfCount count: Int) {
    self.count = count
    self.inline = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    if count > Taylor.inlineCapacity {
      self.heap = [T](repeating: 0, count: count)
    } else {
      self.heap = []
      // All-zero bits are 0 for the standard types, but say so for any T.
      withMutableCoefficients { $0.initialize(repeating: 0) }
    }
  }

  /// Calls `body` with the coefficients c₀ … c_K.
  @inlinable @inline(__always)
  internal func withCoefficients<R>(_ body: (UnsafeBufferPointer<T>) throws -> R) rethrows -> R {
    if count > Taylor.inlineCapacity { return try heap.withUnsafeBufferPointer(body) }
    return try withUnsafeBytes(of: inline) { bytes in
      try bytes.withMemoryRebound(to: T.self) { try body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }
  }

  /// Calls `body` with the coefficients c₀ … c_K, mutable in place.
  @inlinable @inline(__always)
  internal mutating func withMutableCoefficients<R>(
    _ body: (UnsafeMutableBufferPointer<T>) throws -> R
  ) rethrows -> R {
    if count > Taylor.inlineCapacity { return try heap.withUnsafeMutableBufferPointer { try body($0) } }
    let count = self.count
    return try withUnsafeMutableBytes(of: &inline) { bytes in
      try bytes.withMemoryRebound(to: T.self) { try body(UnsafeMutableBufferPointer(rebasing: $0[..<count])) }
    }
  }

  /// The coefficient c_k for 0 ≤ k ≤ K.
  @inlinable
  internal subscript(k: Int) -> T {
    get { withCoefficients { $0[k] } }
    set { withMutableCoefficients { $0[k] = newValue } }
  }

  /// Creates the series of a constant: c₀ = `constant`, every other coefficient 0.
  ///
  /// ```swift
  /// Taylor<Double>(constant: 3, order: 2).coefficients   // [3.0, 0.0, 0.0]
  /// ```
  /// - Parameters:
  ///   - constant: The value.
  ///   - order: The highest power kept, at least 0. A constant of any order
  ///     combines exactly with series of any other order.
  @inlinable
  public init(constant: T, order: Int) {
    precondition(order >= 0, "a Taylor series has order 0 or more")
    self.init(zerosOfCount: order + 1)
    self[0] = constant
  }

  /// Creates the series of the independent variable at `variable`:
  /// c₀ = `variable`, c₁ = 1, the rest 0.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 2, order: 3)
  /// (x * x * x).coefficients     // [8.0, 12.0, 6.0, 1.0]
  /// ```
  /// - Parameters:
  ///   - variable: The point the series is taken around.
  ///   - order: The highest derivative wanted, at least 0 (order 0 keeps the
  ///     value only).
  @inlinable
  public init(variable: T, order: Int) {
    precondition(order >= 0, "a Taylor series has order 0 or more")
    self.init(zerosOfCount: order + 1)
    self[0] = variable
    if order >= 1 { self[1] = 1 }
  }

  /// Creates a series from its coefficients c₀, c₁, …; the order is one less
  /// than their count.
  ///
  /// ```swift
  /// Taylor<Double>(coefficients: [1, 2, 3]).derivative(2)   // 6.0
  /// ```
  /// - Parameter coefficients: c₀ … c_K; must not be empty.
  @inlinable
  public init(coefficients: [T]) {
    precondition(!coefficients.isEmpty, "a Taylor series needs at least c₀")
    self.init(zerosOfCount: coefficients.count)
    withMutableCoefficients { for k in 0..<coefficients.count { $0[k] = coefficients[k] } }
  }

  /// Creates a constant of order 0, which broadcasts to any order.
  ///
  /// ```swift
  /// (Taylor<Double>(2) * Taylor(variable: 1, order: 2)).coefficients   // [2.0, 2.0, 0.0]
  /// ```
  @inlinable @inline(__always)
  public init(_ value: T) {
    self.init(zerosOfCount: 1)
    self[0] = value
  }

  /// The highest power kept: the number of coefficients minus one.
  ///
  /// ```swift
  /// Taylor<Double>(variable: 0, order: 5).order   // 5
  /// ```
  @inlinable
  public var order: Int { count - 1 }

  /// The coefficients c₀ … c_K; c_k is the k-th derivative divided by k!.
  ///
  /// ```swift
  /// Taylor.exp(Taylor<Double>(variable: 0, order: 2)).coefficients   // [1.0, 1.0, 0.5]
  /// ```
  @inlinable
  public var coefficients: [T] { withCoefficients { Array($0) } }

  /// The value c₀ of the function at the point.
  ///
  /// ```swift
  /// Taylor.cos(Taylor<Double>(variable: 0, order: 3)).value   // 1.0
  /// ```
  @inlinable
  public var value: T { self[0] }

  /// The coefficient c_k, or 0 for k past the order (the zero padding that
  /// lets constants broadcast).
  ///
  /// ```swift
  /// Taylor<Double>(variable: 2, order: 1).coefficient(5)   // 0.0
  /// ```
  @inlinable
  public func coefficient(_ k: Int) -> T {
    precondition(k >= 0, "coefficients are numbered from 0")
    return k < count ? self[k] : 0
  }

  /// The k-th derivative k!·c_k of the function at the point (0 past the order).
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 3)
  /// (x * x * x).derivative(2)    // 6.0
  /// ```
  /// - Parameter k: 0 for the value, 1 for the first derivative, and so on.
  @inlinable
  public func derivative(_ k: Int) -> T {
    // k! first, exact in Double up to 22!, then one rounding for the product.
    var factorial: T = 1
    if k >= 2 {
      for factor in 2...k { factorial *= T(factor) }
    }
    return coefficient(k) * factorial
  }
}

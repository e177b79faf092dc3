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
/// **Storage.** The coefficients live in one contiguous array; each operation
/// allocates one array for its result (scratch series for the recurrences live
/// on the stack), and compound assignments reuse the left operand's storage.
@frozen
public struct Taylor<T: RealScalar>: Sendable {
  /// c₀ … c_K; never empty.
  @usableFromInline
  internal var storage: [T]

  @inlinable @inline(__always)
  internal init(storage: [T]) {
    self.storage = storage
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
    var storage = [T](repeating: 0, count: order + 1)
    storage[0] = constant
    self.storage = storage
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
    var storage = [T](repeating: 0, count: order + 1)
    storage[0] = variable
    if order >= 1 { storage[1] = 1 }
    self.storage = storage
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
    self.storage = coefficients
  }

  /// Creates a constant of order 0, which broadcasts to any order.
  ///
  /// ```swift
  /// (Taylor<Double>(2) * Taylor(variable: 1, order: 2)).coefficients   // [2.0, 2.0, 0.0]
  /// ```
  @inlinable @inline(__always)
  public init(_ value: T) {
    self.storage = [value]
  }

  /// The highest power kept: the number of coefficients minus one.
  ///
  /// ```swift
  /// Taylor<Double>(variable: 0, order: 5).order   // 5
  /// ```
  @inlinable
  public var order: Int { storage.count - 1 }

  /// The coefficients c₀ … c_K; c_k is the k-th derivative divided by k!.
  ///
  /// ```swift
  /// Taylor.exp(Taylor<Double>(variable: 0, order: 2)).coefficients   // [1.0, 1.0, 0.5]
  /// ```
  @inlinable
  public var coefficients: [T] { storage }

  /// The value c₀ of the function at the point.
  ///
  /// ```swift
  /// Taylor.cos(Taylor<Double>(variable: 0, order: 3)).value   // 1.0
  /// ```
  @inlinable
  public var value: T { storage[0] }

  /// The coefficient c_k, or 0 for k past the order (the zero padding that
  /// lets constants broadcast).
  ///
  /// ```swift
  /// Taylor<Double>(variable: 2, order: 1).coefficient(5)   // 0.0
  /// ```
  @inlinable
  public func coefficient(_ k: Int) -> T {
    precondition(k >= 0, "coefficients are numbered from 0")
    return k < storage.count ? storage[k] : 0
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

// The parts of `RealScalar` that are not functions: conversions, constants and
// classification. The elementary functions come from `DualNumber+RealScalar.swift`.

extension Dual: RealScalar {
  /// Creates the constant nearest to `value`, at any nesting level.
  ///
  /// ```swift
  /// Dual<Dual<Double>>(0.5 as Double).value.value   // 0.5
  /// ```
  @inlinable @_disfavoredOverload
  public init(_ value: Double) { self.init(T(value)) }

  /// Creates the constant nearest to `value`, at any nesting level.
  ///
  /// ```swift
  /// Dual<Float>(3 as Int).value                     // 3.0
  /// ```
  @inlinable @_disfavoredOverload
  public init(_ value: Int) { self.init(T(value)) }

  /// Creates the constant `source` if it converts exactly.
  ///
  /// ```swift
  /// Dual<Double>(exactly: 3)?.value                 // Optional(3.0)
  /// ```
  @inlinable
  public init?<Source: BinaryInteger>(exactly source: Source) {
    guard let value = T(exactly: source) else { return nil }
    self.init(value)
  }

  /// Whether the value is finite (the derivative is not consulted).
  ///
  /// ```swift
  /// Dual<Double>(1, derivative: .infinity).isFinite  // true
  /// ```
  @inlinable
  public var isFinite: Bool { value.isFinite }

  /// Whether the value is NaN (the derivative is not consulted).
  ///
  /// ```swift
  /// Dual<Double>(.nan).isNaN                          // true
  /// ```
  @inlinable
  public var isNaN: Bool { value.isNaN }

  /// Whether the value and the derivative are both exactly zero.
  ///
  /// ```swift
  /// Dual<Double>(0, derivative: 1).isZero             // false
  /// ```
  @inlinable
  public var isZero: Bool { value.isZero && derivative.isZero }

  /// π as a constant.
  ///
  /// ```swift
  /// Dual<Double>.pi.value                             // 3.141592653589793
  /// ```
  @inlinable
  public static var pi: Dual { Dual(T.pi) }

  /// +∞ as a constant.
  ///
  /// ```swift
  /// Dual<Double>.infinity.value                       // inf
  /// ```
  @inlinable
  public static var infinity: Dual { Dual(T.infinity) }
}

extension Dual: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
  /// Creates a constant from an integer literal, at any nesting level.
  ///
  /// ```swift
  /// let c: Dual<Dual<Double>> = 3
  /// c.derivative.value                                // 0.0
  /// ```
  @inlinable
  public init(integerLiteral value: Int) { self.init(T(value)) }

  /// Creates a constant from a floating-point literal, at any nesting level.
  ///
  /// ```swift
  /// let c: Dual<Double> = 0.5
  /// c.value                                           // 0.5
  /// ```
  @inlinable
  public init(floatLiteral value: Double) { self.init(T(value)) }
}

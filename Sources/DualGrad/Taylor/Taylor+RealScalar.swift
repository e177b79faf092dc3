// Taylor as a RealScalar: conversions, constants, classification and literals.

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

extension Taylor {
  /// The plain scalar at the bottom of the nesting.
  ///
  /// ```swift
  /// Taylor<Double>.Base.self   // Double
  /// ```
  public typealias Base = T.Base

  /// Creates the constant `base`, of order 0.
  ///
  /// ```swift
  /// Taylor<Double>(base: 2).derivative(0)   // 2.0
  /// ```
  @inlinable @inline(__always)
  public init(base: T.Base) { self.init(T(base: base)) }
}

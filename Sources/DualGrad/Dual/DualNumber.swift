/// A number that carries tangents alongside a value: the one-partial ``Dual``
/// and multi-partial tangent types.
///
/// Every elementary function is written once, in `DualNumber+RealScalar.swift`,
/// in terms of three operations that a conforming type supplies: applying the
/// chain rule for one argument (by a slope or by dividing by it) and for two.
/// With access to its tangents by direction (for seeding and reading them, in
/// ``ForwardSweep``), a new tangent representation gets the whole function
/// table and every multivariate derivative.
///
/// ```swift
/// let x = Dual<Double>(0, derivative: 1)
/// Dual.sigmoid(x).derivative            // 0.25
/// ```
public protocol DualNumber: RealScalar {
  /// The type of the value and of each tangent.
  associatedtype Scalar: RealScalar

  /// The value of the number.
  ///
  /// ```swift
  /// Dual<Double>(2, derivative: 1).value   // 2.0
  /// ```
  var value: Scalar { get set }

  /// The number of tangent directions one number carries: 1 for ``Dual``,
  /// N for ``DualVector``. A forward sweep (``ForwardSweep``) seeds this
  /// many components of the point at once.
  ///
  /// ```swift
  /// Dual<Double>.tangentCount              // 1
  /// DualVector<4, Double>.tangentCount     // 4
  /// ```
  static var tangentCount: Int { get }

  /// The tangent in direction `direction`, in `0..<tangentCount`.
  ///
  /// ```swift
  /// var x = DualVector<2, Double>(3)
  /// x[tangent: 1] = 1                      // seed direction 1
  /// x[tangent: 1]                          // 1.0
  /// ```
  subscript(tangent direction: Int) -> Scalar { get set }

  /// Creates a constant: the value with every tangent zero.
  ///
  /// ```swift
  /// Dual<Double>(3).derivative             // 0.0
  /// ```
  init(_ value: Scalar)

  /// Returns a number with value `value` whose tangents are this number's
  /// tangents times `slope`: the chain rule for f(self) with f′ = `slope`.
  ///
  /// A tangent that is exactly zero stays zero even when `slope` is infinite
  /// or NaN, so a constant never turns into NaN at a singular point (the
  /// 0 · ∞ trap).
  ///
  /// ```swift
  /// Dual<Double>(2, derivative: 1).chained(to: 4, slope: 4).derivative   // 4.0
  /// ```
  func chained(to value: Scalar, slope: Scalar) -> Self

  /// Returns a number with value `value` and tangents
  /// `x.tangents * xSlope + y.tangents * ySlope`: the chain rule for f(x, y).
  /// Zero tangents contribute zero whatever their slope, as in ``chained(to:slope:)``.
  ///
  /// ```swift
  /// let x = Dual<Double>(2, derivative: 1), y = Dual<Double>(3)
  /// Dual.combined(to: 6, x, slope: 3, y, slope: 2).derivative   // 3.0
  /// ```
  static func combined(to value: Scalar, _ x: Self, slope xSlope: Scalar, _ y: Self, slope ySlope: Scalar) -> Self

  /// Returns a number with value `value` whose tangents are this number's
  /// tangents divided by `divisor`: the chain rule with slope 1/`divisor`,
  /// computed with one rounding instead of two. A tangent that is exactly
  /// zero stays zero, as in ``chained(to:slope:)``.
  ///
  /// ```swift
  /// Dual<Double>(6, derivative: 1).chained(to: 2, dividingBy: 3).derivative   // 0.3333333333333333
  /// ```
  func chained(to value: Scalar, dividingBy divisor: Scalar) -> Self
}

// MARK: - Conversions, literals and constants shared by every dual type

extension DualNumber {
  /// Creates the constant nearest to `value`, at any nesting level.
  ///
  /// ```swift
  /// Dual<Dual<Double>>(0.5 as Double).value.value   // 0.5
  /// ```
  @inlinable @_disfavoredOverload
  public init(_ value: Double) { self.init(Scalar(value)) }

  /// Creates the constant nearest to `value`, at any nesting level.
  ///
  /// ```swift
  /// Dual<Float>(3 as Int).value                     // 3.0
  /// ```
  @inlinable @_disfavoredOverload
  public init(_ value: Int) { self.init(Scalar(value)) }

  /// Creates the constant `source` if it converts exactly.
  ///
  /// ```swift
  /// Dual<Double>(exactly: 3)?.value                 // Optional(3.0)
  /// ```
  @inlinable
  public init?<Source: BinaryInteger>(exactly source: Source) {
    guard let value = Scalar(exactly: source) else { return nil }
    self.init(value)
  }

  /// Creates a constant from an integer literal, at any nesting level.
  ///
  /// ```swift
  /// let c: Dual<Dual<Double>> = 3
  /// c.derivative.value                              // 0.0
  /// ```
  @inlinable
  public init(integerLiteral value: Int) { self.init(Scalar(value)) }

  /// Creates a constant from a floating-point literal, at any nesting level.
  ///
  /// ```swift
  /// let c: Dual<Double> = 0.5
  /// c.value                                         // 0.5
  /// ```
  @inlinable
  public init(floatLiteral value: Double) { self.init(Scalar(value)) }

  /// Whether the value is finite (tangents are not consulted).
  ///
  /// ```swift
  /// Dual<Double>(1, derivative: .infinity).isFinite  // true
  /// ```
  @inlinable
  public var isFinite: Bool { value.isFinite }

  /// Whether the value is NaN (tangents are not consulted).
  ///
  /// ```swift
  /// Dual<Double>(.nan).isNaN                        // true
  /// ```
  @inlinable
  public var isNaN: Bool { value.isNaN }

  /// π as a constant.
  ///
  /// ```swift
  /// Dual<Double>.pi.value                           // 3.141592653589793
  /// ```
  @inlinable
  public static var pi: Self { Self(Scalar.pi) }

  /// +∞ as a constant.
  ///
  /// ```swift
  /// Dual<Double>.infinity.value                     // inf
  /// ```
  @inlinable
  public static var infinity: Self { Self(Scalar.infinity) }
}

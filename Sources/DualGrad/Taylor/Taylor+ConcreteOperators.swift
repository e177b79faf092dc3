// The operators of Taylor+RealScalar.swift again, for Taylor<Double> (the
// slope tool's type), so that formulas with literals type-check quickly (the same
// reason as for Dual; see the header of Dual+Arithmetic.swift). Each body
// forwards to the generic implementation. The mixed forms (a plain scalar on
// either side) are `@_disfavoredOverload`, so a literal in `2 * x` becomes a
// constant series of order 0 and only a variable of the scalar type selects them.

extension Taylor where T == Double {
  // MARK: Double

  /// The sum of its operands, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1)
  /// (x + 2).coefficients   // [3.0, 1.0]
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Taylor, rhs: Taylor) -> Taylor { sum(lhs, rhs) }

  /// The difference of its operands, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1)
  /// (x - 2).coefficients   // [-1.0, 1.0]
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Taylor, rhs: Taylor) -> Taylor { difference(lhs, rhs) }

  /// The product of its operands, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1)
  /// (2 * x).coefficients   // [2.0, 2.0]
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Taylor, rhs: Taylor) -> Taylor { product(lhs, rhs) }

  /// The quotient of its operands, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1)
  /// (x / 2).coefficients   // [0.5, 0.5]
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Taylor, rhs: Taylor) -> Taylor { quotient(lhs, rhs) }

  /// The sum of a series and a plain scalar, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1); let c: Double = 2
  /// (x + c).coefficients   // [3.0, 1.0]
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: Taylor, rhs: T) -> Taylor { offset(lhs, by: rhs) }

  /// The sum of a plain scalar and a series, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1); let c: Double = 2
  /// (c + x).coefficients   // [3.0, 1.0]
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: T, rhs: Taylor) -> Taylor { offset(rhs, by: lhs) }

  /// The difference of a series and a plain scalar, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1); let c: Double = 2
  /// (x - c).coefficients   // [-1.0, 1.0]
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: Taylor, rhs: T) -> Taylor { offset(lhs, by: -rhs) }

  /// The difference of a plain scalar and a series, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1); let c: Double = 2
  /// (c - x).coefficients   // [1.0, -1.0]
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: T, rhs: Taylor) -> Taylor { offset(negation(rhs), by: lhs) }

  /// The product of a series and a plain scalar, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1); let c: Double = 2
  /// (x * c).coefficients   // [2.0, 2.0]
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: Taylor, rhs: T) -> Taylor { scaled(lhs, by: rhs, count: 1) }

  /// The product of a plain scalar and a series, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1); let c: Double = 2
  /// (c * x).coefficients   // [2.0, 2.0]
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: T, rhs: Taylor) -> Taylor { scaled(rhs, by: lhs, count: 1) }

  /// The quotient of a series and a plain scalar, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1); let c: Double = 2
  /// (x / c).coefficients   // [0.5, 0.5]
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: Taylor, rhs: T) -> Taylor { divided(lhs, by: rhs) }

  /// The quotient of a plain scalar and a series, for `Taylor<Double>`.
  ///
  /// ```swift
  /// let x = Taylor<Double>(variable: 1, order: 1); let c: Double = 2
  /// (c / x).coefficients   // [2.0, -2.0]
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: T, rhs: Taylor) -> Taylor { quotient(Taylor(lhs), rhs) }

  /// The negation, for `Taylor<Double>`.
  ///
  /// ```swift
  /// (-Taylor<Double>(variable: 1, order: 1)).coefficients   // [-1.0, -1.0]
  /// ```
  @inlinable @inline(__always)
  public static prefix func - (operand: Taylor) -> Taylor { negation(operand) }
}

extension Taylor where T == Float {
  // MARK: Float
  // `derivatives(of:at:order:)` over `Float` with captured `Float` constants:
  // the plain operators again and a `Float` constant on either side, taking
  // `Float?` and not disfavoured, as for `Dual<Double>` (see `mixedConstant(_:)`
  // in Dual+ConcreteOperators.swift). Without them such a formula did not
  // type-check at all (there was no `Taylor<T>` with `T` operator); with
  // generic disfavoured ones it took 0.68 s; with these 8 ms.

  /// The sum of its operands, for `Taylor<Float>`.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1)
  /// (x + x).coefficients   // [2.0, 2.0]
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Taylor, rhs: Taylor) -> Taylor { sum(lhs, rhs) }

  /// The difference of its operands, for `Taylor<Float>`.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1)
  /// (x - x).coefficients   // [0.0, 0.0]
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Taylor, rhs: Taylor) -> Taylor { difference(lhs, rhs) }

  /// The product of its operands, for `Taylor<Float>`.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1)
  /// (x * x).coefficients   // [1.0, 2.0]
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Taylor, rhs: Taylor) -> Taylor { product(lhs, rhs) }

  /// The quotient of its operands, for `Taylor<Float>`.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1)
  /// (x / x).coefficients   // [1.0, 0.0]
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Taylor, rhs: Taylor) -> Taylor { quotient(lhs, rhs) }

  /// The sum of a series and a `Float` constant.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1); let c: Float = 2
  /// (x + c).coefficients   // [3.0, 1.0]
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Taylor, rhs: Float?) -> Taylor { offset(lhs, by: mixedConstant(rhs)) }

  /// The sum of a `Float` constant and a series.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1); let c: Float = 2
  /// (c + x).coefficients   // [3.0, 1.0]
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Float?, rhs: Taylor) -> Taylor { offset(rhs, by: mixedConstant(lhs)) }

  /// The difference of a series and a `Float` constant.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1); let c: Float = 2
  /// (x - c).coefficients   // [-1.0, 1.0]
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Taylor, rhs: Float?) -> Taylor { offset(lhs, by: -mixedConstant(rhs)) }

  /// The difference of a `Float` constant and a series.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1); let c: Float = 2
  /// (c - x).coefficients   // [1.0, -1.0]
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Float?, rhs: Taylor) -> Taylor { offset(negation(rhs), by: mixedConstant(lhs)) }

  /// The product of a series and a `Float` constant.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1); let c: Float = 2
  /// (x * c).coefficients   // [2.0, 2.0]
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Taylor, rhs: Float?) -> Taylor { scaled(lhs, by: mixedConstant(rhs), count: 1) }

  /// The product of a `Float` constant and a series.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1); let c: Float = 2
  /// (c * x).coefficients   // [2.0, 2.0]
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Float?, rhs: Taylor) -> Taylor { scaled(rhs, by: mixedConstant(lhs), count: 1) }

  /// The quotient of a series and a `Float` constant.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1); let c: Float = 2
  /// (x / c).coefficients   // [0.5, 0.5]
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Taylor, rhs: Float?) -> Taylor { divided(lhs, by: mixedConstant(rhs)) }

  /// The quotient of a `Float` constant and a series.
  ///
  /// ```swift
  /// let x = Taylor<Float>(variable: 1, order: 1); let c: Float = 2
  /// (c / x).coefficients   // [2.0, -2.0]
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Float?, rhs: Taylor) -> Taylor { quotient(Taylor(mixedConstant(lhs)), rhs) }

  /// The negation, for `Taylor<Float>`.
  ///
  /// ```swift
  /// (-Taylor<Float>(variable: 1, order: 1)).coefficients   // [-1.0, -1.0]
  /// ```
  @inlinable @inline(__always)
  public static prefix func - (operand: Taylor) -> Taylor { negation(operand) }
}

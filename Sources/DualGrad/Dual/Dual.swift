/// A dual number: a value and the derivative (tangent) that travels with it.
///
/// Seed the variable you differentiate with `derivative: 1`; every constant has
/// derivative 0. Arithmetic and the elementary functions then carry the
/// derivative along by the chain rule:
///
/// ```swift
/// let x = Dual<Double>(3, derivative: 1)
/// let y = x * x + 1          // 10.0 + 6.0ε
/// y.derivative               // 6.0
/// ```
///
/// `Dual` is itself a ``RealScalar``, so `Dual<Dual<Double>>` carries second
/// derivatives. Equality and ordering compare values only (see
/// `Dual+Comparable.swift`): a branch `x < 0 ? -x : x` takes the branch the
/// plain computation would take.
@frozen
public struct Dual<T: RealScalar>: Sendable {
  /// The value of the number.
  ///
  /// ```swift
  /// Dual<Double>(3, derivative: 1).value        // 3.0
  /// ```
  public var value: T

  /// The derivative (tangent) carried alongside the value.
  ///
  /// ```swift
  /// Dual<Double>(3, derivative: 1).derivative   // 1.0
  /// ```
  public var derivative: T

  /// Creates a dual number with the given value and derivative; a derivative
  /// of 1 seeds the variable being differentiated.
  ///
  /// ```swift
  /// let x = Dual<Double>(2, derivative: 1)
  /// (x * x).derivative       // 4.0
  /// ```
  @inlinable @inline(__always)
  public init(_ value: T, derivative: T) {
    self.value = value
    self.derivative = derivative
  }

  /// Creates a constant: the value with derivative 0.
  ///
  /// ```swift
  /// Dual<Double>(3).derivative              // 0.0
  /// Dual<Dual<Double>>(3).derivative        // 0.0 + 0.0ε
  /// ```
  @inlinable @inline(__always)
  public init(_ value: T) {
    self.value = value
    self.derivative = 0
  }
}

// `Dual` as a `RealScalar`: conversions, literals and constants come from
// `DualNumber.swift`, the elementary functions from `DualNumber+RealScalar.swift`.

extension Dual: RealScalar, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
  /// Whether the value and the derivative are both exactly zero.
  ///
  /// ```swift
  /// Dual<Double>(0, derivative: 1).isZero             // false
  /// ```
  @inlinable
  public var isZero: Bool { value.isZero && derivative.isZero }
}

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

  /// Whether the value and the derivative are both exactly zero, as
  /// ``isZero``, each part asked the cheapest way (a nested tangent's guard).
  ///
  /// ```swift
  /// Dual<Double>(0, derivative: 1).isZeroTangent      // false
  /// ```
  @inlinable @inline(__always)
  public var isZeroTangent: Bool { value.isZeroTangent && derivative.isZeroTangent }
}

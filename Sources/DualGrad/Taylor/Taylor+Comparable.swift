// Comparisons look at the value c₀ only, as for Dual (see Dual+Comparable.swift).

extension Taylor: Equatable {
  /// Whether the values c₀ are equal; later coefficients are not compared.
  ///
  /// ```swift
  /// Taylor<Double>(variable: 1, order: 2) == Taylor(1)   // true
  /// ```
  @inlinable
  public static func == (lhs: Taylor, rhs: Taylor) -> Bool { lhs.value == rhs.value }
}

extension Taylor: Comparable {
  /// Whether the first value c₀ is less than the second; later coefficients
  /// are not compared, so a branch takes the side the plain computation takes.
  ///
  /// ```swift
  /// Taylor<Double>(variable: 1, order: 2) < Taylor(2)    // true
  /// ```
  @inlinable
  public static func < (lhs: Taylor, rhs: Taylor) -> Bool { lhs.value < rhs.value }
}

extension Taylor: Hashable {
  /// Hashes c₀ only, consistently with `==`.
  ///
  /// ```swift
  /// Set([Taylor<Double>(variable: 1, order: 1), Taylor(1)]).count   // 1
  /// ```
  @inlinable
  public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

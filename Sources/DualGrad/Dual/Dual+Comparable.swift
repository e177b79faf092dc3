// Equality and ordering of dual numbers compare values only.
//
// Why: a program branches on values (`x < 0 ? -x : x`, `max(a, b)`), and the
// dual computation must take the branch the plain computation takes, so `<`
// ignores tangents. `==` agrees with `<` (neither a < b nor b < a means
// a == b), which keeps `Comparable`'s laws and makes sorting and `min`/`max`
// consistent; `hash(into:)` hashes the value only, so `Hashable` agrees with
// `==`. To ask whether every part is zero, use `isZero`; to compare parts,
// compare `value` and `derivative` directly. (ForwardDiff.jl and num-dual make
// the same choice.)

extension Dual: Equatable {
  /// Whether the two values are equal; derivatives are not compared.
  ///
  /// ```swift
  /// Dual<Double>(1, derivative: 1) == Dual(1, derivative: 2)   // true
  /// ```
  @inlinable
  public static func == (lhs: Dual, rhs: Dual) -> Bool { lhs.value == rhs.value }
}

extension Dual: Comparable {
  /// Whether the first value is less than the second; derivatives are not compared.
  ///
  /// ```swift
  /// Dual<Double>(1, derivative: 5) < Dual(2)                   // true
  /// ```
  @inlinable
  public static func < (lhs: Dual, rhs: Dual) -> Bool { lhs.value < rhs.value }
}

extension Dual: Hashable {
  /// Hashes the value only, consistently with `==`.
  ///
  /// ```swift
  /// Set([Dual<Double>(1, derivative: 1), Dual(1)]).count       // 1
  /// ```
  @inlinable
  public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

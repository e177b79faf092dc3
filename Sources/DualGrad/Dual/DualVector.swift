/// A dual number with `N` partial derivatives at once (chunk mode): one
/// forward sweep of a function of many variables yields `N` components of its
/// gradient.
///
/// ```swift
/// var x = DualVector<2, Double>(3)
/// var y = DualVector<2, Double>(2)
/// x.partials[0] = 1; y.partials[1] = 1       // seed directions 0 and 1
/// let f = x * x * y                          // value 18
/// (f.partials[0], f.partials[1])             // (12.0, 9.0)
/// ```
///
/// `N` is fixed at compile time and the partials live inline (no heap
/// allocation). Every elementary function comes from the same rule table as
/// ``Dual`` (`DualNumber+RealScalar.swift`). Comparisons look at the value only.
///
/// Unlike `Dual`, it has no operator copies for concrete scalars: with `N`
/// generic the type checker cannot match them exactly, and they slowed every
/// other formula down. Long literal formulas are best written generically over
/// ``RealScalar``, which is also what the chunked API takes.
@frozen
public struct DualVector<let N: Int, T: RealScalar> {
  /// The value of the number.
  ///
  /// ```swift
  /// DualVector<4, Double>(3).value        // 3.0
  /// ```
  public var value: T

  /// The N partial derivatives.
  ///
  /// ```swift
  /// DualVector<4, Double>(3).partials[2]  // 0.0
  /// ```
  public var partials: InlineArray<N, T>

  /// Creates a number from its value and its partials.
  ///
  /// ```swift
  /// DualVector<2, Double>(1, partials: [1, 0]).partials[0]   // 1.0
  /// ```
  @inlinable @inline(__always)
  public init(_ value: T, partials: InlineArray<N, T>) {
    self.value = value
    self.partials = partials
  }

  /// Creates a constant: the value with every partial zero.
  ///
  /// ```swift
  /// DualVector<3, Double>(2).isZero       // false (the value is 2)
  /// ```
  @inlinable @inline(__always)
  public init(_ value: T) {
    self.value = value
    self.partials = InlineArray(repeating: 0)
  }

  /// Creates the variable `value` seeded in direction `direction` (that partial
  /// is 1, the others 0); a direction outside 0..<N gives a constant.
  ///
  /// ```swift
  /// DualVector<3, Double>(5, seededAt: 1).partials[1]        // 1.0
  /// ```
  @inlinable @inline(__always)
  public init(_ value: T, seededAt direction: Int) {
    self.value = value
    self.partials = InlineArray { $0 == direction ? 1 : 0 }
  }
}

extension DualVector: DualNumber {
  /// The type of the value and of each partial.
  public typealias Scalar = T

  @inlinable @inline(__always)
  public func chained(to value: T, slope: T) -> DualVector {
    // As for Dual: a zero partial stays zero whatever the slope (0·∞ trap).
    DualVector(
      value,
      partials: InlineArray { i in
        let p = partials[i]
        return p.isZeroTangent ? 0 : p * slope
      })
  }

  @inlinable @inline(__always)
  public static func combined(
    to value: T, _ x: DualVector, slope xSlope: T, _ y: DualVector, slope ySlope: T
  ) -> DualVector {
    DualVector(
      value,
      partials: InlineArray { i in
        let p = x.partials[i]
        let q = y.partials[i]
        // −0 for a zero y part, as in Dual.combined: adding it is dropped.
        return (p.isZeroTangent ? 0 : p * xSlope) + (q.isZeroTangent ? -T(0) : q * ySlope)
      })
  }

  @inlinable @inline(__always)
  public func chained(to value: T, dividingBy divisor: T) -> DualVector {
    DualVector(
      value,
      partials: InlineArray { i in
        let p = partials[i]
        return p.isZeroTangent ? 0 : p / divisor
      })
  }

  /// N directions.
  ///
  /// ```swift
  /// DualVector<4, Double>.tangentCount   // 4
  /// ```
  @inlinable
  public static var tangentCount: Int { N }

  /// The partial derivative in direction `direction`, in `0..<N`.
  ///
  /// ```swift
  /// DualVector<2, Double>(3, seededAt: 1)[tangent: 1]   // 1.0
  /// ```
  @inlinable
  public subscript(tangent direction: Int) -> T {
    @inline(__always) get { partials[direction] }
    @inline(__always) set { partials[direction] = newValue }
  }
}

extension DualVector {
  @inlinable @inline(__always)
  static func sum(_ x: DualVector, _ y: DualVector) -> DualVector {
    DualVector(x.value + y.value, partials: InlineArray { x.partials[$0] + y.partials[$0] })
  }

  @inlinable @inline(__always)
  static func difference(_ x: DualVector, _ y: DualVector) -> DualVector {
    DualVector(x.value - y.value, partials: InlineArray { x.partials[$0] - y.partials[$0] })
  }

  @inlinable @inline(__always)
  static func negation(_ x: DualVector) -> DualVector {
    DualVector(-x.value, partials: InlineArray { -x.partials[$0] })
  }

  // The four operators below are `@_disfavoredOverload`: in a formula they
  // would otherwise tie with the standard library's `Numeric.*` and
  // `AdditiveArithmetic.+` (which reach them as protocol witnesses), both would
  // lead to a solution at every operator, and the type checker would explore
  // every combination (2^k for k operators; README.md, "Type-checking speed").
  // Disfavoured, they are pruned as soon as the standard library's choice has
  // given a solution; the arithmetic is the same.

  /// The sum of two numbers.
  ///
  /// ```swift
  /// (DualVector<2, Double>(1, seededAt: 0) + DualVector(2)).value   // 3.0
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: DualVector, rhs: DualVector) -> DualVector { sum(lhs, rhs) }

  /// The difference of two numbers.
  ///
  /// ```swift
  /// (DualVector<2, Double>(1) - DualVector(2, seededAt: 1)).partials[1]   // -1.0
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: DualVector, rhs: DualVector) -> DualVector { difference(lhs, rhs) }

  /// The product of two numbers, by the product rule.
  ///
  /// ```swift
  /// let x = DualVector<2, Double>(3, seededAt: 0)
  /// (x * x).partials[0]                                              // 6.0
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: DualVector, rhs: DualVector) -> DualVector { product(lhs, rhs) }

  /// The quotient of two numbers, by the quotient rule.
  ///
  /// ```swift
  /// (DualVector<2, Double>(3, seededAt: 0) / DualVector(2)).partials[0]   // 0.5
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: DualVector, rhs: DualVector) -> DualVector { quotient(lhs, rhs) }

  /// Adds `rhs` to `lhs` in place.
  ///
  /// ```swift
  /// var s = DualVector<2, Double>(0); s += DualVector(1, seededAt: 0)   // value 1, partials [1, 0]
  /// ```
  @inlinable @inline(__always)
  public static func += (lhs: inout DualVector, rhs: DualVector) { lhs = sum(lhs, rhs) }

  /// Subtracts `rhs` from `lhs` in place.
  ///
  /// ```swift
  /// var s = DualVector<2, Double>(0); s -= DualVector(1, seededAt: 0)   // value -1, partials [-1, 0]
  /// ```
  @inlinable @inline(__always)
  public static func -= (lhs: inout DualVector, rhs: DualVector) { lhs = difference(lhs, rhs) }

  /// Multiplies `lhs` by `rhs` in place.
  ///
  /// ```swift
  /// var p = DualVector<2, Double>(2, seededAt: 0); p *= p               // value 4, partials [4, 0]
  /// ```
  @inlinable @inline(__always)
  public static func *= (lhs: inout DualVector, rhs: DualVector) { lhs = product(lhs, rhs) }

  /// Divides `lhs` by `rhs` in place.
  ///
  /// ```swift
  /// var q = DualVector<2, Double>(1, seededAt: 0); q /= DualVector(4)   // value 0.25, partials [0.25, 0]
  /// ```
  @inlinable @inline(__always)
  public static func /= (lhs: inout DualVector, rhs: DualVector) { lhs = quotient(lhs, rhs) }

  /// The negation of a number.
  ///
  /// ```swift
  /// (-DualVector<2, Double>(1, seededAt: 0)).partials[0]                // -1.0
  /// ```
  @inlinable @inline(__always)
  public static prefix func - (operand: DualVector) -> DualVector { negation(operand) }
}

extension DualVector: RealScalar {
  /// Whether the value and every partial are exactly zero.
  ///
  /// ```swift
  /// DualVector<2, Double>(0, seededAt: 1).isZero   // false
  /// ```
  @inlinable
  public var isZero: Bool {
    guard value.isZero else { return false }
    for i in 0..<N where !partials[i].isZero { return false }
    return true
  }

  /// Whether the two values are equal; partials are not compared (as for ``Dual``).
  ///
  /// ```swift
  /// DualVector<2, Double>(1, seededAt: 0) == DualVector(1)   // true
  /// ```
  @inlinable
  public static func == (lhs: DualVector, rhs: DualVector) -> Bool { lhs.value == rhs.value }

  /// Whether the first value is less than the second; partials are not compared.
  ///
  /// ```swift
  /// DualVector<2, Double>(1) < DualVector(2)    // true
  /// ```
  @inlinable
  public static func < (lhs: DualVector, rhs: DualVector) -> Bool { lhs.value < rhs.value }

  /// Hashes the value only, consistently with `==`.
  ///
  /// ```swift
  /// Set([DualVector<2, Double>(1), DualVector(1, seededAt: 0)]).count   // 1
  /// ```
  @inlinable
  public func hash(into hasher: inout Hasher) { hasher.combine(value) }

  /// The number as `value + [p0, p1, ...]ε`.
  ///
  /// ```swift
  /// DualVector<2, Double>(3, seededAt: 0).description   // "3.0 + [1.0, 0.0]ε"
  /// ```
  public var description: String {
    let parts = (0..<N).map { "\(partials[$0])" }.joined(separator: ", ")
    return "\(value) + [\(parts)]ε"
  }
}

// Arithmetic for `Dual`: the chain-rule primitives, the generic operators that
// make `Dual` a `RealScalar`; Dual+ConcreteOperators.swift repeats them for
// the common concrete scalars.
//
// Why the concrete copies: Swift's type checker scores an overload whose
// parameters are exactly the argument types (`Dual<Double>`) above one whose
// parameters are generic (`Dual<T>`), and it scores the standard library's
// protocol requirements (`Numeric.*`) above `Dual<T>.*`. With only generic
// operators, `1 + 2 * x + 3 * x * x + ...` (ten terms) does not type-check in
// reasonable time; with the concrete copies it takes about 70 ms (README.md,
// "Type-checking speed"). The copies only forward to the generic bodies.
//
// The generic `Dual` with `Dual` operators are not `@_disfavoredOverload`:
// disfavoured, they tied with the disfavoured `T * Dual` one level down for
// `x * Dual(2, derivative: 1)` (the second operand's type inferred), an
// ambiguity error; and the corpus measures about the same either way (n02
// 1,654 -> 2,263 solver scopes, every other formula within 150; README.md,
// "Type-checking speed").
//
// Mixed operators (`Dual` with a plain scalar on either side) are
// `@_disfavoredOverload`, so a literal in `2 * x` becomes a constant `Dual`
// and only a variable of another type (`w[0] * x1` with `w: [Double]`, a
// captured `let a = 2.0`) selects them. Dual+Mixing.swift has them for every
// nesting level and for generic code (`Dual<T>` with `T`); the concrete copies
// for `Dual<Double>`, `Dual<Float>` and `Dual<Dual<Double>>` are in
// Dual+ConcreteOperators.swift.

extension Dual: DualNumber {
  /// The type of the value and the derivative.
  public typealias Scalar = T

  @inlinable @inline(__always)
  public func chained(to value: T, slope: T) -> Dual {
    // A zero tangent stays zero even if the slope is ±∞ or NaN (0·∞ trap).
    Dual(value, derivative: derivative.isZeroTangent ? 0 : derivative * slope)
  }

  @inlinable @inline(__always)
  public static func combined(to value: T, _ x: Dual, slope xSlope: T, _ y: Dual, slope ySlope: T) -> Dual {
    let xPart: T = x.derivative.isZeroTangent ? 0 : x.derivative * xSlope
    // −0, the additive identity: when y is a constant the compiler then drops
    // the addition (x·c with c a constant costs what scaling x does; + 0
    // stays, since it turns −0 into +0). Two zero parts still sum to +0.
    let yPart: T = y.derivative.isZeroTangent ? -T(0) : y.derivative * ySlope
    return Dual(value, derivative: xPart + yPart)
  }

  @inlinable @inline(__always)
  public func chained(to value: T, dividingBy divisor: T) -> Dual {
    Dual(value, derivative: derivative.isZeroTangent ? 0 : derivative / divisor)
  }

  /// One direction.
  ///
  /// ```swift
  /// Dual<Double>.tangentCount   // 1
  /// ```
  @inlinable
  public static var tangentCount: Int { 1 }

  /// The derivative; `Dual` has the one direction 0, and the direction is not checked.
  ///
  /// ```swift
  /// Dual<Double>(2, derivative: 5)[tangent: 0]   // 5.0
  /// ```
  @inlinable
  public subscript(tangent direction: Int) -> T {
    @inline(__always) get { derivative }
    @inline(__always) set { derivative = newValue }
  }
}

extension Dual {
  @inlinable @inline(__always)
  static func sum(_ x: Dual, _ y: Dual) -> Dual {
    Dual(x.value + y.value, derivative: x.derivative + y.derivative)
  }

  @inlinable @inline(__always)
  static func difference(_ x: Dual, _ y: Dual) -> Dual {
    Dual(x.value - y.value, derivative: x.derivative - y.derivative)
  }

  @inlinable @inline(__always)
  static func negation(_ x: Dual) -> Dual {
    Dual(-x.value, derivative: -x.derivative)
  }

  @inlinable @inline(__always)
  static func scaled(_ x: Dual, by c: T) -> Dual {
    x.chained(to: x.value * c, slope: c)
  }

  @inlinable @inline(__always)
  static func divided(_ x: Dual, by c: T) -> Dual {
    x.chained(to: x.value / c, dividingBy: c)
  }

  // MARK: Generic operators (the RealScalar conformance)

  /// The sum of two dual numbers.
  ///
  /// ```swift
  /// (Dual<Double>(1, derivative: 1) + Dual(2)).derivative   // 1.0
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Dual, rhs: Dual) -> Dual { sum(lhs, rhs) }

  /// The difference of two dual numbers.
  ///
  /// ```swift
  /// (Dual<Double>(2) - Dual(1, derivative: 1)).derivative   // -1.0
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Dual, rhs: Dual) -> Dual { difference(lhs, rhs) }

  /// The product of two dual numbers, by the product rule.
  ///
  /// ```swift
  /// (Dual<Double>(3, derivative: 1) * Dual(3, derivative: 1)).derivative   // 6.0
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Dual, rhs: Dual) -> Dual { product(lhs, rhs) }

  /// The quotient of two dual numbers, by the quotient rule.
  ///
  /// ```swift
  /// (Dual<Double>(3, derivative: 1) / Dual(2)).derivative   // 0.5
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Dual, rhs: Dual) -> Dual { quotient(lhs, rhs) }

  /// Adds `rhs` to `lhs` in place.
  ///
  /// ```swift
  /// var s = Dual<Double>(0); s += Dual(1, derivative: 1)   // 1.0 + 1.0ε
  /// ```
  @inlinable @inline(__always)
  public static func += (lhs: inout Dual, rhs: Dual) { lhs = sum(lhs, rhs) }

  /// Subtracts `rhs` from `lhs` in place.
  ///
  /// ```swift
  /// var s = Dual<Double>(0); s -= Dual(1, derivative: 1)   // -1.0 - 1.0ε
  /// ```
  @inlinable @inline(__always)
  public static func -= (lhs: inout Dual, rhs: Dual) { lhs = difference(lhs, rhs) }

  /// Multiplies `lhs` by `rhs` in place.
  ///
  /// ```swift
  /// var p = Dual<Double>(2, derivative: 1); p *= p        // 4.0 + 4.0ε
  /// ```
  @inlinable @inline(__always)
  public static func *= (lhs: inout Dual, rhs: Dual) { lhs = product(lhs, rhs) }

  /// Divides `lhs` by `rhs` in place.
  ///
  /// ```swift
  /// var q = Dual<Double>(1, derivative: 1); q /= Dual(4)  // 0.25 + 0.25ε
  /// ```
  @inlinable @inline(__always)
  public static func /= (lhs: inout Dual, rhs: Dual) { lhs = quotient(lhs, rhs) }

  /// The negation of a dual number.
  ///
  /// ```swift
  /// (-Dual<Double>(1, derivative: 1)).derivative   // -1.0
  /// ```
  @inlinable @inline(__always)
  public static prefix func - (operand: Dual) -> Dual { negation(operand) }

  /// Adds a plain scalar to `lhs` in place.
  ///
  /// ```swift
  /// var x = Dual<Double>(1, derivative: 1); x += 2.0   // 3.0 + 1.0ε
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func += (lhs: inout Dual, rhs: T) { lhs.value += rhs }

  /// Subtracts a plain scalar from `lhs` in place.
  ///
  /// ```swift
  /// var x = Dual<Double>(1, derivative: 1); x -= 2.0   // -1.0 + 1.0ε
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func -= (lhs: inout Dual, rhs: T) { lhs.value -= rhs }

  /// Multiplies `lhs` by a plain scalar in place.
  ///
  /// ```swift
  /// var x = Dual<Double>(1, derivative: 1); x *= 2.0   // 2.0 + 2.0ε
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func *= (lhs: inout Dual, rhs: T) { lhs = scaled(lhs, by: rhs) }

  /// Divides `lhs` by a plain scalar in place.
  ///
  /// ```swift
  /// var x = Dual<Double>(1, derivative: 1); x /= 2.0   // 0.5 + 0.5ε
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func /= (lhs: inout Dual, rhs: T) { lhs = divided(lhs, by: rhs) }
}

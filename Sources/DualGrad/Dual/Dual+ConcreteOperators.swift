// The operators of Dual+Arithmetic.swift again, for the concrete scalars
// formulas are usually written over (Double, Float, and Dual<Double> for second
// derivatives), so that formulas with literals type-check quickly (see the
// header of that file). Each body forwards to the generic implementation.
//
// Each copy costs every formula in the program a little type-checking time,
// so the set is kept small: with copies for Float80 and Dual<Float> as well,
// the ten-term polynomial took 93 ms instead of 70 (README.md). Formulas over
// other scalar types are best written generically over `RealScalar`.

extension Dual where T == Double {
  // MARK: Double
  /// The sum of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x + 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Dual, rhs: Dual) -> Dual { sum(lhs, rhs) }

  /// The difference of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Dual, rhs: Dual) -> Dual { difference(lhs, rhs) }

  /// The product of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Dual, rhs: Dual) -> Dual { product(lhs, rhs) }

  /// The quotient of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Dual, rhs: Dual) -> Dual { quotient(lhs, rhs) }

  /// The sum of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x + 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: Dual, rhs: T) -> Dual { Dual(lhs.value + rhs, derivative: lhs.derivative) }

  /// The sum of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x + 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: T, rhs: Dual) -> Dual { Dual(lhs + rhs.value, derivative: rhs.derivative) }

  /// The difference of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: Dual, rhs: T) -> Dual { Dual(lhs.value - rhs, derivative: lhs.derivative) }

  /// The difference of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: T, rhs: Dual) -> Dual { Dual(lhs - rhs.value, derivative: -rhs.derivative) }

  /// The product of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: Dual, rhs: T) -> Dual { scaled(lhs, by: rhs) }

  /// The product of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: T, rhs: Dual) -> Dual { scaled(rhs, by: lhs) }

  /// The quotient of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: Dual, rhs: T) -> Dual { divided(lhs, by: rhs) }

  /// The quotient of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: T, rhs: Dual) -> Dual { quotient(Dual(lhs), rhs) }

  /// The negation, for `Dual<Double>`.
  ///
  /// ```swift
  /// (-Dual<Double>(1, derivative: 1)).derivative   // -1
  /// ```
  @inlinable @inline(__always)
  public static prefix func - (operand: Dual) -> Dual { negation(operand) }
}

extension Dual where T == Float {
  // MARK: Float
  /// The sum of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (x + 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Dual, rhs: Dual) -> Dual { sum(lhs, rhs) }

  /// The difference of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Dual, rhs: Dual) -> Dual { difference(lhs, rhs) }

  /// The product of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Dual, rhs: Dual) -> Dual { product(lhs, rhs) }

  /// The quotient of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Dual, rhs: Dual) -> Dual { quotient(lhs, rhs) }

  /// The sum of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (x + 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: Dual, rhs: T) -> Dual { Dual(lhs.value + rhs, derivative: lhs.derivative) }

  /// The sum of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (x + 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: T, rhs: Dual) -> Dual { Dual(lhs + rhs.value, derivative: rhs.derivative) }

  /// The difference of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: Dual, rhs: T) -> Dual { Dual(lhs.value - rhs, derivative: lhs.derivative) }

  /// The difference of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: T, rhs: Dual) -> Dual { Dual(lhs - rhs.value, derivative: -rhs.derivative) }

  /// The product of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: Dual, rhs: T) -> Dual { scaled(lhs, by: rhs) }

  /// The product of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: T, rhs: Dual) -> Dual { scaled(rhs, by: lhs) }

  /// The quotient of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: Dual, rhs: T) -> Dual { divided(lhs, by: rhs) }

  /// The quotient of its operands, for `Dual<Float>`.
  ///
  /// ```swift
  /// let x = Dual<Float>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: T, rhs: Dual) -> Dual { quotient(Dual(lhs), rhs) }

  /// The negation, for `Dual<Float>`.
  ///
  /// ```swift
  /// (-Dual<Float>(1, derivative: 1)).derivative   // -1
  /// ```
  @inlinable @inline(__always)
  public static prefix func - (operand: Dual) -> Dual { negation(operand) }
}


extension Dual where T == Dual<Double> {
  // MARK: Dual<Double>
  /// The sum of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (x + 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Dual, rhs: Dual) -> Dual { sum(lhs, rhs) }

  /// The difference of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Dual, rhs: Dual) -> Dual { difference(lhs, rhs) }

  /// The product of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Dual, rhs: Dual) -> Dual { product(lhs, rhs) }

  /// The quotient of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Dual, rhs: Dual) -> Dual { quotient(lhs, rhs) }

  /// The sum of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (x + 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: Dual, rhs: T) -> Dual { Dual(lhs.value + rhs, derivative: lhs.derivative) }

  /// The sum of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (x + 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: T, rhs: Dual) -> Dual { Dual(lhs + rhs.value, derivative: rhs.derivative) }

  /// The difference of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: Dual, rhs: T) -> Dual { Dual(lhs.value - rhs, derivative: lhs.derivative) }

  /// The difference of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: T, rhs: Dual) -> Dual { Dual(lhs - rhs.value, derivative: -rhs.derivative) }

  /// The product of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: Dual, rhs: T) -> Dual { scaled(lhs, by: rhs) }

  /// The product of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: T, rhs: Dual) -> Dual { scaled(rhs, by: lhs) }

  /// The quotient of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: Dual, rhs: T) -> Dual { divided(lhs, by: rhs) }

  /// The quotient of its operands, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let x = Dual<Dual<Double>>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: T, rhs: Dual) -> Dual { quotient(Dual(lhs), rhs) }

  /// The negation, for `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// (-Dual<Dual<Double>>(1, derivative: 1)).derivative   // -1
  /// ```
  @inlinable @inline(__always)
  public static prefix func - (operand: Dual) -> Dual { negation(operand) }
}

extension Dual where T == Dual<Double> {
  // MARK: Dual<Dual<Double>> with Double
  // The generic `(Dual, T.Base)` operators of Dual+Mixing.swift again, for the
  // second-derivative type that formulas are written over most.
  //
  // Why these take `Double?` and are not disfavoured, unlike every other mixed
  // operator: with the concrete `secondDerivative` for `Double`
  // (Derivative.swift), `secondDerivative(of: { x in a * x * x * x + b * x }, at: 2.0)`
  // then has a solution with no disfavoured choice, which prunes the
  // disfavoured generic entry point at once (it did not type-check before, 6 s;
  // now 7 ms, README.md). The optional costs a `Double` argument a
  // value-to-optional conversion, which the type checker ranks below any
  // disfavoured overload but above none: so where a plain `Double` solution
  // also exists (`let e = zip(g, v).map(*).reduce(0, +)` over `[Double]`), the
  // `Double` one still wins instead of the two being ambiguous. `nil` is a
  // programming error and traps.

  /// The constant `c` as a second-order dual number; traps on `nil` (see above).
  @inlinable @inline(__always)
  static func constant(_ c: Double?) -> Dual {
    guard let c else { preconditionFailure("nil is not a constant to mix with Dual<Dual<Double>>") }
    return Dual(base: c)
  }

  /// The sum of a `Dual<Dual<Double>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x + a }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Dual, rhs: Double?) -> Dual { lhs + constant(rhs) }

  /// The sum of a `Double` and a `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a + x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Double?, rhs: Dual) -> Dual { constant(lhs) + rhs }

  /// The difference of a `Dual<Dual<Double>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x - a }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Dual, rhs: Double?) -> Dual { lhs - constant(rhs) }

  /// The difference of a `Double` and a `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a - x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Double?, rhs: Dual) -> Dual { constant(lhs) - rhs }

  /// The product of a `Dual<Dual<Double>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x * a }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Dual, rhs: Double?) -> Dual { lhs * constant(rhs) }

  /// The product of a `Double` and a `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a * x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Double?, rhs: Dual) -> Dual { constant(lhs) * rhs }

  /// The quotient of a `Dual<Dual<Double>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x / a }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Dual, rhs: Double?) -> Dual { lhs / constant(rhs) }

  /// The quotient of a `Double` and a `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a / x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Double?, rhs: Dual) -> Dual { constant(lhs) / rhs }
}

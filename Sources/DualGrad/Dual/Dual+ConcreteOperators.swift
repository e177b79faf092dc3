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
  @inlinable @inline(__always)
  public static func + (lhs: Dual, rhs: T?) -> Dual { Dual(lhs.value + mixedConstant(rhs), derivative: lhs.derivative) }

  /// The sum of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x + 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: T?, rhs: Dual) -> Dual { Dual(mixedConstant(lhs) + rhs.value, derivative: rhs.derivative) }

  /// The difference of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Dual, rhs: T?) -> Dual { Dual(lhs.value - mixedConstant(rhs), derivative: lhs.derivative) }

  /// The difference of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x - 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: T?, rhs: Dual) -> Dual {
    Dual(mixedConstant(lhs) - rhs.value, derivative: -rhs.derivative)
  }

  /// The product of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Dual, rhs: T?) -> Dual { scaled(lhs, by: mixedConstant(rhs)) }

  /// The product of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (2 * x).derivative
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: T?, rhs: Dual) -> Dual { scaled(rhs, by: mixedConstant(lhs)) }

  /// The quotient of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Dual, rhs: T?) -> Dual { divided(lhs, by: mixedConstant(rhs)) }

  /// The quotient of its operands, for `Dual<Double>`.
  ///
  /// ```swift
  /// let x = Dual<Double>(1, derivative: 1); (x / 2).derivative
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: T?, rhs: Dual) -> Dual { quotient(Dual(mixedConstant(lhs)), rhs) }

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
  // These take `Double?` and are not disfavoured, like the `Dual<Double>` ones
  // above: see `mixedConstant(_:)` below for why.

  /// The sum of a `Dual<Dual<Double>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x + a }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Dual, rhs: Double?) -> Dual { lhs + Dual(base: mixedConstant(rhs)) }

  /// The sum of a `Double` and a `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a + x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Double?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) + rhs }

  /// The difference of a `Dual<Dual<Double>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x - a }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Dual, rhs: Double?) -> Dual { lhs - Dual(base: mixedConstant(rhs)) }

  /// The difference of a `Double` and a `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a - x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Double?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) - rhs }

  /// The product of a `Dual<Dual<Double>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x * a }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Dual, rhs: Double?) -> Dual { lhs * Dual(base: mixedConstant(rhs)) }

  /// The product of a `Double` and a `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a * x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Double?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) * rhs }

  /// The quotient of a `Dual<Dual<Double>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x / a }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Dual, rhs: Double?) -> Dual { lhs / Dual(base: mixedConstant(rhs)) }

  /// The quotient of a `Double` and a `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a / x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Double?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) / rhs }
}

/// A `Double` constant handed to a mixed operator of `Dual<Double>` or
/// `Dual<Dual<Double>>`; traps on `nil`.
///
/// Why those operators take `Double?` and, unlike every other mixed operator,
/// are not disfavoured: with the concrete `derivative` and `secondDerivative`
/// for `Double` (Derivative.swift), a closure such as
/// `{ x in a * x * x * x + b * x }` then has a solution with no disfavoured
/// choice at all, which prunes the disfavoured generic entry point as soon as it
/// is tried (the normalised Gaussian went from 1.4 s to 7 ms, four-term
/// second derivatives from failing to 7 ms; README.md, "Type-checking speed").
/// A plain `Double` parameter would do the same, but where the result type is
/// open (`let e = zip(g, v).map(*).reduce(0, +)` over `[Double]`) a
/// `Dual` solution would then tie with the `Double` one and the expression would
/// be ambiguous; the optional costs a `Double` argument a value-to-optional
/// conversion, which the type checker ranks below any disfavoured overload, so
/// the `Double` solution wins. `nil` is a programming error.
@inlinable @inline(__always)
func mixedConstant(_ c: Double?) -> Double {
  guard let c else { preconditionFailure("nil is not a constant to mix with a dual number") }
  return c
}

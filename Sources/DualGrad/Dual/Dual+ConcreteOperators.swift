// The operators of Dual+Arithmetic.swift again, for the concrete scalars
// formulas are usually written over (Double, Float, and Dual<Double> and
// Dual<Float> for second derivatives), so that formulas with literals
// type-check quickly (see the header of that file), and constants mixed in by
// non-disfavoured `Double?`/`Float?` operators (see `mixedConstant(_:)`). Each
// body forwards to the generic implementation.
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

extension Dual where T == Dual<Float> {
  // MARK: Dual<Dual<Float>>
  // The second-derivative type over `Float`: the plain operators again (as for
  // `Dual<Dual<Double>>` above) and a `Float` constant on either side, taking
  // `Float?` and not disfavoured like the `Double` ones (see `mixedConstant(_:)`).
  // Without them `secondDerivative(of: { x in fa * x * x * x + ... }, at: Float(2))`
  // took 0.76 s and a Float Hessian 0.41 s; with them 10-20 ms.

  /// The sum of two `Dual<Dual<Float>>`, for formulas over it.
  ///
  /// ```swift
  /// (Dual<Dual<Float>>(base: 1) + Dual(base: 2)).value.value   // 3.0
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Dual, rhs: Dual) -> Dual { sum(lhs, rhs) }

  /// The difference of two `Dual<Dual<Float>>`, for formulas over it.
  ///
  /// ```swift
  /// (Dual<Dual<Float>>(base: 1) - Dual(base: 2)).value.value   // -1.0
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Dual, rhs: Dual) -> Dual { difference(lhs, rhs) }

  /// The product of two `Dual<Dual<Float>>`, for formulas over it.
  ///
  /// ```swift
  /// (Dual<Dual<Float>>(base: 1) * Dual(base: 2)).value.value   // 2.0
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Dual, rhs: Dual) -> Dual { product(lhs, rhs) }

  /// The quotient of two `Dual<Dual<Float>>`, for formulas over it.
  ///
  /// ```swift
  /// (Dual<Dual<Float>>(base: 1) / Dual(base: 2)).value.value   // 0.5
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Dual, rhs: Dual) -> Dual { quotient(lhs, rhs) }

  /// The negation of a `Dual<Dual<Float>>`.
  ///
  /// ```swift
  /// (-Dual<Dual<Float>>(base: 1)).value.value   // -1.0
  /// ```
  @inlinable @inline(__always)
  public static prefix func - (operand: Dual) -> Dual { negation(operand) }

  /// The sum of a `Dual<Dual<Float>>` and a `Float`.
  ///
  /// ```swift
  /// let a: Float = 2; secondDerivative(of: { x in x * x + a }, at: Float(1))   // 2.0
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Dual, rhs: Float?) -> Dual { lhs + Dual(base: mixedConstant(rhs)) }

  /// The sum of a `Float` and a `Dual<Dual<Float>>`.
  ///
  /// ```swift
  /// let a: Float = 2; secondDerivative(of: { x in a + x * x }, at: Float(1))   // 2.0
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Float?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) + rhs }

  /// The difference of a `Dual<Dual<Float>>` and a `Float`.
  ///
  /// ```swift
  /// let a: Float = 2; secondDerivative(of: { x in x * x - a }, at: Float(1))   // 2.0
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Dual, rhs: Float?) -> Dual { lhs - Dual(base: mixedConstant(rhs)) }

  /// The difference of a `Float` and a `Dual<Dual<Float>>`.
  ///
  /// ```swift
  /// let a: Float = 2; secondDerivative(of: { x in a - x * x }, at: Float(1))   // -2.0
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Float?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) - rhs }

  /// The product of a `Dual<Dual<Float>>` and a `Float`.
  ///
  /// ```swift
  /// let a: Float = 2; secondDerivative(of: { x in x * x * a }, at: Float(1))   // 4.0
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Dual, rhs: Float?) -> Dual { lhs * Dual(base: mixedConstant(rhs)) }

  /// The product of a `Float` and a `Dual<Dual<Float>>`.
  ///
  /// ```swift
  /// let a: Float = 2; secondDerivative(of: { x in a * x * x }, at: Float(1))   // 4.0
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Float?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) * rhs }

  /// The quotient of a `Dual<Dual<Float>>` and a `Float`.
  ///
  /// ```swift
  /// let a: Float = 2; secondDerivative(of: { x in x * x / a }, at: Float(1))   // 1.0
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Dual, rhs: Float?) -> Dual { lhs / Dual(base: mixedConstant(rhs)) }

  /// The quotient of a `Float` and a `Dual<Dual<Float>>`.
  ///
  /// ```swift
  /// let a: Float = 2; secondDerivative(of: { x in a / (x * x) }, at: Float(1))   // 12.0
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Float?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) / rhs }
}

extension Dual where T == Dual<Dual<Double>> {
  // MARK: Dual<Dual<Dual<Double>>> with Double
  // A captured `Double` inside a Hessian taken within a gradient, or inside
  // three nested derivatives: with only the generic `(Dual, T.Base)` operators,
  // `Numeric.*` was tried first for `a * p[1]` and failed late (the gradient of
  // an inner Hessian, 10,100 solver scopes; with these 6,100).

  /// The sum of a `Dual<Dual<Dual<Double>>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; let z = Dual<Dual<Dual<Double>>>(base: 3); (z + a).value.value.value   // 5.0
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Dual, rhs: Double?) -> Dual { lhs + Dual(base: mixedConstant(rhs)) }

  /// The sum of a `Double` and a `Dual<Dual<Dual<Double>>>`.
  ///
  /// ```swift
  /// let a = 2.0; let z = Dual<Dual<Dual<Double>>>(base: 3); (a + z).value.value.value   // 5.0
  /// ```
  @inlinable @inline(__always)
  public static func + (lhs: Double?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) + rhs }

  /// The difference of a `Dual<Dual<Dual<Double>>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; let z = Dual<Dual<Dual<Double>>>(base: 3); (z - a).value.value.value   // 1.0
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Dual, rhs: Double?) -> Dual { lhs - Dual(base: mixedConstant(rhs)) }

  /// The difference of a `Double` and a `Dual<Dual<Dual<Double>>>`.
  ///
  /// ```swift
  /// let a = 2.0; let z = Dual<Dual<Dual<Double>>>(base: 3); (a - z).value.value.value   // -1.0
  /// ```
  @inlinable @inline(__always)
  public static func - (lhs: Double?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) - rhs }

  /// The product of a `Dual<Dual<Dual<Double>>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; let z = Dual<Dual<Dual<Double>>>(base: 3); (z * a).value.value.value   // 6.0
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Dual, rhs: Double?) -> Dual { lhs * Dual(base: mixedConstant(rhs)) }

  /// The product of a `Double` and a `Dual<Dual<Dual<Double>>>`.
  ///
  /// ```swift
  /// let a = 2.0; let z = Dual<Dual<Dual<Double>>>(base: 3); (a * z).value.value.value   // 6.0
  /// ```
  @inlinable @inline(__always)
  public static func * (lhs: Double?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) * rhs }

  /// The quotient of a `Dual<Dual<Dual<Double>>>` and a `Double`.
  ///
  /// ```swift
  /// let a = 2.0; let z = Dual<Dual<Dual<Double>>>(base: 3); (z / a).value.value.value   // 1.5
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Dual, rhs: Double?) -> Dual { lhs / Dual(base: mixedConstant(rhs)) }

  /// The quotient of a `Double` and a `Dual<Dual<Dual<Double>>>`.
  ///
  /// ```swift
  /// let a = 2.0; let z = Dual<Dual<Dual<Double>>>(base: 3); (a / z).value.value.value   // 0.6666666666666666
  /// ```
  @inlinable @inline(__always)
  public static func / (lhs: Double?, rhs: Dual) -> Dual { Dual(base: mixedConstant(lhs)) / rhs }
}

/// A constant handed to a mixed operator of `Dual<Double>`,
/// `Dual<Dual<Double>>`, `Dual<Dual<Dual<Double>>>` (a `Double`) or
/// `Dual<Dual<Float>>` (a `Float`); traps on `nil`.
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
func mixedConstant<Constant>(_ c: Constant?) -> Constant {
  guard let c else { preconditionFailure("nil is not a constant to mix with a dual number") }
  return c
}

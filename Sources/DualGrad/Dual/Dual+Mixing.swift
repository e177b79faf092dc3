// Constants mixed with dual numbers at every nesting level, so formulas read
// as written: `a * x` with a captured `a: Double` works whether `x` is a
// `Dual<Double>`, a `Dual<Dual<Double>>` (second derivatives, Hessians) or a
// `Dual<Dual<Dual<Double>>>`, and a captured outer variable one or two levels
// down mixes too (`Dual<Dual<Double>>` inside a third nested derivative; the
// outer `Dual<Double>` point inside a Hessian taken within a gradient).
//
// Every operator here is `@_disfavoredOverload`: a literal in `2 * x` still
// becomes a constant of x's own type, which keeps literal formulas as fast to
// type-check as before (README.md, "Type-checking speed", has the designs
// measured; generic operators here plus the concrete copies of
// Dual+ConcreteOperators.swift was the fastest).
//
// Perturbation safety is unchanged: a mixed-in value is a constant (its own
// tangents are not this level's), so nesting by type still keeps the
// derivatives of different levels apart.

extension Dual {
  /// The plain scalar at the bottom of the nesting: `Double` for
  /// `Dual<Dual<Double>>`.
  ///
  /// ```swift
  /// Dual<Dual<Double>>.Base.self   // Double
  /// ```
  public typealias Base = T.Base

  /// Creates the constant `base` at this nesting level.
  ///
  /// ```swift
  /// Dual<Dual<Double>>(base: 2).derivative.value   // 0.0
  /// ```
  @inlinable @inline(__always)
  public init(base: T.Base) { self.init(T(base: base)) }

  // MARK: One level down (`Dual<T>` with `T`), in generic code too

  /// The sum of a dual number and a constant one level down.
  ///
  /// ```swift
  /// func f<T: RealScalar>(_ x: Dual<T>, _ c: T) -> Dual<T> { x + c }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: Dual, rhs: T) -> Dual { Dual(lhs.value + rhs, derivative: lhs.derivative) }

  /// The sum of a constant one level down and a dual number.
  ///
  /// ```swift
  /// func f<T: RealScalar>(_ c: T, _ x: Dual<T>) -> Dual<T> { c + x }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: T, rhs: Dual) -> Dual { Dual(lhs + rhs.value, derivative: rhs.derivative) }

  /// The difference of a dual number and a constant one level down.
  ///
  /// ```swift
  /// func f<T: RealScalar>(_ x: Dual<T>, _ c: T) -> Dual<T> { x - c }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: Dual, rhs: T) -> Dual { Dual(lhs.value - rhs, derivative: lhs.derivative) }

  /// The difference of a constant one level down and a dual number.
  ///
  /// ```swift
  /// func f<T: RealScalar>(_ c: T, _ x: Dual<T>) -> Dual<T> { c - x }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: T, rhs: Dual) -> Dual { Dual(lhs - rhs.value, derivative: -rhs.derivative) }

  /// The product of a dual number and a constant one level down.
  ///
  /// ```swift
  /// func f<T: RealScalar>(_ x: Dual<T>, _ c: T) -> Dual<T> { x * c }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: Dual, rhs: T) -> Dual { scaled(lhs, by: rhs) }

  /// The product of a constant one level down and a dual number.
  ///
  /// ```swift
  /// func f<T: RealScalar>(_ c: T, _ x: Dual<T>) -> Dual<T> { c * x }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: T, rhs: Dual) -> Dual { scaled(rhs, by: lhs) }

  /// The quotient of a dual number and a constant one level down.
  ///
  /// ```swift
  /// func f<T: RealScalar>(_ x: Dual<T>, _ c: T) -> Dual<T> { x / c }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: Dual, rhs: T) -> Dual { divided(lhs, by: rhs) }

  /// The quotient of a constant one level down and a dual number.
  ///
  /// ```swift
  /// func f<T: RealScalar>(_ c: T, _ x: Dual<T>) -> Dual<T> { c / x }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: T, rhs: Dual) -> Dual { quotient(Dual(lhs), rhs) }

}

extension Dual where T: DualNumber {
  // MARK: The base scalar at any depth (`Dual<Dual<Double>>` with `Double`)

  /// The sum of a nested dual number and a plain constant.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x + a }, at: 1.0)
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: Dual, rhs: T.Base) -> Dual { lhs + Dual(base: rhs) }

  /// The sum of a plain constant and a nested dual number.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a + x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: T.Base, rhs: Dual) -> Dual { Dual(base: lhs) + rhs }

  /// The difference of a nested dual number and a plain constant.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x - a }, at: 1.0)
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: Dual, rhs: T.Base) -> Dual { lhs - Dual(base: rhs) }

  /// The difference of a plain constant and a nested dual number.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a - x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: T.Base, rhs: Dual) -> Dual { Dual(base: lhs) - rhs }

  /// The product of a nested dual number and a plain constant.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x * a }, at: 1.0)
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: Dual, rhs: T.Base) -> Dual { lhs * Dual(base: rhs) }

  /// The product of a plain constant and a nested dual number.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a * x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: T.Base, rhs: Dual) -> Dual { Dual(base: lhs) * rhs }

  /// The quotient of a nested dual number and a plain constant.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in x * x / a }, at: 1.0)
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: Dual, rhs: T.Base) -> Dual { lhs / Dual(base: rhs) }

  /// The quotient of a plain constant and a nested dual number.
  ///
  /// ```swift
  /// let a = 2.0; secondDerivative(of: { (x: Dual<Dual<Double>>) in a / x * x }, at: 1.0)
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: T.Base, rhs: Dual) -> Dual { Dual(base: lhs) / rhs }

}

extension Dual where T: DualNumber, T.Scalar: DualNumber {
  // MARK: Two levels down (`Dual<Dual<Dual<Double>>>` with `Dual<Double>`)

  /// The sum of a dual number and a captured value two levels down.
  ///
  /// ```swift
  /// func f(_ z: Dual<Dual<Dual<Double>>>, _ x: Dual<Double>) -> Dual<Dual<Dual<Double>>> { z + x }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: Dual, rhs: T.Scalar) -> Dual { lhs + Dual(T(rhs)) }

  /// The sum of a captured value two levels down and a dual number.
  ///
  /// ```swift
  /// func f(_ x: Dual<Double>, _ z: Dual<Dual<Dual<Double>>>) -> Dual<Dual<Dual<Double>>> { x + z }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: T.Scalar, rhs: Dual) -> Dual { Dual(T(lhs)) + rhs }

  /// The difference of a dual number and a captured value two levels down.
  ///
  /// ```swift
  /// func f(_ z: Dual<Dual<Dual<Double>>>, _ x: Dual<Double>) -> Dual<Dual<Dual<Double>>> { z - x }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: Dual, rhs: T.Scalar) -> Dual { lhs - Dual(T(rhs)) }

  /// The difference of a captured value two levels down and a dual number.
  ///
  /// ```swift
  /// func f(_ x: Dual<Double>, _ z: Dual<Dual<Dual<Double>>>) -> Dual<Dual<Dual<Double>>> { x - z }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: T.Scalar, rhs: Dual) -> Dual { Dual(T(lhs)) - rhs }

  /// The product of a dual number and a captured value two levels down.
  ///
  /// ```swift
  /// func f(_ z: Dual<Dual<Dual<Double>>>, _ x: Dual<Double>) -> Dual<Dual<Dual<Double>>> { z * x }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: Dual, rhs: T.Scalar) -> Dual { lhs * Dual(T(rhs)) }

  /// The product of a captured value two levels down and a dual number.
  ///
  /// ```swift
  /// func f(_ x: Dual<Double>, _ z: Dual<Dual<Dual<Double>>>) -> Dual<Dual<Dual<Double>>> { x * z }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: T.Scalar, rhs: Dual) -> Dual { Dual(T(lhs)) * rhs }

  /// The quotient of a dual number and a captured value two levels down.
  ///
  /// ```swift
  /// func f(_ z: Dual<Dual<Dual<Double>>>, _ x: Dual<Double>) -> Dual<Dual<Dual<Double>>> { z / x }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: Dual, rhs: T.Scalar) -> Dual { lhs / Dual(T(rhs)) }

  /// The quotient of a captured value two levels down and a dual number.
  ///
  /// ```swift
  /// func f(_ x: Dual<Double>, _ z: Dual<Dual<Dual<Double>>>) -> Dual<Dual<Dual<Double>>> { x / z }
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: T.Scalar, rhs: Dual) -> Dual { Dual(T(lhs)) / rhs }

}

extension DualVector {
  /// The plain scalar at the bottom of the nesting.
  ///
  /// ```swift
  /// DualVector<2, Double>.Base.self   // Double
  /// ```
  public typealias Base = T.Base

  /// Creates the constant `base` at this nesting level.
  ///
  /// ```swift
  /// DualVector<2, Double>(base: 2).value   // 2.0
  /// ```
  @inlinable @inline(__always)
  public init(base: T.Base) { self.init(T(base: base)) }

  // MARK: One level down, for the chunked API's closures

  /// The sum of a chunk dual number and a constant.
  ///
  /// ```swift
  /// let a = 2.0; gradient(of: { w in w[0] + a }, at: [1.0, 2.0], chunk: Chunk<2>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: DualVector, rhs: T) -> DualVector { lhs + DualVector(rhs) }

  /// The sum of a constant and a chunk dual number.
  ///
  /// ```swift
  /// let a = 2.0; gradient(of: { w in a + w[0] }, at: [1.0, 2.0], chunk: Chunk<2>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: T, rhs: DualVector) -> DualVector { DualVector(lhs) + rhs }

  /// The difference of a chunk dual number and a constant.
  ///
  /// ```swift
  /// let a = 2.0; gradient(of: { w in w[0] - a }, at: [1.0, 2.0], chunk: Chunk<2>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: DualVector, rhs: T) -> DualVector { lhs - DualVector(rhs) }

  /// The difference of a constant and a chunk dual number.
  ///
  /// ```swift
  /// let a = 2.0; gradient(of: { w in a - w[0] }, at: [1.0, 2.0], chunk: Chunk<2>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: T, rhs: DualVector) -> DualVector { DualVector(lhs) - rhs }

  /// The product of a chunk dual number and a constant.
  ///
  /// ```swift
  /// let a = 2.0; gradient(of: { w in w[0] * a }, at: [1.0, 2.0], chunk: Chunk<2>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: DualVector, rhs: T) -> DualVector { lhs * DualVector(rhs) }

  /// The product of a constant and a chunk dual number.
  ///
  /// ```swift
  /// let a = 2.0; gradient(of: { w in a * w[0] }, at: [1.0, 2.0], chunk: Chunk<2>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: T, rhs: DualVector) -> DualVector { DualVector(lhs) * rhs }

  /// The quotient of a chunk dual number and a constant.
  ///
  /// ```swift
  /// let a = 2.0; gradient(of: { w in w[0] / a }, at: [1.0, 2.0], chunk: Chunk<2>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: DualVector, rhs: T) -> DualVector { lhs / DualVector(rhs) }

  /// The quotient of a constant and a chunk dual number.
  ///
  /// ```swift
  /// let a = 2.0; gradient(of: { w in a / w[0] }, at: [1.0, 2.0], chunk: Chunk<2>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: T, rhs: DualVector) -> DualVector { DualVector(lhs) / rhs }

}

extension DualVector where T: DualNumber {
  // MARK: The base scalar, for the chunked Hessian's closures

  /// The sum of a nested chunk dual number and a plain constant.
  ///
  /// ```swift
  /// let a = 2.0; hessian(of: { w in w[0] * w[0] + a }, at: [1.0], chunk: Chunk<1>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: DualVector, rhs: T.Base) -> DualVector { lhs + DualVector(base: rhs) }

  /// The sum of a plain constant and a nested chunk dual number.
  ///
  /// ```swift
  /// let a = 2.0; hessian(of: { w in a + w[0] * w[0] }, at: [1.0], chunk: Chunk<1>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func + (lhs: T.Base, rhs: DualVector) -> DualVector { DualVector(base: lhs) + rhs }

  /// The difference of a nested chunk dual number and a plain constant.
  ///
  /// ```swift
  /// let a = 2.0; hessian(of: { w in w[0] * w[0] - a }, at: [1.0], chunk: Chunk<1>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: DualVector, rhs: T.Base) -> DualVector { lhs - DualVector(base: rhs) }

  /// The difference of a plain constant and a nested chunk dual number.
  ///
  /// ```swift
  /// let a = 2.0; hessian(of: { w in a - w[0] * w[0] }, at: [1.0], chunk: Chunk<1>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func - (lhs: T.Base, rhs: DualVector) -> DualVector { DualVector(base: lhs) - rhs }

  /// The product of a nested chunk dual number and a plain constant.
  ///
  /// ```swift
  /// let a = 2.0; hessian(of: { w in w[0] * w[0] * a }, at: [1.0], chunk: Chunk<1>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: DualVector, rhs: T.Base) -> DualVector { lhs * DualVector(base: rhs) }

  /// The product of a plain constant and a nested chunk dual number.
  ///
  /// ```swift
  /// let a = 2.0; hessian(of: { w in a * w[0] * w[0] }, at: [1.0], chunk: Chunk<1>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func * (lhs: T.Base, rhs: DualVector) -> DualVector { DualVector(base: lhs) * rhs }

  /// The quotient of a nested chunk dual number and a plain constant.
  ///
  /// ```swift
  /// let a = 2.0; hessian(of: { w in w[0] * w[0] / a }, at: [1.0], chunk: Chunk<1>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: DualVector, rhs: T.Base) -> DualVector { lhs / DualVector(base: rhs) }

  /// The quotient of a plain constant and a nested chunk dual number.
  ///
  /// ```swift
  /// let a = 2.0; hessian(of: { w in a / w[0] * w[0] }, at: [1.0], chunk: Chunk<1>())
  /// ```
  @inlinable @inline(__always) @_disfavoredOverload
  public static func / (lhs: T.Base, rhs: DualVector) -> DualVector { DualVector(base: lhs) / rhs }
}

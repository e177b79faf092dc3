// Captured `Double` and `Float` constants in the chunked API's closures:
// `gradient(of: { w in a * w[0] * w[0] + b * w[1] }, at: w, chunk: Chunk<2>())`
// with `let a = 2.0`, and the same in a chunked `hessian`, whose closure works on
// `DualVector<N, DualVector<N, Double>>`.
//
// Why free generic operators, and why disfavoured (README.md, "Type-checking
// speed", has the measurements). Swift 6.3's type checker favours, in each
// operator's overload set, the choices whose parameters best match what is
// already known of the arguments, tries those first and, once one of them leads
// to a solution, skips the rest. A member operator of `DualVector<N, T>`
// matches `DualVector<2, Double>` only partly (its `N` is generic), so the
// standard library's `Numeric.*` (`(Self, Self)`, which does match once `Self`
// is inferred) scored higher and was tried first; for `a * w[0]` it fails, but
// only after everything else in the closure has been tried with it, and a
// chunked gradient with four captured constants took 1.1 s. A free operator
// whose chunk parameter is a generic parameter `V` and whose constant is exactly
// `Double` scores above `Numeric.*`, so it alone is tried first and succeeds
// (13–60 ms). It is disfavoured so that a literal (`1 - w[0]`, for which it
// ties with the standard library's operators) does not also pick it: the
// disfavoured solution is then worse than the one found first and is pruned.
// Generic code with `DualVector<N, T>` and a `T` constant still has the member
// operators of Dual+Mixing.swift.

/// A dual number type of the chunked API (``DualVector``, nested or not), for
/// which a plain `Double` or `Float` constant mixes by the free operators of
/// this file.
///
/// ```swift
/// let a = 2.0
/// gradient(of: { w in a * w[0] * w[1] }, at: [1.0, 2.0], chunk: Chunk<2>())   // [4.0, 2.0]
/// ```
public protocol ChunkDualNumber: DualNumber {}

extension DualVector: ChunkDualNumber {}

// MARK: Double constants

/// The sum of a chunk dual number and a plain `Double` constant.
///
/// ```swift
/// let a = 2.0; gradient(of: { w in w[0] + a }, at: [1.0, 2.0], chunk: Chunk<2>())   // [1.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func + <V: ChunkDualNumber>(lhs: V, rhs: Double) -> V where V.Base == Double { lhs + V(base: rhs) }

/// The sum of a plain `Double` constant and a chunk dual number.
///
/// ```swift
/// let a = 2.0; gradient(of: { w in a + w[0] }, at: [1.0, 2.0], chunk: Chunk<2>())   // [1.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func + <V: ChunkDualNumber>(lhs: Double, rhs: V) -> V where V.Base == Double { V(base: lhs) + rhs }

/// The difference of a chunk dual number and a plain `Double` constant.
///
/// ```swift
/// let a = 2.0; gradient(of: { w in w[0] - a }, at: [1.0, 2.0], chunk: Chunk<2>())   // [1.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func - <V: ChunkDualNumber>(lhs: V, rhs: Double) -> V where V.Base == Double { lhs - V(base: rhs) }

/// The difference of a plain `Double` constant and a chunk dual number.
///
/// ```swift
/// let a = 2.0; gradient(of: { w in a - w[0] }, at: [1.0, 2.0], chunk: Chunk<2>())   // [-1.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func - <V: ChunkDualNumber>(lhs: Double, rhs: V) -> V where V.Base == Double { V(base: lhs) - rhs }

/// The product of a chunk dual number and a plain `Double` constant.
///
/// ```swift
/// let a = 2.0; gradient(of: { w in w[0] * a }, at: [1.0, 2.0], chunk: Chunk<2>())   // [2.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func * <V: ChunkDualNumber>(lhs: V, rhs: Double) -> V where V.Base == Double { lhs * V(base: rhs) }

/// The product of a plain `Double` constant and a chunk dual number.
///
/// ```swift
/// let a = 2.0; gradient(of: { w in a * w[0] }, at: [1.0, 2.0], chunk: Chunk<2>())   // [2.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func * <V: ChunkDualNumber>(lhs: Double, rhs: V) -> V where V.Base == Double { V(base: lhs) * rhs }

/// The quotient of a chunk dual number and a plain `Double` constant.
///
/// ```swift
/// let a = 2.0; gradient(of: { w in w[0] / a }, at: [1.0, 2.0], chunk: Chunk<2>())   // [0.5, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func / <V: ChunkDualNumber>(lhs: V, rhs: Double) -> V where V.Base == Double { lhs / V(base: rhs) }

/// The quotient of a plain `Double` constant and a chunk dual number.
///
/// ```swift
/// let a = 2.0; gradient(of: { w in a / w[0] }, at: [1.0, 2.0], chunk: Chunk<2>())   // [-2.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func / <V: ChunkDualNumber>(lhs: Double, rhs: V) -> V where V.Base == Double { V(base: lhs) / rhs }

// MARK: Float constants

/// The sum of a chunk dual number and a plain `Float` constant.
///
/// ```swift
/// let a: Float = 2; gradient(of: { w in w[0] + a }, at: [Float(1), 2], chunk: Chunk<2>())   // [1.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func + <V: ChunkDualNumber>(lhs: V, rhs: Float) -> V where V.Base == Float { lhs + V(base: rhs) }

/// The sum of a plain `Float` constant and a chunk dual number.
///
/// ```swift
/// let a: Float = 2; gradient(of: { w in a + w[0] }, at: [Float(1), 2], chunk: Chunk<2>())   // [1.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func + <V: ChunkDualNumber>(lhs: Float, rhs: V) -> V where V.Base == Float { V(base: lhs) + rhs }

/// The difference of a chunk dual number and a plain `Float` constant.
///
/// ```swift
/// let a: Float = 2; gradient(of: { w in w[0] - a }, at: [Float(1), 2], chunk: Chunk<2>())   // [1.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func - <V: ChunkDualNumber>(lhs: V, rhs: Float) -> V where V.Base == Float { lhs - V(base: rhs) }

/// The difference of a plain `Float` constant and a chunk dual number.
///
/// ```swift
/// let a: Float = 2; gradient(of: { w in a - w[0] }, at: [Float(1), 2], chunk: Chunk<2>())   // [-1.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func - <V: ChunkDualNumber>(lhs: Float, rhs: V) -> V where V.Base == Float { V(base: lhs) - rhs }

/// The product of a chunk dual number and a plain `Float` constant.
///
/// ```swift
/// let a: Float = 2; gradient(of: { w in w[0] * a }, at: [Float(1), 2], chunk: Chunk<2>())   // [2.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func * <V: ChunkDualNumber>(lhs: V, rhs: Float) -> V where V.Base == Float { lhs * V(base: rhs) }

/// The product of a plain `Float` constant and a chunk dual number.
///
/// ```swift
/// let a: Float = 2; gradient(of: { w in a * w[0] }, at: [Float(1), 2], chunk: Chunk<2>())   // [2.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func * <V: ChunkDualNumber>(lhs: Float, rhs: V) -> V where V.Base == Float { V(base: lhs) * rhs }

/// The quotient of a chunk dual number and a plain `Float` constant.
///
/// ```swift
/// let a: Float = 2; gradient(of: { w in w[0] / a }, at: [Float(1), 2], chunk: Chunk<2>())   // [0.5, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func / <V: ChunkDualNumber>(lhs: V, rhs: Float) -> V where V.Base == Float { lhs / V(base: rhs) }

/// The quotient of a plain `Float` constant and a chunk dual number.
///
/// ```swift
/// let a: Float = 2; gradient(of: { w in a / w[0] }, at: [Float(1), 2], chunk: Chunk<2>())   // [-2.0, 0.0]
/// ```
@inlinable @inline(__always) @_disfavoredOverload
public func / <V: ChunkDualNumber>(lhs: Float, rhs: V) -> V where V.Base == Float { V(base: lhs) / rhs }

// MARK: Constants in a chunked Hessian

// The same operators for nested chunk dual numbers (a chunked `hessian`'s
// `DualVector<N, DualVector<N, Double>>`), but not disfavoured. With the
// `Double` and `Float` forms of `hessian(of:at:chunk:)` tried first, a
// formula whose constants mix by these has no disfavoured choice, so the
// generic `hessian` (disfavoured) is pruned as soon as it is tried:
// `let h = hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] }, at: [1.0, 2.0], chunk: Chunk<2>())`
// 171,000 -> 150 solver scopes (1 s -> 25 ms). The disfavoured operators above
// match these types too; they are pruned by the score. The price: a literal
// (`1 - w[0]`) ties with the standard library's operator here, and both are
// explored (a Rosenbrock chunked Hessian with a stated type, 530 -> 3,900
// scopes; with its type not stated it did not compile before, now 3,900).

/// A nested dual number type of the chunked API (the element of a chunked
/// `hessian`'s closure), for which a plain `Double` or `Float` constant mixes
/// by free operators that are not disfavoured.
///
/// ```swift
/// let a = 2.0
/// let h = hessian(of: { w in a * w[0] * w[1] }, at: [1.0, 2.0], chunk: Chunk<2>())   // [[0.0, 2.0], [2.0, 0.0]]
/// ```
public protocol NestedChunkDualNumber: ChunkDualNumber {}

extension DualVector: NestedChunkDualNumber where T: ChunkDualNumber {}

// MARK: Double constants in a chunked Hessian

/// The sum of a nested chunk dual number and a plain `Double` constant.
///
/// ```swift
/// let a = 2.0; hessian(of: { w in w[0] * w[0] + a }, at: [1.0, 2.0], chunk: Chunk<2>())   // [[2.0, 0.0], [0.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func + <V: NestedChunkDualNumber>(lhs: V, rhs: Double) -> V where V.Base == Double { lhs + V(base: rhs) }

/// The sum of a plain `Double` constant and a nested chunk dual number.
///
/// ```swift
/// let a = 2.0; hessian(of: { w in a + w[0] * w[0] }, at: [1.0, 2.0], chunk: Chunk<2>())   // [[2.0, 0.0], [0.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func + <V: NestedChunkDualNumber>(lhs: Double, rhs: V) -> V where V.Base == Double { V(base: lhs) + rhs }

/// The difference of a nested chunk dual number and a plain `Double` constant.
///
/// ```swift
/// let a = 2.0; hessian(of: { w in w[0] * w[0] - a }, at: [1.0, 2.0], chunk: Chunk<2>())   // [[2.0, 0.0], [0.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func - <V: NestedChunkDualNumber>(lhs: V, rhs: Double) -> V where V.Base == Double { lhs - V(base: rhs) }

/// The difference of a plain `Double` constant and a nested chunk dual number.
///
/// ```swift
/// let a = 2.0; hessian(of: { w in a - w[0] * w[0] }, at: [1.0, 2.0], chunk: Chunk<2>())   // [[-2.0, 0.0], [0.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func - <V: NestedChunkDualNumber>(lhs: Double, rhs: V) -> V where V.Base == Double { V(base: lhs) - rhs }

/// The product of a nested chunk dual number and a plain `Double` constant.
///
/// ```swift
/// let a = 2.0; hessian(of: { w in w[0] * w[1] * a }, at: [1.0, 2.0], chunk: Chunk<2>())   // [[0.0, 2.0], [2.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func * <V: NestedChunkDualNumber>(lhs: V, rhs: Double) -> V where V.Base == Double { lhs * V(base: rhs) }

/// The product of a plain `Double` constant and a nested chunk dual number.
///
/// ```swift
/// let a = 2.0; hessian(of: { w in a * w[0] * w[1] }, at: [1.0, 2.0], chunk: Chunk<2>())   // [[0.0, 2.0], [2.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func * <V: NestedChunkDualNumber>(lhs: Double, rhs: V) -> V where V.Base == Double { V(base: lhs) * rhs }

/// The quotient of a nested chunk dual number and a plain `Double` constant.
///
/// ```swift
/// let a = 2.0; hessian(of: { w in w[0] * w[1] / a }, at: [1.0, 2.0], chunk: Chunk<2>())   // [[0.0, 0.5], [0.5, 0.0]]
/// ```
@inlinable @inline(__always)
public func / <V: NestedChunkDualNumber>(lhs: V, rhs: Double) -> V where V.Base == Double { lhs / V(base: rhs) }

/// The quotient of a plain `Double` constant and a nested chunk dual number.
///
/// ```swift
/// let a = 2.0; hessian(of: { w in a / w[1] }, at: [1.0, 2.0], chunk: Chunk<2>())   // [[0.0, 0.0], [0.0, 0.5]]
/// ```
@inlinable @inline(__always)
public func / <V: NestedChunkDualNumber>(lhs: Double, rhs: V) -> V where V.Base == Double { V(base: lhs) / rhs }

// MARK: Float constants in a chunked Hessian

/// The sum of a nested chunk dual number and a plain `Float` constant.
///
/// ```swift
/// let a: Float = 2; hessian(of: { w in w[0] * w[0] + a }, at: [Float(1), 2], chunk: Chunk<2>())   // [[2.0, 0.0], [0.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func + <V: NestedChunkDualNumber>(lhs: V, rhs: Float) -> V where V.Base == Float { lhs + V(base: rhs) }

/// The sum of a plain `Float` constant and a nested chunk dual number.
///
/// ```swift
/// let a: Float = 2; hessian(of: { w in a + w[0] * w[0] }, at: [Float(1), 2], chunk: Chunk<2>())   // [[2.0, 0.0], [0.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func + <V: NestedChunkDualNumber>(lhs: Float, rhs: V) -> V where V.Base == Float { V(base: lhs) + rhs }

/// The difference of a nested chunk dual number and a plain `Float` constant.
///
/// ```swift
/// let a: Float = 2; hessian(of: { w in w[0] * w[0] - a }, at: [Float(1), 2], chunk: Chunk<2>())   // [[2.0, 0.0], [0.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func - <V: NestedChunkDualNumber>(lhs: V, rhs: Float) -> V where V.Base == Float { lhs - V(base: rhs) }

/// The difference of a plain `Float` constant and a nested chunk dual number.
///
/// ```swift
/// let a: Float = 2; hessian(of: { w in a - w[0] * w[0] }, at: [Float(1), 2], chunk: Chunk<2>())   // [[-2.0, 0.0], [0.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func - <V: NestedChunkDualNumber>(lhs: Float, rhs: V) -> V where V.Base == Float { V(base: lhs) - rhs }

/// The product of a nested chunk dual number and a plain `Float` constant.
///
/// ```swift
/// let a: Float = 2; hessian(of: { w in w[0] * w[1] * a }, at: [Float(1), 2], chunk: Chunk<2>())   // [[0.0, 2.0], [2.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func * <V: NestedChunkDualNumber>(lhs: V, rhs: Float) -> V where V.Base == Float { lhs * V(base: rhs) }

/// The product of a plain `Float` constant and a nested chunk dual number.
///
/// ```swift
/// let a: Float = 2; hessian(of: { w in a * w[0] * w[1] }, at: [Float(1), 2], chunk: Chunk<2>())   // [[0.0, 2.0], [2.0, 0.0]]
/// ```
@inlinable @inline(__always)
public func * <V: NestedChunkDualNumber>(lhs: Float, rhs: V) -> V where V.Base == Float { V(base: lhs) * rhs }

/// The quotient of a nested chunk dual number and a plain `Float` constant.
///
/// ```swift
/// let a: Float = 2; hessian(of: { w in w[0] * w[1] / a }, at: [Float(1), 2], chunk: Chunk<2>())   // [[0.0, 0.5], [0.5, 0.0]]
/// ```
@inlinable @inline(__always)
public func / <V: NestedChunkDualNumber>(lhs: V, rhs: Float) -> V where V.Base == Float { lhs / V(base: rhs) }

/// The quotient of a plain `Float` constant and a nested chunk dual number.
///
/// ```swift
/// let a: Float = 2; hessian(of: { w in a / w[1] }, at: [Float(1), 2], chunk: Chunk<2>())   // [[0.0, 0.0], [0.0, 0.5]]
/// ```
@inlinable @inline(__always)
public func / <V: NestedChunkDualNumber>(lhs: Float, rhs: V) -> V where V.Base == Float { V(base: lhs) / rhs }

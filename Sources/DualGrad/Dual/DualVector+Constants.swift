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

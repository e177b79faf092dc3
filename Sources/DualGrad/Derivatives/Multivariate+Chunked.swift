// Chunk mode: the multivariate API with `DualVector<N, T>`, which carries N
// partials per sweep, so a gradient of n components costs ceil(n/N) sweeps
// instead of n. The sweeps are the engine's (ForwardSweep.swift), the same
// loop as with one partial. Results equal the one-partial sweeps' (tests).

/// A chunk size for the multivariate API: how many partial derivatives each
/// forward sweep carries.
///
/// ```swift
/// gradient(of: rosenbrock, at: w, chunk: Chunk<4>())   // ceil(w.count / 4) sweeps
/// ```
///
/// Larger chunks mean fewer sweeps but more work per operation; 4 to 12 is the
/// usual sweet spot (ForwardDiff.jl caps its automatic choice at 12).
public struct Chunk<let size: Int>: Sendable {
  /// Creates the chunk-size marker.
  ///
  /// ```swift
  /// let chunk = Chunk<8>()
  /// ```
  @inlinable public init() {}
}

/// Returns the value and the gradient of `f` at `w`, N components per sweep.
///
/// ```swift
/// valueWithGradient(of: { w in w[0] * w[1] }, at: [3.0, 2.0], chunk: Chunk<2>())   // (6.0, [2.0, 3.0])
/// ```
/// - Parameters:
///   - f: A scalar function of a vector, written over `DualVector<N, T>` (a
///     generic function over ``RealScalar`` works).
///   - w: The point.
///   - chunk: The number of partials per sweep.
/// - Returns: f(w) and its gradient.
/// - Complexity: ceil(n/N) evaluations of `f` (one for an empty `w`).
@inlinable
public func valueWithGradient<let N: Int, T: RealScalar>(
  of f: ([DualVector<N, T>]) throws -> DualVector<N, T>, at w: [T], chunk: Chunk<N>
) rethrows -> (value: T, gradient: [T]) {
  precondition(N > 0, "a chunk carries at least one partial")
  return try ForwardSweep<DualVector<N, T>>.valueWithGradient(of: f, at: w)
}

/// Returns the gradient of `f` at `w`, N components per sweep.
///
/// ```swift
/// gradient(of: { w in w[0] * w[0] * w[1] }, at: [3.0, 2.0], chunk: Chunk<2>())   // [12.0, 9.0]
/// ```
/// - Parameters:
///   - f: A scalar function of a vector, written over `DualVector<N, T>`.
///   - w: The point.
///   - chunk: The number of partials per sweep.
/// - Returns: ∂f/∂w_i for each i, equal to ``gradient(of:at:)-(([Dual<T>])->Dual<T>,_)``'s.
/// - Complexity: ceil(n/N) evaluations of `f`. Allocates two arrays per call
///   (the point and the gradient), none per sweep or operation beyond what
///   `f` allocates (AllocationTests).
@inlinable
public func gradient<let N: Int, T: RealScalar>(
  of f: ([DualVector<N, T>]) throws -> DualVector<N, T>, at w: [T], chunk: Chunk<N>
) rethrows -> [T] {
  try valueWithGradient(of: f, at: w, chunk: chunk).gradient
}

/// Returns the Jacobian of `F` at `w`, N columns per sweep.
///
/// ```swift
/// jacobian(of: { w in [w[0] * w[1], w[0] + w[1]] }, at: [3.0, 2.0], chunk: Chunk<2>())
/// // [[2.0, 3.0], [1.0, 1.0]]
/// ```
/// - Parameters:
///   - F: A vector function of a vector, written over `DualVector<N, T>`.
///   - w: The point.
///   - chunk: The number of partials per sweep.
/// - Returns: An m × n matrix as rows, equal to ``jacobian(of:at:)``'s.
/// - Complexity: ceil(n/N) evaluations of `F`.
@inlinable
public func jacobian<let N: Int, T: RealScalar>(
  of F: ([DualVector<N, T>]) throws -> [DualVector<N, T>], at w: [T], chunk: Chunk<N>
) rethrows -> [[T]] {
  precondition(N > 0, "a chunk carries at least one partial")
  var sweep = ForwardSweep<DualVector<N, T>>(at: w)
  return try sweep.jacobian(of: F)
}

/// Returns the Hessian of `f` at `w` with N × N second partials per sweep.
///
/// ```swift
/// hessian(of: { w in w[0] * w[0] * w[1] }, at: [3.0, 2.0], chunk: Chunk<2>())   // [[4.0, 6.0], [6.0, 0.0]]
/// ```
/// - Parameters:
///   - f: A scalar function of a vector, written over `DualVector<N, DualVector<N, T>>`.
///   - w: The point.
///   - chunk: The number of partials per sweep at each nesting level.
/// - Returns: The symmetric n × n matrix, equal to ``hessian(of:at:)-(([Dual<Dual<T>>])->Dual<Dual<T>>,_)``'s.
/// - Complexity: b(b + 1)/2 evaluations of `f` with b = ceil(n/N).
@inlinable @_disfavoredOverload
public func hessian<let N: Int, T: RealScalar>(
  of f: ([DualVector<N, DualVector<N, T>>]) throws -> DualVector<N, DualVector<N, T>>,
  at w: [T], chunk: Chunk<N>
) rethrows -> [[T]] {
  try hessianByChunkedSweeps(of: f, at: w, chunk: chunk)
}

/// Returns the Hessian of `f` at a `Double` point with N × N second partials per
/// sweep: the same as the generic form, for the closure type Swift users write.
///
/// ```swift
/// let a = 2.0, b = -1.0
/// let h = hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] }, at: [1.0, 2.0], chunk: Chunk<2>())
/// h   // [[4.0, -1.0], [-1.0, 0.0]]
/// ```
///
/// It exists for type-checking speed, like the `Double` form of the unchunked
/// `hessian`: where nothing states the result type, the generic form left `T`
/// open while the closure was solved, and the call above took about 1 s (a
/// three-term `Float` one did not compile); tried first (the generic form is
/// `@_disfavoredOverload`), this one fixes `w` as
/// `[DualVector<N, DualVector<N, Double>>]`, and with the `Double` constants mixing
/// by operators that are not disfavoured (DualVector+Constants.swift) the generic
/// form is pruned at once: about 150 solver scopes (README.md, "Type-checking speed").
/// - Parameters:
///   - f: A scalar function of a vector, written over `DualVector<N, DualVector<N, Double>>`.
///   - w: The point.
///   - chunk: The number of partials per sweep at each nesting level.
/// - Returns: The symmetric n × n matrix of second partial derivatives.
/// - Complexity: b(b + 1)/2 evaluations of `f` with b = ceil(n/N).
@inlinable
public func hessian<let N: Int>(
  of f: ([DualVector<N, DualVector<N, Double>>]) throws -> DualVector<N, DualVector<N, Double>>,
  at w: [Double], chunk: Chunk<N>
) rethrows -> [[Double]] {
  try hessianByChunkedSweeps(of: f, at: w, chunk: chunk)
}

/// Returns the Hessian of `f` at a `Float` point with N × N second partials per
/// sweep: the same as the generic form, for the closure type Swift users write.
///
/// ```swift
/// let a: Float = 2, b: Float = -1
/// let h = hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] }, at: [Float(1), 2], chunk: Chunk<2>())
/// h   // [[4.0, -1.0], [-1.0, 0.0]]
/// ```
///
/// It exists for type-checking speed, like the `Float` form of the unchunked
/// `hessian`: where nothing states the result type, the generic form left `T`
/// open while the closure was solved, and the call above took about 1 s (a
/// three-term `Float` one did not compile); tried first (the generic form is
/// `@_disfavoredOverload`), this one fixes `w` as
/// `[DualVector<N, DualVector<N, Float>>]`, and with the `Float` constants mixing
/// by operators that are not disfavoured (DualVector+Constants.swift) the generic
/// form is pruned at once: about 150 solver scopes (README.md, "Type-checking speed").
/// - Parameters:
///   - f: A scalar function of a vector, written over `DualVector<N, DualVector<N, Float>>`.
///   - w: The point.
///   - chunk: The number of partials per sweep at each nesting level.
/// - Returns: The symmetric n × n matrix of second partial derivatives.
/// - Complexity: b(b + 1)/2 evaluations of `f` with b = ceil(n/N).
@inlinable
public func hessian<let N: Int>(
  of f: ([DualVector<N, DualVector<N, Float>>]) throws -> DualVector<N, DualVector<N, Float>>,
  at w: [Float], chunk: Chunk<N>
) rethrows -> [[Float]] {
  try hessianByChunkedSweeps(of: f, at: w, chunk: chunk)
}

/// The Hessian by sweeps of nested chunk dual numbers: the body of the three
/// chunked `hessian(of:at:chunk:)` forms.
@inlinable
func hessianByChunkedSweeps<let N: Int, T: RealScalar>(
  of f: ([DualVector<N, DualVector<N, T>>]) throws -> DualVector<N, DualVector<N, T>>,
  at w: [T], chunk: Chunk<N>
) rethrows -> [[T]] {
  precondition(N > 0, "a chunk carries at least one partial")
  var sweep = ForwardSweep<DualVector<N, DualVector<N, T>>>()
  sweep.load(count: w.count) { DualVector(w[$0]) }
  return try sweep.hessian(of: f)
}

// MARK: - Automatic chunk size

/// A scalar function of a vector written once for every scalar type, so the
/// library can choose how to differentiate it (Swift closures cannot be
/// generic; a type with a generic `callAsFunction` can).
///
/// ```swift
/// struct Rosenbrock: ScalarFunction {
///   func callAsFunction<S: RealScalar>(_ w: [S]) -> S {
///     (1 - w[0]) * (1 - w[0]) + 100 * (w[1] - w[0] * w[0]) * (w[1] - w[0] * w[0])
///   }
/// }
/// gradient(of: Rosenbrock(), at: [0.5, 0.5])   // [-51.0, 50.0], in one sweep of 2 partials
/// ```
public protocol ScalarFunction {
  /// Evaluates the function at `w` in any scalar type.
  ///
  /// ```swift
  /// Rosenbrock()([1.0, 1.0])   // 0.0
  /// ```
  func callAsFunction<S: RealScalar>(_ w: [S]) -> S
}

/// Returns the value and the gradient of `f` at `w`, with the chunk size chosen
/// automatically as ForwardDiff.jl does: all components in one sweep up to 8,
/// else chunks of 8 (ceil(n/8) sweeps). The result equals the one-partial
/// ``valueWithGradient(of:at:)``'s.
///
/// ```swift
/// valueWithGradient(of: Rosenbrock(), at: [0.5, 0.5])   // (value: 6.5, gradient: [-51.0, 50.0])
/// ```
/// - Parameters:
///   - f: The function, generic over ``RealScalar``.
///   - w: The point.
/// - Returns: f(w) and its gradient.
/// - Complexity: ceil(n/N) evaluations of `f` with N = 1, 2, 4 or 8 partials
///   (the smallest of those that covers n, and 8 beyond).
@inlinable
public func valueWithGradient<F: ScalarFunction, T: RealScalar>(of f: F, at w: [T]) -> (value: T, gradient: [T]) {
  switch w.count {
  case ...1: valueWithGradient(of: { f($0) }, at: w)
  case 2: valueWithGradient(of: { f($0) }, at: w, chunk: Chunk<2>())
  case 3...4: valueWithGradient(of: { f($0) }, at: w, chunk: Chunk<4>())
  default: valueWithGradient(of: { f($0) }, at: w, chunk: Chunk<8>())
  }
}

/// Returns the gradient of `f` at `w`, with the chunk size chosen automatically
/// (see ``valueWithGradient(of:at:)-(F,_)``).
///
/// ```swift
/// gradient(of: Rosenbrock(), at: [0.5, 0.5])   // [-51.0, 50.0]
/// ```
/// - Parameters:
///   - f: The function, generic over ``RealScalar``.
///   - w: The point.
/// - Returns: ∂f/∂w_i for each i.
/// - Complexity: ceil(n/N) evaluations of `f`, N ∈ {1, 2, 4, 8}.
@inlinable
public func gradient<F: ScalarFunction, T: RealScalar>(of f: F, at w: [T]) -> [T] {
  valueWithGradient(of: f, at: w).gradient
}

/// Returns the Hessian of `f` at `w`, with the chunk size chosen automatically
/// as for ``gradient(of:at:)-(F,_)``: one sweep of N × N second partials per
/// pair of blocks.
///
/// ```swift
/// hessian(of: Rosenbrock(), at: [0.5, 0.5])   // [[102.0, -200.0], [-200.0, 200.0]]
/// ```
/// - Parameters:
///   - f: The function, generic over ``RealScalar``.
///   - w: The point.
/// - Returns: The symmetric n × n matrix of second partial derivatives.
/// - Complexity: b(b + 1)/2 evaluations of `f`, b = ceil(n/N), N ∈ {1, 2, 4, 8}.
@inlinable
public func hessian<F: ScalarFunction, T: RealScalar>(of f: F, at w: [T]) -> [[T]] {
  switch w.count {
  case ...1: hessian(of: { f($0) }, at: w)
  case 2: hessian(of: { f($0) }, at: w, chunk: Chunk<2>())
  case 3...4: hessian(of: { f($0) }, at: w, chunk: Chunk<4>())
  default: hessian(of: { f($0) }, at: w, chunk: Chunk<8>())
  }
}

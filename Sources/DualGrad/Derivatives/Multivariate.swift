// Derivatives of functions of several variables, by forward sweeps of the
// engine in ForwardSweep.swift: each call makes one engine (the seed buffer)
// and its result, and nothing per sweep beyond what `f` itself allocates.

/// Returns the gradient of `f` at `w`, one forward sweep per component.
///
/// ```swift
/// gradient(of: { w in w[0] * w[0] * w[1] }, at: [3.0, 2.0])   // [12.0, 9.0]
/// ```
/// - Parameters:
///   - f: A scalar function of a vector, written over `Dual<T>`.
///   - w: The point.
/// - Returns: ∂f/∂w_i for each i.
/// - Complexity: `w.count` evaluations of `f`. Allocates two arrays per call
///   (the dual point and the gradient), none per sweep or operation beyond
///   what `f` allocates (AllocationTests).
@inlinable
public func gradient<T: RealScalar>(of f: ([Dual<T>]) throws -> Dual<T>, at w: [T]) rethrows -> [T] {
  try valueWithGradient(of: f, at: w).gradient
}

/// Returns the value and the gradient of `f` at `w`.
///
/// ```swift
/// let (value, grad) = valueWithGradient(of: { w in w[0] * w[1] }, at: [3.0, 2.0])
/// // value 6.0, grad [2.0, 3.0]
/// ```
/// - Parameters:
///   - f: A scalar function of a vector, written over `Dual<T>`.
///   - w: The point.
/// - Returns: f(w) and its gradient; for an empty `w`, f evaluated once and `[]`.
/// - Complexity: `max(1, w.count)` evaluations of `f`.
@inlinable
public func valueWithGradient<T: RealScalar>(
  of f: ([Dual<T>]) throws -> Dual<T>, at w: [T]
) rethrows -> (value: T, gradient: [T]) {
  try ForwardSweep<Dual<T>>.valueWithGradient(of: f, at: w)
}

/// Returns the derivative of `f` at `w` along `v` (the Jacobian–vector product)
/// from one sweep.
///
/// ```swift
/// directionalDerivative(of: { w in w[0] * w[1] }, at: [3.0, 2.0], along: [1.0, 1.0])   // 5.0
/// ```
/// - Parameters:
///   - f: A scalar function of a vector, written over `Dual<T>`.
///   - w: The point.
///   - v: The direction; it need not be a unit vector.
/// - Returns: ∇f(w) · v.
/// - Precondition: `v.count == w.count`.
/// - Complexity: One evaluation of `f`.
@inlinable
public func directionalDerivative<T: RealScalar>(
  of f: ([Dual<T>]) throws -> Dual<T>, at w: [T], along v: [T]
) rethrows -> T {
  precondition(v.count == w.count, "direction has \(v.count) components, point has \(w.count)")
  return try f(zip(w, v).map { Dual($0, derivative: $1) }).derivative
}

/// Returns the Jacobian of `F` at `w`: row i holds the partial derivatives of
/// output i, column j those with respect to input j.
///
/// ```swift
/// jacobian(of: { w in [w[0] * w[1], w[0] + w[1]] }, at: [3.0, 2.0])   // [[2.0, 3.0], [1.0, 1.0]]
/// ```
/// - Parameters:
///   - F: A vector function of a vector, written over `Dual<T>`.
///   - w: The point.
/// - Returns: An m × n matrix as rows, for m outputs and n inputs.
/// - Complexity: `w.count` evaluations of `F`.
@inlinable
public func jacobian<T: RealScalar>(of F: ([Dual<T>]) throws -> [Dual<T>], at w: [T]) rethrows -> [[T]] {
  var sweep = ForwardSweep<Dual<T>>(at: w)
  return try sweep.jacobian(of: F)
}

/// Returns the Hessian of `f` at `w`, by nesting dual numbers.
///
/// ```swift
/// hessian(of: { w in w[0] * w[0] * w[1] }, at: [3.0, 2.0])   // [[4.0, 6.0], [6.0, 0.0]]
/// ```
/// - Parameters:
///   - f: A scalar function of a vector, written over `Dual<Dual<T>>`.
///   - w: The point.
/// - Returns: The symmetric n × n matrix of second partial derivatives.
/// - Complexity: n(n + 1)/2 evaluations of `f` on doubly dual numbers.
@inlinable @_disfavoredOverload
public func hessian<T: RealScalar>(
  of f: ([Dual<Dual<T>>]) throws -> Dual<Dual<T>>, at w: [T]
) rethrows -> [[T]] {
  try hessianByNestedSweeps(of: f, at: w)
}

/// Returns the Hessian of `f` at a `Double` point: the same as the generic
/// form, for the closure type Swift users write most.
///
/// ```swift
/// let a = 2.0, b = -1.0
/// print(hessian(of: { w in a * w[0] * w[0] + b * w[0] * w[1] }, at: [1.0, 2.0]))   // [[4.0, -1.0], [-1.0, 0.0]]
/// ```
///
/// It exists for type-checking speed, like the `Double` form of `derivative`:
/// where nothing states the result type (`print(hessian(...))`,
/// `let h = hessian(...)`), the generic form left `T` open while the closure
/// was solved, and the call above took 0.46 s; tried first (the generic form is
/// `@_disfavoredOverload`), this one fixes `w` as `[Dual<Dual<Double>>]` and
/// the call takes 8 ms (README.md, "Type-checking speed").
/// - Parameters:
///   - f: A scalar function of a vector, written over `Dual<Dual<Double>>`.
///   - w: The point.
/// - Returns: The symmetric n × n matrix of second partial derivatives.
/// - Complexity: n(n + 1)/2 evaluations of `f` on doubly dual numbers.
@inlinable
public func hessian(
  of f: ([Dual<Dual<Double>>]) throws -> Dual<Dual<Double>>, at w: [Double]
) rethrows -> [[Double]] {
  try hessianByNestedSweeps(of: f, at: w)
}

/// The Hessian by sweeps of doubly dual numbers: the body of both `hessian` forms.
@inlinable
func hessianByNestedSweeps<T: RealScalar>(
  of f: ([Dual<Dual<T>>]) throws -> Dual<Dual<T>>, at w: [T]
) rethrows -> [[T]] {
  var sweep = ForwardSweep<Dual<Dual<T>>>()
  sweep.load(count: w.count) { Dual(w[$0]) }
  return try sweep.hessian(of: f)
}

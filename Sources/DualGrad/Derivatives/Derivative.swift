// Derivatives of functions of one variable.
//
// Nesting is by type: the function given to `secondDerivative` works on
// `Dual<Dual<T>>`, and a derivative taken inside another one is taken at the
// inner type. See `Playground-notes.md` ("Nested derivatives") for the rule,
// with the wrong and the right way side by side.

/// Returns the derivative of `f` at `x`.
///
/// ```swift
/// derivative(of: { x in x / 2 }, at: 3.0)                                  // 0.5
/// derivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, at: 1.0) // 0.419974341614026
/// ```
/// - Parameters:
///   - f: The function, written over `Dual<T>` (a generic function over
///     ``RealScalar`` works too).
///   - x: The point.
/// - Returns: f′(x).
/// - Complexity: One evaluation of `f`.
@inlinable @_disfavoredOverload
public func derivative<T: RealScalar>(of f: (Dual<T>) throws -> Dual<T>, at x: T) rethrows -> T {
  try f(Dual(x, derivative: 1)).derivative
}

/// Returns the derivative of `f` at a `Double` point: the same as the generic
/// form, for the closure type Swift users write most.
///
/// ```swift
/// let mu = 0.3, sigma = 1.5
/// derivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) }, at: 0.5)
/// // ≈ -0.0234318 (the slope of the normal density)
/// ```
///
/// It exists for type-checking speed: the type checker tries it first (the
/// generic form is `@_disfavoredOverload`), so a `{ x in ... }` closure is
/// solved with `x` already `Dual<Double>`, and with the `Double?` mixed
/// operators (Dual+ConcreteOperators.swift) the generic form is pruned at once:
/// the formula above takes 7 ms instead of 1.4 s (README.md, "Type-checking speed").
/// - Parameters:
///   - f: The function, written over `Dual<Double>` (or generically).
///   - x: The point.
/// - Returns: f′(x).
/// - Complexity: One evaluation of `f`.
@inlinable
public func derivative(of f: (Dual<Double>) throws -> Dual<Double>, at x: Double) rethrows -> Double {
  try f(Dual(x, derivative: 1)).derivative
}

/// Returns the value and the derivative of `f` at `x` from one evaluation.
///
/// ```swift
/// let (value, slope) = valueWithDerivative(of: { x in x * x }, at: 3.0)   // (9.0, 6.0)
/// ```
/// - Parameters:
///   - f: The function, written over `Dual<T>`.
///   - x: The point.
/// - Returns: f(x) and f′(x).
@inlinable @_disfavoredOverload
public func valueWithDerivative<T: RealScalar>(
  of f: (Dual<T>) throws -> Dual<T>, at x: T
) rethrows -> (value: T, derivative: T) {
  let result = try f(Dual(x, derivative: 1))
  return (result.value, result.derivative)
}

/// Returns the value and the derivative of `f` at a `Double` point from one
/// evaluation: the same as the generic form, for the closure type Swift users
/// write most.
///
/// ```swift
/// let a = 2.0, b = -1.0
/// valueWithDerivative(of: { x in a * x * x + b * x }, at: 3.0)   // (15.0, 11.0)
/// ```
///
/// It exists for type-checking speed, as the concrete
/// ``derivative(of:at:)->Double`` does: the normalised Gaussian density with
/// captured constants takes about 20 ms through it instead of 1.4 s.
/// - Parameters:
///   - f: The function, written over `Dual<Double>` (or generically).
///   - x: The point.
/// - Returns: f(x) and f′(x).
/// - Complexity: One evaluation of `f`.
@inlinable
public func valueWithDerivative(
  of f: (Dual<Double>) throws -> Dual<Double>, at x: Double
) rethrows -> (value: Double, derivative: Double) {
  let result = try f(Dual(x, derivative: 1))
  return (result.value, result.derivative)
}

/// Returns the second derivative of `f` at `x`, by nesting dual numbers.
///
/// ```swift
/// secondDerivative(of: { x in x * x * x }, at: 2.0)   // 12.0
/// ```
/// - Parameters:
///   - f: The function, written over `Dual<Dual<T>>` (or generically).
///   - x: The point.
/// - Returns: f″(x).
/// - Complexity: One evaluation of `f` on doubly dual numbers (about 3 to 4
///   times a plain evaluation).
@inlinable @_disfavoredOverload
public func secondDerivative<T: RealScalar>(
  of f: (Dual<Dual<T>>) throws -> Dual<Dual<T>>, at x: T
) rethrows -> T {
  try f(Dual(Dual(x, derivative: 1), derivative: 1)).derivative.derivative
}

/// Returns the second derivative of `f` at a `Double` point, by nesting dual
/// numbers: the same as the generic form, for the closure type Swift users write most.
///
/// ```swift
/// let a = 2.0
/// secondDerivative(of: { x in x * x * x / 6 - a * x }, at: 1.0)   // 1.0
/// ```
///
/// It exists for type-checking speed: with `{ x in ... }` and a captured
/// `Double` constant, the type checker tries this overload first (the generic
/// form is `@_disfavoredOverload`) and so solves the closure's body with `x`
/// already `Dual<Dual<Double>>`. With the `Double?` mixed operators
/// (Dual+ConcreteOperators.swift) such a formula has a solution with
/// no disfavored choice, which prunes the generic form at once: the formula
/// above takes 3 ms instead of 0.5 s, four-term polynomials with constants 7 ms
/// instead of failing (README.md, "Type-checking speed").
/// - Parameters:
///   - f: The function, written over `Dual<Dual<Double>>` (or generically).
///   - x: The point.
/// - Returns: f″(x).
/// - Complexity: One evaluation of `f` on doubly dual numbers.
@inlinable
public func secondDerivative(
  of f: (Dual<Dual<Double>>) throws -> Dual<Dual<Double>>, at x: Double
) rethrows -> Double {
  try f(Dual(Dual(x, derivative: 1), derivative: 1)).derivative.derivative
}

/// Returns the derivative of `f` at every point of `xs`, in order.
///
/// ```swift
/// elementwiseDerivative(of: { x in x * x }, over: [1.0, 2.0, 3.0])   // [2.0, 4.0, 6.0]
/// elementwiseDerivative(of: tanh, over: linspace(-7.0, 7.0, count: 200)).max()  // ≈ 1
/// ```
/// - Parameters:
///   - f: The function, written over `Dual<T>`.
///   - xs: The points; any sequence, such as ``linspace(_:_:count:)``.
/// - Returns: f′(x) for each x in `xs`.
/// - Complexity: One evaluation of `f` per point; one array allocation.
@inlinable @_disfavoredOverload
public func elementwiseDerivative<Points: Sequence>(
  of f: (Dual<Points.Element>) throws -> Dual<Points.Element>, over xs: Points
) rethrows -> [Points.Element] where Points.Element: RealScalar {
  var slopes: [Points.Element] = []
  slopes.reserveCapacity(xs.underestimatedCount)
  for x in xs {
    slopes.append(try f(Dual(x, derivative: 1)).derivative)
  }
  return slopes
}

/// Returns the derivative of `f` at every point of a collection, in order,
/// writing straight into the result's storage (no per-point capacity checks).
///
/// ```swift
/// elementwiseDerivative(of: { x in x * x }, over: linspace(0.0, 1.0, count: 3))   // [0.0, 1.0, 2.0]
/// ```
/// - Parameters:
///   - f: The function, written over `Dual<T>`.
///   - xs: The points, such as ``linspace(_:_:count:)``.
/// - Returns: f′(x) for each x in `xs`.
/// - Complexity: One evaluation of `f` per point; one array allocation.
@inlinable @_disfavoredOverload
public func elementwiseDerivative<Points: Collection>(
  of f: (Dual<Points.Element>) throws -> Dual<Points.Element>, over xs: Points
) rethrows -> [Points.Element] where Points.Element: RealScalar {
  try slopesIntoNewArray(of: f, over: xs)
}

/// Returns the derivative of `f` at every `Double` point of a collection:
/// the same as the generic form, for the closure type Swift users write most.
///
/// ```swift
/// let mu = 0.3, sigma = 1.5
/// elementwiseDerivative(of: { x in exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * sqrt(2 * .pi)) },
///                       over: linspace(-1.0, 1.0, count: 3))   // ≈ [0.1056, 0.0348, -0.0742]
/// ```
///
/// It exists for type-checking speed, like the `Double` form of `derivative`:
/// with the generic form the element type was still open while the closure was
/// solved, and the call above took 105 ms; tried first (the generic forms are
/// `@_disfavoredOverload`), this one takes 10 ms (README.md, "Type-checking speed").
/// - Parameters:
///   - f: The function, written over `Dual<Double>`.
///   - xs: The points, such as ``linspace(_:_:count:)``.
/// - Returns: f′(x) for each x in `xs`.
/// - Complexity: One evaluation of `f` per point; one array allocation.
@inlinable
public func elementwiseDerivative<Points: Collection>(
  of f: (Dual<Double>) throws -> Dual<Double>, over xs: Points
) rethrows -> [Double] where Points.Element == Double {
  try slopesIntoNewArray(of: f, over: xs)
}

/// The slopes of `f` over a collection, written straight into a new array's
/// storage: the body of both collection forms of `elementwiseDerivative(of:over:)`.
@inlinable
func slopesIntoNewArray<Points: Collection>(
  of f: (Dual<Points.Element>) throws -> Dual<Points.Element>, over xs: Points
) rethrows -> [Points.Element] where Points.Element: RealScalar {
  try [Points.Element](unsafeUninitializedCapacity: xs.count) { buffer, initialized in
    // Count as we go, so a throwing `f` leaves exactly the written slopes to clean up.
    for x in xs {
      (buffer.baseAddress! + initialized).initialize(to: try f(Dual(x, derivative: 1)).derivative)
      initialized += 1
    }
  }
}

/// Writes the derivative of `f` at every point of `xs` into `slopes`, in
/// order, reusing its storage: the form for a loop that runs again and again
/// (when the allocator hands out pages not yet touched, a fresh result costs a
/// page fault per 4 KB on its first write: about 2.7 ms for a million
/// `Double`s on a VM, more than the slopes of a small formula).
///
/// ```swift
/// var slopes: [Double] = []
/// elementwiseDerivative(of: { x in x * x }, over: [1.0, 2.0, 3.0], into: &slopes)
/// slopes   // [2.0, 4.0, 6.0]
/// ```
/// - Parameters:
///   - f: The function, written over `Dual<T>`.
///   - xs: The points, such as an array or ``linspace(_:_:count:)``.
///   - slopes: Receives f′(x) for each x in `xs`; it is reallocated only when
///     its count differs from `xs.count`. If `f` throws, its contents are
///     unspecified (each entry is a slope or its previous value).
/// - Complexity: One evaluation of `f` per point; no allocation when
///   `slopes.count == xs.count`.
@inlinable @_disfavoredOverload
public func elementwiseDerivative<Points: Collection>(
  of f: (Dual<Points.Element>) throws -> Dual<Points.Element>, over xs: Points,
  into slopes: inout [Points.Element]
) rethrows where Points.Element: RealScalar {
  try writeSlopes(of: f, over: xs, into: &slopes)
}

/// Writes the derivative of `f` at every `Double` point of `xs` into
/// `slopes`: the same as the generic form, for the closure type Swift users
/// write most (it exists for type-checking speed, like the `Double` form of
/// `elementwiseDerivative(of:over:)`).
///
/// ```swift
/// let a = 2.0
/// var slopes: [Double] = []
/// elementwiseDerivative(of: { x in a * x * x }, over: [1.0, 2.0, 3.0], into: &slopes)
/// slopes   // [4.0, 8.0, 12.0]
/// ```
/// - Parameters:
///   - f: The function, written over `Dual<Double>`.
///   - xs: The points, such as an array or ``linspace(_:_:count:)``.
///   - slopes: Receives f′(x) for each x in `xs`, as in the generic form.
/// - Complexity: One evaluation of `f` per point; no allocation when
///   `slopes.count == xs.count`.
@inlinable
public func elementwiseDerivative<Points: Collection>(
  of f: (Dual<Double>) throws -> Dual<Double>, over xs: Points, into slopes: inout [Double]
) rethrows where Points.Element == Double {
  try writeSlopes(of: f, over: xs, into: &slopes)
}

/// The slopes of `f` over `xs`, written into `slopes`' storage: the body of
/// both forms of `elementwiseDerivative(of:over:into:)`.
@inlinable
func writeSlopes<Points: Collection>(
  of f: (Dual<Points.Element>) throws -> Dual<Points.Element>, over xs: Points,
  into slopes: inout [Points.Element]
) rethrows where Points.Element: RealScalar {
  let count = xs.count
  if slopes.count != count { slopes = [Points.Element](repeating: 0, count: count) }
  if count == 0 { return }
  try slopes.withUnsafeMutableBufferPointer { output in
    // A raw pointer and a plain counter: no bounds or exclusivity checks in the loop.
    let base = output.baseAddress!
    var i = 0
    for x in xs {
      base[i] = try f(Dual(x, derivative: 1)).derivative
      i += 1
    }
  }
}

/// Returns the value and the first `order` derivatives of `f` at `x`:
/// [f(x), f′(x), f″(x), …, f⁽ᵏ⁾(x)] for k = `order`, chosen at run time.
///
/// ```swift
/// derivatives(of: { x in exp(2 * x) }, at: 0.0, order: 3)   // [1.0, 2.0, 4.0, 8.0]
/// derivatives(of: tanh, at: 0.5, order: 10).last            // 7300.983297194883 (tanh⁽¹⁰⁾(0.5))
/// ```
/// `f` runs once on a truncated Taylor series (``Taylor``), so the cost does
/// not double with each order as nesting ``Dual`` would; a generic function
/// over ``RealScalar`` passes here as it does to ``derivative(of:at:)->T``.
/// - Parameters:
///   - f: The function, written over `Taylor<T>` (or generically).
///   - x: The point.
///   - order: The highest derivative wanted, at least 0 (0 gives `[f(x)]`).
/// - Returns: `order + 1` numbers, the k-th being f⁽ᵏ⁾(x); a derivative at a
///   singular point (√ at 0, log at 0) is ±∞ or NaN, never a finite guess.
/// - Complexity: One evaluation of `f` on series of `order + 1` coefficients:
///   O(order²) per operation, with no heap allocation per operation up to
///   order 11 in Double (one array per operation beyond), plus the result.
@inlinable
public func derivatives<T: RealScalar>(
  of f: (Taylor<T>) throws -> Taylor<T>, at x: T, order: Int
) rethrows -> [T] {
  precondition(order >= 0, "the order of a derivative is 0 or more")
  let series = try f(Taylor(variable: x, order: order))
  // A result of lower order (a constant such as `{ _ in 3 }`) reads as zero
  // past its end; `derivative(_:)` pads and scales by k!.
  return (0...order).map { series.derivative($0) }
}

// The sweep engine: every multivariate derivative in DualGrad (gradient,
// Jacobian, Hessian, their chunked and parallel forms, the logistic-loss
// strategies of DualGradML and the `slope` tool's gradient and Hessian) is a
// loop of forward sweeps over one point of dual numbers:
//
//   seed a chunk of components (tangent k of component start + k is 1),
//   evaluate the function on the point, clear the seeds, read the tangents.
//
// That loop is written here once, on a point buffer that lives in a value of
// `ForwardSweep` and is reused from call to call (ForwardDiff.jl keeps the same
// split: `seed!` and the buffers of `GradientConfig` in config.jl). A sweep
// never allocates; loading a point allocates only when its size changes.

/// A point of dual numbers and the loop of forward sweeps over it: seeding
/// ``DualNumber/tangentCount`` components per sweep, evaluating, reading the
/// tangents and clearing the seeds. Keep one value alive across calls and it
/// reuses its buffer, so repeated gradients allocate nothing.
///
/// ```swift
/// var sweep = ForwardSweep<Dual<Double>>(at: [3, 2])
/// var gradient = [0.0, 0.0]
/// sweep.valueWithGradient(of: { w in w[0] * w[0] * w[1] }, into: &gradient)   // 18.0, gradient [12.0, 9.0]
/// sweep.load(count: 2) { [1.0, 1.0][$0] }                                      // same buffer, a new point
/// sweep.valueWithGradient(of: { w in w[0] * w[0] * w[1] }, into: &gradient)   // 1.0, gradient [2.0, 1.0]
/// ```
///
/// A function that does not take an array (a register machine, say) reads the
/// point from the array it is given and copies what it needs:
///
/// ```swift
/// var registers = [Dual<Double>](repeating: 0, count: 2)
/// sweep.valueWithGradient(of: { point in
///   for i in point.indices { registers[i] = point[i] }
///   return registers[0] * registers[1]
/// }, into: &gradient)                                                          // 1.0, gradient [1.0, 1.0]
/// ```
///
/// Between sweeps every component of ``point`` is a constant (all tangents 0).
public struct ForwardSweep<Element: DualNumber>: Sendable {
  /// The point the function is evaluated at; during a sweep, the chunk being
  /// differentiated carries its seeds.
  ///
  /// ```swift
  /// ForwardSweep<Dual<Double>>(at: [1, 2]).point   // [1.0 + 0.0ε, 2.0 + 0.0ε]
  /// ```
  @inlinable
  public var point: [Element] { storage }

  /// The point's buffer, read-only outside the engine so no seed is left behind.
  @usableFromInline var storage: [Element]

  /// Creates an engine with an empty point; ``load(count:_:)`` sizes it.
  ///
  /// ```swift
  /// ForwardSweep<DualVector<4, Double>>().point.count   // 0
  /// ```
  @inlinable
  public init() {
    storage = []
  }

  /// Creates an engine at `w`, every component a constant.
  ///
  /// ```swift
  /// ForwardSweep<Dual<Double>>(at: [3, 2]).point.count   // 2
  /// ```
  /// - Complexity: One array allocation (none for an empty `w`).
  @inlinable
  public init(at w: [Element.Scalar]) {
    storage = []
    load(count: w.count) { w[$0] }
  }

  /// Makes the point `count` constants, component i being `component(i)`.
  /// The buffer is reused when `count` is the size it already has.
  ///
  /// ```swift
  /// var hessianSweep = ForwardSweep<Dual<Dual<Double>>>()
  /// let w = [3.0, 2.0]
  /// hessianSweep.load(count: w.count) { Dual(w[$0]) }   // values of the inner dual type
  /// ```
  /// - Complexity: O(`count`); allocates only when the size changes. (It
  ///   fills by index rather than with `map`: an unoptimised build's `map`
  ///   allocates once per element.)
  @inlinable
  public mutating func load(count: Int, _ component: (Int) throws -> Element.Scalar) rethrows {
    if storage.count != count {
      storage = [Element](repeating: Element(0), count: count)
    }
    for i in 0..<count {
      storage[i] = Element(try component(i))
    }
  }

  /// Sets tangent k of component `start + k` to `seed` for k in `0..<width`.
  @inlinable @inline(__always)
  mutating func seed(_ start: Int, width: Int, to seed: Element.Scalar) {
    Self.forEachDirection(width) { k in storage[start + k][tangent: k] = seed }
  }

  /// Calls `body` with 0, 1, …, `width` − 1. With one tangent (``Dual``) it is
  /// a test rather than a loop, so a one-partial sweep compiles to the plain
  /// loop over components it replaces (2.4 % fewer instructions in
  /// dualgrad-bench W2 `.perWeight` than with a loop of one iteration).
  @inlinable @inline(__always)
  static func forEachDirection(_ width: Int, _ body: (Int) throws -> Void) rethrows {
    if Element.tangentCount == 1 {
      if width == 1 { try body(0) }
    } else {
      for k in 0..<width { try body(k) }
    }
  }

  /// Runs one forward sweep per chunk of `components`: seeds the chunk
  /// (``DualNumber/tangentCount`` components, fewer in the last one), calls
  /// `evaluate` on the point, clears the seeds, then hands the result to
  /// `read` with the chunk's first component and width. In `read`, tangent k
  /// of the result is the derivative with respect to component `start + k`.
  /// An empty range still evaluates once, with nothing seeded (width 0), so
  /// the caller always gets the function's value.
  ///
  /// ```swift
  /// var sweep = ForwardSweep<DualVector<2, Double>>(at: [1, 2, 3])
  /// sweep.sweep(evaluate: { w in w[0] * w[1] * w[2] }) { result, start, width in
  ///   print(start, (0..<width).map { result[tangent: $0] })
  /// }
  /// // 0 [6.0, 3.0]
  /// // 2 [2.0]
  /// ```
  /// - Parameters:
  ///   - components: The components to differentiate with respect to; all by default.
  ///   - evaluate: The function, evaluated once per chunk.
  ///   - read: Receives each result, the chunk's first component and its width.
  /// - Complexity: max(1, ⌈`components.count` / tangentCount⌉) evaluations; no allocation.
  @inlinable @inline(__always)
  public mutating func sweep<Result>(
    over components: Range<Int>? = nil,
    evaluate: ([Element]) throws -> Result,
    read: (_ result: Result, _ start: Int, _ width: Int) throws -> Void
  ) rethrows {
    let components = components ?? storage.indices
    let step = Element.tangentCount
    precondition(step > 0, "a sweep carries at least one tangent")
    // One call site of `evaluate`, the empty point included, so a function
    // inlined here appears once in the caller's code.
    var start = components.lowerBound
    repeat {
      let width = Swift.min(step, components.upperBound - start)
      seed(start, width: width, to: 1)
      let result = try evaluate(storage)
      seed(start, width: width, to: 0)
      try read(result, start, width)
      start += step
    } while start < components.upperBound
  }

  /// Returns f at the point and writes its gradient into `gradient`.
  ///
  /// ```swift
  /// var sweep = ForwardSweep<DualVector<2, Double>>(at: [3, 2])
  /// var gradient = [0.0, 0.0]
  /// sweep.valueWithGradient(of: { w in w[0] * w[1] }, into: &gradient)   // 6.0, gradient [2.0, 3.0]
  /// ```
  /// - Parameters:
  ///   - f: A scalar function of the point.
  ///   - gradient: Receives ∂f/∂w_i at index i; it must have one element per component.
  /// - Returns: f at the point (evaluated once when the point is empty).
  /// - Complexity: ⌈n / tangentCount⌉ evaluations of `f`; no allocation.
  @inlinable @inline(__always)
  public mutating func valueWithGradient(
    of f: ([Element]) throws -> Element, into gradient: inout [Element.Scalar]
  ) rethrows -> Element.Scalar {
    precondition(gradient.count == storage.count, "the gradient needs one element per component of the point")
    var value: Element.Scalar = 0
    try sweep(evaluate: f) { result, start, width in
      Self.forEachDirection(width) { k in gradient[start + k] = result[tangent: k] }
      // Every sweep gives the same value; tangents never change it.
      value = result.value
    }
    return value
  }

  /// f(w) and its gradient in a new array, from an engine made for the call:
  /// the allocating form behind the public `valueWithGradient(of:at:)`s.
  @inlinable
  static func valueWithGradient(
    of f: ([Element]) throws -> Element, at w: [Element.Scalar]
  ) rethrows -> (value: Element.Scalar, gradient: [Element.Scalar]) {
    var sweep = ForwardSweep(at: w)
    var gradient = [Element.Scalar](repeating: 0, count: w.count)
    let value = try sweep.valueWithGradient(of: f, into: &gradient)
    return (value, gradient)
  }

  /// Returns the Jacobian of `F` at the point: row i holds the derivatives of
  /// output i, column j those with respect to component j.
  ///
  /// ```swift
  /// var sweep = ForwardSweep<Dual<Double>>(at: [3, 2])
  /// sweep.jacobian(of: { w in [w[0] * w[1], w[0] + w[1]] })   // [[2.0, 3.0], [1.0, 1.0]]
  /// ```
  /// - Parameter F: A vector function of the point; it must return as many
  ///   outputs on every call.
  /// - Returns: An m × n matrix as rows; `[]` for an empty point.
  /// - Complexity: ⌈n / tangentCount⌉ evaluations of `F`.
  @inlinable
  public mutating func jacobian(of F: ([Element]) throws -> [Element]) rethrows -> [[Element.Scalar]] {
    let n = point.count
    var rows: [[Element.Scalar]] = []
    guard n > 0 else { return rows }
    try sweep(evaluate: F) { outputs, start, width in
      if rows.isEmpty {
        rows = Array(repeating: Array(repeating: 0, count: n), count: outputs.count)
      }
      precondition(outputs.count == rows.count, "the function returned \(outputs.count) outputs, then \(rows.count)")
      for i in outputs.indices {
        for k in 0..<width { rows[i][start + k] = outputs[i][tangent: k] }
      }
    }
    return rows
  }
}

extension ForwardSweep where Element.Scalar: DualNumber {
  /// Returns the Hessian of `f` at the point, with nested dual numbers: the
  /// inner tangents carry a block of rows, the outer ones a block of columns,
  /// and only blocks on or above the diagonal are swept.
  ///
  /// ```swift
  /// var sweep = ForwardSweep<Dual<Dual<Double>>>()
  /// let w = [3.0, 2.0]
  /// sweep.load(count: w.count) { Dual(w[$0]) }
  /// sweep.hessian(of: { w in w[0] * w[0] * w[1] })   // [[4.0, 6.0], [6.0, 0.0]]
  /// ```
  /// - Parameter f: A scalar function of the point.
  /// - Returns: The symmetric n × n matrix of second partial derivatives.
  /// - Precondition: The inner and outer types carry as many tangents.
  /// - Complexity: b(b + 1)/2 evaluations of `f`, with b = ⌈n / tangentCount⌉.
  @inlinable
  public mutating func hessian(of f: ([Element]) throws -> Element) rethrows -> [[Element.Scalar.Scalar]] {
    let step = Element.tangentCount
    precondition(
      Element.Scalar.tangentCount == step, "the inner and outer dual types carry different numbers of tangents")
    let n = point.count
    var matrix = Array(repeating: Array(repeating: Element.Scalar.Scalar(0), count: n), count: n)
    for rowStart in stride(from: 0, to: n, by: step) {
      let rowWidth = Swift.min(step, n - rowStart)
      seedInner(rowStart, width: rowWidth, to: 1)
      try sweep(over: rowStart..<n, evaluate: f) { result, columnStart, columnWidth in
        for c in 0..<columnWidth {
          // The column once: read per entry, a dynamic index into the result
          // copied the whole nested dual each time (memcpy of 288 bytes per
          // entry for DualVector<5, DualVector<5, Double>>, callgrind W4).
          let column = result[tangent: c]
          for r in 0..<rowWidth {
            let entry = column[tangent: r]
            matrix[rowStart + r][columnStart + c] = entry
            matrix[columnStart + c][rowStart + r] = entry
          }
        }
      }
      seedInner(rowStart, width: rowWidth, to: 0)
    }
    return matrix
  }

  /// Sets inner tangent k of component `start + k` to `seed` for k in `0..<width`.
  @inlinable @inline(__always)
  mutating func seedInner(_ start: Int, width: Int, to seed: Element.Scalar.Scalar) {
    for k in 0..<width {
      storage[start + k].value[tangent: k] = seed
    }
  }
}

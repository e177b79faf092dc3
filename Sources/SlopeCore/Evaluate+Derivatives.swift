// Derivatives of a one-variable formula at a point, each order with the
// cheapest number type: Dual<Double> for f′, Dual<Dual<Double>> for f″,
// Taylor<Double> beyond. `differentiator(for:order:)` is the one place that
// picks among them; everything that needs derivatives of one variable (a
// point, a range, a plot) goes through it.

import DualGrad

/// Computes f, f′, …, f⁽ᵏ⁾ of a one-variable program at a point, each
/// conforming type with the cheapest number type for its order. Get one from
/// ``differentiator(for:order:)``; generic code over `Differentiator` (the
/// range evaluation) is specialised per type, so its row loop has no dynamic
/// dispatch.
///
/// ```swift
/// var d = FirstOrderDifferentiator(try Program(compiling: Parser.parse("x^2")))
/// var values = [0.0, 0.0]
/// values.withUnsafeMutableBufferPointer { d.derivatives(at: 3, into: $0) }   // [9.0, 6.0]
/// ```
protocol Differentiator {
  /// The highest order computed, k.
  ///
  /// ```swift
  /// FirstOrderDifferentiator(try Program(compiling: Parser.parse("x"))).order   // 1
  /// ```
  var order: Int { get }
  /// Writes f(x), f′(x), …, f⁽ᵏ⁾(x) into the first k + 1 elements of `values`.
  ///
  /// ```swift
  /// var d = SecondOrderDifferentiator(try Program(compiling: Parser.parse("x^3")))
  /// var values = [0.0, 0.0, 0.0]
  /// values.withUnsafeMutableBufferPointer { d.derivatives(at: 2, into: $0) }   // values == [8.0, 12.0, 12.0]
  /// ```
  mutating func derivatives(at x: Double, into values: UnsafeMutableBufferPointer<Double>)
  /// Writes the rows `indices` of `range` into `table`: x, f(x), f′(x), …,
  /// f⁽ᵏ⁾(x) per row, order + 2 numbers each, evaluating the program at
  /// ``pointsPerPass`` points per pass. A requirement, so that each
  /// conforming type has its own specialised loops even when called
  /// through `any Differentiator`.
  ///
  /// ```swift
  /// var d = FirstOrderDifferentiator(try Program(compiling: Parser.parse("x^2")))
  /// var table = [Double](repeating: 0, count: 6)
  /// table.withUnsafeMutableBufferPointer { d.rows(1..<3, of: SampleRange(from: 0, to: 1, count: 3), into: $0) }
  /// // table == [0.5, 0.25, 1.0, 1.0, 1.0, 2.0]
  /// ```
  mutating func rows(_ indices: Range<Int>, of range: SampleRange, into table: UnsafeMutableBufferPointer<Double>)
}

/// Returns the differentiator for derivatives up to `order` of `program`,
/// a formula of at most one variable: the cheapest number type that carries
/// that order (this switch is the only place that chooses).
///
/// ```swift
/// var d = differentiator(for: try Program(compiling: Parser.parse("x^3")), order: 2)
/// d.derivatives(at: 2)   // [8.0, 12.0, 12.0]
/// ```
func differentiator(for program: Program, order: Int) -> any Differentiator {
  switch order {
  case 1: FirstOrderDifferentiator(program)
  case 2: SecondOrderDifferentiator(program)
  default: AnyOrderDifferentiator(program, order: order)
  }
}

extension Differentiator {
  /// Returns f(x), f′(x), …, f⁽ᵏ⁾(x).
  ///
  /// ```swift
  /// var d = FirstOrderDifferentiator(try Program(compiling: Parser.parse("x^2")))
  /// d.derivatives(at: 3)   // [9.0, 6.0]
  /// ```
  mutating func derivatives(at x: Double) -> [Double] {
    var values = [Double](repeating: 0, count: order + 1)
    values.withUnsafeMutableBufferPointer { derivatives(at: x, into: $0) }
    return values
  }
}

/// f and f′ from one evaluation over `Dual<Double>`.
///
/// ```swift
/// var d = FirstOrderDifferentiator(try Program(compiling: Parser.parse("sin(x)")))
/// var values = [0.0, 0.0]
/// values.withUnsafeMutableBufferPointer { d.derivatives(at: 0, into: $0) }   // [0.0, 1.0]
/// ```
struct FirstOrderDifferentiator: Differentiator {
  var evaluator: Evaluator<Dual<Double>>

  /// Creates a differentiator for `program`, a formula of at most one variable.
  ///
  /// ```swift
  /// FirstOrderDifferentiator(try Program(compiling: Parser.parse("sin(x)"))).order   // 1
  /// ```
  init(_ program: Program) {
    evaluator = Evaluator(program, points: Self.pointsPerPass)
  }

  /// 1.
  ///
  /// ```swift
  /// FirstOrderDifferentiator(try Program(compiling: Parser.parse("x"))).order   // 1
  /// ```
  var order: Int { 1 }

  /// Writes f(x) and f′(x) into `values[0]` and `values[1]`.
  ///
  /// ```swift
  /// var d = FirstOrderDifferentiator(try Program(compiling: Parser.parse("sin(x)")))
  /// var values = [0.0, 0.0]
  /// values.withUnsafeMutableBufferPointer { d.derivatives(at: 0, into: $0) }   // values == [0.0, 1.0]
  /// ```
  mutating func derivatives(at x: Double, into values: UnsafeMutableBufferPointer<Double>) {
    let result = evaluator(Dual(x, derivative: 1))
    values[0] = result.value
    values[1] = result.derivative
  }

  /// Writes x, f(x) and f′(x) per row (see ``Differentiator/rows(_:of:into:)``).
  ///
  /// ```swift
  /// var d = FirstOrderDifferentiator(try Program(compiling: Parser.parse("x^2")))
  /// var table = [Double](repeating: 0, count: 6)
  /// table.withUnsafeMutableBufferPointer { d.rows(1..<3, of: SampleRange(from: 0, to: 1, count: 3), into: $0) }
  /// // table == [0.5, 0.25, 1.0, 1.0, 1.0, 2.0]
  /// ```
  mutating func rows(_ indices: Range<Int>, of range: SampleRange, into table: UnsafeMutableBufferPointer<Double>) {
    writePoints(indices, of: range, into: table, width: 3)
    evaluator.evaluate(
      count: indices.count, input: { Dual(table[$0 * 3], derivative: 1) },
      output: { row, result in
        table[row * 3 + 1] = result.value
        table[row * 3 + 2] = result.derivative
      })
  }
}

/// f, f′ and f″ from one evaluation over `Dual<Dual<Double>>`.
///
/// ```swift
/// var d = SecondOrderDifferentiator(try Program(compiling: Parser.parse("x^3")))
/// var values = [0.0, 0.0, 0.0]
/// values.withUnsafeMutableBufferPointer { d.derivatives(at: 2, into: $0) }   // [8.0, 12.0, 12.0]
/// ```
struct SecondOrderDifferentiator: Differentiator {
  var evaluator: Evaluator<Dual<Dual<Double>>>

  /// Creates a differentiator for `program`, a formula of at most one variable.
  ///
  /// ```swift
  /// SecondOrderDifferentiator(try Program(compiling: Parser.parse("x^3"))).order   // 2
  /// ```
  init(_ program: Program) {
    evaluator = Evaluator(program, points: Self.pointsPerPass)
  }

  /// 2.
  ///
  /// ```swift
  /// SecondOrderDifferentiator(try Program(compiling: Parser.parse("x"))).order   // 2
  /// ```
  var order: Int { 2 }

  /// Writes f(x), f′(x) and f″(x) into `values[0...2]`.
  ///
  /// ```swift
  /// var d = SecondOrderDifferentiator(try Program(compiling: Parser.parse("x^3")))
  /// var values = [0.0, 0.0, 0.0]
  /// values.withUnsafeMutableBufferPointer { d.derivatives(at: 2, into: $0) }   // values == [8.0, 12.0, 12.0]
  /// ```
  mutating func derivatives(at x: Double, into values: UnsafeMutableBufferPointer<Double>) {
    let result = evaluator(Dual(Dual(x, derivative: 1), derivative: 1))
    values[0] = result.value.value
    values[1] = result.value.derivative
    values[2] = result.derivative.derivative
  }

  /// Writes x, f(x), f′(x) and f″(x) per row (see ``Differentiator/rows(_:of:into:)``).
  ///
  /// ```swift
  /// var d = SecondOrderDifferentiator(try Program(compiling: Parser.parse("x^3")))
  /// var table = [Double](repeating: 0, count: 4)
  /// table.withUnsafeMutableBufferPointer { d.rows(1..<2, of: SampleRange(from: 0, to: 2, count: 2), into: $0) }
  /// // table == [2.0, 8.0, 12.0, 12.0]
  /// ```
  mutating func rows(_ indices: Range<Int>, of range: SampleRange, into table: UnsafeMutableBufferPointer<Double>) {
    writePoints(indices, of: range, into: table, width: 4)
    evaluator.evaluate(
      count: indices.count, input: { Dual(Dual(table[$0 * 4], derivative: 1), derivative: 1) },
      output: { row, result in
        table[row * 4 + 1] = result.value.value
        table[row * 4 + 2] = result.value.derivative
        table[row * 4 + 3] = result.derivative.derivative
      })
  }
}

/// f, f′, …, f⁽ᵏ⁾ for any order k from one evaluation over `Taylor<Double>`
/// (truncated power series, O(k²) per operation, no allocation up to order 11).
///
/// ```swift
/// var d = AnyOrderDifferentiator(try Program(compiling: Parser.parse("exp(2*x)")), order: 3)
/// var values = [Double](repeating: 0, count: 4)
/// values.withUnsafeMutableBufferPointer { d.derivatives(at: 0, into: $0) }   // [1.0, 2.0, 4.0, 8.0]
/// ```
struct AnyOrderDifferentiator: Differentiator {
  var evaluator: Evaluator<Taylor<Double>>
  /// k!, for k = 0 … order, multiplied up in the same order as
  /// `Taylor.derivative(_:)` so the results match it bit for bit.
  let factorials: [Double]

  /// The highest order computed.
  ///
  /// ```swift
  /// AnyOrderDifferentiator(try Program(compiling: Parser.parse("x")), order: 5).order   // 5
  /// ```
  let order: Int

  /// Creates a differentiator of `order` for `program`, a formula of at most one variable.
  ///
  /// ```swift
  /// AnyOrderDifferentiator(try Program(compiling: Parser.parse("sin(x)")), order: 4).order   // 4
  /// ```
  init(_ program: Program, order: Int) {
    precondition(order >= 0, "the order of a derivative is 0 or more")
    self.order = order
    // Constants are series of order 0, which broadcast to any order.
    evaluator = Evaluator(program, points: Self.pointsPerPass)
    var factorials = [1.0]
    var factorial = 1.0
    for k in stride(from: 1, through: order, by: 1) {
      if k >= 2 { factorial *= Double(k) }
      factorials.append(factorial)
    }
    self.factorials = factorials
  }

  /// Writes f(x), f′(x), …, f⁽ᵏ⁾(x) into `values[0...order]`.
  ///
  /// ```swift
  /// var d = AnyOrderDifferentiator(try Program(compiling: Parser.parse("x^4")), order: 4)
  /// var values = [Double](repeating: 0, count: 5)
  /// values.withUnsafeMutableBufferPointer { d.derivatives(at: 1, into: $0) }   // values == [1.0, 4.0, 12.0, 24.0, 24.0]
  /// ```
  mutating func derivatives(at x: Double, into values: UnsafeMutableBufferPointer<Double>) {
    let series = evaluator(Taylor(variable: x, order: order))
    for k in 0...order {
      values[k] = series.coefficient(k) * factorials[k]
    }
  }

  /// Writes x, f(x), f′(x), …, f⁽ᵏ⁾(x) per row (see ``Differentiator/rows(_:of:into:)``).
  ///
  /// ```swift
  /// var d = AnyOrderDifferentiator(try Program(compiling: Parser.parse("x^4")), order: 4)
  /// var table = [Double](repeating: 0, count: 6)
  /// table.withUnsafeMutableBufferPointer { d.rows(1..<2, of: SampleRange(from: 0, to: 1, count: 2), into: $0) }
  /// // table == [1.0, 1.0, 4.0, 12.0, 24.0, 24.0]
  /// ```
  mutating func rows(_ indices: Range<Int>, of range: SampleRange, into table: UnsafeMutableBufferPointer<Double>) {
    let order = self.order
    let width = order + 2
    let factorials = self.factorials
    writePoints(indices, of: range, into: table, width: width)
    evaluator.evaluate(
      count: indices.count, input: { Taylor(variable: table[$0 * width], order: order) },
      output: { row, series in
        for k in 0...order { table[row * width + 1 + k] = series.coefficient(k) * factorials[k] }
      })
  }
}

// Derivatives of a formula of several variables at a point, by DualGrad's
// sweep engine (ForwardSweep): the gradient from one sweep per variable over
// Dual<Double>, the Hessian from one sweep per pair (i ≤ j) over
// Dual<Dual<Double>>. One tangent per sweep keeps every number exactly what
// a hand-written seeding loop gives.

import DualGrad

/// The value, gradient and (when asked) Hessian of a formula at a point.
///
/// ```swift
/// let program = try Program(compiling: Parser.parse("x^2 * y"))
/// let point = [NamedValue(name: "x", value: 3), NamedValue(name: "y", value: 2)]
/// let result = PointGradient(of: program, at: point, withHessian: true)
/// result.value      // 18.0
/// result.gradient   // [12.0, 9.0]
/// result.hessian    // [[4.0, 6.0], [6.0, 0.0]]
/// ```
struct PointGradient {
  /// f at the point.
  let value: Double
  /// ∂f/∂vᵢ for each named variable, in the order of the point.
  let gradient: [Double]
  /// ∂²f/∂vᵢ∂vⱼ in the order of the point, or nil when not asked for.
  let hessian: [[Double]]?

  /// Differentiates `program` at `point`, which names every variable of the
  /// program and possibly others (whose derivatives are 0).
  ///
  /// ```swift
  /// PointGradient(of: try Program(compiling: Parser.parse("x*y")),
  ///               at: [NamedValue(name: "x", value: 1), NamedValue(name: "y", value: 2)], withHessian: false).gradient
  /// // [2.0, 1.0]
  /// ```
  init(of program: Program, at point: [NamedValue], withHessian: Bool) {
    // The sweeps run over the variables the formula uses, in the order the
    // point gives them (so the Hessian's inner tangent is the earlier one, as
    // the user wrote them); a named variable the formula does not use has
    // derivatives 0. Component k of the sweep is register registers[k].
    let used = point.indices.filter { program.variables.contains(point[$0].name) }
    let registers = used.map { program.variables.firstIndex(of: point[$0].name)! }
    let values = used.map { point[$0].value }

    var evaluator = Evaluator<Dual<Double>>(program)
    var sweep = ForwardSweep<Dual<Double>>(at: values)
    var usedGradient = [Double](repeating: 0, count: used.count)
    value = sweep.valueWithGradient(
      of: { w in
        for k in w.indices { evaluator.setVariable(registers[k], to: w[k]) }
        return evaluator.evaluate()
      }, into: &usedGradient)
    var gradient = [Double](repeating: 0, count: point.count)
    for (k, index) in used.enumerated() { gradient[index] = usedGradient[k] }
    self.gradient = gradient

    guard withHessian else {
      hessian = nil
      return
    }
    var nested = Evaluator<Dual<Dual<Double>>>(program)
    var hessianSweep = ForwardSweep<Dual<Dual<Double>>>()
    hessianSweep.load(count: values.count) { Dual(values[$0]) }
    let usedHessian = hessianSweep.hessian(of: { w in
      for k in w.indices { nested.setVariable(registers[k], to: w[k]) }
      return nested.evaluate()
    })
    var hessian = [[Double]](repeating: [Double](repeating: 0, count: point.count), count: point.count)
    for (k, row) in used.enumerated() {
      for (l, column) in used.enumerated() { hessian[row][column] = usedHessian[k][l] }
    }
    self.hessian = hessian
  }
}

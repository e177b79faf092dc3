// Derivatives of a formula of several variables at a point: the gradient
// from one sweep per variable over Dual<Double>, the Hessian from one sweep
// per pair (i ≤ j) over Dual<Dual<Double>>.

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
    // registers[i]: the register of the i-th named variable, nil when the
    // formula does not use it (its derivatives are then 0).
    let registers = point.map { value in program.variables.firstIndex(of: value.name) }
    var dual = Evaluator<Dual<Double>>(program)
    for (register, value) in zip(registers, point) {
      if let register { dual.setVariable(register, to: Dual(value.value)) }
    }
    var value = dual.evaluate().value
    var gradient = [Double](repeating: 0, count: point.count)
    for (index, register) in registers.enumerated() {
      guard let register else { continue }
      let x = point[index].value
      dual.setVariable(register, to: Dual(x, derivative: 1))
      let result = dual.evaluate()
      value = result.value
      gradient[index] = result.derivative
      dual.setVariable(register, to: Dual(x))
    }
    self.value = value
    self.gradient = gradient
    hessian = withHessian ? Self.hessian(of: program, at: point, registers: registers) : nil
  }

  private static func hessian(of program: Program, at point: [NamedValue], registers: [Int?]) -> [[Double]] {
    var matrix = [[Double]](repeating: [Double](repeating: 0, count: point.count), count: point.count)
    var nested = Evaluator<Dual<Dual<Double>>>(program)
    for (register, value) in zip(registers, point) {
      if let register { nested.setVariable(register, to: Dual(Dual(value.value))) }
    }
    for i in point.indices {
      guard let first = registers[i] else { continue }
      for j in i..<point.count {
        guard let second = registers[j] else { continue }
        // The inner tangent carries direction i, the outer one direction j.
        let xi = point[i].value, xj = point[j].value
        if first == second {
          nested.setVariable(first, to: Dual(Dual(xi, derivative: 1), derivative: Dual(1)))
        } else {
          nested.setVariable(first, to: Dual(Dual(xi, derivative: 1)))
          nested.setVariable(second, to: Dual(Dual(xj), derivative: Dual(1)))
        }
        let entry = nested.evaluate().derivative.derivative
        matrix[i][j] = entry
        matrix[j][i] = entry
        nested.setVariable(first, to: Dual(Dual(xi)))
        nested.setVariable(second, to: Dual(Dual(xj)))
      }
    }
    return matrix
  }
}

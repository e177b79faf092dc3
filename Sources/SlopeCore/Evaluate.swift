// Running a compiled program over any `RealScalar`: Double for values,
// Dual<Double> for first derivatives, Dual<Dual<Double>> for second ones and
// Taylor<Double> for any order. The evaluator is generic and the module is
// compiled whole, so the loop is specialised for each number type: a switch over operation
// codes on a preallocated register array, with no allocation for plain and
// dual numbers and no name or dictionary lookups.

import DualGrad

/// Runs one instruction on a register array.
@inline(__always)
func execute<S: RealScalar>(_ instruction: Instruction, _ r: UnsafeMutablePointer<S>) {
  let d = Int(instruction.destination)
  let a = Int(instruction.first)
  let b = Int(instruction.second)
  switch instruction.operation {
  case .constant, .variable: break  // leaves never become instructions
  case .add: r[d] = r[a] + r[b]
  case .subtract: r[d] = r[a] - r[b]
  case .multiply: r[d] = r[a] * r[b]
  case .divide: r[d] = r[a] / r[b]
  case .negate: r[d] = -r[a]
  case .power: r[d] = S.pow(r[a], r[b])
  case .integerPower: r[d] = S.pow(r[a], Int(instruction.second))
  case .exp: r[d] = S.exp(r[a])
  case .exp2: r[d] = S.exp2(r[a])
  case .expm1: r[d] = S.expMinusOne(r[a])
  case .log: r[d] = S.log(r[a])
  case .log2: r[d] = S.log2(r[a])
  case .log10: r[d] = S.log10(r[a])
  case .log1p: r[d] = S.log(onePlus: r[a])
  case .sqrt: r[d] = S.sqrt(r[a])
  case .cbrt: r[d] = S.root(r[a], 3)
  case .sin: r[d] = S.sin(r[a])
  case .cos: r[d] = S.cos(r[a])
  case .tan: r[d] = S.tan(r[a])
  case .asin: r[d] = S.asin(r[a])
  case .acos: r[d] = S.acos(r[a])
  case .atan: r[d] = S.atan(r[a])
  case .sinh: r[d] = S.sinh(r[a])
  case .cosh: r[d] = S.cosh(r[a])
  case .tanh: r[d] = S.tanh(r[a])
  case .asinh: r[d] = S.asinh(r[a])
  case .acosh: r[d] = S.acosh(r[a])
  case .atanh: r[d] = S.atanh(r[a])
  case .abs: r[d] = r[a].magnitude
  case .sigmoid: r[d] = S.sigmoid(r[a])
  case .softplus: r[d] = S.softplus(r[a])
  case .logSigmoid: r[d] = S.logSigmoid(r[a])
  case .erf: r[d] = S.erf(r[a])
  case .erfc: r[d] = S.erfc(r[a])
  case .atan2: r[d] = S.atan2(y: r[a], x: r[b])
  case .hypot: r[d] = S.hypot(r[a], r[b])
  case .minimum: r[d] = S.minimum(r[a], r[b])
  case .maximum: r[d] = S.maximum(r[a], r[b])
  }
}

/// Evaluates a compiled program over one number type, reusing one register
/// array for every evaluation.
///
/// ```swift
/// let program = try Program(compiling: Parser.parse("x * x"))
/// var f = Evaluator<Dual<Double>>(program)
/// f(Dual(3, derivative: 1))                // 9.0 + 6.0ε
/// ```
struct Evaluator<S: RealScalar> {
  /// The program being evaluated.
  ///
  /// ```swift
  /// Evaluator<Double>(try Program(compiling: Parser.parse("x + y"))).program.variables   // ["x", "y"]
  /// ```
  let program: Program
  var registers: [S]

  /// Creates an evaluator and loads the program's constants.
  ///
  /// ```swift
  /// var f = Evaluator<Double>(try Program(compiling: Parser.parse("x + 1")))
  /// f(2)   // 3.0
  /// ```
  /// - Parameters:
  ///   - program: The compiled expression.
  ///   - constant: How to make a constant of type `S` (for number types whose
  ///     constants need more than `S(Double)`, such as a Taylor series of a
  ///     given order).
  init(_ program: Program, constant: (Double) -> S = { S($0) }) {
    self.program = program
    registers = Array(repeating: constant(0), count: max(1, program.registerCount))
    for (register, value) in program.constants {
      registers[Int(register)] = constant(value)
    }
  }

  /// Sets variable `index` (in ``Program/variables`` order) for the next evaluation.
  ///
  /// ```swift
  /// var f = Evaluator<Double>(try Program(compiling: Parser.parse("x - y")))
  /// f.setVariable(0, to: 5); f.setVariable(1, to: 2); f.evaluate()   // 3.0
  /// ```
  mutating func setVariable(_ index: Int, to value: S) {
    registers[index] = value
  }

  /// Evaluates the program with the variables set so far.
  ///
  /// ```swift
  /// var f = Evaluator<Double>(try Program(compiling: Parser.parse("x - y")))
  /// f.setVariable(0, to: 5); f.setVariable(1, to: 2); f.evaluate()   // 3.0
  /// ```
  mutating func evaluate() -> S {
    let program = self.program
    return registers.withUnsafeMutableBufferPointer { registers in
      let r = registers.baseAddress!
      program.instructions.withUnsafeBufferPointer { code in
        for instruction in code { execute(instruction, r) }
      }
      return r[Int(program.result)]
    }
  }

  /// Evaluates a formula of (at most) one variable at `x`.
  ///
  /// ```swift
  /// var f = Evaluator<Dual<Double>>(try Program(compiling: Parser.parse("x^3")))
  /// f(Dual(2, derivative: 1)).derivative   // 12.0
  /// ```
  mutating func callAsFunction(_ x: S) -> S {
    if !program.variables.isEmpty { registers[0] = x }
    return evaluate()
  }
}

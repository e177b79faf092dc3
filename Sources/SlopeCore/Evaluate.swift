// Running a compiled program over any `RealScalar`: Double for values,
// Dual<Double> for first derivatives, Dual<Dual<Double>> for second ones and
// Taylor<Double> for any order. The evaluator is generic and the module is
// compiled whole, so the loop is specialised for each number type: a switch over operation
// codes on a preallocated register array, with no allocation for plain and
// dual numbers and no name or dictionary lookups. Over a range, each
// instruction runs over a pass of up to 256 points before the next one
// (`evaluate(count:input:output:)`): one dispatch per pass instead of per
// point, and loops LLVM can vectorise (a dual-number sum is one `addpd` per
// point on plain x86-64; calls into libm stay calls).

import DualGrad

/// Runs one instruction on `count` points at once. Registers are laid out
/// register after register, `stride` values each: register k of point i is
/// `r[k * stride + i]`. The switch runs once per instruction and each case is
/// a plain loop over the points, so the dispatch is paid once per block and
/// the loop is what LLVM sees (elementwise arithmetic on it vectorises).
///
/// ```swift
/// // registers x (0) and y (1) of 4 points each; y = x * x at all of them:
/// execute(Instruction(operation: .multiply, destination: 1, first: 0, second: 0), r, stride: 4, count: 4)
/// ```
@inline(__always)
func execute<S: RealScalar>(_ instruction: Instruction, _ r: UnsafeMutablePointer<S>, stride: Int, count: Int) {
  let d = r + Int(instruction.destination) &* stride
  let a = r + Int(instruction.first) &* stride
  // An operand is read before the result is written, point by point, so a
  // destination equal to an operand (the compiler reuses registers) is safe.
  @inline(__always) func unary(_ operation: (S) -> S) {
    for i in 0..<count { d[i] = operation(a[i]) }
  }
  @inline(__always) func binary(_ operation: (S, S) -> S) {
    let b = r + Int(instruction.second) &* stride
    for i in 0..<count { d[i] = operation(a[i], b[i]) }
  }
  switch instruction.operation {
  case .constant, .variable: break  // leaves never become instructions
  case .add: binary { $0 + $1 }
  case .subtract: binary { $0 - $1 }
  case .multiply: binary { $0 * $1 }
  case .divide: binary { $0 / $1 }
  case .negate: unary { -$0 }
  case .power: binary { S.pow($0, $1) }
  case .integerPower:
    let exponent = Int(instruction.second)
    unary { S.pow($0, exponent) }
  case .exp: unary { S.exp($0) }
  case .exp2: unary { S.exp2($0) }
  case .expm1: unary { S.expMinusOne($0) }
  case .log: unary { S.log($0) }
  case .log2: unary { S.log2($0) }
  case .log10: unary { S.log10($0) }
  case .log1p: unary { S.log(onePlus: $0) }
  case .sqrt: unary { S.sqrt($0) }
  case .cbrt: unary { S.root($0, 3) }
  case .sin: unary { S.sin($0) }
  case .cos: unary { S.cos($0) }
  case .tan: unary { S.tan($0) }
  case .asin: unary { S.asin($0) }
  case .acos: unary { S.acos($0) }
  case .atan: unary { S.atan($0) }
  case .sinh: unary { S.sinh($0) }
  case .cosh: unary { S.cosh($0) }
  case .tanh: unary { S.tanh($0) }
  case .asinh: unary { S.asinh($0) }
  case .acosh: unary { S.acosh($0) }
  case .atanh: unary { S.atanh($0) }
  case .abs: unary { $0.magnitude }
  case .sigmoid: unary { S.sigmoid($0) }
  case .softplus: unary { S.softplus($0) }
  case .logSigmoid: unary { S.logSigmoid($0) }
  case .erf: unary { S.erf($0) }
  case .erfc: unary { S.erfc($0) }
  case .atan2: binary { S.atan2(y: $0, x: $1) }
  case .hypot: binary { S.hypot($0, $1) }
  case .minimum: binary { S.minimum($0, $1) }
  case .maximum: binary { S.maximum($0, $1) }
  }
}

/// Runs one instruction on a register array of one point.
///
/// ```swift
/// execute(Instruction(operation: .add, destination: 2, first: 0, second: 1), r)   // r[2] = r[0] + r[1]
/// ```
@inline(__always)
func execute<S: RealScalar>(_ instruction: Instruction, _ r: UnsafeMutablePointer<S>) {
  execute(instruction, r, stride: 1, count: 1)
}

/// Evaluates a compiled program over one number type, reusing one register
/// array for every evaluation, at one point or at a block of points at once.
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
  /// The most points one pass of ``evaluate(count:input:output:)`` runs: the
  /// stride of the registers, each register holding one value per point.
  ///
  /// ```swift
  /// Evaluator<Double>(try Program(compiling: Parser.parse("x")), points: 256).points   // 256
  /// ```
  let points: Int
  /// Register k of point i at `k * points + i`.
  var registers: [S]

  /// Creates an evaluator and loads the program's constants.
  ///
  /// ```swift
  /// var f = Evaluator<Double>(try Program(compiling: Parser.parse("x + 1")))
  /// f(2)   // 3.0
  /// ```
  /// - Parameters:
  ///   - program: The compiled expression.
  ///   - points: How many points one pass evaluates (see
  ///     ``evaluate(count:input:output:)``); 1 for one point at a time.
  ///   - constant: How to make a constant of type `S` (for number types whose
  ///     constants need more than `S(Double)`, such as a Taylor series of a
  ///     given order).
  init(_ program: Program, points: Int = 1, constant: (Double) -> S = { S($0) }) {
    precondition(points >= 1, "an evaluator evaluates at least one point at a time")
    self.program = program
    self.points = points
    registers = Array(repeating: constant(0), count: max(1, program.registerCount) * points)
    for (register, value) in program.constants {
      let value = constant(value)
      for point in 0..<points { registers[Int(register) * points + point] = value }
    }
  }

  /// Sets variable `index` (in ``Program/variables`` order) for the next evaluation.
  ///
  /// ```swift
  /// var f = Evaluator<Double>(try Program(compiling: Parser.parse("x - y")))
  /// f.setVariable(0, to: 5); f.setVariable(1, to: 2); f.evaluate()   // 3.0
  /// ```
  mutating func setVariable(_ index: Int, to value: S) {
    registers[index * points] = value
  }

  /// Evaluates the program with the variables set so far.
  ///
  /// ```swift
  /// var f = Evaluator<Double>(try Program(compiling: Parser.parse("x - y")))
  /// f.setVariable(0, to: 5); f.setVariable(1, to: 2); f.evaluate()   // 3.0
  /// ```
  mutating func evaluate() -> S {
    let program = self.program
    let points = self.points
    return registers.withUnsafeMutableBufferPointer { registers in
      let r = registers.baseAddress!
      program.instructions.withUnsafeBufferPointer { code in
        for instruction in code { execute(instruction, r, stride: points, count: 1) }
      }
      return r[Int(program.result) * points]
    }
  }

  /// Evaluates a formula of (at most) one variable at `count` points, up to
  /// ``points`` per pass: `input(i)` gives the variable's value at point i,
  /// and `output(i, result)` receives the result there.
  ///
  /// ```swift
  /// var f = Evaluator<Double>(try Program(compiling: Parser.parse("x * x")), points: 256)
  /// var squares = [Double](repeating: 0, count: 3)
  /// f.evaluate(count: 3, input: { Double($0) }, output: { squares[$0] = $1 })   // squares == [0.0, 1.0, 4.0]
  /// ```
  /// Each instruction runs over all the points of a pass before the next
  /// starts (``execute(_:_:stride:count:)``), instead of the whole program
  /// point after point: the operation's dispatch is paid once per pass.
  @inline(__always)  // so that `input` and `output` are inlined into the loops, not called per point
  mutating func evaluate(count: Int, input: (Int) -> S, output: (Int, S) -> Void) {
    let program = self.program
    let points = self.points
    let hasVariable = !program.variables.isEmpty
    registers.withUnsafeMutableBufferPointer { registers in
      let r = registers.baseAddress!
      let result = r + Int(program.result) * points
      program.instructions.withUnsafeBufferPointer { code in
        var first = 0
        while first < count {
          let passCount = min(points, count - first)
          if hasVariable {
            for point in 0..<passCount { r[point] = input(first + point) }
          }
          for instruction in code { execute(instruction, r, stride: points, count: passCount) }
          for point in 0..<passCount { output(first + point, result[point]) }
          first += passCount
        }
      }
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

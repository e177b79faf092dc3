// The compiled form of an expression: a flat list of instructions over
// numbered registers. Compiling once costs a few dictionary lookups per node;
// evaluating then touches only the instruction array and the register array,
// whatever the number type.
//
// What the compiler does, in one pass over the postfix nodes:
//  - folds every subexpression without variables to one constant, computed
//    by the same instruction code the evaluator runs (so folding changes no
//    result);
//  - turns a whole-number exponent (`x^2`, `pow(x, -3)`) into repeated
//    multiplication, exact at 0^0 and cheap for every number type;
//  - shares repeated subexpressions (`exp(-2*x)` twice is computed once);
//  - reuses a temporary register once its last reader has run, so the
//    register array stays as small as the formula's widest point.

/// One step of a program: `registers[destination] = operation(registers[first], registers[second])`.
///
/// ```swift
/// let program = try Program(compiling: Parser.parse("sin(x)"))
/// program.instructions[0].operation   // .sin
/// ```
struct Instruction: Sendable, Equatable {
  /// What to compute.
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("x * y")).instructions[0].operation   // .multiply
  /// ```
  var operation: Operation
  /// The register that receives the result.
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("x * y")).instructions[0].destination   // 2
  /// ```
  var destination: Int32
  /// The register of the first operand.
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("x * y")).instructions[0].first   // 0, the register of x
  /// ```
  var first: Int32
  /// The register of the second operand; for ``Operation/integerPower`` the
  /// exponent itself; for one-argument operations equal to `first`.
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("x * y")).instructions[0].second   // 1, the register of y
  /// try Program(compiling: Parser.parse("x^3")).instructions[0].second     // 3, the exponent
  /// ```
  var second: Int32

  /// Creates an instruction.
  ///
  /// ```swift
  /// Instruction(operation: .add, destination: 2, first: 0, second: 1).destination   // 2
  /// ```
  init(operation: Operation, destination: Int32, first: Int32, second: Int32) {
    self.operation = operation
    self.destination = destination
    self.first = first
    self.second = second
  }
}

/// An expression compiled for repeated evaluation over any ``RealScalar``.
///
/// Registers `0..<variables.count` hold the variables (in the order of
/// ``Expression/variables``), then come the constants, then temporaries.
///
/// ```swift
/// let program = try Program(compiling: Parser.parse("(1-exp(-2*x))/(1+exp(-2*x))"))
/// program.instructions.count   // 6: exp(-2x) is computed once
/// var f = Evaluator<Dual<Double>>(program)
/// f(Dual(1, derivative: 1)).derivative   // 0.419974341614026
/// ```
struct Program: Sendable {
  /// The variable names, in register order.
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("y + x")).variables   // ["y", "x"]
  /// ```
  let variables: [String]
  /// How many registers an evaluation needs.
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("x * y")).registerCount   // 3: x, y and the product
  /// ```
  let registerCount: Int
  /// The registers that hold constants, and their values.
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("y + x*2")).constants.map(\.value)   // [2.0]
  /// ```
  let constants: [(register: Int32, value: Double)]
  /// The instructions, in execution order.
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("y + x*2")).instructions.map(\.operation)   // [.multiply, .add]
  /// ```
  let instructions: [Instruction]
  /// The register that holds the result after the last instruction.
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("x * y")).result   // 2
  /// ```
  let result: Int32

  /// Exponents up to this size become repeated multiplication; larger ones
  /// use the real power, which is as accurate and no slower there.
  static let largestIntegerExponent = 1024.0

  /// Compiles `expression`.
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("2 * pi")).instructions.isEmpty   // true: folded
  /// ```
  /// - Parameter expression: A parsed expression.
  /// - Complexity: O(n) in the number of nodes, with hashing per node.
  init(compiling expression: Expression) {
    var compiler = Compiler(
      variableCount: expression.variables.count, nodeCount: expression.nodes.count,
      leafCount: expression.nodes.reduce(0) { $0 + ($1.operation.arity == 0 ? 1 : 0) })
    for node in expression.nodes {
      compiler.add(node, constants: expression.constants)
    }
    self = compiler.finish(variables: expression.variables)
  }

  fileprivate init(
    variables: [String], registerCount: Int, constants: [(register: Int32, value: Double)],
    instructions: [Instruction], result: Int32
  ) {
    self.variables = variables
    self.registerCount = registerCount
    self.constants = constants
    self.instructions = instructions
    self.result = result
  }
}

/// The compiler's working state. Values are first numbered as virtual
/// registers (one per distinct subexpression), then mapped to reusable
/// physical registers once every instruction's last reader is known.
private struct Compiler {
  enum Value {
    case constant(Double)
    case register(Int32)
  }

  let variableCount: Int
  /// The value of each expression node, by node index.
  var values: [Value] = []
  var code: [Instruction] = []
  var shared: InstructionTable
  /// Virtual registers of constants, keyed by bit pattern (so -0.0 and 0.0
  /// stay apart) split into two halves under the `.constant` operation.
  var constantRegisters: InstructionTable
  var constantValues: [(virtual: Int32, value: Double)] = []
  var nextVirtual: Int32

  init(variableCount: Int, nodeCount: Int, leafCount: Int) {
    self.variableCount = variableCount
    self.nextVirtual = Int32(variableCount)
    // Sized up front: a table that grows while compiling a 5 MB formula
    // spends most of its time rehashing.
    shared = InstructionTable(capacity: nodeCount - leafCount)
    constantRegisters = InstructionTable(capacity: 0)
    values.reserveCapacity(nodeCount)
    code.reserveCapacity(nodeCount)
  }

  mutating func register(of value: Value) -> Int32 {
    switch value {
    case let .register(register):
      return register
    case let .constant(constant):
      let bits = constant.bitPattern
      let key = InstructionTable.Key(
        operation: .constant, first: Int32(truncatingIfNeeded: bits >> 32), second: Int32(truncatingIfNeeded: bits))
      if let known = constantRegisters[key] { return known }
      let virtual = nextVirtual
      nextVirtual += 1
      constantRegisters[key] = virtual
      constantValues.append((virtual, constant))
      return virtual
    }
  }

  mutating func add(_ node: Node, constants: [Double]) {
    switch node.operation {
    case .constant:
      values.append(.constant(constants[Int(node.first)]))
    case .variable:
      values.append(.register(node.first))
    default:
      let first = values[Int(node.first)]
      let second = values[Int(node.second)]
      values.append(emit(node.operation, first, second))
    }
  }

  mutating func emit(_ operation: Operation, _ first: Value, _ second: Value) -> Value {
    if case let .constant(a) = first, case let .constant(b) = second {
      return .constant(fold(operation, a, b))
    }
    if operation == .power, case let .constant(exponent) = second,
      exponent == exponent.rounded(), exponent.magnitude <= Program.largestIntegerExponent
    {
      return instruction(.integerPower, register(of: first), Int32(exponent))
    }
    var a = register(of: first)
    var b = operation.arity == 2 ? register(of: second) : a
    // Operand order does not change these results (ties of min/max average
    // both tangents), so x*y and y*x share one instruction.
    switch operation {
    case .add, .multiply, .hypot, .minimum, .maximum:
      if a > b { swap(&a, &b) }
    default:
      break
    }
    return instruction(operation, a, b)
  }

  mutating func instruction(_ operation: Operation, _ first: Int32, _ second: Int32) -> Value {
    let key = InstructionTable.Key(operation: operation, first: first, second: second)
    if let known = shared[key] { return .register(known) }
    let destination = nextVirtual
    nextVirtual += 1
    shared[key] = destination
    code.append(Instruction(operation: operation, destination: destination, first: first, second: second))
    return .register(destination)
  }

  /// Evaluates one operation on constants with the evaluator's own code.
  func fold(_ operation: Operation, _ a: Double, _ b: Double) -> Double {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: 3) { registers in
      registers.initialize(repeating: 0)
      registers[0] = a
      registers[1] = b
      execute(Instruction(operation: operation, destination: 2, first: 0, second: 1), registers.baseAddress!)
      return registers[2]
    }
  }

  mutating func finish(variables: [String]) -> Program {
    let resultVirtual = register(of: values.last ?? .constant(0))
    // The last instruction that reads each virtual register.
    var lastRead = [Int](repeating: -1, count: Int(nextVirtual))
    for (index, instruction) in code.enumerated() {
      lastRead[Int(instruction.first)] = index
      if instruction.operation != .integerPower { lastRead[Int(instruction.second)] = index }
    }
    lastRead[Int(resultVirtual)] = Int.max

    // Variables and constants keep their registers for the whole run.
    var physical = [Int32](repeating: -1, count: Int(nextVirtual))
    for variable in 0..<variableCount { physical[variable] = Int32(variable) }
    var registerCount = Int32(variableCount)
    var constants: [(register: Int32, value: Double)] = []
    for (virtual, value) in constantValues {
      physical[Int(virtual)] = registerCount
      constants.append((registerCount, value))
      registerCount += 1
    }
    let fixedCount = registerCount
    var free: [Int32] = []
    var program: [Instruction] = []
    program.reserveCapacity(code.count)
    for (index, instruction) in code.enumerated() {
      let first = physical[Int(instruction.first)]
      let second = instruction.operation == .integerPower ? instruction.second : physical[Int(instruction.second)]
      // Operands read for the last time free their registers before the
      // destination is chosen, so `t = exp(t)` can work in place: the
      // evaluator reads every operand before it writes.
      if lastRead[Int(instruction.first)] == index, first >= fixedCount { free.append(first) }
      if instruction.operation != .integerPower, instruction.second != instruction.first,
        lastRead[Int(instruction.second)] == index, second >= fixedCount
      {
        free.append(second)
      }
      let destination: Int32
      if let reused = free.popLast() {
        destination = reused
      } else {
        destination = registerCount
        registerCount += 1
      }
      physical[Int(instruction.destination)] = destination
      program.append(
        Instruction(operation: instruction.operation, destination: destination, first: first, second: second))
    }
    return Program(
      variables: variables, registerCount: Int(registerCount), constants: constants,
      instructions: program, result: physical[Int(resultVirtual)])
  }
}

/// A hash map from (operation, operand, operand) to a register, with open
/// addressing and a multiplicative hash: the standard Dictionary's seeded
/// SipHash made compiling a 5 MB formula take seconds; this takes a fraction.
private struct InstructionTable {
  struct Key: Equatable {
    var operation: Operation
    var first: Int32
    var second: Int32
  }

  private var keys: [Key]
  private var values: [Int32]
  private var count = 0
  private var mask: Int

  /// Creates a table that holds `capacity` entries without growing.
  init(capacity: Int) {
    var size = 64
    while size * 3 < capacity * 4 + 4 { size *= 2 }
    keys = Array(repeating: Key(operation: .constant, first: 0, second: 0), count: size)
    values = Array(repeating: -1, count: size)
    mask = size - 1
  }

  private func slot(for key: Key) -> Int {
    var hash = UInt64(UInt32(bitPattern: key.first)) &* 0x9E37_79B9_7F4A_7C15
    hash ^= (UInt64(UInt32(bitPattern: key.second)) &+ UInt64(key.operation.rawValue) << 32) &* 0xC2B2_AE3D_27D4_EB4F
    hash ^= hash >> 29
    return Int(truncatingIfNeeded: hash) & mask
  }

  subscript(key: Key) -> Int32? {
    get {
      var index = slot(for: key)
      while values[index] >= 0 {
        if keys[index] == key { return values[index] }
        index = (index + 1) & mask
      }
      return nil
    }
    set {
      guard let newValue else { preconditionFailure("entries are never removed") }
      // At most three quarters full: probes stay short, memory stays modest.
      if (count + 1) * 4 > keys.count * 3 { grow() }
      var index = slot(for: key)
      while values[index] >= 0 {
        if keys[index] == key {
          values[index] = newValue
          return
        }
        index = (index + 1) & mask
      }
      keys[index] = key
      values[index] = newValue
      count += 1
    }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = Array(repeating: Key(operation: .constant, first: 0, second: 0), count: oldKeys.count * 2)
    values = Array(repeating: -1, count: oldKeys.count * 2)
    mask = keys.count - 1
    count = 0
    for (key, value) in zip(oldKeys, oldValues) where value >= 0 {
      self[key] = value
    }
  }
}

// Why an answer at a point is not finite. A script reading `nan` or `inf`
// cannot tell a formula evaluated outside its domain from a removable
// singularity or an overflow, so `slope` adds one line on standard error
// saying which, found by running the program one instruction at a time and
// naming the first step that turned finite inputs into a non-finite result.

import DualGrad
import DualGradIO

/// The one-line explanation `slope` prints when an answer at a point is not finite.
///
/// ```swift
/// let program = try Program(compiling: Parser.parse("sin(x)/x"))
/// NonFiniteNote(program: program, at: [NamedValue(name: "x", value: 0)], printed: [.nan])?.text
/// // "the result at x = 0.0 is nan: the formula divides 0 by 0 there, a removable singularity
/// //  if the limit exists (try a point nearby)"
/// ```
struct NonFiniteNote {
  /// The sentence, without the "slope: note: " prefix.
  let text: String

  /// The note for `printed`, the numbers written for the point `point`
  /// (every variable of `program` named), or nil when all of them are finite.
  ///
  /// - Parameters:
  ///   - derivativeDirection: The variable whose derivative was asked for
  ///     first when a derivative is what is not finite (nil: the first one).
  init?(program: Program, at point: [NamedValue], printed: [Double], derivativeDirection: String? = nil) {
    guard let bad = printed.first(where: { !$0.isFinite }) else { return nil }
    let location = point.map { "\($0.name) = \(NumberFormat.csv.string($0.value))" }.joined(separator: ", ")
    let prefix = "the result at \(location) is \(NumberFormat.csv.string(bad)): "
    var values = Stepper<Double>(program, at: point) { $0 }
    if let reason = values.firstNonFiniteStep() {
      text = prefix + reason
      return
    }
    // The value is finite: a derivative is not. Follow one direction with
    // dual numbers and name the first function whose slope is not finite.
    let direction = derivativeDirection ?? point.first(where: { program.variables.contains($0.name) })?.name
    var slopes = Stepper<Dual<Double>>(program, at: point) { value in Dual(value) }
    if let direction, let register = program.variables.firstIndex(of: direction) {
      slopes.registers[register] = Dual(slopes.registers[register].value, derivative: 1)
    }
    if let reason = slopes.firstNonFiniteSlope() {
      text = prefix + reason
      return
    }
    text =
      prefix + "a higher derivative is not finite there (a function in the formula is not smooth enough at "
      + "this point, or a term overflows)"
  }
}

/// Runs a program one instruction at a time, watching for the first
/// non-finite result.
private struct Stepper<S: RealScalar> {
  let program: Program
  var registers: [S]

  init(_ program: Program, at point: [NamedValue], lift: (Double) -> S) {
    self.program = program
    registers = Array(repeating: lift(0), count: max(1, program.registerCount))
    for (register, value) in program.constants { registers[Int(register)] = lift(value) }
    for named in point {
      if let register = program.variables.firstIndex(of: named.name) { registers[register] = lift(named.value) }
    }
  }

  /// Runs `instruction`, returning its operands as they were.
  mutating func run(_ instruction: Instruction) -> (first: S, second: S?) {
    let first = registers[Int(instruction.first)]
    let second = instruction.operation.arity == 2 ? registers[Int(instruction.second)] : nil
    registers.withUnsafeMutableBufferPointer { execute(instruction, $0.baseAddress!) }
    return (first, second)
  }
}

extension Stepper where S == Double {
  /// Why the value first stops being finite, or nil if it never does.
  mutating func firstNonFiniteStep() -> String? {
    if program.constants.contains(where: { !$0.value.isFinite }) {
      return "a part of the formula without variables is not finite (it overflows or is undefined)"
    }
    for instruction in program.instructions {
      let (a, b) = run(instruction)
      let result = registers[Int(instruction.destination)]
      guard !result.isFinite, a.isFinite, b?.isFinite ?? true else { continue }
      return Self.reason(instruction, a, b, result)
    }
    return nil
  }

  static func reason(_ instruction: Instruction, _ a: Double, _ b: Double?, _ result: Double) -> String {
    let operation = instruction.operation
    let call = spelled(instruction, a, b)
    switch operation {
    case .divide where b == 0:
      return a == 0
        ? "the formula divides 0 by 0 there, a removable singularity if the limit exists (try a point nearby)"
        : "the formula divides \(number(a)) by 0 there (a pole)"
    case .integerPower where a == 0, .power where a == 0:
      return "\(call) divides by 0 (a pole)"
    default:
      break
    }
    if result.isNaN {
      return "\(call) is outside the domain of \(name(operation))"
    }
    switch operation {
    case .exp, .exp2, .expm1, .sinh, .cosh, .add, .subtract, .multiply, .divide, .power, .integerPower, .hypot:
      return "\(call) overflows (beyond the largest double, about 1.8e308)"
    default:
      return "\(call) is \(number(result)) (a pole)"
    }
  }
}

extension Stepper where S == Dual<Double> {
  /// Why the slope first stops being finite while the value stays finite, or nil.
  mutating func firstNonFiniteSlope() -> String? {
    for instruction in program.instructions {
      let (a, b) = run(instruction)
      let result = registers[Int(instruction.destination)]
      guard result.value.isFinite, !result.derivative.isFinite,
        a.value.isFinite, a.derivative.isFinite, b.map({ $0.value.isFinite && $0.derivative.isFinite }) ?? true
      else { continue }
      let call = spelled(instruction, a.value, b?.value)
      if result.derivative.isNaN { return "the slope of \(call) is undefined" }
      if instruction.operation.arity == 1 && instruction.operation != .integerPower || instruction.operation == .power {
        return "the slope of \(call) is \(number(result.derivative)) (a vertical tangent)"
      }
      return "the slope of \(call) overflows"
    }
    return nil
  }
}

/// The operation applied to its operands as a person would write it: `sqrt(-1.0)`, `2.0^0.5`.
private func spelled(_ instruction: Instruction, _ a: Double, _ b: Double?) -> String {
  let operation = instruction.operation
  switch operation {
  case .add: return "\(number(a)) + \(number(b ?? 0))"
  case .subtract: return "\(number(a)) - \(number(b ?? 0))"
  case .multiply: return "\(number(a)) * \(number(b ?? 0))"
  case .divide: return "\(number(a)) / \(number(b ?? 0))"
  case .negate: return "-\(number(a))"
  case .power: return "\(base(a))^\(number(b ?? 0))"
  case .integerPower: return "\(base(a))^\(instruction.second)"
  default:
    let arguments = b.map { "\(number(a)), \(number($0))" } ?? number(a)
    return "\(name(operation))(\(arguments))"
  }
}

/// The name a formula uses for `operation`: `log` (also spelled `ln`), `^`, `/`.
private func name(_ operation: Operation) -> String {
  switch operation {
  case .power, .integerPower: return "^"
  case .divide: return "/"
  default: return FunctionTable.functions.first { $0.operation == operation }?.name ?? "\(operation)"
  }
}

private func number(_ value: Double) -> String { NumberFormat.csv.string(value) }

/// A power's base, in parentheses when negative: `(-2.0)^0.5`.
private func base(_ value: Double) -> String { value < 0 ? "(\(number(value)))" : number(value) }

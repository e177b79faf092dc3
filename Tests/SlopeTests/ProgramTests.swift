import DualGrad
import Testing

@testable import SlopeCore

@Suite("Program: folding, sharing, integer powers, register reuse")
struct ProgramTests {
  @Test("subexpressions without variables fold to one constant")
  func folding() throws {
    let program = try compile("x * (2 * pi + sin(0) - 1)")
    #expect(program.instructions.count == 1)
    #expect(program.constants.map(\.value) == [2 * Double.pi - 1])
  }

  @Test("a repeated subexpression is computed once")
  func sharing() throws {
    let program = try compile("(1-exp(-2*x))/(1+exp(-2*x))")
    #expect(program.instructions.filter { $0.operation == .exp }.count == 1)
    #expect(try compile("x*y + y*x").instructions.count == 2)
  }

  @Test(
    "whole-number exponents become integer powers; others stay real",
    arguments: [
      ("x^2", Operation.integerPower), ("x^-3", .integerPower), ("pow(x, 4)", .integerPower),
      ("x^2.5", .power), ("x^y", .power), ("x^1e6", .power),
    ])
  func powers(text: String, operation: Operation) throws {
    #expect(try compile(text).instructions.last?.operation == operation)
  }

  @Test("temporaries are reused: a long sum needs few registers")
  func registers() throws {
    let text = (1...1000).map { "sin(\($0)*x)" }.joined(separator: " + ")
    let program = try compile(text)
    // 1 variable + 1000 constants + a handful of temporaries.
    #expect(program.registerCount < 1001 + 5)
  }

  @Test("a formula that is just a variable or a constant has no instructions")
  func leaves() throws {
    var identity = Evaluator<Double>(try compile("(((x)))"))
    #expect(identity(4) == 4)
    var constant = Evaluator<Double>(try compile("3"))
    #expect(constant(4) == 3)
  }
}

@Suite("Negative constants")
struct NegativeConstantTests {
  @Test("a negated constant folds to its negative, in every build configuration")
  func negatedConstants() throws {
    var constant = Evaluator<Double>(try compile("-7"))
    #expect(constant.evaluate() == -7)
    var scaled = Evaluator<Dual<Double>>(try compile("x*(-7)"))
    #expect(scaled(Dual(1, derivative: 1)).derivative == -7)
    var shifted = Evaluator<Double>(try compile("-7+x"))
    shifted.setVariable(0, to: 1)
    #expect(shifted.evaluate() == -6)
  }
}

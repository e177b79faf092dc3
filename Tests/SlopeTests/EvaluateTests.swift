import DualGrad
import DualGradTestSupport
import Testing
@testable import SlopeCore

/// Values and first two derivatives of formulas in the expression language.
/// Computed once with mpmath 1.3 at 40 significant digits (`mp.dps = 40`,
/// `mpmath.diff(f, x, k)` for k = 0, 1, 2), printed to 25 digits; the
/// formulas were typed into mpmath by hand, independent of DualGrad.
let evaluationReferences: [(text: String, x: Double, value: Double, first: Double, second: Double)] = [
  ("(1-exp(-2*x))/(1+exp(-2*x))", 1, 0.7615941559557648881194583, 0.4199743416140260693944967, -0.6397000084492245001884918),
  ("x^3 - 2*x", 2, 4.0, 10.0, 12.0),
  ("sin(x)*exp(-x^2)", 0.5, 0.3733769848893833411211888, 0.3100850015206485575580491, -2.113677942598830479600853),
  ("log(1+x^2) / sqrt(x)", 1.3, 0.8678850392935870980257214, 0.5139121325158376033483363, -0.4341958073746597423086087),
  ("atan2(x, 1 + x^2)", 0.7, 0.4391959615026893216215459, 0.1881849378251725028596731, -0.9034967246824328201668198),
  ("hypot(x, 3)", 4, 5.0, 0.8, 0.072),
  ("sigmoid(x) + softplus(-x) + logsigmoid(2*x)", 0.3, 0.6913098107943004795153195, 0.527588216050813950399836, -0.707074834091459578226765),
  ("erf(x)*erfc(x)", 0.4, 0.2448723451842376113293367, 0.1377074158705008343654969, -1.959289271443566675893371),
  ("cbrt(x) + log2(x) + log10(x)", 2.5, 3.077076911856853243201886, 0.9317569835565465321056274, -0.3485746368306638877620902),
  ("asinh(x) + acosh(x + 2) + atanh(x/2)", 0.6, 2.487782415369459620173515, 1.823610141829760304109375, -0.3852468624490373738875619),
  ("2^x + x^x", 1.5, 4.665544431833573671251341, 4.542520561550043761344582, 6.212588125078520209532413),
  ("-x^2", 3, -9.0, -6.0, -2.0),
  ("pow(x, 2.5) + min(x, 1) + max(x, 2)", 1.5, 5.755675960631075360471945, 4.592793267718458934119908, 4.592793267718458934119908),
  ("expm1(x) + log1p(x) + ln(x)", 0.25, -0.8791253931179393789947486, 6.084025416687741484073421, -15.35597458331225851592658),
  ("abs(x - 2) * tan(x)", 0.9, 1.386174039305373050848033, 1.5866403890352735098516, 1.998835849080133837852928),
  ("asin(x) + acos(x/2) + sinh(x) + cosh(x) + atan(x)", 0.3, 3.366236310087478296759413, 2.809853099534298239250276, 1.151637039984581380674589),
  ("exp2(x) * cos(pi*x) / e", 0.75, -0.4374848489043041681569391, -1.677640576930314793678026, 2.20228963257103993015643),
  ("t * exp(-t)", 2, 0.270670566473225383787999, -0.1353352832366126918939995, 0),
]

func compile(_ text: String) throws -> Program {
  try Program(compiling: Parser.parse(text))
}

@Suite("Evaluator: values and derivatives against mpmath")
struct EvaluateTests {
  @Test("value, first and second derivative of each formula", arguments: evaluationReferences)
  func references(text: String, x: Double, value: Double, first: Double, second: Double) throws {
    let program = try compile(text)
    var plain = Evaluator<Double>(program)
    #expect(isClose(plain(x), value, tolerance: 1e-14))
    var dual = Evaluator<Dual<Double>>(program)
    let d = dual(Dual(x, derivative: 1))
    #expect(isClose(d.value, value, tolerance: 1e-14))
    #expect(isClose(d.derivative, first, tolerance: 1e-13))
    var nested = Evaluator<Dual<Dual<Double>>>(program)
    let n = nested(Dual(Dual(x, derivative: 1), derivative: 1))
    #expect(isClose(n.value.value, value, tolerance: 1e-14))
    #expect(isClose(n.derivative.derivative, second, tolerance: 1e-12) || (second == 0 && abs(n.derivative.derivative) < 1e-15))
  }

  @Test("the tutorial's tanh written with exp has slope 0.419974341614026 at 1, printed so")
  func tutorial() throws {
    var f = Evaluator<Dual<Double>>(try compile("(1-exp(-2*x))/(1+exp(-2*x))"))
    #expect("\(f(Dual(1, derivative: 1)).derivative)" == "0.419974341614026")
  }

  @Test("a formula without variables is a constant with slope 0")
  func constant() throws {
    var f = Evaluator<Dual<Double>>(try compile("2 * pi"))
    let result = f(Dual(5, derivative: 1))
    #expect(result.value == 2 * Double.pi)
    #expect(result.derivative == 0)
  }

  @Test("several variables: each seeded in turn gives the partial derivative")
  func partials() throws {
    let program = try compile("x^2 * y + sin(y)")
    #expect(program.variables == ["x", "y"])
    var f = Evaluator<Dual<Double>>(program)
    f.setVariable(0, to: Dual(3, derivative: 1))
    f.setVariable(1, to: Dual(2))
    #expect(f.evaluate().derivative == 12)
    f.setVariable(0, to: Dual(3))
    f.setVariable(1, to: Dual(2, derivative: 1))
    #expect(isClose(f.evaluate().derivative, 9 + Double.cos(2), tolerance: 1e-15))
  }

  @Test("non-finite results are values, not crashes", arguments: [
    ("log(x)", 0.0, -Double.infinity, Double.infinity),
    ("sqrt(x)", 0.0, 0.0, Double.infinity),
    ("1/x", 0.0, Double.infinity, -Double.infinity),
    ("log(x)", -1.0, Double.nan, Double.nan),
    ("x^0", 0.0, 1.0, 0.0),
    ("abs(x)", 0.0, 0.0, 0.0),
  ])
  func edges(text: String, x: Double, value: Double, slope: Double) throws {
    var f = Evaluator<Dual<Double>>(try compile(text))
    let result = f(Dual(x, derivative: 1))
    #expect(relativeError(result.value, value) == 0)
    #expect(relativeError(result.derivative, slope) == 0)
  }

  @Test("a chain of 100,000 nested functions evaluates (no recursion anywhere)")
  func deepChain() throws {
    let depth = 100_000
    let text = String(repeating: "sin(", count: depth) + "x" + String(repeating: ")", count: depth)
    var f = Evaluator<Dual<Double>>(try compile(text))
    let result = f(Dual(0.5, derivative: 1))
    #expect(result.value > 0 && result.value < 0.01)
    #expect(result.derivative > 0 && result.derivative < 1)
  }
}

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

  @Test("whole-number exponents become integer powers; others stay real", arguments: [
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

/// f, f′, …, f⁽¹⁰⁾ of three formulas, computed once with mpmath 1.3 at 40
/// significant digits (`mpmath.diff(f, x, k)`, k = 0 … 10), printed to 25.
let highOrderReferences: [(text: String, x: Double, derivatives: [Double])] = [
  ("tanh(x)", 0.5, [
    0.4621171572600097585023185, 0.7864477329659274101496989, -0.7268619813835872755398369,
    -0.5652092882597703608656729, 3.952219563724583050878544, -3.266686471971392691135715,
    -36.2795402917916254944744, 144.1520475928463416697911, 322.8593181236682279591528,
    -4889.213970931688340890431, 7300.983297194885027260276]),
  ("(1-exp(-2*x))/(1+exp(-2*x))", 1, [
    0.7615941559557648881194583, 0.4199743416140260693944967, -0.6397000084492245001884918,
    0.6216266807712962631065304, 0.6650910447505016777350715, -5.556893558473719797604583,
    13.62407544131210403616019, 12.28836789432036433879381, -277.0621356030310026468251,
    1183.421867511137222349208, 366.4147966858272390671459]),
  ("log(1+x^2)*sqrt(x)", 1.5, [
    1.443551661909503234993852, 1.61171761474155763647362, 0.3034140795916168609907014,
    -0.6668795580382786998674946, 1.194084715081168661675802, -1.95858335968835136037643,
    1.756926535857891733335708, 8.381434953228152033471146, -78.06011599619174697491136,
    440.6757947991576568340073, -1981.994702639343809383223]),
]

@Suite("Differentiators: orders 1, 2 and any order agree with mpmath and with each other")
struct DifferentiatorTests {
  func run<D: Differentiator>(_ differentiator: inout D, at x: Double) -> [Double] {
    var values = [Double](repeating: .nan, count: differentiator.order + 1)
    values.withUnsafeMutableBufferPointer { differentiator.derivatives(at: x, into: $0) }
    return values
  }

  @Test("order 10 through Taylor series matches mpmath to 1e-10 relative", arguments: highOrderReferences)
  func orderTen(text: String, x: Double, derivatives: [Double]) throws {
    var differentiator = AnyOrderDifferentiator(try compile(text), order: 10)
    let values = run(&differentiator, at: x)
    for (k, (value, expected)) in zip(values, derivatives).enumerated() {
      #expect(isClose(value, expected, tolerance: 1e-10), "\(text): order \(k) gave \(value), expected \(expected)")
    }
  }

  @Test("the dual-number differentiators and the Taylor one agree on orders 1 and 2", arguments: evaluationReferences)
  func agreement(text: String, x: Double, value: Double, first: Double, second: Double) throws {
    let program = try compile(text)
    var one = FirstOrderDifferentiator(program), two = SecondOrderDifferentiator(program)
    var any = AnyOrderDifferentiator(program, order: 2)
    let a = run(&one, at: x), b = run(&two, at: x), c = run(&any, at: x)
    #expect(isClose(a[1], first, tolerance: 1e-13))
    #expect(isClose(b[1], a[1], tolerance: 1e-14) && isClose(c[1], a[1], tolerance: 1e-13))
    #expect(isClose(c[2], b[2], tolerance: 1e-11) || abs(c[2] - b[2]) < 1e-15)
  }

  @Test("a constant formula has zero derivatives of every order")
  func constant() throws {
    var differentiator = AnyOrderDifferentiator(try compile("2 * pi"), order: 4)
    #expect(run(&differentiator, at: 1) == [2 * .pi, 0, 0, 0, 0])
  }

  @Test("order 100 of sin is sin again (period 4 in the order)")
  func orderHundred() throws {
    var differentiator = AnyOrderDifferentiator(try compile("sin(x)"), order: 100)
    let values = run(&differentiator, at: 1)
    #expect(isClose(values[100], Double.sin(1), tolerance: 1e-12))
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

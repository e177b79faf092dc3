import DualGrad
import DualGradTestSupport
import Testing

@testable import SlopeCore

/// Values and first two derivatives of formulas in the expression language.
/// Computed once with mpmath 1.3 at 40 significant digits (`mp.dps = 40`,
/// `mpmath.diff(f, x, k)` for k = 0, 1, 2), printed to 25 digits; the
/// formulas were typed into mpmath by hand, independent of DualGrad.
let evaluationReferences: [(text: String, x: Double, value: Double, first: Double, second: Double)] = [
  (
    "(1-exp(-2*x))/(1+exp(-2*x))", 1, 0.7615941559557648881194583, 0.4199743416140260693944967,
    -0.6397000084492245001884918
  ),
  ("x^3 - 2*x", 2, 4.0, 10.0, 12.0),
  ("sin(x)*exp(-x^2)", 0.5, 0.3733769848893833411211888, 0.3100850015206485575580491, -2.113677942598830479600853),
  ("log(1+x^2) / sqrt(x)", 1.3, 0.8678850392935870980257214, 0.5139121325158376033483363, -0.4341958073746597423086087),
  ("atan2(x, 1 + x^2)", 0.7, 0.4391959615026893216215459, 0.1881849378251725028596731, -0.9034967246824328201668198),
  ("hypot(x, 3)", 4, 5.0, 0.8, 0.072),
  (
    "sigmoid(x) + softplus(-x) + logsigmoid(2*x)", 0.3, 0.6913098107943004795153195, 0.527588216050813950399836,
    -0.707074834091459578226765
  ),
  ("erf(x)*erfc(x)", 0.4, 0.2448723451842376113293367, 0.1377074158705008343654969, -1.959289271443566675893371),
  (
    "cbrt(x) + log2(x) + log10(x)", 2.5, 3.077076911856853243201886, 0.9317569835565465321056274,
    -0.3485746368306638877620902
  ),
  (
    "asinh(x) + acosh(x + 2) + atanh(x/2)", 0.6, 2.487782415369459620173515, 1.823610141829760304109375,
    -0.3852468624490373738875619
  ),
  ("2^x + x^x", 1.5, 4.665544431833573671251341, 4.542520561550043761344582, 6.212588125078520209532413),
  ("-x^2", 3, -9.0, -6.0, -2.0),
  (
    "pow(x, 2.5) + min(x, 1) + max(x, 2)", 1.5, 5.755675960631075360471945, 4.592793267718458934119908,
    4.592793267718458934119908
  ),
  (
    "expm1(x) + log1p(x) + ln(x)", 0.25, -0.8791253931179393789947486, 6.084025416687741484073421,
    -15.35597458331225851592658
  ),
  ("abs(x - 2) * tan(x)", 0.9, 1.386174039305373050848033, 1.5866403890352735098516, 1.998835849080133837852928),
  (
    "asin(x) + acos(x/2) + sinh(x) + cosh(x) + atan(x)", 0.3, 3.366236310087478296759413, 2.809853099534298239250276,
    1.151637039984581380674589
  ),
  (
    "exp2(x) * cos(pi*x) / e", 0.75, -0.4374848489043041681569391, -1.677640576930314793678026,
    2.20228963257103993015643
  ),
  ("t * exp(-t)", 2, 0.270670566473225383787999, -0.1353352832366126918939995, 0),
]

func compile(_ text: String) throws -> Program {
  try Program(compiling: Parser.parse(text))
}

@Suite("Evaluator: values and derivatives against mpmath")
struct EvaluatorTests {
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
    #expect(
      isClose(n.derivative.derivative, second, tolerance: 1e-12)
        || (second == 0 && abs(n.derivative.derivative) < 1e-15))
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

  @Test(
    "non-finite results are values, not crashes",
    arguments: [
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

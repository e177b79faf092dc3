import DualGrad
import DualGradTestSupport
import Testing

@testable import SlopeCore

/// f, f′, …, f⁽¹⁰⁾ of three formulas, computed once with mpmath 1.3 at 40
/// significant digits (`mpmath.diff(f, x, k)`, k = 0 … 10), printed to 25.
let highOrderReferences: [(text: String, x: Double, derivatives: [Double])] = [
  (
    "tanh(x)", 0.5,
    [
      0.4621171572600097585023185, 0.7864477329659274101496989, -0.7268619813835872755398369,
      -0.5652092882597703608656729, 3.952219563724583050878544, -3.266686471971392691135715,
      -36.2795402917916254944744, 144.1520475928463416697911, 322.8593181236682279591528,
      -4889.213970931688340890431, 7300.983297194885027260276,
    ]
  ),
  (
    "(1-exp(-2*x))/(1+exp(-2*x))", 1,
    [
      0.7615941559557648881194583, 0.4199743416140260693944967, -0.6397000084492245001884918,
      0.6216266807712962631065304, 0.6650910447505016777350715, -5.556893558473719797604583,
      13.62407544131210403616019, 12.28836789432036433879381, -277.0621356030310026468251,
      1183.421867511137222349208, 366.4147966858272390671459,
    ]
  ),
  (
    "log(1+x^2)*sqrt(x)", 1.5,
    [
      1.443551661909503234993852, 1.61171761474155763647362, 0.3034140795916168609907014,
      -0.6668795580382786998674946, 1.194084715081168661675802, -1.95858335968835136037643,
      1.756926535857891733335708, 8.381434953228152033471146, -78.06011599619174697491136,
      440.6757947991576568340073, -1981.994702639343809383223,
    ]
  ),
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
    var one = FirstOrderDifferentiator(program)
    var two = SecondOrderDifferentiator(program)
    var any = AnyOrderDifferentiator(program, order: 2)
    let a = run(&one, at: x)
    let b = run(&two, at: x)
    let c = run(&any, at: x)
    #expect(isClose(a[1], first, tolerance: 1e-13))
    #expect(isClose(b[1], a[1], tolerance: 1e-14) && isClose(c[1], a[1], tolerance: 1e-13))
    #expect(isClose(c[2], b[2], tolerance: 1e-11) || abs(c[2] - b[2]) < 1e-15)
  }

  @Test("the order picks the cheapest number type: dual for 1, nested dual for 2, Taylor beyond")
  func choice() throws {
    let program = try compile("sin(x)")
    #expect(differentiator(for: program, order: 1) is FirstOrderDifferentiator)
    #expect(differentiator(for: program, order: 2) is SecondOrderDifferentiator)
    for order in [0, 3, 10] {
      let chosen = differentiator(for: program, order: order)
      #expect(chosen is AnyOrderDifferentiator && chosen.order == order)
    }
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

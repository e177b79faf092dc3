import DualGradTestSupport
import Testing

@testable import SlopeCore

@Suite("PointGradient: gradient and Hessian of a formula of several variables against mpmath")
struct PointGradientTests {
  /// f(x, y, z) = exp(x·y)·log(z + x)/(1 + y²) + atan2(z, y) at x = 0.7,
  /// y = −2.1, z = 1.3 (the doubles, converted exactly): the value, the
  /// gradient and the Hessian in x, y, z order, from mpmath 1.3 at 40
  /// significant digits (`mp.diff(f, (x, y, z), orders)`), printed to 25.
  static let formula = "exp(x*y)*log(z+x)/(1+y^2) + atan2(z,y)"
  static let value = 2.616743974725775301333114
  static let gradient = [-0.04061347156716336318176078, -0.1696235204431151065035642, -0.3230122502403106538908723]
  static let hessian = [
    [0.03003817370273604424228809, -0.03050047978019938525805354, -0.05525011658830702204661045],
    [-0.03050047978019938525805354, -0.07566245539461430016291647, -0.04172633584241576961118127],
    [-0.05525011658830702204661045, -0.04172633584241576961118127, 0.1361097263026331497076168],
  ]

  @Test("value, gradient and Hessian in the order the point names the variables; an unused name has zeros")
  func reorderedPointWithUnusedName() throws {
    let program = try Program(compiling: Parser.parse(Self.formula))
    // The point's order: z, x, w (not in the formula), y. Index into x, y, z.
    let order: [Int?] = [2, 0, nil, 1]
    let point = [
      NamedValue(name: "z", value: 1.3), NamedValue(name: "x", value: 0.7),
      NamedValue(name: "w", value: 5), NamedValue(name: "y", value: -2.1),
    ]
    let result = PointGradient(of: program, at: point, withHessian: true)
    #expect(isClose(result.value, Self.value, tolerance: 1e-14))
    #expect(result.gradient.count == 4)
    for (index, variable) in order.enumerated() {
      let expected = variable.map { Self.gradient[$0] } ?? 0
      #expect(
        isClose(result.gradient[index], expected, tolerance: 1e-13) || (expected == 0 && result.gradient[index] == 0),
        "∂f/∂\(point[index].name) = \(result.gradient[index]), expected \(expected)")
    }
    let hessian = try #require(result.hessian)
    #expect(hessian.count == 4 && hessian.allSatisfy { $0.count == 4 })
    for (row, first) in order.enumerated() {
      for (column, second) in order.enumerated() {
        let expected = first.flatMap { i in second.map { j in Self.hessian[i][j] } } ?? 0
        let entry = hessian[row][column]
        #expect(
          isClose(entry, expected, tolerance: 1e-12) || (expected == 0 && entry == 0),
          "∂²f/∂\(point[row].name)∂\(point[column].name) = \(entry), expected \(expected)")
      }
    }
  }

  @Test("without the Hessian, none is computed; a constant formula has value and zero gradient")
  func constantWithoutHessian() throws {
    let program = try Program(compiling: Parser.parse("2 * pi"))
    let result = PointGradient(
      of: program, at: [NamedValue(name: "a", value: 1), NamedValue(name: "b", value: 2)], withHessian: false)
    #expect(result.value == 2 * .pi)
    #expect(result.gradient == [0, 0])
    #expect(result.hessian == nil)
  }
}

import DualGrad
import DualGradTestSupport
import Foundation
import Testing

/// Rosenbrock's function, generic so the same code gives value, gradient and Hessian.
func rosenbrock<S: RealScalar>(_ w: [S]) -> S {
  var sum: S = 0
  for i in 0..<(w.count - 1) {
    let a = w[i + 1] - w[i] * w[i]
    let b = 1 - w[i]
    sum += 100 * a * a + b * b
  }
  return sum
}

@Suite("Gradients, Jacobians and Hessians")
struct MultivariateTests {
  @Test("the gradient of Rosenbrock's function matches its closed form")
  func rosenbrockGradient() {
    let w = [-1.2, 1.0, 0.7, 2.5]
    let g = gradient(of: rosenbrock, at: w)
    var expected = [Double](repeating: 0, count: w.count)
    for i in 0..<(w.count - 1) {
      expected[i] += -400 * w[i] * (w[i + 1] - w[i] * w[i]) - 2 * (1 - w[i])
      expected[i + 1] += 200 * (w[i + 1] - w[i] * w[i])
    }
    for i in w.indices { #expect(isClose(g[i], expected[i], tolerance: 1e-14), "component \(i)") }
  }

  @Test("valueWithGradient returns the value with the gradient")
  func valueWithGradientReturnsValue() {
    let (value, g) = valueWithGradient(of: { w in w[0] * w[0] * w[1] + sin(w[1]) }, at: [3.0, 2.0])
    #expect(value == 18 + sin(2.0))
    #expect(g == [12, 9 + cos(2.0)])
  }

  @Test("an empty point has an empty gradient and the function's value")
  func emptyGradient() {
    let (value, g) = valueWithGradient(of: { (w: [Dual<Double>]) in Dual(5) }, at: [])
    #expect(value == 5)
    #expect(g.isEmpty)
  }

  @Test("the directional derivative is the gradient dotted with the direction")
  func directional() {
    let w = [0.3, -1.1, 2.0]
    let v = [1.0, 2.0, -0.5]
    let f = { (w: [Dual<Double>]) in exp(w[0]) * w[1] + w[2] * w[2] * w[0] }
    let g = gradient(of: f, at: w)
    let expected = zip(g, v).map(*).reduce(0, +)
    #expect(isClose(directionalDerivative(of: f, at: w, along: v), expected, tolerance: 1e-15))
  }

  @Test("the Jacobian of polar-to-Cartesian coordinates matches its closed form")
  func polarJacobian() {
    let (r, theta) = (2.0, 0.6)
    let J = jacobian(of: { p in [p[0] * cos(p[1]), p[0] * sin(p[1])] }, at: [r, theta])
    #expect(J.count == 2 && J[0].count == 2)
    #expect(isClose(J[0][0], cos(theta), tolerance: 1e-15))
    #expect(isClose(J[0][1], -r * sin(theta), tolerance: 1e-15))
    #expect(isClose(J[1][0], sin(theta), tolerance: 1e-15))
    #expect(isClose(J[1][1], r * cos(theta), tolerance: 1e-15))
  }

  @Test("the Hessian of Rosenbrock's function matches its closed form and is symmetric")
  func rosenbrockHessian() {
    let w = [-1.2, 1.0, 0.7]
    let H = hessian(of: rosenbrock, at: w)
    var expected = Array(repeating: Array(repeating: 0.0, count: 3), count: 3)
    for i in 0..<2 {
      expected[i][i] += 1200 * w[i] * w[i] - 400 * w[i + 1] + 2
      expected[i][i + 1] += -400 * w[i]
      expected[i + 1][i] += -400 * w[i]
      expected[i + 1][i + 1] += 200
    }
    for i in 0..<3 {
      for j in 0..<3 {
        #expect(isClose(H[i][j], expected[i][j], tolerance: 1e-13), "entry \(i),\(j)")
        #expect(H[i][j] == H[j][i])
      }
    }
  }

  @Test("gradient and hessian nest: the gradient of a gradient component is a Hessian row")
  func nestedGradient() {
    let w = [0.5, -0.25]
    let row = gradient(
      of: { (u: [Dual<Double>]) in
        gradient(of: { (v: [Dual<Dual<Double>>]) in v[0] * v[0] * v[1] + exp(v[0] * v[1]) }, at: u)[0]
      }, at: w)
    let H = hessian(of: { v in v[0] * v[0] * v[1] + exp(v[0] * v[1]) }, at: w)
    #expect(isClose(row[0], H[0][0], tolerance: 1e-15))
    #expect(isClose(row[1], H[0][1], tolerance: 1e-15))
  }
}

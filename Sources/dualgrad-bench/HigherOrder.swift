// W4: the Hessian of the 10-variable Rosenbrock function, and the first ten
// derivatives of tanh, each against a hand-written closed form.

import DualGrad
import Foundation

enum HigherOrder {
  static func rosenbrock<S: RealScalar>(_ w: [S]) -> S {
    var sum: S = 0
    for i in 0..<(w.count - 1) {
      let a = w[i + 1] - w[i] * w[i]
      let b = 1 - w[i]
      sum += 100 * a * a + b * b
    }
    return sum
  }

  /// The Rosenbrock Hessian written out by hand: tridiagonal.
  static func handWrittenHessian(_ w: [Double]) -> [[Double]] {
    let n = w.count
    var h = Array(repeating: Array(repeating: 0.0, count: n), count: n)
    for i in 0..<(n - 1) {
      h[i][i] += 1200 * w[i] * w[i] - 400 * w[i + 1] + 2
      h[i][i + 1] -= 400 * w[i]
      h[i + 1][i] -= 400 * w[i]
      h[i + 1][i + 1] += 200
    }
    return h
  }

  /// The closed form of tanh's derivatives: the k-th derivative is a polynomial
  /// P_k in t = tanh x, with P_0 = t and P_(k+1) = P_k′(t)·(1 − t²). The
  /// coefficients are worked out once, as one would by hand; a call evaluates them.
  static func tanhDerivativePolynomials(order: Int) -> [[Double]] {
    var polynomials: [[Double]] = [[0, 1]]  // P_0 = t, coefficients lowest first
    for _ in 0..<order {
      let p = polynomials.last!
      var next = [Double](repeating: 0, count: p.count + 1)
      for i in 1..<p.count {
        next[i - 1] += Double(i) * p[i]
        next[i + 1] -= Double(i) * p[i]
      }
      polynomials.append(next)
    }
    return polynomials
  }

  /// tanh and its derivatives at `x` from the precomputed polynomials, written
  /// into `result` (no allocation).
  static func handWrittenTanhDerivatives(at x: Double, polynomials: [[Double]], into result: inout [Double]) {
    let t = Foundation.tanh(x)
    for (k, p) in polynomials.enumerated() {
      var value = 0.0
      for c in p.reversed() { value = value * t + c }
      result[k] = value
    }
  }

  static func run(repetitions: Int) throws -> [Row] {
    let w = (0..<10).map { Double($0) / 10 - 0.35 }
    let expected = handWrittenHessian(w).flatMap { $0 }
    try checkAgreement("W4 Hessian", hessian(of: rosenbrock, at: w).flatMap { $0 }, expected)
    try checkAgreement("W4 Hessian chunked", hessian(of: rosenbrock, at: w, chunk: Chunk<5>()).flatMap { $0 }, expected)

    let inner = 1000
    let baseline = Timing(
      timings(repetitions: repetitions) {
        for _ in 0..<inner { blackHole(handWrittenHessian(w)) }
      })
    let nested = Timing(
      timings(repetitions: repetitions) {
        for _ in 0..<inner { blackHole(hessian(of: rosenbrock, at: w)) }
      })
    let chunked = Timing(
      timings(repetitions: repetitions) {
        for _ in 0..<inner { blackHole(hessian(of: rosenbrock, at: w, chunk: Chunk<5>())) }
      })
    let unit = Unit(name: "µs/Hessian") { $0 * 1e6 / Double(inner) }

    let order = 10
    let x = 0.5
    let polynomials = tanhDerivativePolynomials(order: order)
    var byHand = [Double](repeating: 0, count: order + 1)
    handWrittenTanhDerivatives(at: x, polynomials: polynomials, into: &byHand)
    try checkAgreement(
      "W4 tanh derivatives", derivatives(of: { tanh($0) }, at: x, order: order), byHand, tolerance: 1e-11)
    let calls = 100_000
    let tanhBaseline = Timing(
      timings(repetitions: repetitions) {
        for i in 0..<calls {
          handWrittenTanhDerivatives(at: x + Double(i) * 1e-9, polynomials: polynomials, into: &byHand)
          blackHole(byHand)
        }
      })
    let taylor = Timing(
      timings(repetitions: repetitions) {
        for i in 0..<calls { blackHole(derivatives(of: { tanh($0) }, at: x + Double(i) * 1e-9, order: order)) }
      })
    let tanhRow = Row(
      workload: "W4 tanh, orders 0-10", variant: "derivatives(of:at:order: 10)",
      unit: Unit(name: "µs/call") { $0 * 1e6 / Double(calls) },
      seconds: taylor, baselineSeconds: tanhBaseline, target: "—")
    return [
      tanhRow,
      Row(
        workload: "W4 Hessian, Rosenbrock n=10", variant: "hessian (nested Dual, 55 sweeps)", unit: unit,
        seconds: nested, baselineSeconds: baseline, target: "—"),
      Row(
        workload: "W4 Hessian, Rosenbrock n=10", variant: "hessian chunk 5 (3 sweeps)", unit: unit,
        seconds: chunked, baselineSeconds: baseline, target: "—"),
    ]
  }
}

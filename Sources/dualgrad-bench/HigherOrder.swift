// W4: the Hessian of the 10-variable Rosenbrock function against its closed form.

import DualGrad

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

  static func run(repetitions: Int) throws -> [Row] {
    let w = (0..<10).map { Double($0) / 10 - 0.35 }
    let expected = handWrittenHessian(w).flatMap { $0 }
    try checkAgreement("W4 Hessian", hessian(of: rosenbrock, at: w).flatMap { $0 }, expected)
    try checkAgreement("W4 Hessian chunked", hessian(of: rosenbrock, at: w, chunk: Chunk<5>()).flatMap { $0 }, expected)

    let inner = 1000
    let baseline = Timing(timings(repetitions: repetitions) {
      for _ in 0..<inner { blackHole(handWrittenHessian(w)) }
    })
    let nested = Timing(timings(repetitions: repetitions) {
      for _ in 0..<inner { blackHole(hessian(of: rosenbrock, at: w)) }
    })
    let chunked = Timing(timings(repetitions: repetitions) {
      for _ in 0..<inner { blackHole(hessian(of: rosenbrock, at: w, chunk: Chunk<5>())) }
    })
    let unit = Unit(name: "µs/Hessian") { $0 * 1e6 / Double(inner) }
    return [
      Row(workload: "W4 Hessian, Rosenbrock n=10", variant: "hessian (nested Dual, 55 sweeps)", unit: unit,
          seconds: nested, baselineSeconds: baseline, target: "—"),
      Row(workload: "W4 Hessian, Rosenbrock n=10", variant: "hessian chunk 5 (3 sweeps)", unit: unit,
          seconds: chunked, baselineSeconds: baseline, target: "—"),
    ]
  }
}

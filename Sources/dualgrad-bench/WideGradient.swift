// W3: one gradient of the Theano tutorial's wide logistic regression: 400 × 784
// standard-normal features (seeded), random 0/1 labels, weights N(0, 1), bias 0,
// mean cross-entropy + 0.01·Σw², for each gradient strategy, beside the
// gradient written by hand (one accumulator, and four to break the dependency
// chain of the dot products). The data is the wide-logistic-regression
// example's with seed 0.

import DualGrad
import DualGradML
import Foundation

enum WideGradient {
  static let (rowCount, featureCount) = (400, 784)
  static let l2Penalty = 0.01
  static let iterations = 10_001

  static func problem() throws -> (data: Dataset, parameters: [Double]) {
    var random = SeededGenerator(seed: 0)
    let data = try Dataset(count: rowCount, featureCount: featureCount) { _, features in
      for j in features.indices { features[j] = Double.randomNormal(using: &random) }
      return Double(Int.random(in: 0...1, using: &random))
    }
    let weights = (0..<featureCount).map { _ in Double.randomNormal(using: &random) }
    return (data, weights + [0])
  }

  /// Σₖ bits(vₖ)·(2k + 1) mod 2⁶⁴ over the values in order: odd factors, so
  /// changing any one value changes it. Comparison/jax_workloads.py prints the
  /// same fingerprint of the inputs it generates, to show both time the same numbers.
  static func fingerprint(_ arrays: [Double]...) -> UInt64 {
    var sum: UInt64 = 0
    var k: UInt64 = 0
    for array in arrays {
      for value in array {
        sum &+= value.bitPattern &* (2 &* k &+ 1)
        k &+= 1
      }
    }
    return sum
  }

  /// Loss and gradient by hand: gᵢ = σ(zᵢ) − yᵢ, ∇w = Xᵀg/m + 2λw, ∂b = Σg/m.
  /// `accumulators` 1 sums each dot product in order; 4 keeps four running
  /// sums so the additions do not wait on each other.
  static func handWritten(_ data: Dataset, _ parameters: [Double], accumulators: Int, into gradient: inout [Double])
    -> Double
  {
    let n = featureCount
    let m = data.count
    var loss = 0.0
    data.features.withUnsafeBufferPointer { x in
      data.labels.withUnsafeBufferPointer { y in
        parameters.withUnsafeBufferPointer { w in
          gradient.withUnsafeMutableBufferPointer { g in
            for j in 0...n { g[j] = 0 }
            for i in 0..<m {
              let row = x.baseAddress! + i * n
              var z: Double
              if accumulators == 4 {
                var (a, b, c, d) = (0.0, 0.0, 0.0, 0.0)
                var j = 0
                while j + 4 <= n {
                  a += w[j] * row[j]
                  b += w[j + 1] * row[j + 1]
                  c += w[j + 2] * row[j + 2]
                  d += w[j + 3] * row[j + 3]
                  j += 4
                }
                while j < n {
                  a += w[j] * row[j]
                  j += 1
                }
                z = (a + b) + (c + d)
              } else {
                z = 0
                for j in 0..<n { z += w[j] * row[j] }
              }
              z += w[n]
              let u = y[i] == 1 ? -z : z
              let e = Foundation.exp(-abs(u))
              loss += Swift.max(u, 0) + Foundation.log1p(e)
              let s = (z >= 0 ? 1 / (1 + e) : e / (1 + e)) - y[i]
              for j in 0..<n { g[j] += s * row[j] }
              g[n] += s
            }
            let count = Double(m)
            loss /= count
            var squares = 0.0
            for j in 0..<n {
              g[j] = g[j] / count + l2Penalty * 2 * w[j]
              squares += w[j] * w[j]
            }
            g[n] /= count
            loss += l2Penalty * squares
          }
        }
      }
    }
    return loss
  }

  static func run(repetitions: Int) throws -> [Row] {
    let (data, parameters) = try problem()
    let loss = LogisticLoss(reduction: .mean, l2Penalty: l2Penalty)
    var expected = [Double](repeating: 0, count: featureCount + 1)
    let expectedLoss = handWritten(data, parameters, accumulators: 1, into: &expected)
    var fourWay = expected
    let fourWayLoss = handWritten(data, parameters, accumulators: 4, into: &fourWay)
    try checkAgreement("W3 four accumulators", [fourWayLoss] + fourWay, [expectedLoss] + expected)
    print(
      "W3: inputs fingerprint \(String(fingerprint(data.features, data.labels, parameters), radix: 16)), "
        + "loss \(expectedLoss), gradient Σ|g| \(expected.reduce(0) { $0 + abs($1) })")

    var gradient: [Double] = []
    var workspace = GradientWorkspace()
    func time(_ strategy: GradientStrategy, repetitions: Int) throws -> Timing {
      let value = loss.valueWithGradient(
        at: parameters, on: data, strategy: strategy, into: &gradient, workspace: &workspace)
      try checkAgreement("W3 \(strategy)", [value] + gradient, [expectedLoss] + expected)
      return Timing(
        timings(repetitions: repetitions) {
          blackHole(
            loss.valueWithGradient(at: parameters, on: data, strategy: strategy, into: &gradient, workspace: &workspace)
          )
        })
    }
    // Many gradients per timed run, so each run lasts long enough to time.
    let inner = 20
    let baseline = Timing(
      timings(repetitions: repetitions) {
        for _ in 0..<inner { blackHole(handWritten(data, parameters, accumulators: 1, into: &expected)) }
      })
    let fourWayTiming = Timing(
      timings(repetitions: repetitions) {
        for _ in 0..<inner { blackHole(handWritten(data, parameters, accumulators: 4, into: &fourWay)) }
      })
    let throughLogit = Timing(
      timings(repetitions: repetitions) {
        for _ in 0..<inner {
          blackHole(
            loss.valueWithGradient(
              at: parameters, on: data, strategy: .throughLogit, into: &gradient, workspace: &workspace))
        }
      })
    try checkAgreement("W3 throughLogit", gradient, expected)
    let perInner = { (t: Timing) in t.divided(by: inner) }
    let hand = perInner(baseline)
    // At ~0.3 s per per-weight gradient, two timed runs are plenty.
    let perWeight = try time(.perWeight, repetitions: min(repetitions, 2))
    let chunked = try time(.chunked, repetitions: min(repetitions, 5))

    func variant(_ name: String, _ t: Timing) -> String {
      let projected = t.median * Double(iterations)
      let spelled = projected >= 120 ? String(format: "%.1f min", projected / 60) : String(format: "%.1f s", projected)
      return "\(name) (10,001 iterations ≈ \(spelled))"
    }
    let unit = Unit.milliseconds
    let workload = "W3 wide gradient 400×784"
    return [
      Row(
        workload: workload, variant: variant(".perWeight, 785 sweeps", perWeight), unit: unit, seconds: perWeight,
        baselineSeconds: hand, target: "— (hand-rolled dual 244 ms)"),
      Row(
        workload: workload,
        variant: variant(".chunked, \(GradientStrategy.chunkSize(forParameterCount: 785)) partials", chunked),
        unit: unit, seconds: chunked, baselineSeconds: hand, target: "faster than 12.5 ms (JAX jacfwd)"),
      Row(
        workload: workload, variant: variant(".throughLogit", perInner(throughLogit)), unit: unit,
        seconds: perInner(throughLogit), baselineSeconds: hand,
        target: "no slower than JAX jit(grad): 0.072 ms here, one core"),
      Row(
        workload: workload, variant: variant("hand-written, 4 accumulators", perInner(fourWayTiming)), unit: unit,
        seconds: perInner(fourWayTiming), baselineSeconds: hand, target: "—"),
      Row(
        workload: workload, variant: variant("hand-written", hand), unit: unit, seconds: hand,
        baselineSeconds: hand, target: "—"),
    ]
  }
}

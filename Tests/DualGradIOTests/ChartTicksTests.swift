import DualGradTestSupport
import Foundation
import Testing

@testable import DualGradIO

@Suite("Chart+Ticks")
struct ChartTicksTests {
  @Test(
    "Known ranges get the expected ticks",
    arguments: [
      (-7.0, 7.0, [-8.0, -6, -4, -2, 0, 2, 4, 6, 8]),
      (0.0, 1.0, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
      (0.31, 0.69, [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]),
      // 0.3 / 0.05 is 5.999999999999999 in binary; the bound must still be the first tick.
      (0.3, 0.7, [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]),
      (0.0, 200_000.0, [0.0, 50_000, 100_000, 150_000, 200_000]),
      (-1e-6, 3e-6, [-1e-6, -5e-7, 0, 5e-7, 1e-6, 1.5e-6, 2e-6, 2.5e-6, 3e-6]),
    ])
  func knownRanges(_ lower: Double, _ upper: Double, _ expected: [Double]) {
    #expect(Chart.niceTicks(from: lower, to: upper) == expected)
  }

  @Test("Random ranges: ticks cover the range with a 1, 2 or 5 × 10^k step and print cleanly")
  func randomRanges() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<2000 {
      let scale = pow(10, Double.random(in: -8...8, using: &generator))
      let a = Double.random(in: -1...1, using: &generator) * scale
      let b = a + Double.random(in: 0.001...1, using: &generator) * scale
      let ticks = Chart.niceTicks(from: a, to: b, targetCount: 6)
      guard ticks.count >= 2, let first = ticks.first, let last = ticks.last else {
        Issue.record("seed \(seed): no ticks for \(a)...\(b)")
        return
      }
      #expect(first <= a && last >= b, "seed \(seed): \(ticks) does not cover \(a)...\(b)")
      #expect(ticks.count <= 16, "seed \(seed): \(ticks.count) ticks for \(a)...\(b)")
      let step = ticks[1] - ticks[0]
      let exponent = floor(log10(step))
      let mantissa = (step / pow(10, exponent) * 1e6).rounded() / 1e6
      #expect([1, 2, 5, 10].contains(mantissa), "seed \(seed): step \(step)")
      for tick in ticks {
        // A clean label has at most a handful of significant digits.
        let digits = tickLabel(tick).split(separator: "e")[0].filter(\.isNumber).drop { $0 == "0" }
        #expect(digits.count <= 9, "seed \(seed): label \(tickLabel(tick))")
      }
    }
  }

  @Test("Flat and non-finite ranges")
  func degenerate() {
    #expect(Chart.niceTicks(from: 3, to: 3).count >= 2)
    #expect(Chart.niceTicks(from: 0, to: 0).contains(0))
    #expect(Chart.niceTicks(from: 0, to: .infinity) == [])
    #expect(Chart.niceTicks(from: .nan, to: 1) == [])
  }

  @Test(
    "Tick labels drop a trailing .0 and never show binary noise",
    arguments: [
      (3.0, "3"), (0.3, "0.3"), (-0.0, "0"), (-2.5, "-2.5"), (2e20, "2e+20"), (1e-5, "1e-05"),
    ])
  func labels(_ value: Double, _ expected: String) {
    #expect(tickLabel(value) == expected)
  }
}

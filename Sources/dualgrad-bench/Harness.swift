// A small benchmark harness: warm-up, repeated timing, medians, a black hole,
// and a check that the library's answer agrees with the hand-written one.

import Foundation

/// Keeps a value alive so the optimiser cannot delete the work that made it.
@inline(never)
func blackHole<Value>(_ value: Value) {
  withExtendedLifetime(value) {}
}

/// The wall-clock seconds of each repetition after one warm-up run.
func timings(repetitions: Int, _ body: () -> Void) -> [Double] {
  body()
  return (0..<repetitions).map { _ in
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }
}

/// Summary statistics of a list of timings.
struct Timing {
  let median: Double
  let minimum: Double
  let maximum: Double

  init(_ seconds: [Double]) {
    let sorted = seconds.sorted()
    median =
      sorted.count % 2 == 1
      ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    minimum = sorted.first ?? .nan
    maximum = sorted.last ?? .nan
  }

  /// The statistics of runs that each did `count` units of work, per unit.
  func divided(by count: Int) -> Timing {
    Timing(median: median / Double(count), minimum: minimum / Double(count), maximum: maximum / Double(count))
  }

  private init(median: Double, minimum: Double, maximum: Double) {
    self.median = median
    self.minimum = minimum
    self.maximum = maximum
  }
}

/// One row of the report: a library variant measured beside the baseline,
/// both in seconds per run.
struct Row {
  let workload: String
  let variant: String
  let unit: Unit
  let seconds: Timing
  let baselineSeconds: Timing
  let target: String

  /// Time ratio to the baseline: below 1 is faster than hand-written code.
  var ratio: Double { seconds.median / baselineSeconds.median }
}

/// How a row expresses a time per run: ns per point, epochs per second, ms.
struct Unit: Sendable {
  let name: String
  let fromSeconds: @Sendable (Double) -> Double

  static func nanosecondsPer(_ count: Int, _ thing: String) -> Unit {
    Unit(name: "ns/\(thing)") { $0 * 1e9 / Double(count) }
  }
  static func ratePer(_ count: Int, _ thing: String) -> Unit {
    Unit(name: "\(thing)/s") { Double(count) / $0 }
  }
  static let milliseconds = Unit(name: "ms") { $0 * 1e3 }
  static let seconds = Unit(name: "s") { $0 }
}

/// Throws when the library and the baseline disagree by more than `tolerance`
/// relative (absolute near 0): a fast wrong answer must fail loudly.
func checkAgreement(_ workload: String, _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-12) throws {
  guard actual.count == expected.count else {
    throw BenchmarkError.disagreement(workload: workload, detail: "\(actual.count) results, baseline \(expected.count)")
  }
  for (i, (a, e)) in zip(actual, expected).enumerated() {
    let scale = max(abs(e), 1e-300)
    if !(abs(a - e) <= tolerance * max(scale, 1)) && !(a.isNaN && e.isNaN) {
      throw BenchmarkError.disagreement(workload: workload, detail: "result \(i): \(a) vs baseline \(e)")
    }
  }
}

enum BenchmarkError: Error, CustomStringConvertible {
  case disagreement(workload: String, detail: String)
  case usage(String)

  var description: String {
    switch self {
    case .disagreement(let workload, let detail):
      "\(workload): the library disagrees with the hand-written baseline: \(detail)"
    case .usage(let message): message
    }
  }
}

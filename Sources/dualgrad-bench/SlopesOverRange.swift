// W1: slopes of tanh written with exp at the 1,000,000 points of
// linspace(-7, 7), against the derivative written out by hand.

import DualGrad
import Foundation

enum SlopesOverRange {
  static let count = 1_000_000

  /// f(x) = (1 − e^(−2x))/(1 + e^(−2x)), f′(x) = 4e^(−2x)/(1 + e^(−2x))².
  static func handWritten(_ points: Linspace<Double>) -> [Double] {
    [Double](unsafeUninitializedCapacity: points.count) { buffer, initialized in
      for i in 0..<points.count {
        let e = Foundation.exp(-2 * points[i])
        let onePlus = 1 + e
        buffer[i] = 4 * e / (onePlus * onePlus)
      }
      initialized = points.count
    }
  }

  /// The loop a Swift user would write: the points already in an array, the
  /// result written into a buffer that is reused from run to run.
  static func handWrittenIntoBuffer(_ xs: [Double], _ slopes: inout [Double]) {
    xs.withUnsafeBufferPointer { input in
      slopes.withUnsafeMutableBufferPointer { output in
        for i in 0..<input.count {
          let e = Foundation.exp(-2 * input[i])
          let onePlus = 1 + e
          output[i] = 4 * e / (onePlus * onePlus)
        }
      }
    }
  }

  /// The smallest dual number a person would write by hand: value and
  /// derivative, the four rules the formula needs, no zero-tangent guards.
  struct MinimalDual {
    var value: Double, derivative: Double
    static func - (a: MinimalDual, b: MinimalDual) -> MinimalDual {
      MinimalDual(value: a.value - b.value, derivative: a.derivative - b.derivative)
    }
    static func + (a: MinimalDual, b: MinimalDual) -> MinimalDual {
      MinimalDual(value: a.value + b.value, derivative: a.derivative + b.derivative)
    }
    static func * (a: MinimalDual, b: MinimalDual) -> MinimalDual {
      MinimalDual(value: a.value * b.value, derivative: a.derivative * b.value + a.value * b.derivative)
    }
    static func / (a: MinimalDual, b: MinimalDual) -> MinimalDual {
      let q = a.value / b.value
      return MinimalDual(value: q, derivative: (a.derivative - q * b.derivative) / b.value)
    }
    static func exp(_ a: MinimalDual) -> MinimalDual {
      let e = Foundation.exp(a.value)
      return MinimalDual(value: e, derivative: e * a.derivative)
    }
  }

  static func minimalDual(_ points: Linspace<Double>) -> [Double] {
    [Double](unsafeUninitializedCapacity: points.count) { buffer, initialized in
      let one = MinimalDual(value: 1, derivative: 0)
      let minusTwo = MinimalDual(value: -2, derivative: 0)
      for i in 0..<points.count {
        let x = MinimalDual(value: points[i], derivative: 1)
        let e = MinimalDual.exp(minusTwo * x)
        buffer[i] = ((one - e) / (one + e)).derivative
      }
      initialized = points.count
    }
  }

  static func run(repetitions: Int) throws -> [Row] {
    let points = linspace(-7.0, 7.0, count: count)
    // The formula is written at each call, as users write it: it is then
    // inlined into the library's loop (serial and parallel), which a closure
    // held in a variable need not be.
    func serialSlopes() -> [Double] {
      elementwiseDerivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, over: points)
    }
    func parallelSlopes() -> [Double] {
      elementwiseDerivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, over: points, parallelism: .automatic)
    }
    let expected = handWritten(points)
    let xs = Array(points)
    var userSlopes = [Double](repeating: 0, count: count)
    var librarySlopes = [Double](repeating: 0, count: count)
    var parallelLibrarySlopes = [Double](repeating: 0, count: count)
    handWrittenIntoBuffer(xs, &userSlopes)
    slopesIntoBuffer(xs, &librarySlopes)
    parallelSlopesIntoBuffer(xs, &parallelLibrarySlopes)
    try checkAgreement("W1 user's loop", userSlopes, expected)
    try checkAgreement("W1 into a buffer", librarySlopes, expected)
    try checkAgreement("W1 parallel into a buffer", parallelLibrarySlopes, expected)
    try checkAgreement("W1", serialSlopes(), expected)
    try checkAgreement("W1 parallel", parallelSlopes(), expected)

    try checkAgreement("W1 minimal dual", minimalDual(points), expected)
    let baseline = Timing(timings(repetitions: repetitions) { blackHole(handWritten(points)) })
    let handRolled = Timing(timings(repetitions: repetitions) { blackHole(minimalDual(points)) })
    let serial = Timing(timings(repetitions: repetitions) { blackHole(serialSlopes()) })
    let parallel = Timing(timings(repetitions: repetitions) { blackHole(parallelSlopes()) })
    let userLoop = Timing(
      timings(repetitions: repetitions) {
        handWrittenIntoBuffer(xs, &userSlopes)
        blackHole(userSlopes)
      })
    let intoBuffer = Timing(
      timings(repetitions: repetitions) {
        slopesIntoBuffer(xs, &librarySlopes)
        blackHole(librarySlopes)
      })
    let parallelIntoBuffer = Timing(
      timings(repetitions: repetitions) {
        parallelSlopesIntoBuffer(xs, &parallelLibrarySlopes)
        blackHole(parallelLibrarySlopes)
      })
    let unit = Unit.nanosecondsPer(count, "point")
    return [
      Row(
        workload: "W1 slopes over a range", variant: "minimal hand-rolled dual struct", unit: unit,
        seconds: handRolled, baselineSeconds: baseline, target: "6.6 ns/point (issue's hand-rolled dual)"),
      Row(
        workload: "W1 slopes over a range", variant: "elementwiseDerivative", unit: unit,
        seconds: serial, baselineSeconds: baseline, target: "within 1.05x of hand-written"),
      Row(
        workload: "W1 slopes over a range", variant: "parallel (\(ProcessInfo.processInfo.activeProcessorCount) cores)",
        unit: unit, seconds: parallel, baselineSeconds: baseline, target: "faster than JAX on all cores"),
      Row(
        workload: "W1 slopes over a range", variant: "user's loop (array in, reused buffer out, libm exp)", unit: unit,
        seconds: userLoop, baselineSeconds: baseline, target: "the baseline of the next row"),
      Row(
        workload: "W1 slopes over a range", variant: "elementwiseDerivative(into:) vs user's loop", unit: unit,
        seconds: intoBuffer, baselineSeconds: userLoop, target: "within 1.05x of the user's loop"),
      Row(
        workload: "W1 slopes over a range",
        variant:
          "elementwiseDerivative(into:parallelism:) (\(ProcessInfo.processInfo.activeProcessorCount) cores) vs user's loop",
        unit: unit, seconds: parallelIntoBuffer, baselineSeconds: userLoop, target: "faster than JAX on all cores"),
    ]
  }
}

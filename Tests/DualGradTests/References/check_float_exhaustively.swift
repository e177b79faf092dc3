// Checks DualGrad's branch-free Float functions (Float+BranchFree.swift) at
// every one of the 2^32 Float inputs; too slow for `swift test` (minutes a
// function), so run by hand after changing them. From the package root:
//
//   swiftc -O -module-name FloatCheck Sources/DualGrad/Scalar/Double+BranchFree.swift \
//     Sources/DualGrad/Scalar/Float+BranchFree.swift \
//     Tests/DualGradTests/References/check_float_exhaustively.swift -o /tmp/check-float
//   /tmp/check-float > /tmp/hard-cases.txt                     # all functions, or name some
//   python3 Tests/DualGradTests/References/check_float_hard_cases.py < /tmp/hard-cases.txt
//
// The reference is glibc's Double function of the widened input (within 1 or
// 2 Double ulps; the composite sigmoid, softplus and log-sigmoid within 4). It
// is trusted to `margin` Double ulps: where every Double within that margin
// rounds to the same Float, that Float is the correctly rounded result and
// the error is measured against the Double reference (which is within 2^-26
// Float ulp of the exact value). The other inputs, whose value lies too close
// to a halfway point between two Floats, are printed as hard cases for the
// mpmath script to settle. The summary goes to standard error.

import Foundation

private let margin = 16.0

private struct Subject {
  let name: String
  let function: (Float) -> Float
  let reference: (Double) -> Double
}

private func sigmoidReference(_ x: Double) -> Double {
  x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x))
}

private func softplusReference(_ x: Double) -> Double {
  max(x, 0) + Foundation.log1p(Foundation.exp(-x.magnitude))
}

private let subjects: [Subject] = [
  Subject(name: "exp", function: { BranchFree.exp($0) }, reference: { Foundation.exp($0) }),
  Subject(name: "expMinusOne", function: { BranchFree.expMinusOne($0) }, reference: { Foundation.expm1($0) }),
  Subject(name: "log", function: { BranchFree.log($0) }, reference: { Foundation.log($0) }),
  Subject(name: "logOnePlus", function: { BranchFree.logOnePlus($0) }, reference: { Foundation.log1p($0) }),
  Subject(name: "tanh", function: { BranchFree.tanh($0) }, reference: { Foundation.tanh($0) }),
  Subject(name: "sigmoid", function: { BranchFree.sigmoid($0) }, reference: sigmoidReference),
  Subject(name: "softplus", function: { BranchFree.softplus($0) }, reference: softplusReference),
  Subject(name: "logSigmoid", function: { -BranchFree.softplus(-$0) }, reference: { -softplusReference(-$0) }),
]

/// What one slice of the inputs found.
private struct Tally {
  var worst = 0.0
  var worstInput: UInt32 = 0
  var misrounded = 0
  var wrongSpecial = 0
  var hard: [(UInt32, UInt32)] = []

  mutating func merge(_ other: Tally) {
    if !(other.worst <= worst) { (worst, worstInput) = (other.worst, other.worstInput) }
    misrounded += other.misrounded
    wrongSpecial += other.wrongSpecial
    hard += other.hard
  }
}

private func check(_ subject: Subject, bits range: Range<UInt64>) -> Tally {
  var tally = Tally()
  for b in range {
    let x = Float(bitPattern: UInt32(truncatingIfNeeded: b))
    let y = subject.function(x)
    let reference = subject.reference(Double(x))
    if !reference.isFinite || reference == 0 {
      // NaN, ±∞ and exact zeros (with their sign) must match exactly.
      let expected = Float(reference)
      let same = (y.isNaN && expected.isNaN) || y.bitPattern == expected.bitPattern
      if !same {
        tally.wrongSpecial += 1
        tally.worst = .infinity
        tally.worstInput = UInt32(b)
      }
      continue
    }
    let low = Float(reference - margin * reference.ulp)
    let high = Float(reference + margin * reference.ulp)
    if low != high {
      tally.hard.append((UInt32(b), y.bitPattern))
      continue
    }
    // low and high may differ in the sign of a zero; the reference has the right one.
    let expected = Float(reference)
    if y.bitPattern != expected.bitPattern { tally.misrounded += 1 }
    let ulp = expected == 0 ? Double(Float.leastNonzeroMagnitude) : Double(expected.ulp)
    // An overflow to ±∞ must be one; elsewhere ±∞ is infinitely wrong.
    let error =
      expected.isInfinite || !y.isFinite
      ? (y == expected ? 0 : .infinity) : (Double(y) - reference).magnitude / ulp
    if !(error <= tally.worst) {
      tally.worst = error
      tally.worstInput = UInt32(b)
    }
  }
  return tally
}

@main
struct CheckFloatExhaustively {
  static func main() {
    let names = Set(CommandLine.arguments.dropFirst())
    let slices = 64
    for subject in subjects where names.isEmpty || names.contains(subject.name) {
      let size = (UInt64(1) << 32) / UInt64(slices)
      let tallies = UnsafeMutableBufferPointer<Tally>.allocate(capacity: slices)
      tallies.initialize(repeating: Tally())
      DispatchQueue.concurrentPerform(iterations: slices) { i in
        tallies[i] = check(subject, bits: UInt64(i) * size..<UInt64(i + 1) * size)
      }
      var total = Tally()
      for tally in tallies { total.merge(tally) }
      tallies.deallocate()
      for (x, y) in total.hard { print(subject.name, String(x, radix: 16), String(y, radix: 16)) }
      let worstX = Float(bitPattern: total.worstInput)
      FileHandle.standardError.write(
        ("\(subject.name): worst \(total.worst) ulp at x = \(worstX) (bits \(String(total.worstInput, radix: 16))); "
          + "\(total.misrounded) not correctly rounded; \(total.hard.count) hard cases; "
          + "\(total.wrongSpecial) wrong special values\n").data(using: .utf8)!)
    }
  }
}

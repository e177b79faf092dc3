// W1 with elementwiseDerivative(of:over:into:), in a file of its own: with
// identical formula closures in one file (one LLVM module under SwiftPM's
// multi-threaded code generation), LLVM merges them into one out-of-line
// function with two callers and then inlines it into neither loop (measured
// with callgrind: a call per point, about 60 instructions more). Alone in
// its file the closure is still a call per point: README, "Why the formula
// closure is a call per point".

import DualGrad

extension SlopesOverRange {
  @inline(never)
  static func slopesIntoBuffer(_ xs: [Double], _ slopes: inout [Double]) {
    elementwiseDerivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, over: xs, into: &slopes)
  }
}

// W1 with elementwiseDerivative(of:over:into:), in a file of its own, as a
// user's code would be. The formula closure is inlined into the library's
// loop (README, "Why the formula closure was a call per point"; .ci/run
// checks that no out-of-line copy of it is left in the release binary).

import DualGrad

extension SlopesOverRange {
  @inline(never)
  static func slopesIntoBuffer(_ xs: [Double], _ slopes: inout [Double]) {
    elementwiseDerivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, over: xs, into: &slopes)
  }

  @inline(never)
  static func parallelSlopesIntoBuffer(_ xs: [Double], _ slopes: inout [Double]) {
    elementwiseDerivative(
      of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, over: xs, into: &slopes, parallelism: .automatic)
  }
}

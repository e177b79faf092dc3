// Double's conformance: the functions a loop leans on most (expm1, log,
// log1p, tanh, sigmoid, softplus, logSigmoid) are DualGrad's own branch-free
// Swift (Double+BranchFree.swift), so a loop of them vectorises; the rest are
// one-line forwarders to the platform's libm (not yet written branch-free:
// libm stays where we have not shown an accurate vectorisable replacement).

import Foundation

extension Double: RealScalar {
  // exp stays libm's by default, measured: in a SwiftPM release build
  // (multi-threaded code generation) a formula closure holding inlined
  // branch-free exps is too large for LLVM's inliner, so elementwiseDerivative's
  // loop stays scalar and calls the closure per point; there libm's
  // table-driven exp is faster, and two calls of it on the same argument merge
  // into one (W1: 3.2x the hand-written loop with the branch-free exp, 1.2x with
  // libm's). `BranchFree.exp` (0.73 ulp) is what the compound functions below
  // use. Building with `-Xswiftc -DDUALGRAD_BRANCH_FREE_EXP` together with a
  // higher inline threshold (README, "Opt-in builds") makes the loop vectorise.
  #if DUALGRAD_BRANCH_FREE_EXP
  @inlinable @inline(__always) public static func exp(_ x: Double) -> Double { BranchFree.exp(x) }
  #else
  #if DUALGRAD_BRANCH_FREE_EXP
  @inlinable @inline(__always) public static func exp(_ x: Double) -> Double { BranchFree.exp(x) }
  #else
  @_transparent public static func exp(_ x: Double) -> Double { Foundation.exp(x) }
  #endif
  #endif
  @inlinable @inline(__always) public static func expMinusOne(_ x: Double) -> Double { BranchFree.expMinusOne(x) }
  @_transparent public static func exp2(_ x: Double) -> Double { Foundation.exp2(x) }
  @inlinable @inline(__always) public static func log(_ x: Double) -> Double { BranchFree.log(x) }
  @inlinable @inline(__always) public static func log(onePlus x: Double) -> Double { BranchFree.logOnePlus(x) }
  @_transparent public static func log2(_ x: Double) -> Double { Foundation.log2(x) }
  @_transparent public static func log10(_ x: Double) -> Double { Foundation.log10(x) }
  @_transparent public static func sqrt(_ x: Double) -> Double { x.squareRoot() }
  @_transparent public static func pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
  @_transparent public static func sin(_ x: Double) -> Double { Foundation.sin(x) }
  @_transparent public static func cos(_ x: Double) -> Double { Foundation.cos(x) }
  @_transparent public static func tan(_ x: Double) -> Double { Foundation.tan(x) }
  @_transparent public static func asin(_ x: Double) -> Double { Foundation.asin(x) }
  @_transparent public static func acos(_ x: Double) -> Double { Foundation.acos(x) }
  @_transparent public static func atan(_ x: Double) -> Double { Foundation.atan(x) }
  @_transparent public static func sinh(_ x: Double) -> Double { Foundation.sinh(x) }
  @_transparent public static func cosh(_ x: Double) -> Double { Foundation.cosh(x) }
  @inlinable @inline(__always) public static func tanh(_ x: Double) -> Double { BranchFree.tanh(x) }
  @inlinable @inline(__always) public static func sigmoid(_ x: Double) -> Double { BranchFree.sigmoid(x) }
  @inlinable @inline(__always) public static func softplus(_ x: Double) -> Double { BranchFree.softplus(x) }
  @inlinable @inline(__always) public static func logSigmoid(_ x: Double) -> Double { -BranchFree.softplus(-x) }
  // The fused forms give the same values as the plain ones, bit for bit (a
  // loss's value and its gradient sweep agree); the two e^(−|x|) they compute
  // are one after inlining.
  @inlinable @inline(__always) public static func sigmoidWithSlope(_ x: Double) -> (value: Double, slope: Double) {
    (BranchFree.sigmoid(x), BranchFree.sigmoid(x) * BranchFree.sigmoid(-x))
  }
  @inlinable @inline(__always) public static func softplusWithSlope(_ x: Double) -> (value: Double, slope: Double) {
    (BranchFree.softplus(x), BranchFree.sigmoid(x))
  }
  @inlinable @inline(__always) public static func logSigmoidWithSlope(_ x: Double) -> (value: Double, slope: Double) {
    (-BranchFree.softplus(-x), BranchFree.sigmoid(-x))
  }
  @_transparent public static func asinh(_ x: Double) -> Double { Foundation.asinh(x) }
  @_transparent public static func acosh(_ x: Double) -> Double { Foundation.acosh(x) }
  @_transparent public static func atanh(_ x: Double) -> Double { Foundation.atanh(x) }
  @_transparent public static func atan2(y: Double, x: Double) -> Double { Foundation.atan2(y, x) }
  @_transparent public static func hypot(_ x: Double, _ y: Double) -> Double { Foundation.hypot(x, y) }
  @_transparent public static func erf(_ x: Double) -> Double { Foundation.erf(x) }
  @_transparent public static func erfc(_ x: Double) -> Double { Foundation.erfc(x) }

  /// The real n-th root; odd roots of negative numbers are negative.
  ///
  /// ```swift
  /// Double.root(27, 3)   // 3.0
  /// ```
  @inlinable
  public static func root(_ x: Double, _ n: Int) -> Double {
    // cbrt is correctly signed and more accurate than pow(x, 1/3).
    if n == 2 { return x.squareRoot() }
    if n == 3 { return Foundation.cbrt(x) }
    if x < 0 && n % 2 != 0 { return -Foundation.pow(-x, 1 / Double(n)) }
    return Foundation.pow(x, 1 / Double(n))
  }
}

// Double's conformance: one-line forwarders to the platform's libm, and, in a
// build with `-Xswiftc -DDUALGRAD_BRANCH_FREE`, DualGrad's own branch-free
// Swift for exp, expm1, log, log1p, tanh, sigmoid, softplus and log-sigmoid
// (Double+BranchFree.swift, within 1 ulp) so that a loop of them can vectorise.
//
// Why libm stays the default, measured (dualgrad-bench, same sitting): where
// the loop does not vectorise the branch-free functions are scalar code that
// is slower than glibc's table-driven ones. In a SwiftPM release build W1's
// formula closure, with two branch-free exps inlined into it, is too large
// for Swift's inliner and stays a call per point unless LLVM's inline
// threshold is raised (README "Opt-in builds"), so W1 stays scalar; with
// libm's exp it is inlined. And the logistic losses call one
// log-sigmoid per sample between dot products: W2 ran 2.5-3x slower with the
// branch-free functions (fit .perWeight 261,000 -> 97,000 epochs/s,
// .throughLogit 837,000 -> 295,000). README "Opt-in builds" says what the
// opt-in buys where the loop does vectorise.

import Foundation

extension Double: RealScalar {
  #if DUALGRAD_BRANCH_FREE
  @inlinable @inline(__always) public static func exp(_ x: Double) -> Double { BranchFree.exp(x) }
  @inlinable @inline(__always) public static func expMinusOne(_ x: Double) -> Double { BranchFree.expMinusOne(x) }
  @inlinable @inline(__always) public static func log(_ x: Double) -> Double { BranchFree.log(x) }
  @inlinable @inline(__always) public static func log(onePlus x: Double) -> Double { BranchFree.logOnePlus(x) }
  @inlinable @inline(__always) public static func tanh(_ x: Double) -> Double { BranchFree.tanh(x) }
  @inlinable @inline(__always) public static func sigmoid(_ x: Double) -> Double { BranchFree.sigmoid(x) }
  @inlinable @inline(__always) public static func softplus(_ x: Double) -> Double { BranchFree.softplus(x) }
  @inlinable @inline(__always) public static func logSigmoid(_ x: Double) -> Double { -BranchFree.softplus(-x) }
  // The fused forms give the same values as the plain ones, bit for bit (a
  // loss's value and its gradient sweep agree); the two e^(−|x|) they compute
  // are one after inlining.
  @inlinable @inline(__always)
  public static func sigmoidWithSlope(_ x: Double) -> (value: Double, slope: Double) {
    (BranchFree.sigmoid(x), BranchFree.sigmoid(x) * BranchFree.sigmoid(-x))
  }
  @inlinable @inline(__always)
  public static func softplusWithSlope(_ x: Double) -> (value: Double, slope: Double) {
    (BranchFree.softplus(x), BranchFree.sigmoid(x))
  }
  @inlinable @inline(__always)
  public static func logSigmoidWithSlope(_ x: Double) -> (value: Double, slope: Double) {
    (-BranchFree.softplus(-x), BranchFree.sigmoid(-x))
  }
  #else
  // sigmoid, softplus, logSigmoid and their fused forms come from the
  // defaults for binary floating point (RealScalar.swift): one libm exp shared
  // by value and slope.
  @_transparent public static func exp(_ x: Double) -> Double { Foundation.exp(x) }
  @_transparent public static func expMinusOne(_ x: Double) -> Double { Foundation.expm1(x) }
  @_transparent public static func log(_ x: Double) -> Double { Foundation.log(x) }
  @_transparent public static func log(onePlus x: Double) -> Double { Foundation.log1p(x) }
  @_transparent public static func tanh(_ x: Double) -> Double { Foundation.tanh(x) }
  #endif
  @_transparent public static func exp2(_ x: Double) -> Double { Foundation.exp2(x) }
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

// Float's conformance: one-line forwarders to the platform's libm, and, in a
// build with `-Xswiftc -DDUALGRAD_BRANCH_FREE`, DualGrad's own branch-free
// Swift for exp, expm1, log, log1p, tanh, sigmoid, softplus and log-sigmoid
// (Float+BranchFree.swift, within 0.5 ulp and a hair, every Float checked) so
// that a loop of them can vectorise. libm stays the default for the reason
// RealScalar+Double.swift gives: where the loop does not vectorise, the
// branch-free functions are scalar code slower than libm's.
//
// The selection below mirrors Double's line for line (the same names at
// another type); Swift has no way to write it once for both conformances
// without making the branch-free functions a public protocol.

import Foundation

extension Float: RealScalar {
  #if DUALGRAD_BRANCH_FREE
  @inlinable @inline(__always) public static func exp(_ x: Float) -> Float { BranchFree.exp(x) }
  @inlinable @inline(__always) public static func expMinusOne(_ x: Float) -> Float { BranchFree.expMinusOne(x) }
  @inlinable @inline(__always) public static func log(_ x: Float) -> Float { BranchFree.log(x) }
  @inlinable @inline(__always) public static func log(onePlus x: Float) -> Float { BranchFree.logOnePlus(x) }
  @inlinable @inline(__always) public static func tanh(_ x: Float) -> Float { BranchFree.tanh(x) }
  @inlinable @inline(__always) public static func sigmoid(_ x: Float) -> Float { BranchFree.sigmoid(x) }
  @inlinable @inline(__always) public static func softplus(_ x: Float) -> Float { BranchFree.softplus(x) }
  @inlinable @inline(__always) public static func logSigmoid(_ x: Float) -> Float { -BranchFree.softplus(-x) }
  // As for Double: the fused forms give the plain ones' values bit for bit.
  @inlinable @inline(__always)
  public static func sigmoidWithSlope(_ x: Float) -> (value: Float, slope: Float) {
    (BranchFree.sigmoid(x), BranchFree.sigmoid(x) * BranchFree.sigmoid(-x))
  }
  @inlinable @inline(__always)
  public static func softplusWithSlope(_ x: Float) -> (value: Float, slope: Float) {
    (BranchFree.softplus(x), BranchFree.sigmoid(x))
  }
  @inlinable @inline(__always)
  public static func logSigmoidWithSlope(_ x: Float) -> (value: Float, slope: Float) {
    (-BranchFree.softplus(-x), BranchFree.sigmoid(-x))
  }
  #else
  @_transparent public static func exp(_ x: Float) -> Float { Foundation.exp(x) }
  @_transparent public static func expMinusOne(_ x: Float) -> Float { Foundation.expm1(x) }
  @_transparent public static func log(_ x: Float) -> Float { Foundation.log(x) }
  @_transparent public static func log(onePlus x: Float) -> Float { Foundation.log1p(x) }
  @_transparent public static func tanh(_ x: Float) -> Float { Foundation.tanh(x) }
  #endif
  @_transparent public static func exp2(_ x: Float) -> Float { Foundation.exp2(x) }
  @_transparent public static func log2(_ x: Float) -> Float { Foundation.log2(x) }
  @_transparent public static func log10(_ x: Float) -> Float { Foundation.log10(x) }
  @_transparent public static func sqrt(_ x: Float) -> Float { x.squareRoot() }
  @_transparent public static func pow(_ x: Float, _ y: Float) -> Float { Foundation.pow(x, y) }
  @_transparent public static func sin(_ x: Float) -> Float { Foundation.sin(x) }
  @_transparent public static func cos(_ x: Float) -> Float { Foundation.cos(x) }
  @_transparent public static func tan(_ x: Float) -> Float { Foundation.tan(x) }
  @_transparent public static func asin(_ x: Float) -> Float { Foundation.asin(x) }
  @_transparent public static func acos(_ x: Float) -> Float { Foundation.acos(x) }
  @_transparent public static func atan(_ x: Float) -> Float { Foundation.atan(x) }
  @_transparent public static func sinh(_ x: Float) -> Float { Foundation.sinh(x) }
  @_transparent public static func cosh(_ x: Float) -> Float { Foundation.cosh(x) }
  @_transparent public static func asinh(_ x: Float) -> Float { Foundation.asinh(x) }
  @_transparent public static func acosh(_ x: Float) -> Float { Foundation.acosh(x) }
  @_transparent public static func atanh(_ x: Float) -> Float { Foundation.atanh(x) }
  @_transparent public static func atan2(y: Float, x: Float) -> Float { Foundation.atan2(y, x) }
  @_transparent public static func hypot(_ x: Float, _ y: Float) -> Float { Foundation.hypot(x, y) }
  @_transparent public static func erf(_ x: Float) -> Float { Foundation.erf(x) }
  @_transparent public static func erfc(_ x: Float) -> Float { Foundation.erfc(x) }

  /// The real n-th root; odd roots of negative numbers are negative.
  ///
  /// ```swift
  /// Float.root(27, 3)   // 3.0
  /// ```
  @inlinable
  public static func root(_ x: Float, _ n: Int) -> Float {
    // cbrt is correctly signed and more accurate than pow(x, 1/3).
    if n == 2 { return x.squareRoot() }
    if n == 3 { return Foundation.cbrt(x) }
    if x < 0 && n % 2 != 0 { return -Foundation.pow(-x, 1 / Float(n)) }
    return Foundation.pow(x, 1 / Float(n))
  }
}

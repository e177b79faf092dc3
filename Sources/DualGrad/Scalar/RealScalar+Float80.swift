#if (arch(i386) || arch(x86_64)) && !os(Windows) && !os(Android)
// Float80's conformance: one-line forwarders to the platform's libm.

import Foundation

extension Float80: RealScalar {
  @_transparent public static func exp(_ x: Float80) -> Float80 { Foundation.exp(x) }
  @_transparent public static func expMinusOne(_ x: Float80) -> Float80 { Foundation.expm1(x) }
  @_transparent public static func exp2(_ x: Float80) -> Float80 { Foundation.exp2(x) }
  @_transparent public static func log(_ x: Float80) -> Float80 { Foundation.log(x) }
  @_transparent public static func log(onePlus x: Float80) -> Float80 { Foundation.log1p(x) }
  @_transparent public static func log2(_ x: Float80) -> Float80 { Foundation.log2(x) }
  @_transparent public static func log10(_ x: Float80) -> Float80 { Foundation.log10(x) }
  @_transparent public static func sqrt(_ x: Float80) -> Float80 { x.squareRoot() }
  @_transparent public static func pow(_ x: Float80, _ y: Float80) -> Float80 { Foundation.pow(x, y) }
  @_transparent public static func sin(_ x: Float80) -> Float80 { Foundation.sin(x) }
  @_transparent public static func cos(_ x: Float80) -> Float80 { Foundation.cos(x) }
  @_transparent public static func tan(_ x: Float80) -> Float80 { Foundation.tan(x) }
  @_transparent public static func asin(_ x: Float80) -> Float80 { Foundation.asin(x) }
  @_transparent public static func acos(_ x: Float80) -> Float80 { Foundation.acos(x) }
  @_transparent public static func atan(_ x: Float80) -> Float80 { Foundation.atan(x) }
  @_transparent public static func sinh(_ x: Float80) -> Float80 { Foundation.sinh(x) }
  @_transparent public static func cosh(_ x: Float80) -> Float80 { Foundation.cosh(x) }
  @_transparent public static func tanh(_ x: Float80) -> Float80 { Foundation.tanh(x) }
  @_transparent public static func asinh(_ x: Float80) -> Float80 { Foundation.asinh(x) }
  @_transparent public static func acosh(_ x: Float80) -> Float80 { Foundation.acosh(x) }
  @_transparent public static func atanh(_ x: Float80) -> Float80 { Foundation.atanh(x) }
  @_transparent public static func atan2(y: Float80, x: Float80) -> Float80 { Foundation.atan2(y, x) }
  @_transparent public static func hypot(_ x: Float80, _ y: Float80) -> Float80 { Foundation.hypot(x, y) }
  @_transparent public static func erf(_ x: Float80) -> Float80 { Foundation.erf(x) }
  @_transparent public static func erfc(_ x: Float80) -> Float80 { Foundation.erfc(x) }

  /// The real n-th root; odd roots of negative numbers are negative.
  ///
  /// ```swift
  /// Float80.root(27, 3)   // 3.0
  /// ```
  @inlinable
  public static func root(_ x: Float80, _ n: Int) -> Float80 {
    // cbrt is correctly signed and more accurate than pow(x, 1/3).
    if n == 2 { return x.squareRoot() }
    if n == 3 { return Foundation.cbrt(x) }
    if x < 0 && n % 2 != 0 { return -Foundation.pow(-x, 1 / Float80(n)) }
    return Foundation.pow(x, 1 / Float80(n))
  }
}
#endif

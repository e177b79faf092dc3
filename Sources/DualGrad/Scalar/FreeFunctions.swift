// Free functions with the C and Foundation spellings users type (`expm1`,
// `log1p`, `atan2(y, x)`), forwarding to the static requirements of `RealScalar`.
// For `Double` and `Float` arguments Foundation's concrete functions still win,
// so importing DualGrad changes nothing for plain numbers.

/// Returns e^x of `x`; for a dual number, with its derivative.
///
/// ```swift
/// exp(Dual<Double>(0, derivative: 1)).derivative   // 1.0
/// ```
/// See ``RealScalar/exp(_:)`` for the derivative rule and its edge cases.
@inlinable @inline(__always)
public func exp<S: RealScalar>(_ x: S) -> S { S.exp(x) }

/// Returns 2^x of `x`; for a dual number, with its derivative.
///
/// ```swift
/// exp2(Dual<Double>(0, derivative: 1)).derivative   // 0.6931471805599453
/// ```
/// See ``RealScalar/exp2(_:)`` for the derivative rule and its edge cases.
@inlinable
public func exp2<S: RealScalar>(_ x: S) -> S { S.exp2(x) }

/// Returns e^x − 1, accurate near 0 of `x`; for a dual number, with its derivative.
///
/// ```swift
/// expm1(Dual<Double>(0, derivative: 1)).derivative   // 1.0
/// ```
/// See ``RealScalar/expMinusOne(_:)`` for the derivative rule and its edge cases.
@inlinable @inline(__always)
public func expm1<S: RealScalar>(_ x: S) -> S { S.expMinusOne(x) }

/// Returns the natural logarithm of `x`; for a dual number, with its derivative.
///
/// ```swift
/// log(Dual<Double>(2, derivative: 1)).derivative   // 0.5
/// ```
/// See ``RealScalar/log(_:)`` for the derivative rule and its edge cases.
@inlinable @inline(__always)
public func log<S: RealScalar>(_ x: S) -> S { S.log(x) }

/// Returns the base-2 logarithm of `x`; for a dual number, with its derivative.
///
/// ```swift
/// log2(Dual<Double>(1, derivative: 1)).derivative   // 1.4426950408889634
/// ```
/// See ``RealScalar/log2(_:)`` for the derivative rule and its edge cases.
@inlinable
public func log2<S: RealScalar>(_ x: S) -> S { S.log2(x) }

/// Returns the base-10 logarithm of `x`; for a dual number, with its derivative.
///
/// ```swift
/// log10(Dual<Double>(1, derivative: 1)).derivative   // 0.43429448190325176
/// ```
/// See ``RealScalar/log10(_:)`` for the derivative rule and its edge cases.
@inlinable
public func log10<S: RealScalar>(_ x: S) -> S { S.log10(x) }

/// Returns log(1 + x), accurate near 0 of `x`; for a dual number, with its derivative.
///
/// ```swift
/// log1p(Dual<Double>(0, derivative: 1)).derivative   // 1.0
/// ```
/// See ``RealScalar/log(onePlus:)`` for the derivative rule and its edge cases.
@inlinable @inline(__always)
public func log1p<S: RealScalar>(_ x: S) -> S { S.log(onePlus: x) }

/// Returns the square root of `x`; for a dual number, with its derivative.
///
/// ```swift
/// sqrt(Dual<Double>(4, derivative: 1)).derivative   // 0.25
/// ```
/// See ``RealScalar/sqrt(_:)`` for the derivative rule and its edge cases.
@inlinable
public func sqrt<S: RealScalar>(_ x: S) -> S { S.sqrt(x) }

/// Returns the sine of `x`; for a dual number, with its derivative.
///
/// ```swift
/// sin(Dual<Double>(0, derivative: 1)).derivative   // 1.0
/// ```
/// See ``RealScalar/sin(_:)`` for the derivative rule and its edge cases.
@inlinable
public func sin<S: RealScalar>(_ x: S) -> S { S.sin(x) }

/// Returns the cosine of `x`; for a dual number, with its derivative.
///
/// ```swift
/// cos(Dual<Double>(0, derivative: 1)).derivative   // -0.0
/// ```
/// See ``RealScalar/cos(_:)`` for the derivative rule and its edge cases.
@inlinable
public func cos<S: RealScalar>(_ x: S) -> S { S.cos(x) }

/// Returns the tangent of `x`; for a dual number, with its derivative.
///
/// ```swift
/// tan(Dual<Double>(0, derivative: 1)).derivative   // 1.0
/// ```
/// See ``RealScalar/tan(_:)`` for the derivative rule and its edge cases.
@inlinable
public func tan<S: RealScalar>(_ x: S) -> S { S.tan(x) }

/// Returns the arcsine of `x`; for a dual number, with its derivative.
///
/// ```swift
/// asin(Dual<Double>(0, derivative: 1)).derivative   // 1.0
/// ```
/// See ``RealScalar/asin(_:)`` for the derivative rule and its edge cases.
@inlinable
public func asin<S: RealScalar>(_ x: S) -> S { S.asin(x) }

/// Returns the arccosine of `x`; for a dual number, with its derivative.
///
/// ```swift
/// acos(Dual<Double>(0, derivative: 1)).derivative   // -1.0
/// ```
/// See ``RealScalar/acos(_:)`` for the derivative rule and its edge cases.
@inlinable
public func acos<S: RealScalar>(_ x: S) -> S { S.acos(x) }

/// Returns the arctangent of `x`; for a dual number, with its derivative.
///
/// ```swift
/// atan(Dual<Double>(1, derivative: 1)).derivative   // 0.5
/// ```
/// See ``RealScalar/atan(_:)`` for the derivative rule and its edge cases.
@inlinable
public func atan<S: RealScalar>(_ x: S) -> S { S.atan(x) }

/// Returns the hyperbolic sine of `x`; for a dual number, with its derivative.
///
/// ```swift
/// sinh(Dual<Double>(0, derivative: 1)).derivative   // 1.0
/// ```
/// See ``RealScalar/sinh(_:)`` for the derivative rule and its edge cases.
@inlinable
public func sinh<S: RealScalar>(_ x: S) -> S { S.sinh(x) }

/// Returns the hyperbolic cosine of `x`; for a dual number, with its derivative.
///
/// ```swift
/// cosh(Dual<Double>(0, derivative: 1)).derivative   // 0.0
/// ```
/// See ``RealScalar/cosh(_:)`` for the derivative rule and its edge cases.
@inlinable
public func cosh<S: RealScalar>(_ x: S) -> S { S.cosh(x) }

/// Returns the hyperbolic tangent of `x`; for a dual number, with its derivative.
///
/// ```swift
/// tanh(Dual<Double>(20, derivative: 1)).derivative   // 1.6993417021166355e-17
/// ```
/// See ``RealScalar/tanh(_:)`` for the derivative rule and its edge cases.
@inlinable @inline(__always)
public func tanh<S: RealScalar>(_ x: S) -> S { S.tanh(x) }

/// Returns the inverse hyperbolic sine of `x`; for a dual number, with its derivative.
///
/// ```swift
/// asinh(Dual<Double>(0, derivative: 1)).derivative   // 1.0
/// ```
/// See ``RealScalar/asinh(_:)`` for the derivative rule and its edge cases.
@inlinable
public func asinh<S: RealScalar>(_ x: S) -> S { S.asinh(x) }

/// Returns the inverse hyperbolic cosine of `x`; for a dual number, with its derivative.
///
/// ```swift
/// acosh(Dual<Double>(2, derivative: 1)).derivative   // 0.5773502691896258
/// ```
/// See ``RealScalar/acosh(_:)`` for the derivative rule and its edge cases.
@inlinable
public func acosh<S: RealScalar>(_ x: S) -> S { S.acosh(x) }

/// Returns the inverse hyperbolic tangent of `x`; for a dual number, with its derivative.
///
/// ```swift
/// atanh(Dual<Double>(0, derivative: 1)).derivative   // 1.0
/// ```
/// See ``RealScalar/atanh(_:)`` for the derivative rule and its edge cases.
@inlinable
public func atanh<S: RealScalar>(_ x: S) -> S { S.atanh(x) }

/// Returns the error function of `x`; for a dual number, with its derivative.
///
/// ```swift
/// erf(Dual<Double>(0, derivative: 1)).derivative   // 1.1283791670955126
/// ```
/// See ``RealScalar/erf(_:)`` for the derivative rule and its edge cases.
@inlinable
public func erf<S: RealScalar>(_ x: S) -> S { S.erf(x) }

/// Returns the complementary error function of `x`; for a dual number, with its derivative.
///
/// ```swift
/// erfc(Dual<Double>(0, derivative: 1)).derivative   // -1.1283791670955126
/// ```
/// See ``RealScalar/erfc(_:)`` for the derivative rule and its edge cases.
@inlinable
public func erfc<S: RealScalar>(_ x: S) -> S { S.erfc(x) }

/// Returns the logistic sigmoid 1/(1 + e^−x) of `x`; for a dual number, with its derivative.
///
/// ```swift
/// sigmoid(Dual<Double>(40, derivative: 1)).derivative   // 4.248354255291589e-18
/// ```
/// See ``RealScalar/sigmoid(_:)`` for the derivative rule and its edge cases.
@inlinable @inline(__always)
public func sigmoid<S: RealScalar>(_ x: S) -> S { S.sigmoid(x) }

/// Returns the softplus log(1 + e^x) of `x`; for a dual number, with its derivative.
///
/// ```swift
/// softplus(Dual<Double>(1000, derivative: 1)).value   // 1000.0
/// ```
/// See ``RealScalar/softplus(_:)`` for the derivative rule and its edge cases.
@inlinable @inline(__always)
public func softplus<S: RealScalar>(_ x: S) -> S { S.softplus(x) }

/// Returns log σ(x) of `x`; for a dual number, with its derivative.
///
/// ```swift
/// logSigmoid(Dual<Double>(-1000, derivative: 1)).derivative   // 1.0
/// ```
/// See ``RealScalar/logSigmoid(_:)`` for the derivative rule and its edge cases.
@inlinable @inline(__always)
public func logSigmoid<S: RealScalar>(_ x: S) -> S { S.logSigmoid(x) }

/// Returns the real cube root of `x` (negative for negative `x`).
///
/// ```swift
/// cbrt(Dual<Double>(8, derivative: 1)).derivative   // 0.08333333333333333
/// ```
/// Derivative: 1/(3 ∛x²); +∞ at 0.
@inlinable
public func cbrt<S: RealScalar>(_ x: S) -> S { S.root(x, 3) }

/// Returns `x` raised to the power `y`; either or both may be dual numbers.
///
/// ```swift
/// pow(Dual<Double>(2, derivative: 1), 3.0).derivative   // 12.0
/// ```
/// See ``RealScalar/pow(_:_:)-(Self,Self)`` for the conventions at 0 and for negative bases.
@inlinable
public func pow<S: RealScalar>(_ x: S, _ y: S) -> S { S.pow(x, y) }

/// Returns `x` raised to an integer power, by repeated multiplication.
///
/// ```swift
/// pow(Dual<Double>(2, derivative: 1), 10).derivative    // 5120.0
/// ```
@inlinable
public func pow<S: RealScalar>(_ x: S, _ n: Int) -> S { S.pow(x, n) }

/// Returns a dual base raised to a plain exponent.
///
/// ```swift
/// let y: Double = 0.5
/// pow(Dual<Double>(4, derivative: 1), y).derivative     // 0.25
/// ```
@inlinable @_disfavoredOverload
public func pow<T: RealScalar>(_ x: Dual<T>, _ y: T) -> Dual<T> { Dual.pow(x, Dual(y)) }

/// Returns a plain base raised to a dual exponent.
///
/// ```swift
/// let b: Double = 2
/// pow(b, Dual<Double>(3, derivative: 1)).derivative     // 5.545177444479562
/// ```
@inlinable @_disfavoredOverload
public func pow<T: RealScalar>(_ x: T, _ y: Dual<T>) -> Dual<T> { Dual.pow(Dual(x), y) }

/// Returns the angle of the point (x, y), in (−π, π].
///
/// ```swift
/// atan2(Dual<Double>(1, derivative: 1), Dual(1)).derivative   // 0.5
/// ```
/// See ``RealScalar/atan2(y:x:)`` for the derivative and its convention at the origin.
@inlinable
public func atan2<S: RealScalar>(_ y: S, _ x: S) -> S { S.atan2(y: y, x: x) }

/// Returns √(x² + y²) without intermediate overflow.
///
/// ```swift
/// hypot(Dual<Double>(3, derivative: 1), Dual(4)).derivative   // 0.6
/// ```
/// See ``RealScalar/hypot(_:_:)`` for the convention at the origin.
@inlinable
public func hypot<S: RealScalar>(_ x: S, _ y: S) -> S { S.hypot(x, y) }

/// Returns the smaller of two dual numbers; at a tie, the average of their
/// derivatives (so `min(x, x)` has the derivative of `x`).
///
/// ```swift
/// min(Dual<Double>(1, derivative: 1), Dual(1)).derivative     // 0.5
/// ```
@inlinable
public func min<T: RealScalar>(_ x: Dual<T>, _ y: Dual<T>) -> Dual<T> { Dual.minimum(x, y) }

/// Returns the larger of two dual numbers; at a tie, the average of their derivatives.
///
/// ```swift
/// max(Dual<Double>(2, derivative: 1), Dual(1)).derivative     // 1.0
/// ```
@inlinable
public func max<T: RealScalar>(_ x: Dual<T>, _ y: Dual<T>) -> Dual<T> { Dual.maximum(x, y) }

/// Returns a series base raised to a plain exponent.
///
/// ```swift
/// let y: Double = 0.5
/// pow(Taylor<Double>(variable: 4, order: 1), y).coefficients   // [2.0, 0.25]
/// ```
@inlinable @_disfavoredOverload
public func pow<T: RealScalar>(_ x: Taylor<T>, _ y: T) -> Taylor<T> { Taylor.pow(x, Taylor(y)) }

/// Returns a plain base raised to a series exponent.
///
/// ```swift
/// let b: Double = 2
/// pow(b, Taylor<Double>(variable: 3, order: 1)).coefficients   // [8.0, 5.545177444479562]
/// ```
@inlinable @_disfavoredOverload
public func pow<T: RealScalar>(_ x: T, _ y: Taylor<T>) -> Taylor<T> { Taylor.pow(Taylor(x), y) }

/// Returns the smaller of two series by value; ties as in ``Taylor/minimum(_:_:)``.
///
/// ```swift
/// min(Taylor<Double>(variable: 1, order: 1), Taylor(2)).coefficients   // [1.0, 1.0]
/// ```
@inlinable
public func min<T: RealScalar>(_ x: Taylor<T>, _ y: Taylor<T>) -> Taylor<T> { Taylor.minimum(x, y) }

/// Returns the larger of two series by value; ties as in ``Taylor/maximum(_:_:)``.
///
/// ```swift
/// max(Taylor<Double>(variable: 1, order: 1), Taylor(2)).coefficients   // [2.0]
/// ```
@inlinable
public func max<T: RealScalar>(_ x: Taylor<T>, _ y: Taylor<T>) -> Taylor<T> { Taylor.maximum(x, y) }

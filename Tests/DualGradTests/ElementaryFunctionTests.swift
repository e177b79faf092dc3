// Every elementary function of DualGrad against high-precision references:
// the value, the first derivative through `Dual<T>` and the second derivative
// through `Dual<Dual<T>>`, for Double, Float and (on x86_64) Float80.
//
// The table is ElementaryFunctionReferences.swift, written by
// References/make_references.py (mpmath at 50 digits). The tolerances are the
// issue's: 1e-13 relative for the value and the first derivative in Double,
// 1e-12 for the second derivative. NaN and ±∞ must match exactly. A result in
// the subnormal range carries fewer digits than the type's precision, so there
// an absolute error below `leastNormalMagnitude · tolerance` is accepted: a
// slope like sigmoid′(−800) may be a tiny positive number or 0, never NaN.

import DualGrad
import DualGradTestSupport
import Testing

/// One row of the reference table: a function, its arguments, which of them
/// carry a tangent, and the value and derivatives along that tangent.
struct ElementaryFunctionReference: Sendable, CustomTestStringConvertible {
  /// The function under test, called through DualGrad's free functions.
  enum Function: String, Sendable {
    case exp, exp2, expm1, log, log2, log10, log1p, sqrt, cbrt
    case sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh
    case erf, erfc, sigmoid, softplus, logSigmoid
    /// `pow(x, y)` with a real exponent.
    case pow
    /// `pow(x, n)` with the integer exponent `n = Int(y)`.
    case powInt
    /// `atan2(x, y)`: the first argument is the y-coordinate, as in C.
    case atan2
    case hypot
  }

  /// Which arguments carry the tangent 1; unary functions always use `.first`.
  enum Seed: String, Sendable {
    case first, second, both
  }

  let function: Function
  let seed: Seed
  let x: Double
  let y: Double
  /// Decimal strings with 30 significant digits, parsed by each scalar type
  /// itself, so every type gets one correct rounding ("nan", "inf", "-inf" too).
  let value: String
  let derivative: String
  /// `nil` where the second derivative has no limit (at the origin of atan2,
  /// at the kink of cbrt).
  let secondDerivative: String?

  init(
    _ function: Function, _ seed: Seed, _ x: Double, _ y: Double,
    _ value: String, _ derivative: String, _ secondDerivative: String?
  ) {
    self.function = function
    self.seed = seed
    self.x = x
    self.y = y
    self.value = value
    self.derivative = derivative
    self.secondDerivative = secondDerivative
  }

  var isUnary: Bool {
    switch function {
    case .pow, .powInt, .atan2, .hypot: false
    default: true
    }
  }

  var testDescription: String {
    isUnary ? "\(function)(\(x))" : "\(function)(\(x), \(y)) along \(seed)"
  }
}

extension ElementaryFunctionReference.Function {
  /// Evaluates the function through the free functions users call.
  func callAsFunction<S: RealScalar>(_ x: S, _ y: S, exponent n: Int) -> S {
    switch self {
    case .exp: DualGrad.exp(x)
    case .exp2: DualGrad.exp2(x)
    case .expm1: DualGrad.expm1(x)
    case .log: DualGrad.log(x)
    case .log2: DualGrad.log2(x)
    case .log10: DualGrad.log10(x)
    case .log1p: DualGrad.log1p(x)
    case .sqrt: DualGrad.sqrt(x)
    case .cbrt: DualGrad.cbrt(x)
    case .sin: DualGrad.sin(x)
    case .cos: DualGrad.cos(x)
    case .tan: DualGrad.tan(x)
    case .asin: DualGrad.asin(x)
    case .acos: DualGrad.acos(x)
    case .atan: DualGrad.atan(x)
    case .sinh: DualGrad.sinh(x)
    case .cosh: DualGrad.cosh(x)
    case .tanh: DualGrad.tanh(x)
    case .asinh: DualGrad.asinh(x)
    case .acosh: DualGrad.acosh(x)
    case .atanh: DualGrad.atanh(x)
    case .erf: DualGrad.erf(x)
    case .erfc: DualGrad.erfc(x)
    case .sigmoid: DualGrad.sigmoid(x)
    case .softplus: DualGrad.softplus(x)
    case .logSigmoid: DualGrad.logSigmoid(x)
    case .pow: DualGrad.pow(x, y)
    case .powInt: DualGrad.pow(x, n)
    case .atan2: DualGrad.atan2(x, y)
    case .hypot: DualGrad.hypot(x, y)
    }
  }
}

/// Whether `actual` matches the decimal reference `expected` once rounded to `T`:
/// relatively within `tolerance` with the same sign, NaN and ±∞ exactly, and
/// absolutely within `leastNormalMagnitude · tolerance` in the subnormal range.
func matches<T: BinaryFloatingPoint & LosslessStringConvertible>(
  _ actual: T, _ expected: String, tolerance: T
) -> Bool {
  guard let reference = T(expected) else { return false }
  if isClose(actual, reference, tolerance: tolerance) { return true }
  guard reference.isFinite, actual.isFinite, reference.magnitude < T.leastNormalMagnitude else { return false }
  return (actual - reference).magnitude <= T.leastNormalMagnitude * tolerance
}

/// Checks one reference case in the scalar type `T`: the value and first
/// derivative through `Dual<T>`, the second derivative through `Dual<Dual<T>>`.
///
/// A case whose arguments `T` cannot hold exactly is skipped (it would test a
/// different point), so Float checks the ordinary points and the edges at
/// simple numbers, and leaves 1e-300 and 709.78 to Double and Float80.
func check<T: RealScalar & BinaryFloatingPoint & LosslessStringConvertible>(
  _ reference: ElementaryFunctionReference, as type: T.Type,
  tolerance: T, secondTolerance: T,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let x = T(exactly: reference.x), let y = T(exactly: reference.y) else { return }
  let n = reference.function == .powInt ? Int(reference.y) : 0
  let seedX: T = reference.seed == .second ? 0 : 1
  let seedY: T = reference.seed == .first || reference.isUnary ? 0 : 1

  let first = reference.function(Dual(x, derivative: seedX), Dual(y, derivative: seedY), exponent: n)
  #expect(
    matches(first.value, reference.value, tolerance: tolerance),
    "\(T.self) value: got \(first.value), expected \(reference.value)", sourceLocation: sourceLocation)
  #expect(
    matches(first.derivative, reference.derivative, tolerance: tolerance),
    "\(T.self) f′: got \(first.derivative), expected \(reference.derivative)", sourceLocation: sourceLocation)

  guard let expected = reference.secondDerivative else { return }
  let second = reference.function(
    Dual(Dual(x, derivative: seedX), derivative: Dual(seedX)),
    Dual(Dual(y, derivative: seedY), derivative: Dual(seedY)),
    exponent: n)
  let actual = second.derivative.derivative
  #expect(
    matches(actual, expected, tolerance: secondTolerance),
    "\(T.self) f″: got \(actual), expected \(expected)", sourceLocation: sourceLocation)
}

@Suite("Elementary functions against mpmath references")
struct ElementaryFunctionTests {
  @Test("Double: value and f′ within 1e-13, f″ within 1e-12", arguments: elementaryFunctionReferences)
  func double(_ reference: ElementaryFunctionReference) {
    check(reference, as: Double.self, tolerance: 1e-13, secondTolerance: 1e-12)
  }

  // Float's libm and rules are good to a few ulps (2^-23 ≈ 1.2e-7 each).
  @Test("Float: value, f′ and f″ within 2e-6", arguments: elementaryFunctionReferences)
  func float(_ reference: ElementaryFunctionReference) {
    check(reference, as: Float.self, tolerance: 2e-6, secondTolerance: 2e-6)
  }

  #if arch(x86_64)
  // The rules' constants (ln 2, ln 10, 2/√π) are Double, so Float80 is held
  // to the Double tolerances.
  @Test("Float80: value and f′ within 1e-13, f″ within 1e-12", arguments: elementaryFunctionReferences)
  func float80(_ reference: ElementaryFunctionReference) {
    check(reference, as: Float80.self, tolerance: 1e-13, secondTolerance: 1e-12)
  }
  #endif
}

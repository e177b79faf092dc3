// Slopes at huge and tiny arguments, where a textbook formula overflows or
// underflows although the true value is finite: √(1 + x²) at x = 1e160, x·ln 10
// at 1e308, 2^x·ln 2 past 2^1024, x^2.5 below 1e-130. Dual's first derivative
// and Taylor's coefficients c₀ … c₆ against mpmath (TaylorReferences.extremeArguments,
// written by References/make_taylor_references.py), and Taylor's c₁ against
// Dual's slope bit for bit: both come from one scalar definition
// (Scalar/RealScalar+Slopes.swift).

import DualGrad
import DualGradTestSupport
import Testing

/// One row of `TaylorReferences.extremeArguments`, its decimal strings converted
/// (correctly rounded; "inf" beyond the largest Double, 0 below half the least subnormal).
struct ExtremeCase: Sendable, CustomTestStringConvertible {
  let function: TaylorFunction
  let x: Double
  let expected: [Double]
  var testDescription: String { "\(function.rawValue) at \(x)" }

  static let all = TaylorReferences.extremeArguments.map {
    ExtremeCase(function: $0.0, x: $0.1, expected: $0.2.map { Double($0)! })
  }
}

/// Whether `actual` is within `ulps` units in the last place of `expected`, or
/// within `units` of the least subnormal (errors there are absolute). Where the
/// true value is beyond the largest Double, `actual` must not be finite: ±∞, or
/// NaN once two overflowed terms meet in a recurrence (∞ − ∞, 0·∞).
func isNear(_ actual: Double, _ expected: Double, ulps: Double, units: Double) -> Bool {
  if !expected.isFinite { return !actual.isFinite }
  let error = (actual - expected).magnitude
  return error <= ulps * .ulpOfOne * expected.magnitude || error <= units * .leastNonzeroMagnitude
}

@Suite("Huge and tiny arguments: slopes that stay finite where the textbook formula does not")
struct ExtremeArgumentTests {
  @Test("Dual's first derivative is mpmath's within 4 ulps (or 4 subnormal units)", arguments: ExtremeCase.all)
  func dualSlope(_ c: ExtremeCase) {
    let slope = derivative(of: { c.function($0) }, at: c.x)
    #expect(isNear(slope, c.expected[1], ulps: 4, units: 4), "f′ = \(slope), mpmath \(c.expected[1])")
  }

  @Test("Taylor's c₀ … c₆ are mpmath's within 16·(k + 1) ulps (or 8 subnormal units)", arguments: ExtremeCase.all)
  func taylorCoefficients(_ c: ExtremeCase) {
    let computed = c.function(Taylor<Double>(variable: c.x, order: 6)).coefficients
    for k in 0...6 {
      #expect(
        isNear(computed[k], c.expected[k], ulps: 16 * Double(k + 1), units: 8),
        "c\(k) = \(computed[k]), mpmath \(c.expected[k])")
    }
  }

  @Test(
    "Taylor's c₁ is Dual's slope bit for bit, and c₀ the plain value",
    arguments: elementaryCases.map { ($0.function, $0.x) } + ExtremeCase.all.map { ($0.function, $0.x) })
  func taylorStartsFromDualSlope(_ function: TaylorFunction, _ x: Double) {
    let series = function(Taylor<Double>(variable: x, order: 1)).coefficients
    let slope = derivative(of: { function($0) }, at: x)
    #expect(
      series[0].bitPattern == function(x).bitPattern, "\(function) at \(x): c₀ \(series[0]), value \(function(x))")
    #expect(series[1].bitPattern == slope.bitPattern, "\(function) at \(x): c₁ \(series[1]), Dual \(slope)")
  }
}

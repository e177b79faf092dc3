// Every Taylor rule applied to a non-linear series, against mpmath's Taylor
// coefficients up to order 10 (TaylorReferences.composed, written by
// References/make_taylor_references.py).
//
// Why composed: a rule applied to the plain variable x₀ + t sees the
// coefficients (x₀, 1, 0, 0, …), so every term of a recurrence that multiplies
// a higher coefficient of the argument is zero there, and a recurrence that
// dropped such a term still passed the tests of f(x). Here the argument is
// itself a transcendental series (exp x, sin x, 2 + cos x, …) with no zero
// coefficient, so each term of each recurrence changes the result.

import DualGrad
import Testing

/// The composed functions whose Taylor coefficients TaylorReferences.swift
/// records: an outer rule (the first word) of an inner series with infinitely
/// many nonzero coefficients.
enum ComposedTaylorFunction: String, Sendable, CaseIterable {
  case expOfSine, expMinusOneOfSine, exp2OfCosine
  case logOfTwoPlusSine, logOnePlusOfXTimesExp, log2OfTwoPlusCosine, log10OfOnePlusExp
  case sqrtOfTwoPlusSine, cubeRootOfOnePlusExp, cubeRootOfMinusOneMinusExp, fifthRootOfTwoPlusCosine
  case powOfOnePlusExpToConstant, powOfNegativeSeriesToIntegralConstant, powOfConstantToSine
  case powOfOnePlusExpToSine, powOfSineToInteger, powOfTwoPlusSineToNegativeInteger
  case productOfSineAndExp, quotientOfExpAndTwoPlusSine
  case sinOfExp, cosOfExp, tanOfSine, asinOfHalfSine, acosOfQuarterExp, atanOfExp
  case atan2OfSineOverConstant, atan2OfConstantOverExpMinusOne, atan2OfSineOverExp
  case sinhOfSine, coshOfExp, tanhOfExp, asinhOfExp, acoshOfOnePlusExp, atanhOfHalfSine
  case hypotOfSineAndConstant, hypotOfSineAndExp, erfOfSine, erfcOfExp
  case sigmoidOfSine, softplusOfSine, logSigmoidOfCosine
  case minimumOfSineAndCosine, maximumOfSineAndCosine, magnitudeOfSine

  func callAsFunction(_ x: Taylor<Double>) -> Taylor<Double> {
    typealias S = Taylor<Double>
    switch self {
    case .expOfSine: return S.exp(S.sin(x))
    case .expMinusOneOfSine: return S.expMinusOne(S.sin(x))
    case .exp2OfCosine: return S.exp2(S.cos(x))
    case .logOfTwoPlusSine: return S.log(2 + S.sin(x))
    case .logOnePlusOfXTimesExp: return S.log(onePlus: x * S.exp(x))
    case .log2OfTwoPlusCosine: return S.log2(2 + S.cos(x))
    case .log10OfOnePlusExp: return S.log10(1 + S.exp(x))
    case .sqrtOfTwoPlusSine: return S.sqrt(2 + S.sin(x))
    case .cubeRootOfOnePlusExp: return S.root(1 + S.exp(x), 3)
    case .cubeRootOfMinusOneMinusExp: return S.root(-1 - S.exp(x), 3)
    case .fifthRootOfTwoPlusCosine: return S.root(2 + S.cos(x), 5)
    case .powOfOnePlusExpToConstant: return S.pow(1 + S.exp(x), 2.5)
    case .powOfNegativeSeriesToIntegralConstant: return S.pow(S.cos(x) - 2, 3.0)
    case .powOfConstantToSine: return S.pow(2.5, S.sin(x))
    case .powOfOnePlusExpToSine: return S.pow(1 + S.exp(x), S.sin(x))
    case .powOfSineToInteger: return S.pow(S.sin(x), 7)
    case .powOfTwoPlusSineToNegativeInteger: return S.pow(2 + S.sin(x), -3)
    case .productOfSineAndExp: return S.sin(x) * S.exp(x)
    case .quotientOfExpAndTwoPlusSine: return S.exp(x) / (2 + S.sin(x))
    case .sinOfExp: return S.sin(S.exp(x))
    case .cosOfExp: return S.cos(S.exp(x))
    case .tanOfSine: return S.tan(S.sin(x))
    case .asinOfHalfSine: return S.asin(S.sin(x) / 2)
    case .acosOfQuarterExp: return S.acos(S.exp(x) / 4)
    case .atanOfExp: return S.atan(S.exp(x))
    case .atan2OfSineOverConstant: return S.atan2(y: S.sin(x), x: -0.7)
    case .atan2OfConstantOverExpMinusOne: return S.atan2(y: 0.7, x: S.expMinusOne(x))
    case .atan2OfSineOverExp: return S.atan2(y: S.sin(x), x: S.exp(x))
    case .sinhOfSine: return S.sinh(S.sin(x))
    case .coshOfExp: return S.cosh(S.exp(x))
    case .tanhOfExp: return S.tanh(S.exp(x))
    case .asinhOfExp: return S.asinh(S.exp(x))
    case .acoshOfOnePlusExp: return S.acosh(1 + S.exp(x))
    case .atanhOfHalfSine: return S.atanh(S.sin(x) / 2)
    case .hypotOfSineAndConstant: return S.hypot(S.sin(x), 0.7)
    case .hypotOfSineAndExp: return S.hypot(S.sin(x), S.exp(x))
    case .erfOfSine: return S.erf(S.sin(x))
    case .erfcOfExp: return S.erfc(S.exp(x))
    case .sigmoidOfSine: return S.sigmoid(S.sin(x))
    case .softplusOfSine: return S.softplus(S.sin(x))
    case .logSigmoidOfCosine: return S.logSigmoid(S.cos(x))
    case .minimumOfSineAndCosine: return S.minimum(S.sin(x), S.cos(x))
    case .maximumOfSineAndCosine: return S.maximum(S.sin(x), S.cos(x))
    case .magnitudeOfSine: return S.sin(x).magnitude
    }
  }
}

let composedCases = TaylorCase.cases(TaylorReferences.composed)

/// The error allowed in c_k, as a fraction of its local scale (the largest
/// |c_j| with j within 2 of k): 16·(k + 1) ulps. The scale is local because a
/// coefficient that passes near 0 between larger ones is the difference of
/// terms of their size, and rounding errs relative to those terms. The budget
/// has two parts. The scalar functions that start each series (sin x₀, e^x₀,
/// log a₀, …) err by an ulp or so, which the composition can amplify a few
/// times (measured below). And each
/// recurrence's k-th coefficient is a sum of k terms built on earlier, already
/// rounded coefficients, through up to four chained recurrences (pow(x, −3) is
/// two products and a quotient of an offset sine), so rounding grows with k.
///
/// Measured (with glibc's libm): at most 4.2·(k + 1) ulps (pow(2 + sin x, −3)
/// at 0.3, c₈); with every libm function of RealScalar+Double.swift made 4 ulps
/// too large, or too small, at most 13.4·(k + 1) (tan(sin x) at −1.7, c₀). A
/// term dropped from a recurrence changes a coefficient by about its own size,
/// some 10¹³ times the tolerance.
func composedTolerance(order k: Int) -> Double { 16 * Double(k + 1) * Double.ulpOfOne }

@Suite("Taylor rules of non-linear series: coefficients up to order 10")
struct TaylorCompositionTests {
  @Test(
    "every rule of a transcendental series: c₀ … c₁₀ within 16·(k + 1) ulps of mpmath's, at the local scale",
    arguments: composedCases)
  func composedFunctions(_ c: TaylorCase<ComposedTaylorFunction>) {
    let computed = c.function(Taylor<Double>(variable: c.x, order: 10)).coefficients
    #expect(computed.count == 11)
    let e = c.expected
    for k in computed.indices {
      let scale = e[max(k - 2, 0)...min(k + 2, e.count - 1)].map(\.magnitude).max()!
      let error = (computed[k] - e[k]).magnitude / scale
      #expect(
        error <= composedTolerance(order: k),
        "c\(k) = \(computed[k]), mpmath \(e[k]): \(error / Double.ulpOfOne) ulps")
    }
  }

  @Test("every composed function has references")
  func everyFunctionHasReferences() {
    #expect(Set(TaylorReferences.composed.map(\.0)) == Set(ComposedTaylorFunction.allCases))
  }
}

#!/usr/bin/env python3
"""Writes Tests/DualGradTests/TaylorReferences.swift: derivatives of order 0 to N
of the functions TaylorTests.swift checks, computed with mpmath at 60 significant
digits (mpmath.diff, run again at 80 digits to confirm the 30 digits printed),
and the Taylor coefficients c₀ … c₁₀ of composed functions (mpmath.taylor, the
same check). Each point is the exact value of the Double literal in the table.

Run from the repository root:  python3 Tests/DualGradTests/References/make_taylor_references.py
"""
import mpmath as mp

def derivatives(f, x, order):
    out = []
    for dps in (60, 80):
        mp.mp.dps = dps
        out.append([mp.diff(f, mp.mpf(x), k) for k in range(order + 1)])
    mp.mp.dps = 60
    for a, b in zip(*out):
        assert a == b or abs(a - b) <= mp.mpf(10) ** -35 * max(abs(a), abs(b)), (f, x, a, b)
    return out[1]

def coefficients(f, x, order, dps=60):
    """c₀ … c_order of f around x with mpmath.taylor at `dps` digits, confirmed
    at dps + 20 to 35 significant digits each, or both far below the least
    subnormal Double (they print as tiny numbers that convert to 0)."""
    out = []
    for digits in (dps, dps + 20):
        mp.mp.dps = digits
        out.append(mp.taylor(f, mp.mpf(x), order))
    mp.mp.dps = 60
    for a, b in zip(*out):
        assert a == b or abs(a - b) <= mp.mpf(10) ** -35 * max(abs(a), abs(b)) or \
            max(abs(a), abs(b)) < mp.mpf(10) ** -340, (f, x, a, b)
    return out[1]

def sigmoid(x): return 1 / (1 + mp.exp(-x))

# name in the Swift enum, function, points (each a Double literal)
ELEMENTARY = [
    ("exp", mp.exp, [0.3, -1.7]),
    ("expMinusOne", mp.expm1, [0.3, -1.7]),
    ("exp2", lambda x: mp.power(2, x), [0.3, -1.7]),
    ("log", mp.log, [0.3, 2.5]),
    ("logOnePlus", mp.log1p, [0.3, -0.6]),
    ("log2", lambda x: mp.log(x, 2), [0.3, 2.5]),
    ("log10", mp.log10, [0.3, 2.5]),
    ("sqrt", mp.sqrt, [0.3, 2.5]),
    ("cubeRoot", mp.cbrt, [0.3, 2.5]),
    ("cubeRootOfNegative", lambda x: -mp.cbrt(-x), [-0.3, -2.5]),
    ("fifthRoot", lambda x: mp.root(x, 5), [0.3, 2.5]),
    ("powConstantExponent", lambda x: mp.power(x, mp.mpf(2.5)), [0.3, 2.5]),
    ("powNegativeBaseIntegralExponent", lambda x: x ** 3, [-0.3, -2.5]),
    ("powConstantBase", lambda x: mp.power(mp.mpf(2.5), x), [0.3, -1.7]),
    ("powBothVarying", lambda x: mp.power(x, x), [0.3, 2.5]),
    ("powInteger", lambda x: x ** 7, [0.3, -1.7]),
    ("powNegativeInteger", lambda x: x ** -3, [0.3, -1.7]),
    ("sin", mp.sin, [0.3, -1.7]),
    ("cos", mp.cos, [0.3, -1.7]),
    ("tan", mp.tan, [0.3, -1.2]),
    ("asin", mp.asin, [0.3, -0.6]),
    ("acos", mp.acos, [0.3, -0.6]),
    ("atan", mp.atan, [0.3, -1.7]),
    ("atan2OverConstant", lambda x: mp.atan2(x, mp.mpf(-0.7)), [0.3, -1.7]),
    ("atan2UnderConstant", lambda x: mp.atan2(mp.mpf(0.7), x), [0.3, -1.7]),
    ("sinh", mp.sinh, [0.3, -1.7]),
    ("cosh", mp.cosh, [0.3, -1.7]),
    ("tanh", mp.tanh, [0.3, -1.7]),
    ("asinh", mp.asinh, [0.3, -1.7]),
    ("acosh", mp.acosh, [1.7, 3.5]),
    ("atanh", mp.atanh, [0.3, -0.6]),
    ("hypot", lambda x: mp.hypot(x, mp.mpf(0.7)), [0.3, -1.7]),
    ("erf", mp.erf, [0.3, -1.7]),
    ("erfc", mp.erfc, [0.3, 3.5]),
    ("sigmoid", sigmoid, [0.3, -1.7, 40.0]),
    ("softplus", lambda x: mp.log(1 + mp.exp(x)), [0.3, -1.7]),
    ("logSigmoid", lambda x: mp.log(sigmoid(x)), [0.3, -1.7]),
    ("tanhOfLargeArgument", mp.tanh, [20.0]),
]

HIGH_ORDER = [
    ("exp", mp.exp, [0.5, -2.0]),
    ("sin", mp.sin, [0.5, 2.0]),
    ("reciprocalOfOneMinus", lambda x: 1 / (1 - x), [0.5, -2.0]),
    ("tanh", mp.tanh, [0.5, -1.25]),
]

# Each Taylor rule applied to a series with infinitely many nonzero coefficients
# (the inner function is transcendental, never x² or another polynomial), so
# every term of every recurrence counts from order 1 to order 10. Names match
# ComposedTaylorFunction in TaylorCompositionTests.swift.
COMPOSED_ORDER = 10
COMPOSED = [
    ("expOfSine", lambda x: mp.exp(mp.sin(x)), [0.3, -1.7]),
    ("expMinusOneOfSine", lambda x: mp.expm1(mp.sin(x)), [0.3, -1.7]),
    ("exp2OfCosine", lambda x: mp.power(2, mp.cos(x)), [0.3, -1.7]),
    ("logOfTwoPlusSine", lambda x: mp.log(2 + mp.sin(x)), [0.3, -1.7]),
    ("logOnePlusOfXTimesExp", lambda x: mp.log1p(x * mp.exp(x)), [0.3, -1.7]),
    ("log2OfTwoPlusCosine", lambda x: mp.log(2 + mp.cos(x), 2), [0.3, -1.7]),
    ("log10OfOnePlusExp", lambda x: mp.log10(1 + mp.exp(x)), [0.3, -1.7]),
    ("sqrtOfTwoPlusSine", lambda x: mp.sqrt(2 + mp.sin(x)), [0.3, -1.7]),
    ("cubeRootOfOnePlusExp", lambda x: mp.cbrt(1 + mp.exp(x)), [0.3, -1.7]),
    ("cubeRootOfMinusOneMinusExp", lambda x: -mp.cbrt(1 + mp.exp(x)), [0.3, -1.7]),
    ("fifthRootOfTwoPlusCosine", lambda x: mp.root(2 + mp.cos(x), 5), [0.3, -1.7]),
    ("powOfOnePlusExpToConstant", lambda x: mp.power(1 + mp.exp(x), mp.mpf(2.5)), [0.3, -1.7]),
    ("powOfNegativeSeriesToIntegralConstant", lambda x: (mp.cos(x) - 2) ** 3, [0.3, -1.7]),
    ("powOfConstantToSine", lambda x: mp.power(mp.mpf(2.5), mp.sin(x)), [0.3, -1.7]),
    ("powOfOnePlusExpToSine", lambda x: mp.power(1 + mp.exp(x), mp.sin(x)), [0.3, -1.7]),
    ("powOfSineToInteger", lambda x: mp.sin(x) ** 7, [0.3, -1.7]),
    ("powOfTwoPlusSineToNegativeInteger", lambda x: (2 + mp.sin(x)) ** -3, [0.3, -1.7]),
    ("productOfSineAndExp", lambda x: mp.sin(x) * mp.exp(x), [0.3, -1.7]),
    ("quotientOfExpAndTwoPlusSine", lambda x: mp.exp(x) / (2 + mp.sin(x)), [0.3, -1.7]),
    ("sinOfExp", lambda x: mp.sin(mp.exp(x)), [0.3, -1.7]),
    ("cosOfExp", lambda x: mp.cos(mp.exp(x)), [0.3, -1.7]),
    ("tanOfSine", lambda x: mp.tan(mp.sin(x)), [0.3, -1.7]),
    ("asinOfHalfSine", lambda x: mp.asin(mp.sin(x) / 2), [0.3, -1.7]),
    ("acosOfQuarterExp", lambda x: mp.acos(mp.exp(x) / 4), [0.3, -1.7]),
    ("atanOfExp", lambda x: mp.atan(mp.exp(x)), [0.3, -1.7]),
    ("atan2OfSineOverConstant", lambda x: mp.atan2(mp.sin(x), mp.mpf(-0.7)), [0.3, -1.7]),
    ("atan2OfConstantOverExpMinusOne", lambda x: mp.atan2(mp.mpf(0.7), mp.expm1(x)), [0.3, -1.7]),
    ("atan2OfSineOverExp", lambda x: mp.atan2(mp.sin(x), mp.exp(x)), [0.3, -1.7]),
    ("sinhOfSine", lambda x: mp.sinh(mp.sin(x)), [0.3, -1.7]),
    ("coshOfExp", lambda x: mp.cosh(mp.exp(x)), [0.3, -1.7]),
    ("tanhOfExp", lambda x: mp.tanh(mp.exp(x)), [0.3, -1.7]),
    ("asinhOfExp", lambda x: mp.asinh(mp.exp(x)), [0.3, -1.7]),
    ("acoshOfOnePlusExp", lambda x: mp.acosh(1 + mp.exp(x)), [0.3, -1.7]),
    ("atanhOfHalfSine", lambda x: mp.atanh(mp.sin(x) / 2), [0.3, -1.7]),
    ("hypotOfSineAndConstant", lambda x: mp.hypot(mp.sin(x), mp.mpf(0.7)), [0.3, -1.7]),
    ("hypotOfSineAndExp", lambda x: mp.hypot(mp.sin(x), mp.exp(x)), [0.3, -1.7]),
    ("erfOfSine", lambda x: mp.erf(mp.sin(x)), [0.3, -1.7]),
    ("erfcOfExp", lambda x: mp.erfc(mp.exp(x)), [0.3, -1.7]),
    ("sigmoidOfSine", lambda x: sigmoid(mp.sin(x)), [0.3, -1.7]),
    ("softplusOfSine", lambda x: mp.log(1 + mp.exp(mp.sin(x))), [0.3, -1.7]),
    ("logSigmoidOfCosine", lambda x: mp.log(sigmoid(mp.cos(x))), [0.3, -1.7]),
    ("minimumOfSineAndCosine", lambda x: min(mp.sin(x), mp.cos(x)), [0.3, -1.7]),
    ("maximumOfSineAndCosine", lambda x: max(mp.sin(x), mp.cos(x)), [0.3, -1.7]),
    ("magnitudeOfSine", lambda x: abs(mp.sin(x)), [0.3, -1.7]),
]

# tanh far out, where its slope sech² x₀ ≈ 4e^(−2|x₀|) is subnormal (355 < |x₀| <
# 373) or below half the least subnormal (|x₀| = 400: every coefficient after
# c₀ rounds to 0). At 400 digits mpmath.taylor carries the 1 − tanh x₀ of about
# 1e-313 and 1e-348 with room to spare.
HUGE_TANH_POINTS = [360.0, -360.0, 370.0, 400.0, -400.0]

# Huge and tiny arguments, where a textbook slope overflows or underflows although
# the true one is finite (√(1 + x²) at 1e160, x·ln 10 at 1e308, 2^x·ln 2 past
# 2^1024, x^2.5 below 1e-130), where c₀ overflows but later coefficients do not
# (e^x/k! past 709.78), or where the slope is subnormal. Names are
# TaylorFunction cases; coefficients c₀ … c₆ at 700 and 720 digits, enough for
# mpmath.taylor's steps to resolve 1e-300 + h and 1e300 + h.
EXTREME_ORDER = 6
EXTREME = [
    ("asinh", mp.asinh, [1e160, -1e160, 1e300, 1e-160]),
    ("acosh", mp.acosh, [1e160, 1e300]),
    ("atan", mp.atan, [1e160, -1e160, 1e-160]),
    ("asin", mp.asin, [1e-160, -0.999999]),
    ("acos", mp.acos, [1e-160, 0.999999]),
    ("atanh", mp.atanh, [1e-160, 0.999999]),
    ("log", mp.log, [1e300, 1e-300]),
    ("logOnePlus", mp.log1p, [1e300, 1e-300]),
    ("log2", lambda x: mp.log(x, 2), [1.7e308, 3e-308]),
    ("log10", mp.log10, [1e308, 3e-308]),
    ("exp2", lambda x: mp.power(2, x), [1024.25, 1030.0, -1070.0]),
    ("exp", mp.exp, [710.0, 712.0, -745.0]),
    ("expMinusOne", mp.expm1, [711.0]),
    ("sinh", mp.sinh, [711.0, -712.0]),
    ("cosh", mp.cosh, [711.0, -712.0]),
    ("sqrt", mp.sqrt, [1e300, 1e-300]),
    ("cubeRoot", mp.cbrt, [1e300, 1e-300]),
    ("powInteger", lambda x: x ** 7, [1e50, -1e-50]),
    ("powNegativeInteger", lambda x: x ** -3, [1e110, -1e-100]),
    ("powConstantExponent", lambda x: mp.power(x, mp.mpf(2.5)), [1e200, 1e-130]),
    ("hypotWithHugeConstant", lambda x: mp.hypot(x, mp.mpf(1e160)), [1e160, -3e159]),
    ("erf", mp.erf, [26.5, 1e-160]),
    ("erfc", mp.erfc, [26.5, -1e-160]),
    ("sigmoid", sigmoid, [740.0, -740.0]),
    ("softplus", lambda x: mp.log(1 + mp.exp(x)), [740.0, -740.0]),
    ("logSigmoid", lambda x: mp.log(sigmoid(x)), [740.0, -740.0]),
]

def literal(v):
    if abs(v) > mp.mpf(2) ** 1024:
        return "inf" if v > 0 else "-inf"
    return mp.nstr(v, 30, min_fixed=-5, max_fixed=5, strip_zeros=False) if v != 0 else "0"

def row(head, values, spell=literal):
    """One table row over several lines, three values a line."""
    out = [f"    ({head}, ["]
    for i in range(0, len(values), 3):
        out.append("      " + ", ".join(spell(v) for v in values[i:i + 3]) + ",")
    return out + ["    ]),"]

lines = [
    "// Generated by Tests/DualGradTests/References/make_taylor_references.py; do not edit.",
    "// Derivatives f⁽ᵏ⁾(x) computed with mpmath.diff, and Taylor coefficients with",
    "// mpmath.taylor, at 60 and 80 significant digits (400 and 420 for tanh far out),",
    "// agreeing to 35, printed to 30; each x is the exact value of its Double literal.",
    "",
    "enum TaylorReferences {",
    "  /// (function, x, [f(x), f′(x), …, f⁽⁴⁾(x)])",
    "  static let elementary: [(TaylorFunction, Double, [Double])] = [",
]
for name, f, points in ELEMENTARY:
    for x in points:
        ds = derivatives(f, x, 4)
        lines.append(f"    (.{name}, {x!r}, [{', '.join(literal(d) for d in ds)}]),")
lines += ["  ]", "", "  /// (function, x, [f(x), f′(x), …, f⁽²⁰⁾(x)])",
          "  static let highOrder: [(TaylorFunction, Double, [Double])] = ["]
for name, f, points in HIGH_ORDER:
    for x in points:
        lines += row(f".{name}, {x!r}", derivatives(f, x, 20))
lines += ["  ]", "", f"  /// (function, x, [c₀, c₁, …, c₁₀]): the Taylor coefficients f⁽ᵏ⁾(x)/k!",
          "  static let composed: [(ComposedTaylorFunction, Double, [Double])] = ["]
for name, f, points in COMPOSED:
    for x in points:
        lines += row(f".{name}, {x!r}", coefficients(f, x, COMPOSED_ORDER))
# Written as strings that the test converts with Double(_:) (correctly rounded):
# Swift warns about a decimal literal in the subnormal range, which cannot be exact.
lines += ["  ]", "", "  /// (x, [c₀, c₁, …, c₁₀]) of tanh: subnormal or zero from c₁ on, as decimal strings",
          "  static let tanhOfHugeArgument: [(Double, [String])] = ["]
for x in HUGE_TANH_POINTS:
    lines += row(repr(x), coefficients(mp.tanh, x, COMPOSED_ORDER, dps=400), lambda c: f'"{literal(c)}"')
lines += ["  ]", "", f"  /// (function, x, [c₀, c₁, …, c₆]) at huge and tiny x, as decimal strings (\"inf\" beyond",
          "  /// the largest Double; subnormal values would draw a warning as literals)",
          "  static let extremeArguments: [(TaylorFunction, Double, [String])] = ["]
for name, f, points in EXTREME:
    for x in points:
        lines += row(f".{name}, {x!r}", coefficients(f, x, EXTREME_ORDER, dps=700), lambda c: f'"{literal(c)}"')
lines += ["  ]", "}", ""]
open("Tests/DualGradTests/TaylorReferences.swift", "w").write("\n".join(lines))

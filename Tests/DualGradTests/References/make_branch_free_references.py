#!/usr/bin/env python3
"""Writes Tests/DualGradTests/References/branch-free-references.txt.

The correctly rounded results, with mpmath at 60 significant digits, of the
functions DualGrad writes in Swift for Double and Float (Sources/DualGrad/
Scalar/Double+BranchFree.swift, Float+BranchFree.swift), at

- every edge of each function (±0, ±∞, NaN, subnormals, the overflow and
  underflow thresholds, the points where the formula changes), listed here
  with their arguments, and
- 12,500 random points per Double function (100,000 in all) and 5,000 per
  Float function (every Float is checked outside `swift test` by
  check_float_exhaustively.swift), from a SplitMix64 stream that
  BranchFreeAccuracyTests.swift reproduces bit for bit, so the arguments need
  not be stored. Each function mixes samplers over its whole domain (uniform
  in value, and uniform in bit pattern, which gives every binade from the
  subnormals up the same weight) and its hard regions. A Float function's
  argument is the sampled Double rounded to the nearest Float.

Each line holds the reference rounded to the nearest Double or Float (hex
bits of the value as a Double, a Float widened exactly) and the residual
(exact − rounded)/ulp in hundredths of the format's ulp, so the test measures
the error in ulps against the exact value, not only against the rounded one.

Run from the package root:

    python3 Tests/DualGradTests/References/make_branch_free_references.py

The command is deterministic: running it again rewrites the same file.
"""

import math
import os
import struct

from mpmath import mp, mpf

mp.dps = 60

RANDOM_POINTS = int(os.environ.get("POINTS", 12_500))
FLOAT_RANDOM_POINTS = int(os.environ.get("FLOAT_POINTS", 5_000))
MASK = (1 << 64) - 1


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def to_float(x):
    """The Float nearest to the Double x (ties to even), as a Python float."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


def float_from_bits(b):
    return struct.unpack("<f", struct.pack("<I", b))[0]


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


# Samplers; BranchFreeAccuracyTests.swift has the same three, computed with the
# same Double operations in the same order.
def uniform(lo, hi):
    return ("uniform", lo, hi)


def by_bits(lo, hi):
    """Positive Doubles with bit patterns in [bits(lo), bits(hi))."""
    return ("bits", lo, hi)


def signed_bits(lo, hi):
    """As by_bits, with a random sign."""
    return ("signedBits", lo, hi)


def sample(sampler, u):
    kind, lo, hi = sampler
    if kind == "uniform":
        return lo + (hi - lo) * (float(u >> 11) * 2.0**-53)
    lo_bits, hi_bits = bits(lo), bits(hi)
    if kind == "bits":
        return from_bits(lo_bits + u % (hi_bits - lo_bits))
    x = from_bits(lo_bits + (u >> 1) % (hi_bits - lo_bits))
    return -x if u & 1 else x


MIN_SUB = 5e-324
MIN_NORMAL = 2.2250738585072014e-308
MAX = 1.7976931348623157e308
COMMON_EDGES = [0.0, -0.0, math.inf, -math.inf, math.nan, MIN_SUB, -MIN_SUB, MIN_NORMAL, -MIN_NORMAL,
                MAX, -MAX, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300, 1e-20, -1e-20, 1e-8, -1e-8]


def nearby(x, n=3):
    """x and its n neighbours on each side."""
    b = bits(abs(x))
    out = [from_bits(b + i) for i in range(-n, n + 1) if 0 <= b + i < 0x7FF0000000000000]
    return [math.copysign(v, x) for v in out]


LN2 = float(mp.log(2))
FLOAT_MIN_SUB = 2.0**-149
FLOAT_MIN_NORMAL = 2.0**-126
FLOAT_MAX = (2 - 2.0**-23) * 2.0**127
FLOAT_COMMON_EDGES = [0.0, -0.0, math.inf, -math.inf, math.nan, FLOAT_MIN_SUB, -FLOAT_MIN_SUB, FLOAT_MIN_NORMAL,
                      -FLOAT_MIN_NORMAL, FLOAT_MAX, -FLOAT_MAX, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-30, -1e-30,
                      1e-8, -1e-8, 2.0**-24, -2.0**-24, 2.0**-25, -2.0**-25]


def float_nearby(x, n=3):
    """The Float nearest x and its n Float neighbours on each side."""
    b = struct.unpack("<I", struct.pack("<f", abs(x)))[0]
    out = [float_from_bits(b + i) for i in range(-n, n + 1) if 0 <= b + i < 0x7F800000]
    return [math.copysign(v, x) for v in out]


def softplus(x):
    return mp.log1p(mp.exp(x)) if x < 0 else x + mp.log1p(mp.exp(-x))


def sigmoid(x):
    return 1 / (1 + mp.exp(-x))


# name, mpmath function, seed, samplers, extra edges
FUNCTIONS = [
    ("exp", mp.exp, 1,
     [uniform(-746.0, 710.0), uniform(-2.0, 2.0), signed_bits(0.0, 2.0), uniform(-745.2, -708.0), uniform(700.0, 709.8)],
     nearby(709.782712893384) + nearby(-745.1332191019411) + nearby(-708.3964185322641) + nearby(-744.4400719213812)
     + [LN2 / 2, -LN2 / 2, LN2, -LN2, 710.0, -746.0, 800.0, -800.0, 1e-17]),
    ("expMinusOne", mp.expm1, 2,
     [uniform(-40.0, 710.0), uniform(-2.0, 2.0), signed_bits(0.0, 2.0), uniform(700.0, 709.8), uniform(-45.0, -30.0)],
     nearby(709.782712893384) + [LN2 / 2, -LN2 / 2, LN2, -LN2, -37.0, -38.0, -40.0, -41.0, 709.5, 710.0, 40.0]),
    ("log", mp.log, 3,
     [by_bits(MIN_SUB, math.inf), uniform(0.5, 2.0), uniform(0.99, 1.01), by_bits(MIN_SUB, MIN_NORMAL)],
     nearby(1.0) + nearby(math.sqrt(0.5)) + nearby(math.sqrt(2.0)) + [math.e, 10.0, 1e300, 1e-310, 3e-320]),
    ("logOnePlus", mp.log1p, 4,
     [uniform(-1.0, 1.0), signed_bits(0.0, 1.0), by_bits(1.0, math.inf), uniform(-1.0, -0.99), uniform(-0.3, 0.42)],
     nearby(-1.0) + nearby(math.sqrt(0.5) - 1) + nearby(math.sqrt(2.0) - 1) + [1e300, 2.0**53, 2.0**54, -0.9999999999999999]),
    ("tanh", mp.tanh, 5,
     [uniform(-20.0, 20.0), signed_bits(0.0, 1.0), uniform(-1.0, 1.0), uniform(-0.6, 0.6)],
     [19.0, 19.5, 20.0, -20.0, 21.0, 0.55, -0.55, 710.0, 1e6]),
    ("sigmoid", sigmoid, 6,
     [uniform(-750.0, 40.0), uniform(-5.0, 5.0), signed_bits(0.0, 1.0), uniform(-745.2, -700.0)],
     nearby(-745.1332191019411) + [36.0, 37.0, 38.0, 40.0, -40.0, 745.0, -745.0, -746.0, -750.0]),
    ("softplus", softplus, 7,
     [uniform(-750.0, 40.0), uniform(-5.0, 5.0), signed_bits(0.0, 1.0), uniform(-745.2, -700.0), uniform(30.0, 800.0)],
     nearby(-745.1332191019411) + [36.0, 37.0, 38.0, 40.0, -40.0, 745.0, -745.0, -746.0, -750.0]),
    ("logSigmoid", lambda x: -softplus(-x), 8,
     [uniform(-40.0, 750.0), uniform(-5.0, 5.0), signed_bits(0.0, 1.0), uniform(700.0, 745.2), uniform(-800.0, -30.0)],
     nearby(745.1332191019411) + [-36.0, -37.0, -38.0, -40.0, 40.0, -745.0, 745.0, 746.0, 750.0]),
]


# The same functions of Float: name, mpmath function, seed, samplers (whose
# Doubles are rounded to Float), extra edges. The thresholds: e^x overflows
# from 88.72284 and rounds to 0 below −103.97208, its results are subnormal
# below −87.33655; expm1 rounds to −1 below −17.33; tanh to ±1 from 9.01;
# sigmoid to 0 below −103.97 and to 1 from 16.64.
FLOAT_FUNCTIONS = [
    ("Float.exp", mp.exp, 9,
     [uniform(-104.0, 89.0), uniform(-2.0, 2.0), signed_bits(FLOAT_MIN_SUB, 2.0), uniform(-104.0, -87.0)],
     float_nearby(88.72284) + float_nearby(-103.97208) + float_nearby(-87.33655) + float_nearby(-103.27893)
     + [LN2 / 2, -LN2 / 2, LN2, -LN2, 89.0, -104.0, 100.0, -110.0, 1e-7]),
    ("Float.expMinusOne", mp.expm1, 10,
     [uniform(-20.0, 89.0), uniform(-2.0, 2.0), signed_bits(FLOAT_MIN_SUB, 2.0), uniform(80.0, 88.7), uniform(-45.0, -15.0)],
     float_nearby(88.72284) + float_nearby(-17.32868) + [LN2 / 2, -LN2 / 2, LN2, -LN2, -40.0, -41.0, 90.0]),
    ("Float.log", mp.log, 11,
     [by_bits(FLOAT_MIN_SUB, FLOAT_MAX), uniform(0.5, 2.0), uniform(0.99, 1.01), by_bits(FLOAT_MIN_SUB, FLOAT_MIN_NORMAL)],
     float_nearby(1.0) + float_nearby(math.sqrt(0.5)) + float_nearby(math.sqrt(2.0)) + [math.e, 10.0, 1e38, 1e-40]),
    ("Float.logOnePlus", mp.log1p, 12,
     [uniform(-1.0, 1.0), signed_bits(FLOAT_MIN_SUB, 1.0), by_bits(1.0, FLOAT_MAX), uniform(-1.0, -0.99), uniform(-0.3, 0.42)],
     float_nearby(-1.0) + float_nearby(math.sqrt(0.5) - 1) + float_nearby(math.sqrt(2.0) - 1)
     + [1e38, 2.0**24, 2.0**25, 2.0**-29, -2.0**-29, 2.0**-30]),
    ("Float.tanh", mp.tanh, 13,
     [uniform(-10.0, 10.0), signed_bits(FLOAT_MIN_SUB, 1.0), uniform(-1.0, 1.0), uniform(-0.6, 0.6)],
     float_nearby(9.010913) + [10.0, -10.0, 11.0, 0.55, -0.55, 100.0, 1e6]),
    ("Float.sigmoid", sigmoid, 14,
     [uniform(-110.0, 20.0), uniform(-5.0, 5.0), signed_bits(FLOAT_MIN_SUB, 1.0), uniform(-104.0, -87.0)],
     float_nearby(-103.97208) + float_nearby(16.635532) + [-120.0, 120.0, -121.0, 121.0, 1e6, -1e6]),
    ("Float.softplus", softplus, 15,
     [uniform(-110.0, 20.0), uniform(-5.0, 5.0), signed_bits(FLOAT_MIN_SUB, 1.0), uniform(-104.0, -87.0), uniform(10.0, 130.0)],
     float_nearby(-103.97208) + [16.0, 17.0, 18.0, -120.0, 120.0, -121.0, 121.0, 1e6, -1e6]),
    ("Float.logSigmoid", lambda x: -softplus(-x), 16,
     [uniform(-20.0, 110.0), uniform(-5.0, 5.0), signed_bits(FLOAT_MIN_SUB, 1.0), uniform(87.0, 104.0), uniform(-130.0, -10.0)],
     float_nearby(103.97208) + [-16.0, -17.0, -18.0, -120.0, 120.0, -121.0, 121.0, 1e6, -1e6]),
]


def limit(name, x):
    """The value at ±∞ or NaN, where mpmath's answer is a limit or undefined."""
    if math.isnan(x):
        return math.nan
    table = {
        "exp": (math.inf, 0.0), "expMinusOne": (math.inf, -1.0), "log": (math.inf, math.nan),
        "logOnePlus": (math.inf, math.nan), "tanh": (1.0, -1.0), "sigmoid": (1.0, 0.0),
        "softplus": (math.inf, 0.0), "logSigmoid": (-0.0, -math.inf),
    }
    return table[name.removeprefix("Float.")][0 if x > 0 else 1]


DOUBLE_FORMAT = (53, -1074, 1024)
FLOAT_FORMAT = (24, -149, 128)


def rounded(v, format=DOUBLE_FORMAT):
    """The value of `format` (significand bits, least exponent of an ulp, exponent
    of the overflow threshold) nearest to the real v (ties to even), subnormals and
    overflow included, and the residual (v − rounded)/ulp(rounded), ulp as Swift's
    `Double.ulp` or `Float.ulp`."""
    precision, least_quantum, overflow = format
    if v == 0:
        return 0.0, 0.0
    a = abs(v)
    e = int(mp.floor(mp.log(a, 2)))
    # log2 of a value next to a power of two may land on the wrong side.
    while mp.ldexp(1, e) > a:
        e -= 1
    while mp.ldexp(1, e + 1) <= a:
        e += 1
    quantum = max(e - (precision - 1), least_quantum)
    n = int(mp.nint(mp.ldexp(a, -quantum)))
    if n.bit_length() + quantum > overflow:
        return math.copysign(math.inf, v), 0.0
    result = math.ldexp(float(n), quantum)
    ulp = 2.0**max(math.frexp(result)[1] - precision, least_quantum) if result != 0 else 2.0**least_quantum
    residual = float((a - mpf(result)) / mpf(ulp))
    return math.copysign(result, v), -residual if v < 0 else residual


def reference(name, f, x):
    """The correctly rounded value of function `name` at x, and its residual."""
    format = FLOAT_FORMAT if name.startswith("Float.") else DOUBLE_FORMAT
    name = name.removeprefix("Float.")
    if math.isnan(x) or math.isinf(x):
        return limit(name, x), 0.0
    if name == "log" and x <= 0:
        return (-math.inf if x == 0 else math.nan), 0.0
    if name == "logOnePlus" and x <= -1:
        return (-math.inf if x == -1 else math.nan), 0.0
    if abs(x) > 1e4 and name not in ("log", "logOnePlus"):
        # Far beyond every threshold the rounded result is a limit (mpmath would
        # spend minutes on e^(±1e308)); softplus and logSigmoid are x there.
        big = {"exp": (math.inf, 0.0), "expMinusOne": (math.inf, -1.0), "tanh": (1.0, -1.0),
               "sigmoid": (1.0, 0.0), "softplus": (x, 0.0), "logSigmoid": (-0.0, x)}
        return big[name][0 if x > 0 else 1], 0.0
    if x == 0 and name in ("expMinusOne", "logOnePlus", "tanh"):
        return x, 0.0  # odd at 0: the sign of zero is kept
    return rounded(f(mpf(x)), format)


def hex_bits(x):
    if math.isnan(x):
        return "nan"
    return "%016x" % bits(x)


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    lines = ["# Written by make_branch_free_references.py: do not edit.",
             "# function random-count seed / edge lines: E x-bits reference-bits residual-hundredths-of-ulp /",
             "# random lines: reference-bits residual-hundredths-of-ulp"]
    for functions, common_edges, count, argument in [(FUNCTIONS, COMMON_EDGES, RANDOM_POINTS, lambda x: x),
                                                     (FLOAT_FUNCTIONS, FLOAT_COMMON_EDGES, FLOAT_RANDOM_POINTS, to_float)]:
        for name, f, seed, samplers, edges in functions:
            lines.append("%s %d %d" % (name, count, seed))
            for x in common_edges + edges:
                x = argument(x)
                ref, residual = reference(name, f, x)
                lines.append("E %s %s %d" % (hex_bits(x), hex_bits(ref), round(residual * 100)))
            generator = SplitMix64(seed)
            for i in range(count):
                x = argument(sample(samplers[i % len(samplers)], generator.next()))
                ref, residual = reference(name, f, x)
                lines.append("%s %d" % (hex_bits(ref), round(residual * 100)))
    with open(os.path.join(root, "branch-free-references.txt"), "w") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

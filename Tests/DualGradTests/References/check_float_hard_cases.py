#!/usr/bin/env python3
"""Settles the hard cases check_float_exhaustively.swift prints.

Reads lines `function x-bits result-bits` (hex bits of Floats) on standard
input: the inputs whose value lies too close to a halfway point between two
Floats for the Double reference to decide the rounding. For each it computes
the exact value with mpmath (the functions and the rounding of
make_branch_free_references.py), and prints per function the worst error in
Float ulps and how many results are not correctly rounded.
"""

import math
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_branch_free_references import FLOAT_FORMAT, FLOAT_FUNCTIONS, float_from_bits, reference  # noqa: E402

functions = {name: f for name, f, *_ in FLOAT_FUNCTIONS}
worst = {}
misrounded = {}
count = {}
for line in sys.stdin:
    name, x_bits, y_bits = line.split()
    name = "Float." + name
    x = float_from_bits(int(x_bits, 16))
    y = float_from_bits(int(y_bits, 16))
    expected, residual = reference(name, functions[name], x)
    if math.isinf(expected) or math.isnan(expected):
        error = 0.0 if y == expected or (math.isnan(y) and math.isnan(expected)) else math.inf
    else:
        precision, least_quantum, _ = FLOAT_FORMAT
        ulp = 2.0**max(math.frexp(expected)[1] - precision, least_quantum) if expected != 0 else 2.0**least_quantum
        error = abs((y - expected) / ulp - residual) if math.isfinite(y) else math.inf
    count[name] = count.get(name, 0) + 1
    misrounded[name] = misrounded.get(name, 0) + (struct.pack("<f", y) != struct.pack("<f", expected))
    if error >= worst.get(name, (-1.0, 0.0))[0]:
        worst[name] = (error, x)
for name in worst:
    print("%s: %d hard cases, worst %.7f ulp at x = %r, %d not correctly rounded"
          % (name, count[name], worst[name][0], worst[name][1], misrounded[name]))

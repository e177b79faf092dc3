// Formulas that still type-check slowly or not at all (README.md,
// "Type-checking speed", lists them with the workaround: state the result
// type). Not checked by .ci/run; measure with
//   .ci/typecheck-corpus/measure .build/debug/Modules .ci/typecheck-corpus/KnownSlow.swift
import DualGrad
import Foundation
let a = 2.0, b = -1.0, c = 0.5, d = 3.0, mu = 0.3, sigma = 1.5
let fa: Float = 2, fb: Float = -1, fc: Float = 0.5

// An unchunked Float Hessian whose result type nothing states (the Double one has a concrete overload).
func u11() { let h = hessian(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] }, at: [Float(1), 2]); print(h) }
// The same with the type stated: fast.
func s11() { let h: [[Float]] = hessian(of: { w in fa * w[0] * w[0] + fb * w[0] * w[1] }, at: [Float(1), 2]); print(h) }

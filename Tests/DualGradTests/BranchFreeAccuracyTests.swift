// The branch-free elementary functions of Double and Float
// (Double+BranchFree.swift, Float+BranchFree.swift) against mpmath: every
// edge, and 12,500 random points per Double function and 5,000 per Float
// function, whose arguments come from the SplitMix64 stream that
// References/make_branch_free_references.py uses, so only the references are
// stored (References/branch-free-references.txt). Every Float input is checked
// outside `swift test` (References/check_float_exhaustively.swift).
//
// The error is measured in ulps of the function's type against the exact
// value (the stored rounded reference plus its residual), and each function
// must stay within the worst error its documentation states, and always
// within 1 ulp. The functions are called directly, as the conformances
// forward to them only in a build with DUALGRAD_BRANCH_FREE.

import Foundation
import Testing

@testable import DualGrad

/// The generator the reference script uses (Steele, Lea and Flood's SplitMix64).
private struct SplitMix64 {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The samplers of the reference script, with the same Double operations.
private enum Sampler {
  case uniform(Double, Double)
  case bits(Double, Double)
  case signedBits(Double, Double)

  func sample(_ u: UInt64) -> Double {
    switch self {
    case .uniform(let lo, let hi):
      return lo + (hi - lo) * (Double(u >> 11) * 0x1p-53)
    case .bits(let lo, let hi):
      return Double(bitPattern: lo.bitPattern + u % (hi.bitPattern - lo.bitPattern))
    case .signedBits(let lo, let hi):
      let x = Double(bitPattern: lo.bitPattern + (u >> 1) % (hi.bitPattern - lo.bitPattern))
      return u & 1 == 1 ? -x : x
    }
  }
}

/// A function under test: how to call it, its samplers (as in the script, in
/// order) and the worst error its documentation states. A Float function is
/// called through Double (exact both ways) so that one table serves both.
private struct Subject: Sendable, CustomTestStringConvertible {
  let name: String
  let function: @Sendable (Double) -> Double
  let statedWorstError: Double
  let isFloat: Bool

  init(name: String, function: @escaping @Sendable (Double) -> Double, statedWorstError: Double) {
    (self.name, self.function, self.statedWorstError, isFloat) = (name, function, statedWorstError, false)
  }

  init(name: String, floatFunction: @escaping @Sendable (Float) -> Float, statedWorstError: Double) {
    (self.name, self.statedWorstError, isFloat) = (name, statedWorstError, true)
    self.function = { Double(floatFunction(Float($0))) }
  }

  /// The argument of the function for a sample: for Float, the nearest Float.
  func argument(_ sample: Double) -> Double { isFloat ? Double(Float(sample)) : sample }

  /// The ulp of a result of the function's type, Float's least subnormal at 0.
  func ulp(_ y: Double) -> Double {
    if isFloat { return y == 0 ? Double(Float.leastNonzeroMagnitude) : Double(Float(y).ulp) }
    return y == 0 ? Double.leastNonzeroMagnitude : y.ulp
  }

  var testDescription: String { name }

  fileprivate var samplers: [Sampler] {
    switch name {
    case "exp": [.uniform(-746, 710), .uniform(-2, 2), .signedBits(0, 2), .uniform(-745.2, -708), .uniform(700, 709.8)]
    case "expMinusOne":
      [.uniform(-40, 710), .uniform(-2, 2), .signedBits(0, 2), .uniform(700, 709.8), .uniform(-45, -30)]
    case "log": [.bits(0x1p-1074, .infinity), .uniform(0.5, 2), .uniform(0.99, 1.01), .bits(0x1p-1074, 0x1p-1022)]
    case "logOnePlus":
      [.uniform(-1, 1), .signedBits(0, 1), .bits(1, .infinity), .uniform(-1, -0.99), .uniform(-0.3, 0.42)]
    case "tanh": [.uniform(-20, 20), .signedBits(0, 1), .uniform(-1, 1), .uniform(-0.6, 0.6)]
    case "sigmoid": [.uniform(-750, 40), .uniform(-5, 5), .signedBits(0, 1), .uniform(-745.2, -700)]
    case "softplus":
      [.uniform(-750, 40), .uniform(-5, 5), .signedBits(0, 1), .uniform(-745.2, -700), .uniform(30, 800)]
    case "logSigmoid":
      [.uniform(-40, 750), .uniform(-5, 5), .signedBits(0, 1), .uniform(700, 745.2), .uniform(-800, -30)]
    case "Float.exp": [.uniform(-104, 89), .uniform(-2, 2), .signedBits(0x1p-149, 2), .uniform(-104, -87)]
    case "Float.expMinusOne":
      [.uniform(-20, 89), .uniform(-2, 2), .signedBits(0x1p-149, 2), .uniform(80, 88.7), .uniform(-45, -15)]
    case "Float.log":
      [
        .bits(0x1p-149, Double(Float.greatestFiniteMagnitude)), .uniform(0.5, 2), .uniform(0.99, 1.01),
        .bits(0x1p-149, 0x1p-126),
      ]
    case "Float.logOnePlus":
      [
        .uniform(-1, 1), .signedBits(0x1p-149, 1), .bits(1, Double(Float.greatestFiniteMagnitude)),
        .uniform(-1, -0.99), .uniform(-0.3, 0.42),
      ]
    case "Float.tanh": [.uniform(-10, 10), .signedBits(0x1p-149, 1), .uniform(-1, 1), .uniform(-0.6, 0.6)]
    case "Float.sigmoid": [.uniform(-110, 20), .uniform(-5, 5), .signedBits(0x1p-149, 1), .uniform(-104, -87)]
    case "Float.softplus":
      [.uniform(-110, 20), .uniform(-5, 5), .signedBits(0x1p-149, 1), .uniform(-104, -87), .uniform(10, 130)]
    case "Float.logSigmoid":
      [.uniform(-20, 110), .uniform(-5, 5), .signedBits(0x1p-149, 1), .uniform(87, 104), .uniform(-130, -10)]
    default: []
    }
  }

  static let all: [Subject] = [
    Subject(name: "exp", function: { BranchFree.exp($0) }, statedWorstError: 0.73),
    Subject(name: "expMinusOne", function: { BranchFree.expMinusOne($0) }, statedWorstError: 0.9),
    Subject(name: "log", function: { BranchFree.log($0) }, statedWorstError: 0.78),
    Subject(name: "logOnePlus", function: { BranchFree.logOnePlus($0) }, statedWorstError: 0.72),
    Subject(name: "tanh", function: { BranchFree.tanh($0) }, statedWorstError: 0.78),
    Subject(name: "sigmoid", function: { BranchFree.sigmoid($0) }, statedWorstError: 0.74),
    Subject(name: "softplus", function: { BranchFree.softplus($0) }, statedWorstError: 0.94),
    Subject(name: "logSigmoid", function: { (x: Double) in -BranchFree.softplus(-x) }, statedWorstError: 0.98),
    // Float's are within 0.5 ulp and a hair (the exhaustive check: 0.5000001);
    // 0.51 allows for the table's residuals, which are rounded to 0.01 ulp.
    Subject(name: "Float.exp", floatFunction: { (x: Float) in BranchFree.exp(x) }, statedWorstError: 0.51),
    Subject(
      name: "Float.expMinusOne", floatFunction: { (x: Float) in BranchFree.expMinusOne(x) }, statedWorstError: 0.51),
    Subject(name: "Float.log", floatFunction: { (x: Float) in BranchFree.log(x) }, statedWorstError: 0.51),
    Subject(
      name: "Float.logOnePlus", floatFunction: { (x: Float) in BranchFree.logOnePlus(x) }, statedWorstError: 0.51),
    Subject(name: "Float.tanh", floatFunction: { (x: Float) in BranchFree.tanh(x) }, statedWorstError: 0.51),
    Subject(name: "Float.sigmoid", floatFunction: { (x: Float) in BranchFree.sigmoid(x) }, statedWorstError: 0.51),
    Subject(name: "Float.softplus", floatFunction: { (x: Float) in BranchFree.softplus(x) }, statedWorstError: 0.51),
    Subject(
      name: "Float.logSigmoid", floatFunction: { (x: Float) in -BranchFree.softplus(-x) }, statedWorstError: 0.51),
  ]
}

/// One reference: the argument, the correctly rounded result and the residual
/// (exact − rounded) in ulps of the rounded result.
private struct Reference {
  let x: Double
  let rounded: Double
  let residual: Double

  /// The error of `y` in ulps (`ulp` gives them) of the exact result; 0 or ∞
  /// for special values.
  func error(of y: Double, ulp: (Double) -> Double) -> Double {
    if rounded.isNaN || rounded.isInfinite || y.isNaN || y.isInfinite {
      return y.bitPattern == rounded.bitPattern || (y.isNaN && rounded.isNaN) ? 0 : .infinity
    }
    // Zeros must carry the right sign (−0 for expm1(−0), log1p(−0), tanh(−0)).
    if y == 0 && rounded == 0 && residual == 0 && y.sign != rounded.sign { return .infinity }
    return ((y - rounded) / ulp(rounded) - residual).magnitude
  }
}

/// The references of each function, read once.
private let referencesByFunction: [String: [Reference]] = {
  let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("References/branch-free-references.txt")
  guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [:] }
  func double(_ field: Substring) -> Double {
    field == "nan" ? .nan : Double(bitPattern: UInt64(field, radix: 16)!)
  }
  var result: [String: [Reference]] = [:]
  var name = ""
  var generator = SplitMix64(state: 0)
  var subject: Subject?
  var samplers: [Sampler] = []
  var index = 0
  for line in text.split(separator: "\n") where !line.hasPrefix("#") {
    let fields = line.split(separator: " ")
    if fields.count == 3 && fields[0] != "E" {
      name = String(fields[0])
      generator = SplitMix64(state: UInt64(fields[2])!)
      subject = Subject.all.first { $0.name == name }
      samplers = subject?.samplers ?? []
      index = 0
    } else if fields[0] == "E" {
      result[name, default: []].append(
        Reference(x: double(fields[1]), rounded: double(fields[2]), residual: Double(fields[3])! / 100))
    } else {
      let x = subject!.argument(samplers[index % samplers.count].sample(generator.next()))
      index += 1
      result[name, default: []].append(
        Reference(x: x, rounded: double(fields[0]), residual: Double(fields[1])! / 100))
    }
  }
  return result
}()

@Suite("Branch-free elementary functions of Double and Float against mpmath")
struct BranchFreeAccuracyTests {
  @Test(
    "Each function stays within its documented worst error (at most 1 ulp) at every edge and thousands of random points",
    arguments: Subject.all)
  fileprivate func worstErrorIsWithinTheDocumentedBound(_ subject: Subject) {
    let references = referencesByFunction[subject.name] ?? []
    #expect(
      references.count > (subject.isFloat ? 5_000 : 12_500),
      "references missing: run References/make_branch_free_references.py")
    var worst = 0.0
    var worstX = 0.0
    for reference in references {
      let error = reference.error(of: subject.function(reference.x), ulp: subject.ulp)
      if !(error <= worst) {
        worst = error
        worstX = reference.x
      }
    }
    #expect(worst <= subject.statedWorstError, "\(subject.name): \(worst) ulp at x = \(worstX)")
    #expect(worst <= 1)
  }
}

// The branch-free elementary functions of Double (Double+BranchFree.swift)
// against mpmath: every edge, and 12,500 random points per function (100,000
// in all) whose arguments come from the SplitMix64 stream that
// References/make_branch_free_references.py uses, so only the references are
// stored (References/branch-free-references.txt).
//
// The error is measured in ulps against the exact value (the stored rounded
// reference plus its residual), and each function must stay within the worst
// error its documentation states, and always within 1 ulp. The functions are
// called directly (Double's conformance forwards all but exp to them).

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
/// order) and the worst error its documentation states.
private struct Subject: Sendable, CustomTestStringConvertible {
  let name: String
  let function: @Sendable (Double) -> Double
  let statedWorstError: Double

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
    Subject(name: "logSigmoid", function: { -BranchFree.softplus(-$0) }, statedWorstError: 0.98),
  ]
}

/// One reference: the argument, the correctly rounded result and the residual
/// (exact − rounded) in ulps of the rounded result.
private struct Reference {
  let x: Double
  let rounded: Double
  let residual: Double

  /// The error of `y` in ulps of the exact result; 0 or ∞ for special values.
  func error(of y: Double) -> Double {
    if rounded.isNaN || rounded.isInfinite || y.isNaN || y.isInfinite {
      return y.bitPattern == rounded.bitPattern || (y.isNaN && rounded.isNaN) ? 0 : .infinity
    }
    // Zeros must carry the right sign (−0 for expm1(−0), log1p(−0), tanh(−0)).
    if y == 0 && rounded == 0 && residual == 0 && y.sign != rounded.sign { return .infinity }
    let ulp = rounded == 0 ? Double.leastNonzeroMagnitude : rounded.ulp
    return ((y - rounded) / ulp - residual).magnitude
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
  var samplers: [Sampler] = []
  var index = 0
  for line in text.split(separator: "\n") where !line.hasPrefix("#") {
    let fields = line.split(separator: " ")
    if fields.count == 3 && fields[0] != "E" {
      name = String(fields[0])
      generator = SplitMix64(state: UInt64(fields[2])!)
      samplers = Subject.all.first { $0.name == name }?.samplers ?? []
      index = 0
    } else if fields[0] == "E" {
      result[name, default: []].append(
        Reference(x: double(fields[1]), rounded: double(fields[2]), residual: Double(fields[3])! / 100))
    } else {
      let x = samplers[index % samplers.count].sample(generator.next())
      index += 1
      result[name, default: []].append(
        Reference(x: x, rounded: double(fields[0]), residual: Double(fields[1])! / 100))
    }
  }
  return result
}()

@Suite("Branch-free elementary functions of Double against mpmath")
struct BranchFreeAccuracyTests {
  @Test(
    "Each function stays within its documented worst error (at most 1 ulp) at every edge and 12,500 random points",
    arguments: Subject.all)
  fileprivate func worstErrorIsWithinTheDocumentedBound(_ subject: Subject) {
    let references = referencesByFunction[subject.name] ?? []
    #expect(references.count > 12_500, "references missing: run References/make_branch_free_references.py")
    var worst = 0.0
    var worstX = 0.0
    for reference in references {
      let error = reference.error(of: subject.function(reference.x))
      if !(error <= worst) {
        worst = error
        worstX = reference.x
      }
    }
    #expect(worst <= subject.statedWorstError, "\(subject.name): \(worst) ulp at x = \(worstX)")
    #expect(worst <= 1)
  }
}

// Tests of the logistic loss (Loss.swift): the sample losses and the
// per-weight gradient.
//
// Reference values:
// - Sample-loss values and slopes were computed once with mpmath at 40 digits
//   (mp.dps = 40): loss = log(1 + exp(-s·z)) with s = +1 for label 1 and -1
//   for label 0, slope = 1/(1 + exp(-z)) - y; printed to 25 digits.
// - Gradients are checked against the closed form Xᵀ(σ(Xw + b) − y)
//   (divided by m for the mean, plus 2λw for the L2 penalty), written out
//   below in plain Double arithmetic without dual numbers.
import DualGrad
import DualGradML
import DualGradTestSupport
import Foundation
import Testing

@Suite("Logistic regression: sample loss")
struct SampleLossTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var logit: Double
    var label: Double
    var loss: Double
    var slope: Double
    var testDescription: String { "z = \(logit), y = \(label)" }
  }

  static let cases: [Case] = [
    Case(logit: 0, label: 1, loss: 0.6931471805599453094172321, slope: -0.5),
    Case(logit: 2, label: 0, loss: 2.126928011042972496443727, slope: 0.8807970779778824440597291),
    Case(logit: -2, label: 1, loss: 2.126928011042972496443727, slope: -0.8807970779778824440597291),
    Case(logit: 40, label: 1, loss: 4.248354255291588986304988e-18, slope: -4.248354255291588977280734e-18),
    Case(logit: -40, label: 1, loss: 40.00000000000000000424835, slope: -0.9999999999999999957516457),
    Case(logit: 37.5, label: 0, loss: 37.50000000000000005175555, slope: 0.9999999999999999482444499),
    Case(logit: -1000, label: 1, loss: 1000, slope: -1),
    Case(logit: 1000, label: 0, loss: 1000, slope: 1),
    Case(logit: 0.25, label: 0, loss: 0.8259394198788435622078361, slope: 0.5621765008857981040273236),
  ]

  @Test("cross-entropy from the logit matches mpmath, tails included", arguments: cases)
  func crossEntropy(_ c: Case) {
    let result = SampleLoss.crossEntropy(logit: Dual(c.logit, derivative: 1), label: c.label)
    #expect(isClose(result.value, c.loss, tolerance: 4e-16), "loss \(result.value)")
    #expect(isClose(result.derivative, c.slope, tolerance: 4e-16), "slope \(result.derivative)")
  }

  /// Slopes σ(z) − y from mpmath (40 digits, −1/(1 + e^z) for label 1) far
  /// out on both tails, where e^(−|z|) is subnormal or underflows to 0.
  static let tailSlopes: [Case] = [
    Case(logit: -700, label: 0, loss: .nan, slope: 9.859676543759770856705373e-305),
    Case(logit: 700, label: 1, loss: .nan, slope: -9.859676543759770856705373e-305),
    // 4.18873988004804893945754e-322 is 84.78 subnormal steps: 85 of them rounded.
    Case(logit: -740, label: 0, loss: .nan, slope: 85 * Double.leastNonzeroMagnitude),
    Case(logit: -800, label: 1, loss: .nan, slope: -1),
    Case(logit: 800, label: 0, loss: .nan, slope: 1),
    Case(logit: -800, label: 0, loss: .nan, slope: 0),  // 3.667874584177687213455496e-348 rounds to 0
  ]

  @Test("the slope alone matches mpmath, tails included", arguments: cases + tailSlopes)
  func slopeAlone(_ c: Case) {
    let slope = SampleLoss.crossEntropy.slope(logit: c.logit, label: c.label)
    // Subnormal slopes keep an absolute error of one subnormal step at most.
    let tolerance = abs(c.slope) < 1e-300 ? Double.leastNonzeroMagnitude : 4e-16 * abs(c.slope)
    #expect(abs(slope - c.slope) <= tolerance, "slope \(slope)")
  }

  @Test("the slope alone is the dual sweep's derivative, bit for bit", arguments: SampleLoss.allCases)
  func slopeIsTheSweepsDerivative(_ sampleLoss: SampleLoss) {
    // The tutorial formula is +∞ on the wrong side from |z| ≈ 37 on; both
    // forms are compared where it is finite.
    let reach = sampleLoss == .crossEntropy ? 1000.0 : 30.0
    var logits = stride(from: -reach, through: reach, by: reach / 64).map { $0 }
    logits += [0, -0.0, 1e-300, -1e-300, 0.1, -0.1, 36.9, -36.9, 745.2, -745.2].filter { abs($0) <= reach }
    for z in logits {
      for y in [0.0, 1.0] {
        let alone = sampleLoss.slope(logit: z, label: y)
        let swept = sampleLoss(logit: Dual(z, derivative: 1), label: y).derivative
        #expect(alone.bitPattern == swept.bitPattern, "z = \(z), y = \(y): \(alone) vs \(swept)")
      }
    }
  }

  @Test("a confident wrong prediction costs a large finite loss with a finite gradient")
  func largeMarginWrong() throws {
    // Features of size 100 and weights of 10 give logits of ±2000 on the wrong side.
    let data = try Dataset(rows: [[100, 100], [-100, -100]], labels: [0, 1])
    for reduction in LossReduction.allCases {
      let loss = LogisticLoss(reduction: reduction, l2Penalty: 0.5)
      let (value, gradient) = loss.valueWithGradient(at: [10, 10, 0], on: data, strategy: .perWeight)
      #expect(value.isFinite && value > 1000)
      #expect(gradient.allSatisfy { $0.isFinite }, "\(gradient)")
      #expect(gradient[0] > 0 && gradient[1] > 0)
    }
  }

  @Test("the tutorial formula agrees with cross-entropy where it is accurate")
  func tutorialFormula() {
    for z in stride(from: -6.0, through: 6.0, by: 0.75) {
      for y in [0.0, 1.0] {
        let tutorial = SampleLoss.tutorialNegativeLogLikelihood(logit: Dual(z, derivative: 1), label: y)
        let stable = SampleLoss.crossEntropy(logit: Dual(z, derivative: 1), label: y)
        #expect(isClose(tutorial.value, stable.value, tolerance: 1e-13))
        #expect(isClose(tutorial.derivative, stable.derivative, tolerance: 1e-13))
      }
    }
  }
}

@Suite("Logistic regression: per-weight gradient")
struct PerWeightGradientTests {
  /// σ(z) − y without cancellation: −σ(−z) for y = 1, σ(z) for y = 0.
  static func residual(_ z: Double, _ y: Double) -> Double {
    let s = y == 1 ? -z : z
    let sigma = s >= 0 ? 1 / (1 + Foundation.exp(-s)) : Foundation.exp(s) / (1 + Foundation.exp(s))
    return y == 1 ? -sigma : sigma
  }

  /// Xᵀ(σ(Xw + b) − y) [/ m] + 2λw, and the bias component Σ(σ − y) [/ m].
  static func closedFormGradient(_ parameters: [Double], _ data: Dataset, _ loss: LogisticLoss) -> [Double] {
    let n = data.featureCount
    let hasBias = parameters.count == n + 1
    var gradient = [Double](repeating: 0, count: parameters.count)
    for i in 0..<data.count {
      var z = 0.0
      for j in 0..<n { z += parameters[j] * data[row: i, feature: j] }
      if hasBias { z += parameters[n] }
      let r = residual(z, data.labels[i])
      for j in 0..<n { gradient[j] += r * data[row: i, feature: j] }
      if hasBias { gradient[n] += r }
    }
    if loss.reduction == .mean {
      for k in gradient.indices { gradient[k] /= Double(data.count) }
    }
    for j in 0..<n { gradient[j] += 2 * loss.l2Penalty * parameters[j] }
    return gradient
  }

  struct Configuration: Sendable, CustomTestStringConvertible {
    var reduction: LossReduction
    var hasBias: Bool
    var l2Penalty: Double
    var testDescription: String { "\(reduction), bias \(hasBias), L2 \(l2Penalty)" }
  }

  static let configurations: [Configuration] = LossReduction.allCases.flatMap { reduction in
    [false, true].flatMap { hasBias in
      [0.0, 0.3].map { Configuration(reduction: reduction, hasBias: hasBias, l2Penalty: $0) }
    }
  }

  @Test("one sweep per weight equals Xᵀ(σ(Xw + b) − y) to 1e-13", arguments: configurations)
  func matchesClosedForm(_ configuration: Configuration) throws {
    let loss = LogisticLoss(reduction: configuration.reduction, l2Penalty: configuration.l2Penalty)
    var gradient: [Double] = []
    var workspace = GradientWorkspace()
    for seed: UInt64 in 1...8 {
      let (data, parameters) = try randomLogisticProblem(
        seed: seed, rows: 20 + Int(seed) * 7, features: 1 + Int(seed % 5), hasBias: configuration.hasBias)
      let value = loss.valueWithGradient(
        at: parameters, on: data, strategy: .perWeight, into: &gradient, workspace: &workspace)
      let expected = Self.closedFormGradient(parameters, data, loss)
      let scale = expected.map(\.magnitude).max()!
      let worst = zip(gradient, expected).map { ($0 - $1).magnitude }.max()!
      #expect(worst <= 1e-13 * scale, "seed \(seed): \(gradient) vs \(expected)")
      #expect(value == loss.value(at: parameters, on: data), "seed \(seed): the sweep's value is the plain value")
    }
  }

  @Test("a bias-free model has no bias component and the same weights' gradient as w·x + 0")
  func withoutBias() throws {
    let (data, weights) = try randomLogisticProblem(seed: 99, rows: 30, features: 3, hasBias: false)
    let loss = LogisticLoss()
    let free = loss.valueWithGradient(at: weights, on: data, strategy: .perWeight).gradient
    let zeroBias = loss.valueWithGradient(at: weights + [0], on: data, strategy: .perWeight).gradient
    #expect(free.count == 3)
    #expect(free == Array(zeroBias.prefix(3)))
  }
}

// The three gradient strategies of LogisticLoss agree with one another.
//
// Reference: `.perWeight` (itself checked against the closed form
// Xᵀ(σ(Xw + b) − y) in LogisticRegressionTests) and, for every strategy
// again, that closed form. Problems are random with fixed seeds: 1 to 19
// features so that chunked sweeps cover one partial chunk, exactly full
// chunks and several chunks of 2, 4 and 8.
import DualGrad
import DualGradML
import DualGradTestSupport
import Testing

@Suite("Gradient strategies")
struct GradientStrategyTests {
  struct Configuration: Sendable, CustomTestStringConvertible {
    var sampleLoss: SampleLoss
    var reduction: LossReduction
    var hasBias: Bool
    var l2Penalty: Double
    var testDescription: String { "\(sampleLoss), \(reduction), bias \(hasBias), L2 \(l2Penalty)" }
  }

  static let configurations: [Configuration] = SampleLoss.allCases.flatMap { sampleLoss in
    LossReduction.allCases.flatMap { reduction in
      [false, true].flatMap { hasBias in
        [0.0, 0.01].map {
          Configuration(sampleLoss: sampleLoss, reduction: reduction, hasBias: hasBias, l2Penalty: $0)
        }
      }
    }
  }

  /// The largest difference between `actual` and `expected` relative to the
  /// largest component of `expected` (a single component can be near 0 by
  /// cancellation, where a componentwise relative error means nothing).
  static func relativeDistance(_ actual: [Double], _ expected: [Double]) -> Double {
    let scale = expected.map(\.magnitude).max() ?? 0
    let worst = zip(actual, expected).map { ($0 - $1).magnitude }.max() ?? 0
    return scale == 0 ? worst : worst / scale
  }

  @Test("chunked and through-the-logit gradients equal the per-weight one to 1e-13", arguments: configurations)
  func strategiesAgree(_ configuration: Configuration) throws {
    let loss = LogisticLoss(
      sampleLoss: configuration.sampleLoss, reduction: configuration.reduction, l2Penalty: configuration.l2Penalty)
    var workspace = GradientWorkspace()
    var reference: [Double] = []
    var gradient: [Double] = []
    for features in [1, 2, 3, 4, 7, 8, 9, 19] {
      let seed = UInt64(features * 31 + (configuration.hasBias ? 1 : 0))
      let (data, parameters) = try randomLogisticProblem(
        seed: seed, rows: 25 + features, features: features, hasBias: configuration.hasBias)
      let value = loss.valueWithGradient(
        at: parameters, on: data, strategy: .perWeight, into: &reference, workspace: &workspace)
      for strategy in [GradientStrategy.chunked, .throughLogit] {
        let other = loss.valueWithGradient(
          at: parameters, on: data, strategy: strategy, into: &gradient, workspace: &workspace)
        #expect(gradient.count == parameters.count)
        #expect(
          Self.relativeDistance(gradient, reference) <= 1e-13,
          "seed \(seed), \(features) features, \(strategy): \(gradient) vs \(reference)")
        #expect(relativeError(other, value) <= 1e-13, "seed \(seed), \(strategy): loss \(other) vs \(value)")
      }
    }
  }

  @Test("every strategy equals the closed form Xᵀ(σ(Xw + b) − y) to 1e-13", arguments: GradientStrategy.allCases)
  func closedForm(_ strategy: GradientStrategy) throws {
    let loss = LogisticLoss(reduction: .mean, l2Penalty: 0.01)
    let (data, parameters) = try randomLogisticProblem(seed: 7, rows: 200, features: 13, hasBias: true)
    let gradient = loss.valueWithGradient(at: parameters, on: data, strategy: strategy).gradient
    let expected = PerWeightGradientTests.closedFormGradient(parameters, data, loss)
    #expect(Self.relativeDistance(gradient, expected) <= 1e-13, "\(gradient) vs \(expected)")
  }

  @Test("training with each strategy follows the same path", arguments: GradientStrategy.allCases)
  func training(_ strategy: GradientStrategy) throws {
    let (data, _) = try randomLogisticProblem(seed: 3, rows: 60, features: 5, hasBias: true)
    var reference = LogisticRegression(featureCount: 5)
    let referenceHistory = reference.fit(data, optimizer: GradientDescent(learningRate: 0.1), epochs: 200)
    var model = LogisticRegression(featureCount: 5)
    let history = model.fit(data, optimizer: GradientDescent(learningRate: 0.1), epochs: 200, strategy: strategy)
    #expect(Self.relativeDistance(model.parameters, reference.parameters) <= 1e-12)
    #expect(relativeError(history.finalLoss, referenceHistory.finalLoss) <= 1e-12)
  }

  @Test("the automatic chunk size covers small models in one sweep and caps at 8")
  func chunkSizes() {
    #expect(
      [1, 2, 3, 4, 5, 8, 9, 785].map { GradientStrategy.chunkSize(forParameterCount: $0) } == [2, 2, 4, 4, 8, 8, 8, 8])
  }

  @Test("a confident wrong prediction gives the same finite gradient through the logit")
  func extremeLogits() throws {
    // Logits of ±1000: the sample loss is finite and its slope ±1.
    let data = try Dataset(rows: [[1000], [-1000], [3]], labels: [0, 1, 1])
    let loss = LogisticLoss(reduction: .sum)
    let reference = loss.valueWithGradient(at: [1, 0], on: data, strategy: .perWeight)
    for strategy in [GradientStrategy.chunked, .throughLogit] {
      let result = loss.valueWithGradient(at: [1, 0], on: data, strategy: strategy)
      #expect(result.gradient.allSatisfy { $0.isFinite })
      #expect(Self.relativeDistance(result.gradient, reference.gradient) <= 1e-15)
      #expect(result.value == reference.value)
    }
  }
}

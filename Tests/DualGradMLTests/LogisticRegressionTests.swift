// Tests of the logistic-regression model: the autograd tutorial's figures
// reproduced end to end, the parameter layout, predictions, scores and the
// decision line.
//
// The toy figures 2.772588722239781 and 1.067270675787016 are the autograd
// tutorial's published output (Examples/README.md, toy-logistic-regression),
// not DualGrad's.
import DualGrad
import DualGradML
import DualGradTestSupport
import Testing

/// The autograd tutorial's data: 4 rows × 3 features, no bias column.
func toyDataset() throws -> Dataset {
  try Dataset(
    rows: [[0.52, 1.12, 0.77], [0.88, -1.08, 0.15], [0.52, 0.06, -1.30], [0.74, -2.49, 1.39]],
    labels: [1, 1, 0, 1])
}

@Suite("Logistic regression: the autograd tutorial")
struct ToyLogisticRegressionTests {
  let loss = LogisticLoss(sampleLoss: .tutorialNegativeLogLikelihood, reduction: .sum)

  @Test("the initial loss at w = 0 is the published 2.772588722239781")
  func initialLoss() throws {
    let model = LogisticRegression(featureCount: 3, hasBias: false)
    let value = model.loss(on: try toyDataset(), loss)
    #expect(relativeError(value, 2.772588722239781) <= 1e-15)
  }

  @Test("100 steps of gradient descent at 0.01 reach the published 1.067270675787016")
  func trainedLoss() throws {
    var model = LogisticRegression(featureCount: 3, hasBias: false)
    let history = model.fit(
      try toyDataset(), loss: loss, optimizer: GradientDescent(learningRate: 0.01), epochs: 100,
      recordEvery: 1)
    #expect(relativeError(history.losses[0], 2.772588722239781) <= 1e-15)
    #expect(history.losses.count == 100)
    #expect(relativeError(history.finalLoss, 1.067270675787016) <= 1e-12, "trained loss \(history.finalLoss)")
  }
}

@Suite("Logistic regression: model")
struct LogisticRegressionModelTests {
  @Test("parameters are the weights then the bias, and only the weights without one")
  func parameters() {
    var model = LogisticRegression(weights: [1, 2], bias: 3)
    #expect(model.parameters == [1, 2, 3])
    model.parameters = [4, 5, 6]
    #expect(model.weights == [4, 5] && model.bias == 6)
    #expect(LogisticRegression(weights: [1, 2], bias: nil).parameters == [1, 2])
  }

  @Test("predict thresholds the probability, score counts matches")
  func predictAndScore() throws {
    let model = LogisticRegression(weights: [1, -1], bias: 0.5)
    let data = try Dataset(rows: [[2, 1], [0, 3], [0, 0.5], [-1, 0]], labels: [1, 0, 1, 1])
    #expect(model.predictProbability(on: data)[0] == Double.sigmoid(1.5))
    #expect(model.predict(on: data) == [1, 0, 0, 0])
    #expect(model.predict(on: data, threshold: 0.3) == [1, 0, 1, 1])
    #expect(model.score(on: data) == 0.5)
  }

  @Test("new rows are predicted from their features alone, as the same rows in a data set are")
  func predictRowsWithoutLabels() throws {
    let model = LogisticRegression(weights: [1, -1], bias: 0.5)
    let rows: [[Double]] = [[2, 1], [0, 3], [0, 0.5], [-1, 0]]
    let data = try Dataset(rows: rows, labels: [1, 0, 1, 1])
    // σ(1.5), σ(−2.5), σ(0), σ(−0.5)
    #expect(model.predictProbability(rows) == [Double.sigmoid(1.5), Double.sigmoid(-2.5), 0.5, Double.sigmoid(-0.5)])
    #expect(model.predictProbability(rows) == model.predictProbability(on: data))
    #expect(model.predict(rows) == [1, 0, 0, 0])
    #expect(model.predict(rows, threshold: 0.3) == [1, 0, 1, 1])
  }

  @Test("the decision line is where the logit is 0")
  func decisionLine() throws {
    let model = LogisticRegression(weights: [1, 2], bias: -4)
    let line = try #require(model.decisionLine)
    #expect(line.slope == -0.5 && line.intercept == 2)
    #expect(model.logit(of: [3, line.slope * 3 + line.intercept]) == 0)
    #expect(LogisticRegression(weights: [1, 0], bias: 1).decisionLine == nil)
  }
}

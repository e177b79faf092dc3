// Tests of the training loop (Training.swift): reports, early stopping and
// progress callbacks.
import DualGrad
import Testing

@testable import DualGradML

@Suite("Logistic regression: training loop")
struct TrainingTests {
  @Test("reports come every k epochs and a stop decision ends training early")
  func earlyStop() throws {
    let data = try Dataset(rows: [[1, 2], [2, 1], [-1, -2], [-2, -1]], labels: [1, 1, 0, 0])
    var model = LogisticRegression(featureCount: 2)
    var reported: [Int] = []
    let history = model.fit(
      data, optimizer: GradientDescent(learningRate: 0.1), epochs: 1000, reportEvery: 5
    ) { report in
      reported.append(report.epoch)
      return report.epoch == 15 ? .stop : .continue
    }
    #expect(reported == [0, 5, 10, 15])
    #expect(history.stoppedEarly)
    #expect(history.epochs == 15)
    // By default the history holds the reported losses: before updates 0, 5, 10.
    #expect(history.recordInterval == 5 && history.losses.count == 3)
    #expect(history.losses == history.losses.sorted(by: >), "gradient descent lowers the loss here")
  }

  @Test(
    "the history records every k-th loss as asked, the same values as an every-epoch record, and always the final loss")
  func recordEvery() throws {
    let data = try Dataset(rows: [[1, 2], [2, 1], [-1, -2], [-2, -1]], labels: [1, 1, 0, 0])
    for strategy in GradientStrategy.allCases {
      var everyEpoch = LogisticRegression(featureCount: 2)
      var everyThird = everyEpoch
      var none = everyEpoch
      let full = everyEpoch.fit(
        data, optimizer: GradientDescent(learningRate: 0.1), epochs: 10, strategy: strategy, recordEvery: 1)
      let sparse = everyThird.fit(
        data, optimizer: GradientDescent(learningRate: 0.1), epochs: 10, strategy: strategy, recordEvery: 3)
      let quiet = none.fit(data, optimizer: GradientDescent(learningRate: 0.1), epochs: 10, strategy: strategy)
      #expect(full.losses.count == 10 && full.recordInterval == 1)
      #expect(sparse.losses == [full.losses[0], full.losses[3], full.losses[6], full.losses[9]], "\(strategy)")
      #expect(quiet.losses.isEmpty && quiet.recordInterval == 0)
      // Skipping the loss on unrecorded epochs changes no step.
      #expect(everyEpoch == everyThird && everyEpoch == none, "\(strategy)")
      #expect(
        full.finalLoss == quiet.finalLoss && quiet.finalLoss == LogisticLoss().value(at: none.parameters, on: data))
      #expect(full.epochs == 10 && sparse.epochs == 10 && quiet.epochs == 10)
    }
  }

  @Test("the gradient without the loss is the gradient with it, for every strategy")
  func gradientWithoutValue() throws {
    let data = try Dataset(rows: [[1, 2], [2, -1], [-1, -2], [-2, 3]], labels: [1, 0, 0, 1])
    let loss = LogisticLoss(l2Penalty: 0.1)
    for strategy in GradientStrategy.allCases {
      var workspace = GradientWorkspace()
      var withValue: [Double] = []
      var alone: [Double] = []
      _ = loss.valueWithGradient(
        at: [0.3, -0.2, 0.1], on: data, strategy: strategy, into: &withValue, workspace: &workspace)
      _ = loss.valueWithGradient(
        at: [0.3, -0.2, 0.1], on: data, strategy: strategy, into: &alone, workspace: &workspace, valueNeeded: false)
      #expect(alone == withValue, "\(strategy)")
    }
  }

  @Test("progress is called once per epoch with the running count")
  func progress() throws {
    let data = try toyDataset()
    var model = LogisticRegression(featureCount: 3)
    var calls: [Int] = []
    model.fit(
      data, optimizer: Adam(learningRate: 0.01), epochs: 7,
      progress: { progress in
        calls.append(progress.epochsDone)
        #expect(progress.totalEpochs == 7)
      })
    #expect(calls == Array(1...7))
  }

  @Test("progress gets the loss before each update, the loss the history records")
  func progressLoss() throws {
    let data = try toyDataset()
    var model = LogisticRegression(featureCount: 3)
    var losses: [Double] = []
    let history = model.fit(
      data, optimizer: Adam(learningRate: 0.01), epochs: 7, recordEvery: 1,
      progress: {
        losses.append($0.loss)
      })
    #expect(losses == history.losses)
  }

  @Test("fit's default strategy is the fast logit one and trains README's toy model to the same loss as per-weight")
  func defaultStrategy() throws {
    let data = try Dataset(
      rows: [[0.52, 1.12, 0.77], [0.88, -1.08, 0.15], [0.52, 0.06, -1.30], [0.74, -2.49, 1.39]],
      labels: [1, 1, 0, 1])
    let loss = LogisticLoss(sampleLoss: .tutorialNegativeLogLikelihood, reduction: .sum)
    var automatic = LogisticRegression(featureCount: 3, hasBias: false)
    var reference = automatic
    var logit = automatic
    let history = automatic.fit(data, loss: loss, optimizer: GradientDescent(learningRate: 0.01), epochs: 100)
    let referenceHistory = reference.fit(
      data, loss: loss, optimizer: GradientDescent(learningRate: 0.01), epochs: 100, strategy: .perWeight)
    logit.fit(data, loss: loss, optimizer: GradientDescent(learningRate: 0.01), epochs: 100, strategy: .throughLogit)
    // The default is bit for bit the logit strategy, and agrees with the reference.
    #expect(automatic == logit)
    #expect(abs(history.finalLoss - referenceHistory.finalLoss) <= 1e-12)
    #expect(abs(history.finalLoss - 1.067270675787016) <= 1e-12)  // README's figure
    #expect(automatic.gradient(on: data, loss) == logit.gradient(on: data, loss, strategy: .throughLogit))
  }
}

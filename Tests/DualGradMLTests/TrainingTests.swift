// Tests of the training loop (Training.swift): reports, early stopping and
// progress callbacks.
import DualGradML
import Testing

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
    #expect(history.epochs == 15 && history.losses.count == 15)
    #expect(history.losses == history.losses.sorted(by: >), "gradient descent lowers the loss here")
  }

  @Test("progress is called once per epoch with the running count")
  func progress() throws {
    let data = try toyDataset()
    var model = LogisticRegression(featureCount: 3)
    var calls: [Int] = []
    model.fit(data, optimizer: Adam(learningRate: 0.01), epochs: 7, progress: { progress in
      calls.append(progress.epochsDone)
      #expect(progress.totalEpochs == 7)
    })
    #expect(calls == Array(1...7))
  }
}

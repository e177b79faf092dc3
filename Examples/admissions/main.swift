// The from-scratch framework tutorial's exam admissions (see Examples/README.md):
// marks.txt (exam 1, exam 2, admitted), one linear unit with a bias, mean
// binary cross-entropy, full-batch gradient descent at 1e-3 for 200,000
// epochs with a progress bar; loss and accuracy every 10,000 epochs.
import DualGrad
import DualGradIO
import DualGradML
import ExampleSupport
import Foundation

let options = ExampleOptions(
  name: "admissions",
  summary:
    "Logistic regression on the exam admissions data; writes admissions.svg (decision boundary) and admissions-loss.csv.",
  options: [
    "--epochs N": "gradient steps (default 200000)",
    "--data PATH": "the CSV file (default: the bundled marks.txt)",
    "--learning-rate X": "gradient-descent step (default 0.001)",
    "--bias yes|no": "whether the model has a bias (default yes)",
    "--gradient HOW": gradientOptionHelp(default: .perWeight),
  ])
let strategy = options.gradientStrategy(default: .perWeight)
let epochs = options.integer("--epochs", default: 200_000)
let learningRate = options.double("--learning-rate", default: 1e-3)
let hasBias: Bool
switch options.string("--bias") ?? "yes" {
case "yes": hasBias = true
case "no": hasBias = false
case let other: fail("--bias wants yes or no, not \(other)", status: 2)
}
guard let path = options.string("--data") ?? Bundle.module.path(forResource: "marks", ofType: "txt") else {
  fail("marks.txt is missing from the example's resources; pass --data PATH")
}
let data: Dataset
do {
  data = try Dataset(contentsOfCSVFile: path)
} catch {
  fail("\(path): \(error)")
}
print("\(data.count) rows, \(Int(data.labels.reduce(0, +))) admitted")

/// Trains from zero weights and returns the model, the history and the epochs per second.
func train(_ data: Dataset, quiet: Bool) -> (LogisticRegression, TrainingHistory, Double) {
  var model = LogisticRegression(featureCount: 2, hasBias: hasBias)
  var bar = ProgressBar(total: epochs, unit: "epoch", valueName: "loss")
  let clock = ContinuousClock()
  let start = clock.now
  let history = model.fit(
    data, optimizer: GradientDescent(learningRate: learningRate), epochs: epochs, strategy: strategy,
    reportEvery: quiet ? 0 : 10_000, recordEvery: quiet ? 0 : 100,
    onReport: { report in
      bar.clear()
      print(
        "epoch \(String(report.epoch).padding(toLength: 7, withPad: " ", startingAt: 0))"
          + "loss \(fixed(report.loss, 4))   accuracy \(fixed(report.accuracy * 100, 1)) %")
      return .continue
    },
    progress: { bar.update(completed: $0.epochsDone, value: $0.loss) })
  let elapsed = clock.now - start
  bar.finish()
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  return (model, history, Double(history.epochs) / seconds)
}

print("== All \(data.count) rows")
let (model, history, rate) = train(data, quiet: false)
printFigure("Final loss", history.finalLoss)
printFigure("Accuracy", model.score(on: data))
print("Weights \(model.weights), bias \(model.bias)")
print("Speed: \(fixed(rate, 0)) epochs/s with \(strategy.explanation) (tutorial: 2,273 epochs/s)")

print("== Rows 2-\(data.count), as the tutorial read the file (first row taken for a header)")
let (tutorialModel, tutorialHistory, _) = train(data.rows(1..<data.count), quiet: true)
printFigure("Final loss", tutorialHistory.finalLoss, tutorial: "0.3157")
printFigure("Accuracy", tutorialModel.score(on: data.rows(1..<data.count)), tutorial: "0.919")

options.write(
  decisionBoundaryChart(
    title: "Exam admissions after \(history.epochs) epochs", xLabel: "exam 1 score", yLabel: "exam 2 score",
    x: data.column(0), y: data.column(1), labels: data.labels, classNames: ["not admitted", "admitted"],
    weights: model.weights, bias: model.bias
  ).svg(),
  to: "admissions.svg")
options.writeLosses(history, counter: "epoch", to: "admissions-loss.csv")

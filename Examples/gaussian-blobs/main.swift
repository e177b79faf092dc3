// The PyTorch tutorial's two Gaussian blobs (see Examples/README.md): one linear unit
// with a bias, mean binary cross-entropy, SGD with momentum 0.9 at 0.01,
// accuracy every 20 iterations, stop as soon as it exceeds 0.99.
import DualGrad
import DualGradIO
import DualGradML
import ExampleSupport

let options = ExampleOptions(
  name: "gaussian-blobs",
  summary:
    "Two seeded Gaussian blobs, momentum SGD with early stopping; writes gaussian-blobs.svg (data and decision line) and gaussian-blobs-loss.csv.",
  options: [
    "--seed N": "random seed for the data and the initial weights (default 0)",
    "--iterations N": "most iterations (default 1000)",
    "--gradient HOW": gradientOptionHelp(default: .perWeight),
  ])
let strategy = options.gradientStrategy(default: .perWeight)
let seed = options.integer("--seed", default: 0)
let iterations = options.integer("--iterations", default: 1000)

// Class 0: each coordinate from N(1.7, 1), then +1; class 1 from N(−1.7, 1), then +1.
var random = SeededGenerator(seed: UInt64(seed))
let data = try Dataset(count: 200, featureCount: 2) { row, features in
  let label = row < 100 ? 0.0 : 1.0
  let centre = label == 0 ? 1.7 : -1.7
  for j in features.indices { features[j] = Double.randomNormal(mean: centre, using: &random) + 1 }
  return label
}

// PyTorch's nn.Linear(2, 1) starts from U(−1/√2, 1/√2) for the weights and the bias.
let bound = 1 / 2.0.squareRoot()
var model = LogisticRegression(
  weights: [Double.random(in: -bound...bound, using: &random), Double.random(in: -bound...bound, using: &random)],
  bias: Double.random(in: -bound...bound, using: &random))

print("iteration  loss      accuracy")
let history = model.fit(
  data, optimizer: MomentumGradientDescent(learningRate: 0.01, momentum: 0.9), epochs: iterations, strategy: strategy,
  reportEvery: 20, recordEvery: 1
) { report in
  print(
    String(report.epoch).padding(toLength: 11, withPad: " ", startingAt: 0)
      + fixed(report.loss, 6) + "  " + fixed(report.accuracy, 3))
  return report.accuracy > 0.99 ? .stop : .continue
}
print(
  history.stoppedEarly
    ? "Stopped at iteration \(history.epochs): training accuracy exceeds 0.99 (tutorial: stop as soon as it exceeds 0.99)"
    : "Ran all \(history.epochs) iterations without exceeding 0.99 accuracy")
printFigure("Final accuracy", model.score(on: data))
print("Decision line: \(model.weights[0]) x + \(model.weights[1]) y + \(model.bias) = 0")

options.write(
  decisionBoundaryChart(
    title: "Two Gaussian blobs, iteration \(history.epochs)", xLabel: "x₀", yLabel: "x₁",
    x: data.column(0), y: data.column(1), labels: data.labels, classNames: ["class 0", "class 1"],
    weights: model.weights, bias: model.bias
  ).svg(),
  to: "gaussian-blobs.svg")
options.writeLosses(history, counter: "iteration", to: "gaussian-blobs-loss.csv")

// The NumPy "logistic regression from scratch" tutorial (see Examples/README.md): a
// model with fit / predict / predictProbability / score and a cost history,
// the tutorial's defaults (learning rate 0.1, 100 iterations, zeros), then the
// same model trained with Adam at 0.01 for 2000 epochs, printing every 20.
// The tutorial derives dZ = A − Y, dw = Xᵀ dZ / m, db = mean(dZ) by hand;
// here forward sweeps give the same gradient (one per weight by default).
import DualGrad
import DualGradML
import ExampleSupport

let options = ExampleOptions(
  name: "from-scratch",
  summary:
    "The fit/predict/score API on seeded data, with plain gradient descent and then Adam; writes from-scratch-cost.csv and from-scratch-adam-loss.csv.",
  options: [
    "--epochs N": "Adam epochs (default 2000)", "--seed N": "random seed for the data (default 0)",
    "--gradient HOW": gradientOptionHelp(default: .perWeight),
  ])
let strategy = options.gradientStrategy(default: .perWeight)
let adamEpochs = options.integer("--epochs", default: 2000)

// Seeded data from a known logistic model: 4 features, 400 training and 200 test rows.
var random = SeededGenerator(seed: UInt64(options.integer("--seed", default: 0)))
let truth = LogisticRegression(weights: [1.5, -2.0, 0.5, 0.0], bias: 0.3)
@MainActor func sample(_ count: Int) throws -> Dataset {
  try Dataset(count: count, featureCount: 4) { _, features in
    for j in features.indices { features[j] = Double.randomNormal(using: &random) }
    return Double.random(in: 0..<1, using: &random) < Double.sigmoid(truth.logit(of: features)) ? 1 : 0
  }
}
let train = try sample(400)
let test = try sample(200)

print("== Gradient descent, the tutorial's defaults: learning rate 0.1, 100 iterations, zeros")
var model = LogisticRegression(featureCount: 4)
let history = model.fit(
  train, optimizer: GradientDescent(learningRate: 0.1), epochs: 100, strategy: strategy, reportEvery: 100,
  recordEvery: 1
) { report in
  print("cost after \(report.epoch) iterations: \(fixed(report.loss, 6))")  // the tutorial's verbose mode
  return .continue
}
print(
  "history: \(history.losses.count) costs, first \(fixed(history.losses.first!, 6)), last \(fixed(history.losses.last!, 6))"
)
printFigure("Final cost", history.finalLoss)
print(
  "weights \(model.weights.map { fixed($0, 4) }), bias \(fixed(model.bias, 4)) (data made with \(truth.weights), bias \(truth.bias))"
)
print("predictProbability(first 5 test rows):", model.predictProbability(on: test.rows(0..<5)).map { fixed($0, 4) })
print(
  "predict(first 5 test rows):", model.predict(on: test.rows(0..<5)), "labels:", test.labels.prefix(5).map(Int.init))
printFigure("Training accuracy", model.score(on: train))
printFigure("Test accuracy", model.score(on: test))

print("\n== Adam, learning rate 0.01, \(adamEpochs) epochs")
var adamModel = LogisticRegression(featureCount: 4)
let adamHistory = adamModel.fit(
  train, optimizer: Adam(learningRate: 0.01), epochs: adamEpochs, strategy: strategy, reportEvery: 20, recordEvery: 1
) { report in
  print("epoch \(report.epoch): loss \(fixed(report.loss, 6))")
  return .continue
}
printFigure("Final loss", adamHistory.finalLoss)
print("weights \(adamModel.weights.map { fixed($0, 4) }), bias \(fixed(adamModel.bias, 4))")
printFigure("Training accuracy", adamModel.score(on: train))
printFigure("Test accuracy", adamModel.score(on: test))

options.writeLosses(history, counter: "iteration", value: "cost", to: "from-scratch-cost.csv")
options.writeLosses(adamHistory, counter: "epoch", to: "from-scratch-adam-loss.csv")

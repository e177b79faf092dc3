// The autograd tutorial's toy logistic regression (see Examples/README.md): four
// rows, three features, no bias, the summed negative log-likelihood written
// the tutorial's way, 100 steps of gradient descent at 0.01.
import DualGrad
import DualGradML
import ExampleSupport

let options = ExampleOptions(
  name: "toy-logistic-regression",
  summary:
    "Reproduces the autograd tutorial's toy logistic regression: initial loss 2.772588722239781, trained loss 1.067270675787016; writes toy-logistic-regression-loss.csv.",
  options: ["--gradient HOW": gradientOptionHelp(default: .perWeight)])
let strategy = options.gradientStrategy(default: .perWeight)

let data = try Dataset(
  rows: [[0.52, 1.12, 0.77], [0.88, -1.08, 0.15], [0.52, 0.06, -1.30], [0.74, -2.49, 1.39]],
  labels: [1, 1, 0, 1])
// p = 0.5·(tanh(z/2) + 1), loss = −Σ log(p·t + (1 − p)·(1 − t)), in that order.
let loss = LogisticLoss(sampleLoss: .tutorialNegativeLogLikelihood, reduction: .sum)
var model = LogisticRegression(featureCount: 3, hasBias: false)

printFigure("Initial loss", model.loss(on: data, loss), tutorial: "2.772588722239781")
print("Initial gradient (\(strategy.explanation)):", model.gradient(on: data, loss, strategy: strategy))
let history = model.fit(
  data, loss: loss, optimizer: GradientDescent(learningRate: 0.01), epochs: 100, strategy: strategy,
  recordEvery: 1)
printFigure("Trained loss", history.finalLoss, tutorial: "1.067270675787016")
print("Trained weights:", model.weights)
print("Predictions:", model.predictProbability(on: data).map { fixed($0, 4) }, "targets:", data.labels.map(Int.init))

// The same training with the stable cross-entropy from the logit: the same
// mathematics, so the same figures up to rounding.
var stable = LogisticRegression(featureCount: 3, hasBias: false)
let stableHistory = stable.fit(
  data, loss: LogisticLoss(reduction: .sum), optimizer: GradientDescent(learningRate: 0.01), epochs: 100,
  strategy: strategy)
printFigure("Trained loss, stable log-sigmoid form", stableHistory.finalLoss)

options.writeLosses(history, counter: "step", to: "toy-logistic-regression-loss.csv")

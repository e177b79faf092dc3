// The Theano tutorial's wide logistic regression (see Examples/README.md): 400 random
// samples of 784 standard-normal features with random 0/1 labels, so the model
// has to memorise them; mean cross-entropy + 0.01·Σw², gradient descent at 0.1.
//
// Gradients come through the logit by default: the loss is a sum over samples
// of a function of zᵢ = xᵢ·w + b, so one one-partial sweep of the sample loss
// per sample gives dℓ/dzᵢ and the chain rule through the linear map gives all
// 785 components, O(m·n) per iteration. One forward sweep per weight
// (`--gradient per-weight`) runs the loss 785 times over 400 × 784 numbers:
// the same exact gradient, about 500 times the work (tens of minutes for the
// 10,001 iterations). The example prints the time of the first iteration,
// the projection, and the total.
import DualGrad
import DualGradIO
import DualGradML
import ExampleSupport

let options = ExampleOptions(
  name: "wide-logistic-regression",
  summary:
    "400 × 784 logistic regression with L2 0.01 and learning rate 0.1; writes wide-logistic-regression-cost.csv. Gradients go through the logit by default: "
    + "one forward sweep of the sample loss per sample, chained through z = x·w + b, costs O(samples × features); "
    + "one sweep per weight (per-weight) gives the same gradient at 785 times that (about 40 minutes for 10,001 iterations).",
  options: [
    "--iterations N": "gradient steps (default 10001, the tutorial's)",
    "--gradient HOW": gradientOptionHelp(default: .throughLogit),
    "--seed N": "random seed for data and initial weights (default 0)",
    "--l2 X": "L2 penalty on the weights (default 0.01)",
  ])
let iterations = options.integer("--iterations", default: 10_001)
let seed = options.integer("--seed", default: 0)
let strategy = options.gradientStrategy(default: .throughLogit)

print("sigmoid of [[0, 1], [-1, -2]] and the same through (1 + tanh(x/2)) / 2:")
for row in [[0.0, 1.0], [-1.0, -2.0]] {
  print("  ", row.map { Double.sigmoid($0) }, row.map { (1 + tanh($0 / 2)) / 2 })
}
print("   (tutorial, float32: [[0.5, 0.7310586], [0.26894143, 0.11920293]])")

let (rowCount, featureCount) = (400, 784)
var random = SeededGenerator(seed: UInt64(seed))
let data = try Dataset(count: rowCount, featureCount: featureCount) { _, features in
  for j in features.indices { features[j] = Double.randomNormal(using: &random) }
  return Double(Int.random(in: 0...1, using: &random))
}
var model = LogisticRegression(
  weights: (0..<featureCount).map { _ in Double.randomNormal(using: &random) }, bias: 0)
let loss = LogisticLoss(reduction: .mean, l2Penalty: options.double("--l2", default: 0.01))

let tutorialCost = [0: "19.295896", 1000: "0.210341", 2000: "0.126124", 4000: "0.124845 (and from then on)"]
print(
  "\(iterations) iterations over \(rowCount) × \(featureCount) features; gradient: \(strategy.explanation) (--gradient \(strategy.commandLineName))"
)
print("iteration  cost")
let clock = ContinuousClock()
let start = clock.now
var firstIteration: Duration = .zero
var bar = ProgressBar(total: iterations, unit: "iteration", valueName: "cost")
let history = model.fit(
  data, loss: loss, optimizer: GradientDescent(learningRate: 0.1), epochs: iterations, strategy: strategy,
  reportEvery: 1000, recordEvery: 1,
  onReport: { report in
    bar.clear()
    let line = String(report.epoch).padding(toLength: 11, withPad: " ", startingAt: 0) + fixed(report.loss, 6)
    print(line + (tutorialCost[report.epoch].map { "   (tutorial: \($0))" } ?? ""))
    return .continue
  },
  progress: { progress in
    // The second iteration is the typical one: the first also sizes the
    // buffers and scores the model for the report at iteration 0.
    if progress.epochsDone == 1 { firstIteration = clock.now - start }
    if progress.epochsDone == min(2, iterations) {
      let iteration = progress.epochsDone == 1 ? firstIteration : clock.now - start - firstIteration
      let seconds = Double(iteration.components.seconds) + Double(iteration.components.attoseconds) * 1e-18
      let projected = seconds * 10_001
      bar.clear()
      print(
        "Time per iteration (\(strategy.commandLineName)): \(fixed(seconds * 1000, 2)) ms; projected for "
          + "the tutorial's 10,001: "
          + (projected >= 120 ? "\(fixed(projected / 60, 1)) min" : "\(fixed(projected, 1)) s"))
    }
    bar.update(completed: progress.epochsDone, value: progress.loss)
  })
bar.finish()
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
printFigure("Final cost", history.finalLoss)
print("Largest |weight|: \(fixed(model.weights.map(\.magnitude).max() ?? 0, 4))")
printFigure("Training accuracy", model.score(on: data), tutorial: "1.0 (every label)")
print(
  "Time: \(fixed(seconds, 2)) s for \(history.epochs) iterations, \(fixed(seconds / Double(max(history.epochs, 1)) * 1000, 1)) ms each"
)
options.writeLosses(history, counter: "iteration", value: "cost", to: "wide-logistic-regression-cost.csv")

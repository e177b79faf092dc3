// W2: logistic regression on the exam admissions (marks.txt: 100 rows, two
// marks and a 0/1 label), mean binary cross-entropy, full-batch gradient
// descent at 1e-3 from zero weights, for each gradient strategy, beside a
// gradient written out by hand and a minimal hand-rolled dual number.
//
// Every variant computes the same thing per epoch: the loss and its gradient
// (the training loop records the loss), then one step w −= η·g.

import DualGrad
import DualGradIO
import DualGradML
import Foundation

enum Admissions {
  /// The epochs of the full run (the tutorial's); the timed repetitions run
  /// fewer and report epochs per second.
  static let fullEpochs = 200_000
  static let learningRate = 1e-3

  /// marks.txt from the admissions example, found relative to this source
  /// file so the bench needs no resource bundle.
  static func marks() throws -> Dataset {
    let path = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Examples/admissions/marks.txt").path
    return try Dataset(contentsOfCSVFile: path)
  }

  // MARK: The hand-written baseline

  /// Loss and gradient of the mean cross-entropy, derived by hand:
  /// ℓ = softplus(−s·z) with s = ±1, ∂ℓ/∂z = σ(z) − y. One exp and one log1p
  /// per sample, as the careful hand-written loss needs.
  @inline(__always)
  static func handWrittenLossAndGradient(
    _ w: (Double, Double, Double), x: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>
  ) -> (loss: Double, gradient: (Double, Double, Double)) {
    var loss = 0.0
    var g0 = 0.0
    var g1 = 0.0
    var gb = 0.0
    for i in 0..<y.count {
      let z = w.0 * x[2 * i] + w.1 * x[2 * i + 1] + w.2
      let u = y[i] == 1 ? -z : z  // the loss is softplus(u)
      let e = Foundation.exp(-abs(u))
      loss += Swift.max(u, 0) + Foundation.log1p(e)
      let p = z >= 0 ? 1 / (1 + e) : e / (1 + e)  // σ(z) from the same exponential
      let s = p - y[i]
      g0 += s * x[2 * i]
      g1 += s * x[2 * i + 1]
      gb += s
    }
    let m = Double(y.count)
    return (loss / m, (g0 / m, g1 / m, gb / m))
  }

  /// Gradient descent with the gradient alone, σ(z) − y by one exp per
  /// sample and no loss: what a hand-written trainer does when it does not
  /// record the loss (the library's loop always does).
  static func trainHandWrittenGradientOnly(_ data: Dataset, epochs: Int) -> [Double] {
    var w = (0.0, 0.0, 0.0)
    data.features.withUnsafeBufferPointer { x in
      data.labels.withUnsafeBufferPointer { y in
        for _ in 0..<epochs {
          var g0 = 0.0
          var g1 = 0.0
          var gb = 0.0
          for i in 0..<y.count {
            let z = w.0 * x[2 * i] + w.1 * x[2 * i + 1] + w.2
            let s = 1 / (1 + Foundation.exp(-z)) - y[i]
            g0 += s * x[2 * i]
            g1 += s * x[2 * i + 1]
            gb += s
          }
          let m = Double(y.count)
          w = (w.0 - g0 / m * learningRate, w.1 - g1 / m * learningRate, w.2 - gb / m * learningRate)
        }
      }
    }
    return [w.0, w.1, w.2]
  }

  static func trainHandWritten(_ data: Dataset, epochs: Int) -> [Double] {
    var w = (0.0, 0.0, 0.0)
    data.features.withUnsafeBufferPointer { x in
      data.labels.withUnsafeBufferPointer { y in
        for _ in 0..<epochs {
          let (loss, g) = handWrittenLossAndGradient(w, x: x, y: y)
          blackHole(loss)
          w = (w.0 - g.0 * learningRate, w.1 - g.1 * learningRate, w.2 - g.2 * learningRate)
        }
      }
    }
    return [w.0, w.1, w.2]
  }

  // MARK: A minimal hand-rolled dual number, three sweeps per epoch

  /// The smallest dual number that runs this loss: no zero-tangent care, no
  /// protocol, only what the loss uses.
  struct MinimalDual {
    var value: Double
    var derivative: Double

    @inline(__always) static func + (a: MinimalDual, b: MinimalDual) -> MinimalDual {
      MinimalDual(value: a.value + b.value, derivative: a.derivative + b.derivative)
    }
    @inline(__always) static func * (a: MinimalDual, b: Double) -> MinimalDual {
      MinimalDual(value: a.value * b, derivative: a.derivative * b)
    }
    /// softplus(u) = max(u, 0) + log1p(e^−|u|), slope σ(u).
    @inline(__always) static func softplus(_ u: MinimalDual) -> MinimalDual {
      let e = Foundation.exp(-abs(u.value))
      let sigma = u.value >= 0 ? 1 / (1 + e) : e / (1 + e)
      return MinimalDual(value: Swift.max(u.value, 0) + Foundation.log1p(e), derivative: sigma * u.derivative)
    }
  }

  static func minimalDualLoss(_ w: [MinimalDual], x: UnsafeBufferPointer<Double>, y: UnsafeBufferPointer<Double>)
    -> MinimalDual
  {
    var total = MinimalDual(value: 0, derivative: 0)
    for i in 0..<y.count {
      let z = w[0] * x[2 * i] + w[1] * x[2 * i + 1] + w[2]
      let u = y[i] == 1 ? MinimalDual(value: -z.value, derivative: -z.derivative) : z
      total = total + MinimalDual.softplus(u)
    }
    return total * (1 / Double(y.count))
  }

  static func trainMinimalDual(_ data: Dataset, epochs: Int) -> [Double] {
    var parameters = [0.0, 0.0, 0.0]
    var duals = [MinimalDual](repeating: MinimalDual(value: 0, derivative: 0), count: 3)
    var gradient = [0.0, 0.0, 0.0]
    data.features.withUnsafeBufferPointer { x in
      data.labels.withUnsafeBufferPointer { y in
        for _ in 0..<epochs {
          for k in 0..<3 { duals[k] = MinimalDual(value: parameters[k], derivative: 0) }
          var loss = 0.0
          for k in 0..<3 {
            duals[k].derivative = 1
            let sweep = minimalDualLoss(duals, x: x, y: y)
            duals[k].derivative = 0
            gradient[k] = sweep.derivative
            loss = sweep.value
          }
          blackHole(loss)
          for k in 0..<3 { parameters[k] -= gradient[k] * learningRate }
        }
      }
    }
    return parameters
  }

  // MARK: DualGrad

  /// Not inlined, so that each strategy's training run is one call of `fit`
  /// that `valgrind --tool=callgrind --dump-before='*LogisticRegressionV3fit*'`
  /// can count on its own (README, "W2 under callgrind").
  @inline(never)
  static func trainLibrary(_ data: Dataset, epochs: Int, strategy: GradientStrategy) -> LogisticRegression {
    var model = LogisticRegression(featureCount: 2)
    let history = model.fit(
      data, optimizer: GradientDescent(learningRate: learningRate), epochs: epochs, strategy: strategy)
    blackHole(history.finalLoss)
    return model
  }

  static func run(repetitions: Int) throws -> [Row] {
    let data = try marks()
    let epochs = 20_000

    // Agreement: the gradient at a trained point, then whole training runs.
    let reference = trainHandWritten(data, epochs: epochs)
    for strategy in GradientStrategy.allCases {
      try checkAgreement(
        "W2 \(strategy)", trainLibrary(data, epochs: epochs, strategy: strategy).parameters,
        reference, tolerance: 1e-10)
    }
    try checkAgreement("W2 minimal dual", trainMinimalDual(data, epochs: epochs), reference, tolerance: 1e-10)
    try checkAgreement(
      "W2 gradient only", trainHandWrittenGradientOnly(data, epochs: epochs), reference, tolerance: 1e-10)
    let point = reference
    let (handLoss, g) = data.features.withUnsafeBufferPointer { x in
      data.labels.withUnsafeBufferPointer { y in handWrittenLossAndGradient((point[0], point[1], point[2]), x: x, y: y)
      }
    }
    let handGradient = [g.0, g.1, g.2]
    for strategy in GradientStrategy.allCases {
      let (value, gradient) = LogisticLoss().valueWithGradient(at: point, on: data, strategy: strategy)
      try checkAgreement("W2 \(strategy) gradient", [value] + gradient, [handLoss] + handGradient, tolerance: 1e-12)
    }

    // The full run once, for its loss and accuracy.
    var model = LogisticRegression(featureCount: 2)
    let history = model.fit(
      data, optimizer: GradientDescent(learningRate: learningRate), epochs: fullEpochs,
      strategy: .throughLogit)
    print(
      "W2: after \(fullEpochs) epochs: loss \(history.finalLoss), accuracy \(model.score(on: data)), "
        + "weights \(model.weights), bias \(model.bias)")

    let baseline = Timing(timings(repetitions: repetitions) { blackHole(trainHandWritten(data, epochs: epochs)) })
    let unit = Unit.ratePer(epochs, "epochs")
    let minimalDual = Timing(timings(repetitions: repetitions) { blackHole(trainMinimalDual(data, epochs: epochs)) })
    var rows = [
      Row(
        workload: "W2 admissions", variant: "minimal hand-rolled dual, 3 sweeps", unit: unit,
        seconds: minimalDual, baselineSeconds: baseline, target: "the baseline of .perWeight vs minimal dual")
    ]
    let targets: [GradientStrategy: String] = [
      .perWeight: "≥ 142,000 (issue's hand-rolled dual)",
      .chunked: "best ≥ 1,000,000; stretch 1,360,000",
      .throughLogit: "≥ 1,000,000 (JAX's fused loop)",
    ]
    var perWeight = baseline
    for strategy in GradientStrategy.allCases {
      let seconds = Timing(
        timings(repetitions: repetitions) { blackHole(trainLibrary(data, epochs: epochs, strategy: strategy)) })
      if strategy == .perWeight { perWeight = seconds }
      rows.append(
        Row(
          workload: "W2 admissions", variant: "fit, .\(strategy)", unit: unit,
          seconds: seconds, baselineSeconds: baseline, target: targets[strategy] ?? "—"))
    }
    rows.append(
      Row(
        workload: "W2 admissions", variant: "fit, .perWeight vs minimal dual", unit: unit,
        seconds: perWeight, baselineSeconds: minimalDual, target: "within 1.10x of the minimal dual"))
    rows.append(
      Row(
        workload: "W2 admissions", variant: "hand-written loss and gradient", unit: unit,
        seconds: baseline, baselineSeconds: baseline, target: "—"))
    rows.append(
      Row(
        workload: "W2 admissions", variant: "hand-written gradient only (no loss)", unit: unit,
        seconds: Timing(
          timings(repetitions: repetitions) { blackHole(trainHandWrittenGradientOnly(data, epochs: epochs)) }),
        baselineSeconds: baseline, target: "1,210,000 (issue's hand-written Swift)"))
    return rows
  }
}

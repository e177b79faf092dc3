// The training loop: full-batch gradient steps with a loss history, reports
// every k epochs, early stopping and progress, all through callbacks. The
// library prints nothing; examples wire the callbacks to stdout and to a
// progress bar on stderr.
import DualGrad

/// What the training loop tells the `onReport` callback every k epochs.
///
/// ```swift
/// model.fit(data, optimizer: GradientDescent(learningRate: 0.1), epochs: 1000, reportEvery: 100) { report in
///   print(report.epoch, report.loss, report.accuracy)   // 0 0.693... 0.5 ...
///   return .continue
/// }
/// ```
public struct TrainingReport: Sendable {
  /// The number of updates made so far (0 at the first report).
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: GradientDescent(learningRate: 0.1), epochs: 3, reportEvery: 1) {
  ///   print($0.epoch); return .continue }   // 0, 1, 2
  /// ```
  public let epoch: Int
  /// The loss of ``model`` on the training data.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 3, reportEvery: 1) { print($0.loss); return .stop }
  /// // 0.6931471805599453 (log 2: every weight is still 0)
  /// ```
  public let loss: Double
  /// The fraction of training rows ``model`` labels correctly.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 3, reportEvery: 1) { print($0.accuracy); return .stop }
  /// // 0.5 (probability 0.5 everywhere, so every row is labelled 0)
  /// ```
  public let accuracy: Double
  /// The model after ``epoch`` updates.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 3, reportEvery: 1) { print($0.model.weights); return .stop }
  /// // [0.0] (the report comes before update 0)
  /// ```
  public let model: LogisticRegression

  @usableFromInline
  init(epoch: Int, loss: Double, accuracy: Double, model: LogisticRegression) {
    self.epoch = epoch
    self.loss = loss
    self.accuracy = accuracy
    self.model = model
  }
}

/// Whether training goes on after a report.
///
/// ```swift
/// { report in report.accuracy > 0.99 ? .stop : .continue }
/// ```
public enum TrainingDecision: Sendable, Hashable {
  /// Keep training.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 10, reportEvery: 1) { _ in .continue }.epochs   // 10
  /// ```
  case `continue`
  /// Stop now; the model keeps the parameters of the report.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 10, reportEvery: 1) { _ in .stop }.epochs   // 0
  /// ```
  case stop
}

/// What the training loop tells the `progress` callback after every epoch,
/// for a progress bar.
///
/// ```swift
/// { progress in bar.update(done: progress.epochsDone, of: progress.totalEpochs, loss: progress.loss) }
/// ```
public struct TrainingProgress: Sendable {
  /// The number of updates made so far.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 3, progress: { print($0.epochsDone) })   // 1, 2, 3
  /// ```
  public let epochsDone: Int
  /// The number of updates asked for.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 3, progress: { print($0.totalEpochs) })   // 3, 3, 3
  /// ```
  public let totalEpochs: Int
  /// The loss before the latest update.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 1, progress: { print($0.loss) })   // 0.6931471805599453
  /// ```
  public let loss: Double

  @usableFromInline
  init(epochsDone: Int, totalEpochs: Int, loss: Double) {
    self.epochsDone = epochsDone
    self.totalEpochs = totalEpochs
    self.loss = loss
  }
}

/// The record of one training run.
///
/// ```swift
/// let history = model.fit(data, optimizer: Adam(learningRate: 0.01), epochs: 2000)
/// history.losses.count   // 2000
/// history.finalLoss      // the loss after the last update
/// ```
public struct TrainingHistory: Sendable, Hashable {
  /// The loss before each update, in order: `losses[e]` is the loss after `e` updates.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: GradientDescent(learningRate: 0.5), epochs: 2).losses
  /// // [0.6931471805599453, 0.5759394198788436]
  /// ```
  public var losses: [Double]
  /// The loss of the trained model (after the last update).
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: GradientDescent(learningRate: 0.5), epochs: 2).finalLoss   // 0.4859279106088489
  /// ```
  public var finalLoss: Double
  /// The number of updates made.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 5).epochs   // 5
  /// ```
  public var epochs: Int
  /// Whether `onReport` stopped training before the last epoch.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 5, reportEvery: 1) { _ in .stop }.stoppedEarly   // true
  /// ```
  public var stoppedEarly: Bool

  @usableFromInline
  init(losses: [Double], finalLoss: Double, epochs: Int, stoppedEarly: Bool) {
    self.losses = losses
    self.finalLoss = finalLoss
    self.epochs = epochs
    self.stoppedEarly = stoppedEarly
  }
}

extension LogisticRegression {
  /// Trains the model on `data` by full-batch gradient steps and returns the
  /// loss history.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 2)
  /// let history = model.fit(data, optimizer: MomentumGradientDescent(learningRate: 0.01, momentum: 0.9),
  ///                         epochs: 1000, reportEvery: 20) { $0.accuracy > 0.99 ? .stop : .continue }
  /// ```
  /// - Parameters:
  ///   - data: The training samples.
  ///   - loss: The loss to minimise.
  ///   - optimizer: The update rule; it starts from its own state (a fresh
  ///     optimizer has zero velocity or moments).
  ///   - epochs: The maximum number of updates.
  ///   - strategy: How gradients are computed; see ``GradientStrategy``. The
  ///     default, `.throughLogit`, is the fastest (O(samples × parameters) per
  ///     gradient: 2 s instead of about 40 minutes on the 785-parameter
  ///     example); `.perWeight` is the reference method, by name.
  ///   - reportEvery: Call `onReport` before updates 0, k, 2k, ...; 0 for never.
  ///   - onReport: Receives the model, loss and accuracy at each report and
  ///     decides whether to continue.
  ///   - progress: Called after every update (for a progress bar, which should
  ///     throttle itself).
  /// - Returns: The losses before each update, the final loss and whether
  ///   training stopped early.
  /// - Complexity: `epochs` gradients; no allocation per epoch after the first.
  @inlinable @discardableResult
  public mutating func fit<O: Optimizer>(
    _ data: Dataset,
    loss: LogisticLoss = LogisticLoss(),
    optimizer: O,
    epochs: Int,
    strategy: GradientStrategy = .throughLogit,
    reportEvery: Int = 0,
    onReport: (TrainingReport) -> TrainingDecision = { _ in .continue },
    progress: (TrainingProgress) -> Void = { _ in }
  ) -> TrainingHistory {
    precondition(data.featureCount == weights.count, "the data has \(data.featureCount) features, the model \(weights.count) weights")
    precondition(epochs >= 0 && reportEvery >= 0, "epochs and reportEvery must not be negative")
    var optimizer = optimizer
    var parameters = self.parameters
    var gradient = [Double](repeating: 0, count: parameters.count)
    var workspace = GradientWorkspace()
    var losses: [Double] = []
    losses.reserveCapacity(epochs)
    var stoppedEarly = false
    for epoch in 0..<epochs {
      let value = loss.valueWithGradient(
        at: parameters, on: data, strategy: strategy, into: &gradient, workspace: &workspace)
      if reportEvery > 0 && epoch % reportEvery == 0 {
        self.parameters = parameters
        let report = TrainingReport(epoch: epoch, loss: value, accuracy: score(on: data), model: self)
        if onReport(report) == .stop {
          stoppedEarly = true
          break
        }
      }
      losses.append(value)
      optimizer.step(&parameters, gradient: gradient)
      progress(TrainingProgress(epochsDone: epoch + 1, totalEpochs: epochs, loss: value))
    }
    self.parameters = parameters
    return TrainingHistory(
      losses: losses, finalLoss: loss.value(at: parameters, on: data), epochs: losses.count,
      stoppedEarly: stoppedEarly)
  }
}

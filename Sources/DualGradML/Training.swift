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

/// The record of one training run: the losses it was asked to record and
/// always the final one.
///
/// ```swift
/// let history = model.fit(data, optimizer: Adam(learningRate: 0.01), epochs: 2000, recordEvery: 100)
/// history.losses.count   // 20 (after 0, 100, ..., 1900 updates)
/// history.finalLoss      // the loss after the last update
/// ```
public struct TrainingHistory: Sendable, Hashable {
  /// The recorded losses, in order: `losses[i]` is the loss after
  /// `i × recordInterval` updates (empty when nothing was recorded).
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: GradientDescent(learningRate: 0.5), epochs: 2, recordEvery: 1).losses
  /// // [0.6931471805599453, 0.5759394198788436]
  /// ```
  public var losses: [Double]
  /// The number of updates between two entries of ``losses``; 0 when none
  /// were recorded.
  ///
  /// ```swift
  /// var model = LogisticRegression(featureCount: 1); let data = try Dataset(rows: [[1], [-1]], labels: [1, 0])
  /// model.fit(data, optimizer: Adam(), epochs: 10, reportEvery: 5).recordInterval   // 5 (the report interval)
  /// ```
  public var recordInterval: Int
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
  init(losses: [Double], recordInterval: Int, finalLoss: Double, epochs: Int, stoppedEarly: Bool) {
    self.losses = losses
    self.recordInterval = recordInterval
    self.finalLoss = finalLoss
    self.epochs = epochs
    self.stoppedEarly = stoppedEarly
  }
}

extension LogisticRegression {
  /// Trains the model on `data` by full-batch gradient steps and returns the
  /// losses asked for.
  ///
  /// It evaluates the loss only when something reads it: a report, a
  /// recorded epoch, a `progress` callback (every epoch) and the final loss.
  /// Other epochs compute the gradient alone, which with `.throughLogit`
  /// skips every sample's loss value.
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
  ///   - recordEvery: Record the loss in the history before updates 0, k,
  ///     2k, ...; 0 for never, 1 for every epoch; `nil` (the default) is
  ///     `reportEvery`, so the history holds the reported losses.
  ///   - onReport: Receives the model, loss and accuracy at each report and
  ///     decides whether to continue.
  ///   - progress: Called after every update with the loss before it (for a
  ///     progress bar, which should throttle itself); giving it costs the loss
  ///     every epoch.
  /// - Returns: The recorded losses, the final loss and whether training
  ///   stopped early.
  /// - Complexity: `epochs` gradients, a loss per report, record or progress
  ///   call, one more for the final loss; no allocation per epoch.
  @inlinable @discardableResult
  public mutating func fit<O: Optimizer>(
    _ data: Dataset,
    loss: LogisticLoss = LogisticLoss(),
    optimizer: O,
    epochs: Int,
    strategy: GradientStrategy = .throughLogit,
    reportEvery: Int = 0,
    recordEvery: Int? = nil,
    onReport: (TrainingReport) -> TrainingDecision = { _ in .continue },
    progress: ((TrainingProgress) -> Void)? = nil
  ) -> TrainingHistory {
    precondition(
      data.featureCount == weights.count,
      "the data has \(data.featureCount) features, the model \(weights.count) weights")
    let recordEvery = recordEvery ?? reportEvery
    precondition(
      epochs >= 0 && reportEvery >= 0 && recordEvery >= 0, "epochs, reportEvery and recordEvery must not be negative")
    var optimizer = optimizer
    var parameters = self.parameters
    var gradient = [Double](repeating: 0, count: parameters.count)
    var workspace = GradientWorkspace()
    var losses: [Double] = []
    if recordEvery > 0 { losses.reserveCapacity((epochs + recordEvery - 1) / recordEvery) }
    var stoppedEarly = false
    var epochsDone = 0
    for epoch in 0..<epochs {
      let reports = reportEvery > 0 && epoch % reportEvery == 0
      let records = recordEvery > 0 && epoch % recordEvery == 0
      // The loss only when someone reads it: between reports, records and
      // without a progress callback a step needs the gradient alone, which
      // the through-the-logit strategy computes without the samples' losses.
      // One call site (see `valueWithGradient(at:on:strategy:into:workspace:valueNeeded:)`).
      let value = loss.valueWithGradient(
        at: parameters, on: data, strategy: strategy, into: &gradient, workspace: &workspace,
        valueNeeded: reports || records || progress != nil)
      if reports {
        self.parameters = parameters
        let report = TrainingReport(epoch: epoch, loss: value, accuracy: score(on: data), model: self)
        if onReport(report) == .stop {
          stoppedEarly = true
          break
        }
      }
      if records { losses.append(value) }
      optimizer.step(&parameters, gradient: gradient)
      epochsDone = epoch + 1
      progress?(TrainingProgress(epochsDone: epochsDone, totalEpochs: epochs, loss: value))
    }
    self.parameters = parameters
    return TrainingHistory(
      losses: losses, recordInterval: recordEvery, finalLoss: loss.value(at: parameters, on: data), epochs: epochsDone,
      stoppedEarly: stoppedEarly)
  }
}

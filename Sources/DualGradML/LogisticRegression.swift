// The logistic-regression model: weights, an optional bias, and what it
// predicts. Training lives in Training.swift, the loss in Loss.swift.
import DualGrad

/// A binary classifier p(y = 1 | x) = σ(w · x + b).
///
/// ```swift
/// var model = LogisticRegression(featureCount: 2)              // weights 0, bias 0
/// let data = try Dataset(rows: [[1, 2], [-1, -2]], labels: [1, 0])
/// model.fit(data, optimizer: GradientDescent(learningRate: 0.1), epochs: 100)
/// model.predict(data)                                          // [1, 0]
/// model.score(data)                                            // 1.0
/// ```
public struct LogisticRegression: Sendable, Hashable {
  /// One weight per feature.
  ///
  /// ```swift
  /// LogisticRegression(featureCount: 2).weights   // [0.0, 0.0]
  /// ```
  public var weights: [Double]

  /// The bias b; always 0 when ``hasBias`` is false.
  ///
  /// ```swift
  /// LogisticRegression(weights: [1], bias: 0.5).bias   // 0.5
  /// ```
  public var bias: Double

  /// Whether the model has a bias term that training adjusts.
  ///
  /// ```swift
  /// LogisticRegression(weights: [1], bias: nil).hasBias   // false
  /// ```
  public let hasBias: Bool

  /// Creates a model with every weight and the bias at 0.
  ///
  /// ```swift
  /// LogisticRegression(featureCount: 3, hasBias: false).parameters   // [0.0, 0.0, 0.0]
  /// ```
  /// - Parameters:
  ///   - featureCount: The number of features (weights).
  ///   - hasBias: Whether to include a trainable bias.
  @inlinable
  public init(featureCount: Int, hasBias: Bool = true) {
    self.init(weights: [Double](repeating: 0, count: featureCount), bias: hasBias ? 0 : nil)
  }

  /// Creates a model with the given weights and bias (`nil` for none).
  ///
  /// ```swift
  /// LogisticRegression(weights: [1, -1], bias: 0.5).logit(of: [2, 1])   // 1.5
  /// ```
  @inlinable
  public init(weights: [Double], bias: Double? = 0) {
    self.weights = weights
    self.bias = bias ?? 0
    self.hasBias = bias != nil
  }

  /// The weights followed by the bias if the model has one: the layout
  /// ``LogisticLoss`` and the optimizers work on.
  ///
  /// ```swift
  /// LogisticRegression(weights: [1, 2], bias: 3).parameters   // [1.0, 2.0, 3.0]
  /// ```
  public var parameters: [Double] {
    get { hasBias ? weights + [bias] : weights }
    set {
      precondition(newValue.count == weights.count + (hasBias ? 1 : 0), "expected \(weights.count) weights and \(hasBias ? "a" : "no") bias")
      weights.withUnsafeMutableBufferPointer { w in
        for j in w.indices { w[j] = newValue[j] }
      }
      if hasBias { bias = newValue[weights.count] }
    }
  }

  /// The logit w · x + b of one row of features.
  ///
  /// ```swift
  /// LogisticRegression(weights: [1, -1], bias: 0.5).logit(of: [2, 1])   // 1.5
  /// ```
  @inlinable
  public func logit(of features: some Collection<Double>) -> Double {
    precondition(features.count == weights.count, "\(features.count) features for \(weights.count) weights")
    var z = 0.0
    for (w, x) in zip(weights, features) { z += w * x }
    return hasBias ? z + bias : z
  }

  /// The probability σ(w · x + b) that each row of `data` has label 1.
  ///
  /// ```swift
  /// LogisticRegression(featureCount: 2).predictProbability(data)   // [0.5, 0.5, ...]
  /// ```
  /// - Complexity: O(`data.count` × `data.featureCount`).
  @inlinable
  public func predictProbability(_ data: Dataset) -> [Double] {
    (0..<data.count).map { Double.sigmoid(logit(of: data.row($0))) }
  }

  /// The predicted label of each row: 1 where the probability exceeds
  /// `threshold`, else 0.
  ///
  /// ```swift
  /// LogisticRegression(weights: [1], bias: 0).predict(try Dataset(rows: [[2], [-2]], labels: [1, 0]))   // [1, 0]
  /// ```
  /// - Parameters:
  ///   - data: The rows to classify (their labels are ignored).
  ///   - threshold: The probability above which a row is labelled 1.
  @inlinable
  public func predict(_ data: Dataset, threshold: Double = 0.5) -> [Int] {
    predictProbability(data).map { $0 > threshold ? 1 : 0 }
  }

  /// The fraction of rows of `data` whose predicted label equals their label.
  ///
  /// ```swift
  /// LogisticRegression(weights: [1], bias: 0).score(try Dataset(rows: [[2], [-2]], labels: [1, 1]))   // 0.5
  /// ```
  /// - Returns: The accuracy in [0, 1]; 0 for an empty data set.
  @inlinable
  public func score(_ data: Dataset, threshold: Double = 0.5) -> Double {
    guard data.count > 0 else { return 0 }
    var correct = 0
    for (predicted, label) in zip(predict(data, threshold: threshold), data.labels) where Double(predicted) == label {
      correct += 1
    }
    return Double(correct) / Double(data.count)
  }

  /// The loss of this model on `data`.
  ///
  /// ```swift
  /// LogisticRegression(featureCount: 3, hasBias: false)
  ///   .loss(on: toy, LogisticLoss(sampleLoss: .tutorialNegativeLogLikelihood, reduction: .sum))   // 2.772588722239781
  /// ```
  @inlinable
  public func loss(on data: Dataset, _ loss: LogisticLoss = LogisticLoss()) -> Double {
    loss.value(at: parameters, on: data)
  }

  /// The gradient of `loss` with respect to ``parameters`` (weights, then bias).
  ///
  /// ```swift
  /// LogisticRegression(featureCount: 1).gradient(on: try Dataset(rows: [[2]], labels: [1]))   // [-1.0, -0.5]
  /// ```
  /// - Complexity: See ``GradientStrategy``.
  @inlinable
  public func gradient(
    on data: Dataset, _ loss: LogisticLoss = LogisticLoss(), strategy: GradientStrategy = .perWeight
  ) -> [Double] {
    loss.valueWithGradient(at: parameters, on: data, strategy: strategy).gradient
  }

  /// The weights and bias of the line w₀x + w₁y + b = 0 on which the model of
  /// two features gives probability 0.5, written as y = slope·x + intercept;
  /// `nil` if the model does not have two features or w₁ is 0 (a vertical line).
  ///
  /// ```swift
  /// LogisticRegression(weights: [1, 2], bias: -4).decisionLine   // (slope: -0.5, intercept: 2.0)
  /// ```
  public var decisionLine: (slope: Double, intercept: Double)? {
    guard weights.count == 2, weights[1] != 0 else { return nil }
    return (-weights[0] / weights[1], -bias / weights[1])
  }
}

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
      precondition(
        newValue.count == weights.count + (hasBias ? 1 : 0),
        "expected \(weights.count) weights and \(hasBias ? "a" : "no") bias")
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

  /// The probability σ(w · x + b) that each row of features has label 1: for
  /// new rows, which have no labels.
  ///
  /// ```swift
  /// LogisticRegression(weights: [1, -1], bias: 0).predictProbability([[0, 0], [2, 1]])   // [0.5, 0.7310585786300049]
  /// ```
  /// - Precondition: Every row has one value per weight.
  /// - Complexity: O(`rows.count` × `weights.count`).
  @inlinable
  public func predictProbability(_ rows: [[Double]]) -> [Double] {
    rows.map { Double.sigmoid(logit(of: $0)) }
  }

  /// The predicted label of each row of features: 1 where the probability
  /// exceeds `threshold`, else 0.
  ///
  /// ```swift
  /// LogisticRegression(weights: [1], bias: 0).predict([[2], [-2]])   // [1, 0]
  /// ```
  /// - Parameters:
  ///   - rows: The rows to classify, one value per weight.
  ///   - threshold: The probability above which a row is labelled 1.
  @inlinable
  public func predict(_ rows: [[Double]], threshold: Double = 0.5) -> [Int] {
    predictProbability(rows).map { $0 > threshold ? 1 : 0 }
  }

  /// The probability σ(w · x + b) that each row of `data` has label 1 (the
  /// labels are not used).
  ///
  /// ```swift
  /// LogisticRegression(featureCount: 2).predictProbability(on: data)   // [0.5, 0.5, ...]
  /// ```
  /// - Complexity: O(`data.count` × `data.featureCount`).
  @inlinable
  public func predictProbability(on data: Dataset) -> [Double] {
    (0..<data.count).map { Double.sigmoid(logit(of: data.row($0))) }
  }

  /// The predicted label of each row of `data`: 1 where the probability
  /// exceeds `threshold`, else 0.
  ///
  /// ```swift
  /// LogisticRegression(weights: [1], bias: 0).predict(on: try Dataset(rows: [[2], [-2]], labels: [1, 0]))   // [1, 0]
  /// ```
  /// - Parameters:
  ///   - data: The rows to classify (their labels are ignored).
  ///   - threshold: The probability above which a row is labelled 1.
  @inlinable
  public func predict(on data: Dataset, threshold: Double = 0.5) -> [Int] {
    predictProbability(on: data).map { $0 > threshold ? 1 : 0 }
  }

  /// The accuracy on `data`: the fraction of rows whose predicted label equals
  /// their label. Labelled like ``loss(on:_:)``.
  ///
  /// ```swift
  /// LogisticRegression(weights: [1], bias: 0).score(on: try Dataset(rows: [[2], [-2]], labels: [1, 1]))   // 0.5
  /// ```
  /// - Returns: The accuracy in [0, 1]; 0 for an empty data set.
  @inlinable
  public func score(on data: Dataset, threshold: Double = 0.5) -> Double {
    guard data.count > 0 else { return 0 }
    var correct = 0
    for (predicted, label) in zip(predict(on: data, threshold: threshold), data.labels) where Double(predicted) == label
    {
      correct += 1
    }
    return Double(correct) / Double(data.count)
  }

  /// The probability that each row of `data` has label 1; renamed
  /// ``predictProbability(on:)``, labelled like the other methods that take a data set.
  ///
  /// ```swift
  /// model.predictProbability(on: data)
  /// ```
  @available(*, deprecated, renamed: "predictProbability(on:)")
  @inlinable
  public func predictProbability(_ data: Dataset) -> [Double] { predictProbability(on: data) }

  /// The predicted labels of `data`; renamed ``predict(on:threshold:)``.
  ///
  /// ```swift
  /// model.predict(on: data)
  /// ```
  @available(*, deprecated, renamed: "predict(on:threshold:)")
  @inlinable
  public func predict(_ data: Dataset, threshold: Double = 0.5) -> [Int] { predict(on: data, threshold: threshold) }

  /// The accuracy on `data`; renamed ``score(on:threshold:)``.
  ///
  /// ```swift
  /// model.score(on: data)
  /// ```
  @available(*, deprecated, renamed: "score(on:threshold:)")
  @inlinable
  public func score(_ data: Dataset, threshold: Double = 0.5) -> Double { score(on: data, threshold: threshold) }

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
  /// - Complexity: See ``GradientStrategy``; the default, `.throughLogit`, is
  ///   the fastest (O(samples × parameters)); `.perWeight` is the reference.
  @inlinable
  public func gradient(
    on data: Dataset, _ loss: LogisticLoss = LogisticLoss(), strategy: GradientStrategy = .throughLogit
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

// First-order optimizers: each turns a gradient into an update of the
// parameters in place. State buffers (velocity, moments) are allocated on the
// first step and reused after, so a training loop allocates nothing per epoch.
import DualGrad
import Foundation

/// A rule that moves parameters against their gradient, one step at a time.
///
/// ```swift
/// var optimizer = GradientDescent(learningRate: 0.1)
/// var w = [1.0, 2.0]
/// optimizer.step(&w, gradient: [10, -10])   // w == [0.0, 3.0]
/// ```
public protocol Optimizer {
  /// Updates `parameters` in place from their `gradient`.
  ///
  /// - Parameters:
  ///   - parameters: The values to update.
  ///   - gradient: ∂loss/∂parameter, one per parameter.
  ///
  /// ```swift
  /// var w = [1.0]; var optimizer = GradientDescent(learningRate: 0.1)
  /// optimizer.step(&w, gradient: [2])   // w == [0.8]
  /// ```
  mutating func step(_ parameters: inout [Double], gradient: [Double])
}

/// Plain gradient descent: w ← w − η·g.
///
/// ```swift
/// var optimizer = GradientDescent(learningRate: 0.01)
/// var w = [0.0]; optimizer.step(&w, gradient: [2])   // w == [-0.02]
/// ```
public struct GradientDescent: Optimizer, Sendable, Hashable {
  /// The step size η.
  ///
  /// ```swift
  /// GradientDescent(learningRate: 0.5).learningRate   // 0.5
  /// ```
  public var learningRate: Double

  /// Creates the optimizer.
  ///
  /// ```swift
  /// GradientDescent(learningRate: 1e-3).learningRate   // 0.001
  /// ```
  @inlinable
  public init(learningRate: Double) {
    self.learningRate = learningRate
  }

  /// Moves each parameter by −η times its gradient.
  ///
  /// ```swift
  /// var w = [1.0]; var gd = GradientDescent(learningRate: 0.5); gd.step(&w, gradient: [1])   // [0.5]
  /// ```
  public mutating func step(_ parameters: inout [Double], gradient: [Double]) {
    precondition(gradient.count == parameters.count, "\(gradient.count) gradients for \(parameters.count) parameters")
    for i in parameters.indices {
      // w − (g·η), the order of `w -= grad * lr` in the tutorials.
      parameters[i] -= gradient[i] * learningRate
    }
  }
}

/// Stochastic gradient descent with momentum, by PyTorch's rule
/// v ← μ·v + g, w ← w − η·v (the velocity starts at 0, so the first step is
/// plain gradient descent).
///
/// ```swift
/// var optimizer = MomentumGradientDescent(learningRate: 0.01, momentum: 0.9)
/// var w = [0.0]
/// optimizer.step(&w, gradient: [1])   // v = 1,   w == [-0.01]
/// optimizer.step(&w, gradient: [1])   // v = 1.9, w == [-0.029]
/// ```
public struct MomentumGradientDescent: Optimizer, Sendable, Hashable {
  /// The step size η.
  ///
  /// ```swift
  /// MomentumGradientDescent(learningRate: 0.01, momentum: 0.9).learningRate   // 0.01
  /// ```
  public var learningRate: Double
  /// The momentum μ, in [0, 1).
  ///
  /// ```swift
  /// MomentumGradientDescent(learningRate: 0.1, momentum: 0.5).momentum   // 0.5
  /// ```
  public var momentum: Double
  /// The velocity v, one entry per parameter; empty before the first step.
  ///
  /// ```swift
  /// var sgd = MomentumGradientDescent(learningRate: 0.1, momentum: 0.5); var w = [0.0, 0.0]
  /// sgd.step(&w, gradient: [1, -2]); sgd.step(&w, gradient: [1, -2])
  /// sgd.velocity   // [1.5, -3.0]
  /// ```
  public private(set) var velocity: [Double] = []

  /// Creates the optimizer with zero velocity.
  ///
  /// ```swift
  /// MomentumGradientDescent(learningRate: 0.01, momentum: 0.9).momentum   // 0.9
  /// ```
  @inlinable
  public init(learningRate: Double, momentum: Double) {
    self.learningRate = learningRate
    self.momentum = momentum
  }

  /// Updates the velocity, then moves the parameters by −η·v.
  ///
  /// ```swift
  /// var w = [0.0]; var sgd = MomentumGradientDescent(learningRate: 1, momentum: 0.5)
  /// sgd.step(&w, gradient: [1]); sgd.step(&w, gradient: [1])   // w == [-2.5]
  /// ```
  public mutating func step(_ parameters: inout [Double], gradient: [Double]) {
    precondition(gradient.count == parameters.count, "\(gradient.count) gradients for \(parameters.count) parameters")
    if velocity.count != parameters.count { velocity = [Double](repeating: 0, count: parameters.count) }
    for i in parameters.indices {
      velocity[i] = momentum * velocity[i] + gradient[i]
      parameters[i] -= learningRate * velocity[i]
    }
  }
}

/// Adam (Kingma and Ba, 2015), as PyTorch writes it:
/// m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ),
/// w ← w − η·m̂/(√v̂ + ε).
///
/// ```swift
/// var adam = Adam(learningRate: 0.01)
/// var w = [1.0]
/// adam.step(&w, gradient: [5])   // w ≈ [0.99]: the first step has size η whatever |g| is
/// ```
public struct Adam: Optimizer, Sendable, Hashable {
  /// The step size η.
  ///
  /// ```swift
  /// Adam().learningRate   // 0.001
  /// ```
  public var learningRate: Double
  /// The decay β₁ of the first-moment (mean) estimate.
  ///
  /// ```swift
  /// Adam().beta1   // 0.9
  /// ```
  public var beta1: Double
  /// The decay β₂ of the second-moment (uncentred variance) estimate.
  ///
  /// ```swift
  /// Adam().beta2   // 0.999
  /// ```
  public var beta2: Double
  /// The ε added to √v̂ so a zero gradient does not divide by zero.
  ///
  /// ```swift
  /// Adam().epsilon   // 1e-08
  /// ```
  public var epsilon: Double
  /// The number of steps taken.
  ///
  /// ```swift
  /// var adam = Adam(); var w = [0.0]
  /// adam.step(&w, gradient: [1]); adam.stepCount   // 1
  /// ```
  public private(set) var stepCount = 0
  /// The first-moment estimate m; empty before the first step.
  ///
  /// ```swift
  /// var adam = Adam(); var w = [0.0]
  /// adam.step(&w, gradient: [1]); adam.firstMoment   // [0.09999999999999998]: (1 − β₁)·g
  /// ```
  public private(set) var firstMoment: [Double] = []
  /// The second-moment estimate v; empty before the first step.
  ///
  /// ```swift
  /// var adam = Adam(); var w = [0.0]
  /// adam.step(&w, gradient: [1]); adam.secondMoment   // [0.0010000000000000009]: (1 − β₂)·g²
  /// ```
  public private(set) var secondMoment: [Double] = []

  /// Creates the optimizer; the defaults are the paper's and PyTorch's.
  ///
  /// ```swift
  /// Adam(learningRate: 0.01).beta2   // 0.999
  /// ```
  @inlinable
  public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
  }

  /// Updates both moment estimates and takes one bias-corrected step.
  ///
  /// ```swift
  /// var w = [0.0]; var adam = Adam(learningRate: 0.1); adam.step(&w, gradient: [-3])   // w ≈ [0.1]
  /// ```
  public mutating func step(_ parameters: inout [Double], gradient: [Double]) {
    precondition(gradient.count == parameters.count, "\(gradient.count) gradients for \(parameters.count) parameters")
    if firstMoment.count != parameters.count {
      firstMoment = [Double](repeating: 0, count: parameters.count)
      secondMoment = [Double](repeating: 0, count: parameters.count)
    }
    stepCount += 1
    let firstCorrection = 1 - Foundation.pow(beta1, Double(stepCount))
    let secondCorrection = 1 - Foundation.pow(beta2, Double(stepCount))
    for i in parameters.indices {
      let g = gradient[i]
      firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * g
      secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * g * g
      let mean = firstMoment[i] / firstCorrection
      let variance = secondMoment[i] / secondCorrection
      parameters[i] -= learningRate * mean / (variance.squareRoot() + epsilon)
    }
  }
}

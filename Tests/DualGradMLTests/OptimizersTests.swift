// The update rules of Sources/DualGrad/Optimizers.swift, checked step by step
// against the formulas written out by hand (values exact in binary or
// computed here in plain Double arithmetic).
import DualGrad
import DualGradML
import DualGradTestSupport
import Foundation
import Testing

@Suite("Optimizers")
struct OptimizersTests {
  @Test("gradient descent moves by −η·g")
  func gradientDescent() {
    var optimizer = GradientDescent(learningRate: 0.5)
    var w = [1.0, -2.0]
    optimizer.step(&w, gradient: [1, -4])
    #expect(w == [0.5, 0.0])
  }

  @Test("momentum follows PyTorch: v = μv + g, w −= η·v")
  func momentum() {
    var optimizer = MomentumGradientDescent(learningRate: 0.5, momentum: 0.5)
    var w = [0.0]
    optimizer.step(&w, gradient: [1])  // v = 1, w = −0.5
    #expect(w == [-0.5] && optimizer.velocity == [1])
    optimizer.step(&w, gradient: [1])  // v = 1.5, w = −1.25
    #expect(w == [-1.25] && optimizer.velocity == [1.5])
    optimizer.step(&w, gradient: [-2])  // v = −1.25, w = −0.625
    #expect(w == [-0.625] && optimizer.velocity == [-1.25])
  }

  @Test("Adam's first step has size η·|g|/(|g| + ε), about η at any scale, then follows the bias-corrected moments")
  func adam() {
    for scale in [1e-6, 1.0, 1e6] {
      var optimizer = Adam(learningRate: 0.01)
      var w = [1.0, 1.0]
      optimizer.step(&w, gradient: [scale, -scale])
      // m̂ = g and √v̂ = |g| after one step, so the step is η·g/(|g| + ε).
      let step = 0.01 * scale / (scale + 1e-8)
      #expect(
        isClose(w[0], 1 - step, tolerance: 1e-14) && isClose(w[1], 1 + step, tolerance: 1e-14), "scale \(scale): \(w)")
    }
    // Two steps by hand with β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
    var optimizer = Adam(learningRate: 0.1)
    var w = [0.0]
    optimizer.step(&w, gradient: [2])
    optimizer.step(&w, gradient: [-1])
    let m1 = 0.1 * 2.0
    let v1 = 0.001 * 4.0
    let w1 = 0 - 0.1 * (m1 / 0.1) / ((v1 / 0.001).squareRoot() + 1e-8)
    let m2 = 0.9 * m1 + 0.1 * -1.0
    let v2 = 0.999 * v1 + 0.001 * 1.0
    let w2 = w1 - 0.1 * (m2 / (1 - 0.81)) / ((v2 / (1 - 0.998001)).squareRoot() + 1e-8)
    #expect(isClose(w[0], w2, tolerance: 1e-14), "\(w[0]) vs \(w2)")
    #expect(optimizer.stepCount == 2)
  }
}

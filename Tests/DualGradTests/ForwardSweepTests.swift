// The sweep engine on its own: seeding chunks (with a short last one), reusing
// its buffer, sweeping part of the point, and the nested seeds of the Hessian.
// The functions are polynomials with small integer coefficients, so every
// derivative below is exact in Double and written out by hand.
import DualGrad
import Testing

/// f(w) = w0²·w1 + w1·w2³ + 5·w2, generic so every dual type runs it.
private func cubic<S: RealScalar>(_ w: [S]) -> S {
  w[0] * w[0] * w[1] + w[1] * w[2] * w[2] * w[2] + 5 * w[2]
}

/// ∇f = (2·w0·w1, w0² + w2³, 3·w1·w2² + 5).
private func cubicGradient(_ w: [Double]) -> [Double] {
  [2 * w[0] * w[1], w[0] * w[0] + w[2] * w[2] * w[2], 3 * w[1] * w[2] * w[2] + 5]
}

/// ∇²f, row by row.
private func cubicHessian(_ w: [Double]) -> [[Double]] {
  [
    [2 * w[1], 2 * w[0], 0],
    [2 * w[0], 0, 3 * w[2] * w[2]],
    [0, 3 * w[2] * w[2], 6 * w[1] * w[2]],
  ]
}

@Suite("The forward-sweep engine")
struct ForwardSweepTests {
  static let points: [[Double]] = [[3, 2, -1], [0.5, -4, 2], [1, 1, 1]]

  @Test("one reused engine gives exact gradients at several points, one or two tangents per sweep")
  func reusedGradients() {
    var one = ForwardSweep<Dual<Double>>()
    var two = ForwardSweep<DualVector<2, Double>>()
    var gradient = [Double](repeating: .nan, count: 3)
    for w in Self.points {
      one.load(count: 3) { w[$0] }
      #expect(one.valueWithGradient(of: cubic, into: &gradient) == cubic(w))
      #expect(gradient == cubicGradient(w))
      // Three components in chunks of two: a full sweep, then one of width 1.
      two.load(count: 3) { w[$0] }
      #expect(two.valueWithGradient(of: cubic, into: &gradient) == cubic(w))
      #expect(gradient == cubicGradient(w))
    }
  }

  @Test("after a sweep every component of the point is a constant again")
  func seedsAreCleared() {
    var sweep = ForwardSweep<DualVector<2, Double>>(at: [3, 2, -1])
    var seen: [[Double]] = []
    sweep.sweep(
      evaluate: { point in point },
      read: { point, _, _ in
        seen.append(point.flatMap { [$0[tangent: 0], $0[tangent: 1]] })
      })
    // Sweep 1 seeds component 0 in direction 0 and component 1 in direction 1;
    // sweep 2 seeds component 2 in direction 0.
    #expect(seen == [[1, 0, 0, 1, 0, 0], [0, 0, 0, 0, 1, 0]])
    #expect(sweep.point.allSatisfy { $0.partials[0] == 0 && $0.partials[1] == 0 })
    #expect(sweep.point.map(\.value) == [3, 2, -1])
  }

  @Test("sweeping part of the point visits only those components")
  func partialRange() {
    var sweep = ForwardSweep<Dual<Double>>(at: [3, 2, -1])
    var visited: [Int] = []
    var partials: [Double] = []
    sweep.sweep(over: 1..<3, evaluate: cubic) { result, start, width in
      visited.append(start)
      #expect(width == 1)
      partials.append(result.derivative)
    }
    #expect(visited == [1, 2])
    #expect(partials == Array(cubicGradient([3, 2, -1])[1...]))
  }

  @Test("a function that copies the point into its own registers gets the same gradient")
  func registerReader() {
    var registers = [Dual<Double>](repeating: 0, count: 3)
    var sweep = ForwardSweep<Dual<Double>>(at: [0.5, -4, 2])
    var gradient = [0.0, 0.0, 0.0]
    let value = sweep.valueWithGradient(
      of: { point in
        for i in point.indices { registers[i] = point[i] }
        return cubic(registers)
      }, into: &gradient)
    #expect(value == cubic([0.5, -4, 2]))
    #expect(gradient == cubicGradient([0.5, -4, 2]))
  }

  @Test("an empty point evaluates the function once and has an empty gradient")
  func emptyPoint() {
    var sweep = ForwardSweep<Dual<Double>>(at: [])
    var gradient: [Double] = []
    var calls = 0
    let value = sweep.valueWithGradient(
      of: { _ in
        calls += 1
        return 7
      }, into: &gradient)
    #expect(value == 7 && calls == 1 && gradient.isEmpty)
  }

  @Test("Hessians are exact with one and with two tangents per level", arguments: points)
  func hessians(w: [Double]) {
    var one = ForwardSweep<Dual<Dual<Double>>>()
    one.load(count: 3) { Dual(w[$0]) }
    #expect(one.hessian(of: cubic) == cubicHessian(w))
    var two = ForwardSweep<DualVector<2, DualVector<2, Double>>>()
    two.load(count: 3) { DualVector(w[$0]) }
    #expect(two.hessian(of: cubic) == cubicHessian(w))
  }

  @Test("Jacobians are exact with one and with two tangents per sweep")
  func jacobians() {
    func outputs<S: RealScalar>(_ w: [S]) -> [S] { [w[0] * w[1], cubic(w)] }
    let w = [3.0, 2.0, -1.0]
    let expected = [[2.0, 3.0, 0.0], cubicGradient(w)]
    var one = ForwardSweep<Dual<Double>>(at: w)
    #expect(one.jacobian(of: outputs) == expected)
    var two = ForwardSweep<DualVector<2, Double>>(at: w)
    #expect(two.jacobian(of: outputs) == expected)
  }
}

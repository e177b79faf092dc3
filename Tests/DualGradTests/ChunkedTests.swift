import DualGrad
import DualGradML
import DualGradTestSupport
import Foundation
import Testing

/// A function of many variables with every kind of operation, generic so the
/// same code runs with one partial and with chunks.
func mixture<S: RealScalar>(_ w: [S]) -> S {
  var sum: S = 0
  for i in w.indices {
    let next = w[(i + 1) % w.count]
    sum += tanh(w[i]) * next + exp(w[i] / 4) / (1 + next * next) + sqrt(1 + w[i] * w[i])
  }
  return sum + rosenbrock(w)
}

func vectorMixture<S: RealScalar>(_ w: [S]) -> [S] {
  [w[0] * w[w.count - 1], sin(w[1]) + w[0], mixture(w), log(2 + w[2] * w[2])]
}

@Suite("Chunk mode equals one-partial sweeps")
struct ChunkedTests {
  static let points: [[Double]] = {
    var generator = SeededGenerator(seed: 7)
    return [1, 2, 3, 5, 8, 11].map { n in (0..<n).map { _ in Double.random(in: -1.5...1.5, using: &generator) } }
  }()

  @Test("gradients agree for chunk sizes 1, 3, 4 and 8", arguments: points)
  func gradients(w: [Double]) {
    let reference = valueWithGradient(of: mixture, at: w)
    let g1 = valueWithGradient(of: mixture, at: w, chunk: Chunk<1>())
    let g3 = valueWithGradient(of: mixture, at: w, chunk: Chunk<3>())
    let g4 = gradient(of: mixture, at: w, chunk: Chunk<4>())
    let g8 = gradient(of: mixture, at: w, chunk: Chunk<8>())
    #expect(g1.gradient == reference.gradient && g1.value == reference.value)
    #expect(g3.gradient == reference.gradient && g3.value == reference.value)
    #expect(g4 == reference.gradient)
    #expect(g8 == reference.gradient)
  }

  @Test("Jacobians agree for chunk sizes 2 and 4", arguments: points.filter { $0.count >= 3 })
  func jacobians(w: [Double]) {
    let reference = jacobian(of: vectorMixture, at: w)
    #expect(jacobian(of: vectorMixture, at: w, chunk: Chunk<2>()) == reference)
    #expect(jacobian(of: vectorMixture, at: w, chunk: Chunk<4>()) == reference)
  }

  @Test("Hessians agree for chunk sizes 2 and 4", arguments: points)
  func hessians(w: [Double]) {
    let reference = hessian(of: mixture, at: w)
    let h2 = hessian(of: mixture, at: w, chunk: Chunk<2>())
    let h4 = hessian(of: mixture, at: w, chunk: Chunk<4>())
    for i in w.indices {
      for j in w.indices {
        #expect(h2[i][j] == reference[i][j], "entry \(i),\(j)")
        #expect(h4[i][j] == reference[i][j], "entry \(i),\(j)")
      }
    }
  }

  @Test("every elementary function runs through DualVector with the same partials as Dual")
  func elementaryFunctions() {
    let x = 0.3
    let functions: [(String, (DualVector<2, Double>) -> DualVector<2, Double>, (Dual<Double>) -> Dual<Double>)] = [
      ("exp", { exp($0) }, { exp($0) }), ("log", { log($0) }, { log($0) }), ("sqrt", { sqrt($0) }, { sqrt($0) }),
      ("tanh", { tanh($0) }, { tanh($0) }), ("sigmoid", { sigmoid($0) }, { sigmoid($0) }),
      ("asin", { asin($0) }, { asin($0) }), ("atan2", { atan2($0, 1 - $0) }, { atan2($0, 1 - $0) }),
      ("pow", { pow($0, $0) }, { pow($0, $0) }), ("erf", { erf($0) }, { erf($0) }),
      ("softplus", { softplus($0) }, { softplus($0) }), ("cbrt", { cbrt($0) }, { cbrt($0) }),
    ]
    for (name, vectorForm, scalarForm) in functions {
      let v = vectorForm(DualVector(x, seededAt: 1))
      let s = scalarForm(Dual(x, derivative: 1))
      #expect(v.value == s.value, "\(name)")
      #expect(v.partials[1] == s.derivative && v.partials[0] == 0, "\(name)")
    }
  }
}

/// The test function as a `ScalarFunction`, so the library picks the chunk.
struct Mixture: ScalarFunction {
  func callAsFunction<S: RealScalar>(_ w: [S]) -> S { mixture(w) }
}

@Suite("Automatic chunk size")
struct AutomaticChunkTests {
  @Test(
    "gradient and Hessian of a ScalarFunction equal the one-partial ones for every size", arguments: ChunkedTests.points
  )
  func automatic(w: [Double]) {
    let reference = valueWithGradient(of: mixture, at: w)
    let automatic = valueWithGradient(of: Mixture(), at: w)
    #expect(automatic.value == reference.value)
    #expect(automatic.gradient == reference.gradient)
    #expect(gradient(of: Mixture(), at: w) == reference.gradient)
    let h = hessian(of: Mixture(), at: w)
    let hReference = hessian(of: mixture, at: w)
    for i in w.indices {
      for j in w.indices { #expect(h[i][j] == hReference[i][j], "entry \(i),\(j)") }
    }
  }

  @Test("one workspace, reused across sizes and points, gives the one-partial gradients")
  func workspace() {
    var workspace = GradientWorkspace()
    var gradient: [Double] = []
    // Each size twice at different points, so a stale point would show.
    for w in ChunkedTests.points + ChunkedTests.points.map({ $0.map { $0 / 2 } }) {
      let reference = valueWithGradient(of: mixture, at: w)
      #expect(valueWithGradient(of: Mixture(), at: w, into: &gradient, workspace: &workspace) == reference.value)
      #expect(gradient == reference.gradient, "n = \(w.count)")
    }
  }
}

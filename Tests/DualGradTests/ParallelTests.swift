import DualGrad
import DualGradML
import DualGradTestSupport
import Foundation
import Synchronization
import Testing

@Suite("Parallel sweeps equal serial ones bit for bit")
struct ParallelTests {
  @Test("elementwiseDerivative over 100,003 points")
  func elementwise() {
    let points = linspace(-7.0, 7.0, count: 100_003)
    let f: @Sendable (Dual<Double>) -> Dual<Double> = { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }
    let serial = elementwiseDerivative(of: f, over: points)
    let parallel = elementwiseDerivative(of: f, over: points, parallelism: .automatic)
    #expect(parallel.count == serial.count)
    #expect(parallel.elementsEqual(serial) { $0.bitPattern == $1.bitPattern })
  }

  @Test("a parallel sweep started inside another one's formula takes the general path and agrees")
  func nestedSweep() {
    // The outer sweep holds the fast path's global for its whole run, so the
    // inner sweep, started from its formula at one point, always finds it taken.
    let inner = linspace(-3.0, 3.0, count: 40_000)
    let g: @Sendable (Dual<Double>) -> Dual<Double> = { x in x * exp(-x * x) }
    let innerSlopes = Mutex<[Double]>([])
    let outer = (0..<40_000).map(Double.init)
    let outerSlopes = elementwiseDerivative(
      of: { x in
        if x.value == 20_000 {
          innerSlopes.withLock { $0 = elementwiseDerivative(of: g, over: inner, parallelism: .automatic) }
        }
        return x * x
      }, over: outer, parallelism: .automatic)
    let serial = elementwiseDerivative(of: g, over: inner)
    #expect(outerSlopes.elementsEqual(outer.map { 2 * $0 }))
    innerSlopes.withLock { slopes in
      #expect(slopes.count == serial.count)
      #expect(slopes.elementsEqual(serial) { $0.bitPattern == $1.bitPattern })
    }
  }

  @Test("elementwiseDerivative(into:parallelism:) over 100,003 points equals the serial form and reuses the buffer")
  func elementwiseIntoBuffer() {
    let points = linspace(-7.0, 7.0, count: 100_003)
    let f: @Sendable (Dual<Double>) -> Dual<Double> = { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }
    let serial = elementwiseDerivative(of: f, over: points)
    var slopes = [Double](repeating: .nan, count: 3)
    elementwiseDerivative(of: f, over: points, into: &slopes, parallelism: .automatic)
    #expect(slopes.elementsEqual(serial) { $0.bitPattern == $1.bitPattern })
    let storage = slopes.withUnsafeBufferPointer { $0.baseAddress }
    slopes[7] = .nan
    elementwiseDerivative(of: f, over: Array(points), into: &slopes, parallelism: .automatic)
    #expect(slopes.withUnsafeBufferPointer { $0.baseAddress } == storage)
    #expect(slopes.elementsEqual(serial) { $0.bitPattern == $1.bitPattern })
    elementwiseDerivative(of: f, over: [Double](), into: &slopes, parallelism: .automatic)
    #expect(slopes.isEmpty)
    elementwiseDerivative(of: { x in x * x }, over: [0.5, 1.5], into: &slopes, parallelism: .automatic)
    #expect(slopes == [1, 3])
  }

  @Test("small inputs stay serial and still agree")
  func smallInput() {
    let points = [0.5, 1.5]
    let slopes = elementwiseDerivative(of: { x in x * x }, over: points, parallelism: .automatic)
    #expect(slopes == [1, 3])
    #expect(elementwiseDerivative(of: { x in x * x }, over: [Double](), parallelism: .automatic).isEmpty)
    let range = linspace(0.0, 1.0, count: 50_000)
    let serial = elementwiseDerivative(of: { x in x * x }, over: range, parallelism: .serial)
    #expect(serial.elementsEqual(range.map { 2 * $0 }))
  }

  @Test("a gradient of 100 components")
  func gradient() {
    var generator = SeededGenerator(seed: 11)
    let w = (0..<100).map { _ in Double.random(in: -1...1, using: &generator) }
    let f: @Sendable ([Dual<Double>]) -> Dual<Double> = { mixture($0) }
    let serial = valueWithGradient(of: f, at: w)
    let parallel = valueWithGradient(of: f, at: w, parallelism: .automatic)
    #expect(parallel.value.bitPattern == serial.value.bitPattern)
    #expect(parallel.gradient.elementsEqual(serial.gradient) { $0.bitPattern == $1.bitPattern })
  }
}

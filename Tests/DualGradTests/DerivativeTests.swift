import DualGrad
import DualGradTestSupport
import Foundation
import Testing

/// A generic user function: the same code serves the value, the first and the
/// second derivative.
func sigmoidOfSquare<S: RealScalar>(_ x: S) -> S { 1 / (1 + exp(-x * x)) }

@Suite("Derivatives of one variable")
struct DerivativeTests {
  @Test("the slope of x/2 is 0.5 at 3")
  func halfSlope() {
    #expect(derivative(of: { x in x / 2 }, at: 3.0) == 0.5)
  }

  @Test("tanh written with exp has slope 0.419974341614026 at 1 (autograd tutorial)")
  func tanhWithExp() {
    let slope = derivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, at: 1.0)
    #expect(abs(slope - 0.419974341614026) <= 1e-15)
  }

  @Test("valueWithDerivative returns both parts of one evaluation")
  func valueAndDerivative() {
    let result = valueWithDerivative(of: { x in x * x * x }, at: 2.0)
    #expect(result.value == 8)
    #expect(result.derivative == 12)
  }

  @Test("secondDerivative of x³ is 6x")
  func secondOfCube() {
    #expect(secondDerivative(of: { x in x * x * x }, at: 2.0) == 12)
    #expect(secondDerivative(of: { x in x * x * x }, at: -0.5) == -3)
  }

  @Test("a generic function passes to value, derivative and second derivative alike")
  func genericFunction() {
    // References from mpmath (mp.dps = 30): f = 1/(1+exp(-x²)) at x = 0.5.
    #expect(isClose(sigmoidOfSquare(0.5), 0.5621765008857981, tolerance: 1e-15))
    #expect(isClose(derivative(of: sigmoidOfSquare, at: 0.5), 0.2461340827375983, tolerance: 1e-14))
    #expect(isClose(secondDerivative(of: sigmoidOfSquare, at: 0.5), 0.4616606534484779, tolerance: 1e-14))
  }

  @Test("elementwiseDerivative of tanh over linspace(-7, 7, 200) matches 1/cosh² to 1e-15")
  func tanhSlopes() {
    let points = linspace(-7.0, 7.0, count: 200)
    let slopes = elementwiseDerivative(of: { x in tanh(x) }, over: points)
    #expect(slopes.count == 200)
    for (x, slope) in zip(points, slopes) {
      let expected = 1 / (cosh(x) * cosh(x))
      #expect(abs(slope - expected) <= 1e-15, "at x = \(x)")
    }
    // The bell peaks just under 1 at ±7/199, the points closest to 0.
    #expect(slopes.max()! > 0.998 && slopes.max()! < 1)
  }

  @Test("elementwiseDerivative accepts any sequence")
  func anySequence() {
    let slopes = elementwiseDerivative(of: { x in x * x }, over: stride(from: 1.0, through: 3.0, by: 1.0))
    #expect(slopes == [2, 4, 6])
  }

  @Test("elementwiseDerivative(into:) writes the array form's slopes into the caller's storage, reusing it")
  func intoBuffer() {
    let points = linspace(-3.0, 3.0, count: 101)
    var slopes: [Double] = []
    elementwiseDerivative(of: { x in tanh(x) * exp(x) }, over: points, into: &slopes)
    #expect(slopes == elementwiseDerivative(of: { x in tanh(x) * exp(x) }, over: points))
    // Same count: the same storage is written again, not a new array.
    let before = slopes.withUnsafeBufferPointer { $0.baseAddress }
    elementwiseDerivative(of: { x in x * x }, over: Array(points), into: &slopes)
    #expect(slopes.withUnsafeBufferPointer { $0.baseAddress } == before)
    #expect(slopes == points.map { 2 * $0 })
    // Another count: resized; an empty input gives an empty result.
    elementwiseDerivative(of: { x in x * x }, over: [1.0, 2.0], into: &slopes)
    #expect(slopes == [2, 4])
    elementwiseDerivative(of: { x in x * x }, over: [Double](), into: &slopes)
    #expect(slopes.isEmpty)
  }

  @Test("Float and Float80 differentiate like Double")
  func otherScalars() {
    #expect(derivative(of: { (x: Dual<Float>) in x * x }, at: Float(3)) == 6)
    #if arch(x86_64) && !os(Windows)
    #expect(derivative(of: { (x: Dual<Float80>) in x * x }, at: Float80(3)) == 6)
    #endif
  }
}

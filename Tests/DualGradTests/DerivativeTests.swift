import DualGrad
import DualGradTestSupport
import Foundation
import Testing

@Suite("Derivative of one variable")
struct DerivativeTests {
  @Test("the slope of x/2 is 0.5 at 3")
  func halfSlope() {
    #expect(derivative(of: { x in x / 2 }, at: 3.0) == 0.5)
  }

  @Test("tanh written with exp has slope 0.419974341614026 at 1")
  func tanhWithExp() {
    let slope = derivative(of: { x in (1 - exp(-2 * x)) / (1 + exp(-2 * x)) }, at: 1.0)
    #expect(abs(slope - 0.419974341614026) <= 1e-15)
  }
}

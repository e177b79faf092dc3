// Nested derivatives must keep each level's perturbation apart: the classic
// d/dx [x · d/dy (x + y)] question, asked the right way and the wrong way.
import DualGrad
import Testing

@Suite("Nested derivatives do not confuse perturbations")
struct PerturbationConfusionTests {
  @Test("d/dx [x · d/dy (x + y) at y = 1] at x = 1 is 1 when the inner derivative is taken at the inner type")
  func rightWay() {
    let outer = derivative(
      of: { (x: Dual<Double>) in
        // The inner variable lives one level deeper: Dual<Dual<Double>>.
        x * derivative(of: { (y: Dual<Dual<Double>>) in Dual(x) + y }, at: Dual(1.0))
      }, at: 1.0)
    #expect(outer == 1)
  }

  @Test("the same question asked at one level mixes the two tangents and answers 2")
  func wrongWayIsVisible() {
    // Documented pitfall (Playground-notes.md): x and y share one tangent slot.
    let outer = derivative(
      of: { (x: Dual<Double>) in
        let inner = derivative(of: { (y: Dual<Double>) in x + y }, at: 1.0)
        return x * Dual(inner)
      }, at: 1.0)
    #expect(outer == 2)
  }

  @Test("d/dx [d/dy (x·y) at y = 2] at x = 3 is 1")
  func mixedProduct() {
    let outer = derivative(
      of: { (x: Dual<Double>) in
        derivative(of: { (y: Dual<Dual<Double>>) in Dual(x) * y }, at: Dual(2.0))
      }, at: 3.0)
    #expect(outer == 1)
  }
}

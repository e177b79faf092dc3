import DualGrad
import DualGradTestSupport
import Foundation
import Testing

@Suite("The Dual type")
struct DualTests {
  @Test("Dual(3) is the constant 3 at every nesting level")
  func constants() {
    let single = Dual<Double>(3)
    #expect(single.value == 3 && single.derivative == 0)
    let double = Dual<Dual<Double>>(3)
    #expect(double.value.value == 3 && double.value.derivative == 0)
    #expect(double.derivative.isZero)
    let literal: Dual<Dual<Double>> = 2.5
    #expect(literal.value.value == 2.5 && literal.derivative.isZero && literal.value.derivative == 0)
  }

  @Test("a labelled derivative seeds a variable")
  func seeding() {
    let x = Dual<Double>(2, derivative: 1)
    let y = x * x * x
    #expect(y.value == 8 && y.derivative == 12)
  }

  @Test("a Dual operand whose type is inferred combines with a Dual, as the operators' doc examples write it")
  func inferredDualOperand() {
    // These stopped compiling once when the generic Dual-with-Dual operators
    // were disfavoured ("ambiguous use of operator"): this file compiling is
    // half the test.
    // Each expression stands alone, outside #expect, whose expansion gives the
    // type checker more context than a user's `let` does.
    let x = Dual<Double>(2, derivative: -1)
    let product = x * Dual(2, derivative: 1)
    let sum = x + Dual(1)
    let difference = x - Dual(2.5)
    let quotient = x / Dual(2)
    let constantFirst = Dual(0) * x
    let docExample = Dual<Double>(3, derivative: 1) * Dual(3, derivative: 1)
    let y = Dual<Float>(2, derivative: -1)
    let floatProduct = y * Dual(2, derivative: 1)
    #expect(product.derivative == 0)
    #expect(sum.derivative == -1)
    #expect(difference.value == -0.5)
    #expect(quotient.derivative == -0.5)
    #expect(constantFirst.derivative == 0)
    #expect(docExample.derivative == 6)
    #expect(floatProduct.derivative == 0)
  }

  @Test("arithmetic mixes Dual and plain scalars on either side")
  func mixedArithmetic() {
    let x = Dual<Double>(2, derivative: 1)
    let c = 3.0
    #expect((x + c).derivative == 1 && (c + x).value == 5)
    #expect((x - c).value == -1 && (c - x).derivative == -1)
    #expect((x * c).derivative == 3 && (c * x).derivative == 3)
    #expect((x / c).derivative == 1 / 3.0 && (c / x).derivative == -0.75)
    var y = x
    y += c
    y -= 1
    y *= c
    y /= 2
    #expect(y.value == 6 && y.derivative == 1.5)
    var z = x
    z += x
    z *= x
    z -= x
    z /= x
    #expect(z.value == 3 && z.derivative == 2)  // (2x² − x)/x = 2x − 1
    #expect((-x).derivative == -1)
  }

  @Test("a Double constant mixes with Dual<Dual<Double>> on either side; nil is not a constant and traps")
  func doubleConstantWithSecondOrder() async {
    let x = Dual(Dual(3.0, derivative: 1), derivative: 1)
    let c = 2.0
    let mixed = [c + x, x + c, c - x, x - c, c * x, x * c, c / x, x / c]
    let expected = [5.0, 5, -1, 1, 6, 6, 2.0 / 3, 1.5]
    #expect(mixed.map(\.value.value) == expected)
    // d²/dx² of c / x is 2c / x³; of every other form it is 0.
    #expect(mixed.map(\.derivative.derivative) == [0, 0, 0, 0, 0, 0, 4.0 / 27, 0])
    await #expect(processExitsWith: .failure) {
      let x = Dual(Dual(3.0, derivative: 1), derivative: 1)
      let missing: Double? = nil
      _ = x + missing
    }
  }

  @Test("a literal times an infinite variable keeps a finite slope (no 0·∞)")
  func literalTimesInfinity() {
    let x = Dual<Double>(.infinity, derivative: 1)
    #expect((2 * x).derivative == 2)
    #expect((x * 2).derivative == 2)
  }

  @Test("a product with a constant adds −0 for the constant's tangent: a −0 tangent keeps its sign, constants stay +0")
  func productWithConstantAddsNegativeZero() {
    // x′·c underflows to −0 (1e-200 · −1e-200); the constant's part must not
    // turn it into +0, which is what lets the compiler drop the addition.
    let x = Dual<Double>(1, derivative: 1e-200)
    let c = Dual<Double>(-1e-200)
    #expect((x * c).derivative.sign == .minus && (x * c).derivative == 0)
    let v = DualVector<2, Double>(1, partials: [1e-200, 1])
    #expect((v * DualVector(-1e-200))[tangent: 0].sign == .minus)
    // Two constants: +0 + −0 is +0, as before.
    #expect((Dual<Double>(2) * Dual(3)).derivative.sign == .plus)
    #expect((DualVector<2, Double>(2) * DualVector(3))[tangent: 1].sign == .plus)
  }

  @Test("comparisons and equality use the value only")
  func comparisons() {
    let a = Dual<Double>(1, derivative: 5)
    let b = Dual<Double>(1, derivative: -5)
    #expect(a == b)
    #expect(!(a < b) && !(b < a))
    #expect(Dual<Double>(-1, derivative: 9) < a)
    #expect(Set([a, b]).count == 1)
    let branch = { (x: Dual<Double>) in x < 0 ? -x : x }
    #expect(branch(Dual(-2, derivative: 1)).derivative == -1)
  }

  @Test("isZero asks for every part to be zero")
  func isZero() {
    #expect(Dual<Double>(0).isZero)
    #expect(!Dual<Double>(0, derivative: 1).isZero)
    #expect(Dual<Double>(0, derivative: 1) == 0)
  }

  @Test("isZeroTangent, the chain rules' guard, answers as isZero does, for floats and nested duals")
  func isZeroTangent() {
    for x in [0.0, -0.0, .leastNonzeroMagnitude, -.leastNormalMagnitude, 1, .infinity, -.infinity, .nan] {
      #expect(x.isZeroTangent == x.isZero, "Double \(x)")
      #expect(Float(x).isZeroTangent == Float(x).isZero, "Float \(x)")
    }
    #expect(Dual<Double>(-0.0).isZeroTangent)
    #expect(!Dual<Double>(0, derivative: 1).isZeroTangent)
    #expect(!Dual<Double>(0, derivative: .nan).isZeroTangent)
    #expect(!Dual<Dual<Double>>(Dual(0, derivative: 1)).isZeroTangent)
    #expect(Taylor<Double>(constant: 0, order: 3).isZeroTangent)
    #expect(!Taylor<Double>(variable: 0, order: 3).isZeroTangent)
  }

  @Test("a nested tangent that is zero in value but not in its own derivative is not skipped: (exp(x²))″(0) = 2")
  func nestedTangentZeroOnlyInValue() {
    // At x = 0 the tangent of x² is 0 + 2ε: `== 0` (the value only) would
    // call it zero and drop the second derivative.
    #expect(secondDerivative(of: { x in exp(x * x) }, at: 0.0) == 2)
    #expect(secondDerivative(of: { x in sqrt(1 + x * x) }, at: 0.0) == 1)
  }

  @Test("Codable round-trips through JSON with named parts")
  func codable() throws {
    let x = Dual<Double>(1.5, derivative: -2)
    let data = try JSONEncoder().encode(x)
    #expect(String(decoding: data, as: UTF8.self).contains("\"derivative\""))
    let back = try JSONDecoder().decode(Dual<Double>.self, from: data)
    #expect(back.value == 1.5 && back.derivative == -2)
  }

  @Test("description shows value and derivative, nested in parentheses")
  func description() {
    #expect(Dual<Double>(3, derivative: -1).description == "3.0 - 1.0ε")
    #expect(Dual<Double>(3, derivative: 1).description == "3.0 + 1.0ε")
    let nested = Dual<Dual<Double>>(Dual(1, derivative: 2), derivative: Dual(2))
    #expect(nested.description == "(1.0 + 2.0ε) + (2.0 + 0.0ε)ε")
  }

  @Test("integer powers: pow(0, 0) is 1 and Int.min keeps parity without overflow")
  func integerPowers() {
    #expect(Double.pow(0, 0) == 1)
    #expect(Double.pow(-1, Int.min) == 1)
    #expect(Double.pow(-1, Int.max) == -1)
    #expect(Double.pow(2, -1074) == 0x1p-1074)
    #expect(Double.pow(0.5, Int.min) == .infinity)
    #expect(Double.pow(-2, 3) == -8)
  }
}

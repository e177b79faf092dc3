import DualGrad
import DualGradTestSupport
import Testing

// The closures of ClosureFormulas.swift evaluated; every expected value is from
// mpmath (`mp.dps = 30`, `diff` of the same formula), rounded to Double.
@Suite("Closures written as users write them give the right derivatives")
struct ClosureFormulaTests {
  private func close(_ actual: [Double], _ expected: [Double]) -> Bool {
    actual.count == expected.count && zip(actual, expected).allSatisfy { isClose($0, $1, tolerance: 1e-13) }
  }

  @Test("one variable, captured constants: derivative, valueWithDerivative, secondDerivative")
  func oneVariable() {
    #expect(isClose(ClosureFormulas.cubicSlope(), 20.5, tolerance: 1e-15))
    #expect(isClose(ClosureFormulas.gaussianSlope(), -0.08810226671006976690, tolerance: 1e-14))
    #expect(isClose(ClosureFormulas.normalisedGaussianSlope(), -0.02343181279323364042, tolerance: 1e-14))
    let gaussian = ClosureFormulas.normalisedGaussianValueAndSlope()
    #expect(isClose(gaussian.value, 0.26360789392387845467, tolerance: 1e-14))
    #expect(isClose(gaussian.derivative, -0.02343181279323364042, tolerance: 1e-14))
    #expect(isClose(ClosureFormulas.tanhByExponentials(), 0.41997434161402606939, tolerance: 1e-14))
    #expect(isClose(ClosureFormulas.trigonometricWithPi(), 1.47544581704265085147, tolerance: 1e-14))
    #expect(isClose(ClosureFormulas.powersAndLogarithm(), 12.43026659545328743485, tolerance: 1e-14))
    #expect(ClosureFormulas.floatConstant() == 12)
    let (value, slope) = ClosureFormulas.cubicValueAndSlope()
    #expect(value == 16 && slope == 20.5)
    #expect(ClosureFormulas.cubicTermSecondDerivative() == 24)
    #expect(ClosureFormulas.quadraticSecondDerivative() == 4)
    #expect(isClose(ClosureFormulas.cubicOverSixSecondDerivative(), 1, tolerance: 1e-15))
    #expect(isClose(ClosureFormulas.cubicSecondDerivative(), 22, tolerance: 1e-15))
    #expect(isClose(ClosureFormulas.normalisedGaussianSecondDerivative(), -0.11507623616232521182, tolerance: 1e-14))
  }

  @Test("Taylor series and elementwise slopes of closures with captured constants")
  func seriesAndElementwise() {
    #expect(close(ClosureFormulas.cubicSeries(), [16, 20.5, 22, 12]))
    #expect(
      close(
        ClosureFormulas.normalisedGaussianSeries(),
        [
          0.26360789392387845467, -0.02343181279323364042, -0.11507623616232521182,
          0.03105727680841436586, 0.15067433472235233879,
        ]))
    #expect(ClosureFormulas.cubicSlopes() == [4.5, 20.5])
  }

  @Test("several variables: gradient, valueWithGradient, directionalDerivative, jacobian, hessian, chunked")
  func severalVariables() {
    #expect(ClosureFormulas.rosenbrockGradient() == [-51, 50])
    #expect(ClosureFormulas.quadraticFormGradient() == [2, 1])
    let (value, grad) = ClosureFormulas.gaussianTimesSineValueAndGradient()
    #expect(isClose(value, 0.81548526562775015454, tolerance: 1e-14))
    #expect(close(grad, [-0.25370652708418893697, -0.37321299228404414200]))
    #expect(ClosureFormulas.quadraticFormAlongFirstAxis() == 2)
    let jacobianRows = ClosureFormulas.threeComponentJacobian()
    #expect(jacobianRows.count == 3)
    #expect(close(jacobianRows.flatMap { $0 }, [4, 2, 0.54030230586813971740, -1, 1 / 1.5, 0]))
    #expect(ClosureFormulas.rosenbrockHessian() == [[102, -200], [-200, 200]])
    #expect(ClosureFormulas.quadraticFormHessian() == [[4, -1], [-1, 1]])
    #expect(ClosureFormulas.rosenbrockChunkedGradient() == [-51, 50])
    #expect(close(ClosureFormulas.chunkedJacobian().flatMap { $0 }, [4, 2, 0.54030230586813971740, -1]))
  }

  @Test("nested derivatives over captured outer variables keep their perturbations apart")
  func nested() {
    // D(x -> x · D(y -> x + y)) = 1; confusing the two tangents gives 2.
    #expect(ClosureFormulas.nestedSum() == 1)
    // Playground-notes.md's two spellings: an inner derivative at a plain
    // literal is taken at x's own level (the documented wrong way, 2); at
    // `Dual(1.0)` it is one level deeper, where x mixes in as a constant (1).
    let wrongWay: Double = derivative(of: { x in x * derivative(of: { y in x + y }, at: 1.0) }, at: 1.0)
    let rightWay: Double = derivative(of: { x in x * derivative(of: { y in x + y }, at: Dual(1.0)) }, at: 1.0)
    #expect(wrongWay == 2)
    #expect(rightWay == 1)
    // ∇_q [∂²/∂p₀² (p₀² q₀ + a p₁² q₁) + ∂/∂p₁ (p₀ q₁ + c p₁²)] at p = q = (1, 2) = (2, 2c).
    #expect(ClosureFormulas.gradientOfHessianAndGradient() == [2, 1])
    // d²/dx² [a x e^(a x²) − 1] at 0.5
    #expect(isClose(ClosureFormulas.secondDerivativeOfInnerDerivative(), 26.37954033120205034958, tolerance: 1e-13))
  }

  @Test("generic user functions, and constants mixed at every nesting level")
  func genericAndMixed() {
    #expect(
      close(
        ClosureFormulas.sigmoidOfSquareValueAndDerivatives(),
        [
          0.56217650088579810403, 0.24613408273759834759, 0.46166065344847792020,
        ]))
    // x t + t x − x/t + t with x = 3 + ε, t = 2: value 12.5, slope 2t − 1/t = 3.5.
    let mixed = ClosureFormulas.mixedInGenericCode(Dual<Double>(3, derivative: 1), 2.0)
    #expect(mixed.value == 12.5 && mixed.derivative == 3.5)
    // x³/6 − a x at x = 1: f″ = x = 1.
    let second = ClosureFormulas.cubicOverSecondOrder(Dual(Dual(1, derivative: 1), derivative: 1))
    #expect(second.derivative.derivative == 1)
    // x y + a x − y/x with x = 2 + ε (three levels), y = 3 constant at the lower level:
    // value 6 + 4 − 1.5 = 8.5; ∂x = y + a + y/x² = 5.75.
    let x = Dual<Dual<Dual<Double>>>(2, derivative: 1)
    let third = ClosureFormulas.thirdOrderWithOuterVariable(x, Dual(3))
    #expect(third.value.value.value == 8.5 && third.derivative.value.value == 5.75)
  }

  @Test("chunked forms with captured constants, a Hessian with an open result type, elementwise Gaussian slopes")
  func chunkedAndOpenResultTypes() {
    // a w₀² + b w₀ w₁ + c w₁² + d at (1, 2): 2 − 2 + 2 + 3 = 5; ∇ = (2a w₀ + b w₁, b w₀ + 2c w₁) = (2, 1).
    let (value, gradient) = ClosureFormulas.quadraticFormChunkedValueAndGradient()
    #expect(value == 5 && gradient == [2, 1])
    #expect(ClosureFormulas.quadraticFormChunkedHessian() == [[4, -1], [-1, 1]])
    #expect(ClosureFormulas.hessianWithOpenResultType() == [[4, -1], [-1, 0]])
    #expect(ClosureFormulas.chunkedHessianWithOpenResultType() == [[4, -1], [-1, 0]])
    // Rosenbrock at (0.5, 0.5): [[2 − 400 (w₁ − 3 w₀²), −400 w₀], [−400 w₀, 200]] (mpmath: 102, −200, 200).
    #expect(ClosureFormulas.rosenbrockChunkedHessianWithOpenResultType() == [[102, -200], [-200, 200]])
    #expect(
      close(
        ClosureFormulas.normalisedGaussianSlopesOverLinspace(),
        [
          0.105554787441818360831, 0.0820275894937891301059, 0.0347593505755960780452,
          -0.0234318127932336404151, -0.0742069334570602256765,
        ]))
    // ∂₀ = −a/w₀² + 1/c + 1 = 1; ∂₁ = −d (b − 2 w₁) − 1 + 1 = 15 (Float: 2 · 5 = 10).
    let bothSides = ClosureFormulas.chunkedConstantsOnBothSides()
    #expect(bothSides.double == [1, 15])
    #expect(bothSides.float == [1, 10])
  }

  @Test("Float points and captured Float constants in every kind of entry point")
  func floatConstants() {
    // fa x³ + fb x² + fc x at 2 with (fa, fb, fc) = (2, −1, 0.5): 13, 20.5, 22, 12.
    #expect(ClosureFormulas.floatCubicSecondDerivative() == 22)
    #expect(ClosureFormulas.floatCubicSeries() == [13, 20.5, 22, 12])
    #expect(ClosureFormulas.floatQuadraticFormHessian() == [[4, -1], [-1, 1]])
    let chunked = ClosureFormulas.floatQuadraticFormChunked()
    #expect(chunked.value == 2 && chunked.gradient == [2, 1])
    #expect(chunked.hessian == [[4, -1], [-1, 1]])
  }
}

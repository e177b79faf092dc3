// The names README.md and Playground-notes.md use without defining them, so
// that every ```swift block there type-checks as written (.ci/doc-blocks/check).
// A block that defines one of these names itself shadows the prelude's.
import DualGrad
import DualGradML

/// The Rosenbrock function summed over consecutive pairs, written once for
/// every scalar type.
public func rosenbrock<S: RealScalar>(_ w: [S]) -> S {
  var sum: S = 0
  for i in 0..<(w.count - 1) {
    let a = 1 - w[i], b = w[i + 1] - w[i] * w[i]
    sum += a * a + 100 * b * b
  }
  return sum
}

/// `rosenbrock` as a `ScalarFunction`, for the automatic chunk size.
public struct Rosenbrock: ScalarFunction {
  public init() {}
  public func callAsFunction<S: RealScalar>(_ w: [S]) -> S { rosenbrock(w) }
}

/// A point with 20 components.
public let w: [Double] = (0..<20).map { Double($0) / 20 }

/// The four-row data set of README.md's logistic-regression example.
public let data = try! Dataset(
  rows: [[0.52, 1.12, 0.77], [0.88, -1.08, 0.15], [0.52, 0.06, -1.30], [0.74, -2.49, 1.39]],
  labels: [1, 1, 0, 1])

/// A model for that data set.
nonisolated(unsafe) public var model = LogisticRegression(featureCount: 3, hasBias: false)

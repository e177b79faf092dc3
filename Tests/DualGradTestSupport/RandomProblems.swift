import DualGradML

/// A random logistic-regression problem: `rows` samples of `features` standard
/// normal features with fair-coin labels, and parameters (one per feature, plus
/// a bias when `hasBias`) drawn with standard deviation 0.7. The same seed
/// gives the same problem on every run.
///
/// ```swift
/// let (data, parameters) = try randomLogisticProblem(seed: 5, rows: 10, features: 3, hasBias: true)
/// parameters.count   // 4
/// ```
public func randomLogisticProblem(seed: UInt64, rows: Int, features: Int, hasBias: Bool) throws -> (Dataset, [Double]) {
  var random = SeededGenerator(seed: seed)
  let data = try Dataset(count: rows, featureCount: features) { _, row in
    for j in row.indices { row[j] = Double.randomNormal(using: &random) }
    return Bool.random(using: &random) ? 1 : 0
  }
  let parameters = (0..<(features + (hasBias ? 1 : 0))).map { _ in
    Double.randomNormal(standardDeviation: 0.7, using: &random)
  }
  return (data, parameters)
}

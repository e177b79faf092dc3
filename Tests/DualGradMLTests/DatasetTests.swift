// The flat data-set type (Sources/DualGrad/Dataset.swift): layout, slicing and
// the errors that name the offending row.
import DualGrad
import DualGradML
import DualGradTestSupport
import Testing

@Suite("Dataset")
struct DatasetTests {
  @Test("rows are stored flat, row after row")
  func layout() throws {
    let data = try Dataset(rows: [[1, 2, 3], [4, 5, 6]], labels: [0, 1])
    #expect(data.features == [1, 2, 3, 4, 5, 6])
    #expect(data.featureCount == 3 && data.count == 2)
    #expect(Array(data.row(1)) == [4, 5, 6])
    #expect(data.column(2) == [3, 6])
    #expect(data[row: 1, feature: 0] == 4)
  }

  @Test("a table's last column is the label")
  func table() throws {
    let data = try Dataset(table: [1, 2, 0, 3, 4, 1], columnCount: 3)
    #expect(data == (try Dataset(rows: [[1, 2], [3, 4]], labels: [0, 1])))
  }

  @Test("a generator fills each row in order from zeros")
  func generator() throws {
    var random = SeededGenerator(seed: 5)
    let data = try Dataset(count: 3, featureCount: 2) { row, features in
      #expect(features == [0, 0])
      features[0] = Double(row)
      features[1] = Double.random(in: 0..<1, using: &random)
      return row == 1 ? 1 : 0
    }
    #expect(data.column(0) == [0, 1, 2] && data.labels == [0, 1, 0])
    var again = SeededGenerator(seed: 5)
    #expect(data[row: 0, feature: 1] == Double.random(in: 0..<1, using: &again))
  }

  @Test("rows(_:) keeps the chosen rows and their labels")
  func slicing() throws {
    let data = try Dataset(rows: [[1], [2], [3], [4]], labels: [0, 1, 1, 0])
    let tail = data.rows(1..<4)
    #expect(tail.features == [2, 3, 4] && tail.labels == [1, 1, 0])
  }

  @Test(
    "bad input names the row",
    arguments: [
      ([[1.0, 2], [3]], [0.0, 1], DatasetError.raggedRow(row: 1, expected: 2, found: 1)),
      ([[1.0], [3]], [0.0, 2], DatasetError.labelNotBinary(row: 1, value: 2)),
      ([[1.0], [3]], [0.0], DatasetError.labelCountMismatch(rows: 2, labels: 1)),
      ([[1.0], [.infinity]], [0.0, 1], DatasetError.nonFiniteFeature(row: 1, feature: 0, value: .infinity)),
      ([[], []], [0.0, 1], DatasetError.noFeatures),
    ])
  func errors(_ rows: [[Double]], _ labels: [Double], expected: DatasetError) {
    #expect(throws: expected) { try Dataset(rows: rows, labels: labels) }
  }

  @Test("the seeded normal draws have the asked mean and spread")
  func normalDraws() {
    var random = SeededGenerator(seed: 11)
    let draws = (0..<20_000).map { _ in Double.randomNormal(mean: 1.7, standardDeviation: 2, using: &random) }
    let mean = draws.reduce(0, +) / Double(draws.count)
    let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count - 1)
    // Standard errors: 2/√20000 ≈ 0.014 for the mean, about 0.04 for the variance of 4.
    #expect(abs(mean - 1.7) < 0.06)
    #expect(abs(variance - 4) < 0.2)
  }

  @Test("labels may be given as Bool or as Int 0/1; any other integer is an error naming the row")
  func boolAndIntegerLabels() throws {
    let rows: [[Double]] = [[0.5, 1], [2, -1], [3, 3]]
    let reference = try Dataset(rows: rows, labels: [1.0, 0.0, 1.0])
    #expect(try Dataset(rows: rows, labels: [true, false, true]) == reference)
    #expect(try Dataset(rows: rows, labels: [1, 0, 1] as [Int]) == reference)
    #expect(throws: DatasetError.labelNotBinary(row: 1, value: 2)) {
      try Dataset(rows: rows, labels: [1, 2, 0] as [Int])
    }
  }
}

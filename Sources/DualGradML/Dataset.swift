// A labelled data set for binary classification.
//
// The features live row after row in one flat buffer, so a loss evaluation
// streams through memory once per sweep instead of chasing one heap array per
// row (as `[[Double]]` would).
import DualGrad

/// Samples for binary classification: each row of features with a 0/1 label.
///
/// ```swift
/// let data = try Dataset(rows: [[0.52, 1.12], [0.88, -1.08]], labels: [1, 0])
/// data.count                  // 2
/// data[row: 1, feature: 0]    // 0.88
/// ```
public struct Dataset: Sendable, Equatable {
  /// Every feature value, row after row: `features[row * featureCount + feature]`.
  ///
  /// ```swift
  /// try Dataset(rows: [[1, 2], [3, 4]], labels: [0, 1]).features   // [1.0, 2.0, 3.0, 4.0]
  /// ```
  public let features: [Double]

  /// The label of each row, 0 or 1.
  ///
  /// ```swift
  /// try Dataset(rows: [[1], [2]], labels: [0, 1]).labels   // [0.0, 1.0]
  /// ```
  public let labels: [Double]

  /// The number of features in each row.
  ///
  /// ```swift
  /// try Dataset(features: [1, 2, 3, 4, 5, 6], labels: [0, 1], featureCount: 3).featureCount   // 3
  /// ```
  public let featureCount: Int

  /// The number of rows (samples).
  ///
  /// ```swift
  /// try Dataset(rows: [[1], [2], [3]], labels: [0, 1, 1]).count   // 3
  /// ```
  @inlinable
  public var count: Int { labels.count }

  /// Creates a data set from features already laid out row after row.
  ///
  /// ```swift
  /// let data = try Dataset(features: [1, 2, 3, 4], labels: [0, 1], featureCount: 2)
  /// data[row: 1, feature: 0]   // 3.0
  /// ```
  /// - Parameters:
  ///   - features: `labels.count * featureCount` values, row-major.
  ///   - labels: One label per row, each 0 or 1.
  ///   - featureCount: The number of features per row; at least 1.
  /// - Throws: ``DatasetError`` naming the first offending row.
  @inlinable
  public init(features: [Double], labels: [Double], featureCount: Int) throws(DatasetError) {
    guard featureCount >= 1 else { throw .noFeatures }
    guard features.count == labels.count * featureCount else {
      throw .featureCountMismatch(expected: labels.count * featureCount, found: features.count)
    }
    for (row, label) in labels.enumerated() where label != 0 && label != 1 {
      throw .labelNotBinary(row: row, value: label)
    }
    for (index, value) in features.enumerated() where !value.isFinite {
      throw .nonFiniteFeature(row: index / featureCount, feature: index % featureCount, value: value)
    }
    self.features = features
    self.labels = labels
    self.featureCount = featureCount
  }

  /// Creates a data set from one array of features per row.
  ///
  /// ```swift
  /// try Dataset(rows: [[0.5, 1], [2, -1]], labels: [1, 0]).featureCount   // 2
  /// ```
  /// - Throws: ``DatasetError/raggedRow(row:expected:found:)`` if the rows
  ///   differ in length, and the errors of ``init(features:labels:featureCount:)``.
  @inlinable
  public init(rows: [[Double]], labels: [Double]) throws(DatasetError) {
    guard rows.count == labels.count else { throw .labelCountMismatch(rows: rows.count, labels: labels.count) }
    let width = rows.first?.count ?? 0
    var flat: [Double] = []
    flat.reserveCapacity(rows.count * width)
    for (index, row) in rows.enumerated() {
      guard row.count == width else { throw .raggedRow(row: index, expected: width, found: row.count) }
      flat.append(contentsOf: row)
    }
    try self.init(features: flat, labels: labels, featureCount: width)
  }

  /// Creates a data set from rows of features and `true`/`false` labels
  /// (`true` is label 1).
  ///
  /// ```swift
  /// try Dataset(rows: [[0.5, 1], [2, -1]], labels: [true, false]).labels   // [1.0, 0.0]
  /// ```
  /// - Throws: The errors of the initializer with `Double` labels.
  @inlinable
  public init(rows: [[Double]], labels: [Bool]) throws(DatasetError) {
    try self.init(rows: rows, labels: labels.map { $0 ? 1.0 : 0.0 })
  }

  /// Creates a data set from rows of features and integer labels 0 or 1.
  ///
  /// ```swift
  /// try Dataset(rows: [[0.5, 1], [2, -1]], labels: [1, 0]).labels   // [1.0, 0.0]
  /// ```
  /// - Throws: ``DatasetError/labelNotBinary(row:value:)`` for a label other
  ///   than 0 or 1, and the errors of the initializer with `Double` labels.
  @inlinable
  public init(rows: [[Double]], labels: [Int]) throws(DatasetError) {
    try self.init(rows: rows, labels: labels.map(Double.init))
  }

  /// Creates a data set from a numeric table whose last column is the label,
  /// as a CSV file stores it (features, then 0/1).
  ///
  /// ```swift
  /// let data = try Dataset(table: [34.6, 78.0, 0, 30.3, 43.9, 0], columnCount: 3)
  /// (data.count, data.featureCount)   // (2, 2)
  /// ```
  /// - Parameters:
  ///   - values: The table, row after row.
  ///   - columnCount: Columns per row, the label included; at least 2.
  /// - Throws: ``DatasetError`` naming the first offending row.
  @inlinable
  public init(table values: [Double], columnCount: Int) throws(DatasetError) {
    guard columnCount >= 2 else { throw .noFeatures }
    guard values.count % columnCount == 0 else {
      throw .featureCountMismatch(expected: (values.count / columnCount + 1) * columnCount, found: values.count)
    }
    let rowCount = values.count / columnCount
    let featureCount = columnCount - 1
    var features: [Double] = []
    features.reserveCapacity(rowCount * featureCount)
    var labels: [Double] = []
    labels.reserveCapacity(rowCount)
    for row in 0..<rowCount {
      let start = row * columnCount
      features.append(contentsOf: values[start..<(start + featureCount)])
      labels.append(values[start + featureCount])
    }
    try self.init(features: features, labels: labels, featureCount: featureCount)
  }

  /// Creates `count` rows by calling `makeRow` for each, which fills the row's
  /// features in place and returns its label; use it with a seeded generator
  /// for reproducible synthetic data.
  ///
  /// ```swift
  /// var random = SeededGenerator(seed: 1)
  /// let data = try Dataset(count: 100, featureCount: 2) { row, features in
  ///   features[0] = Double.random(in: 0..<1, using: &random)
  ///   features[1] = Double(row)
  ///   return row < 50 ? 0 : 1
  /// }
  /// data.count   // 100
  /// ```
  /// - Parameters:
  ///   - count: The number of rows.
  ///   - featureCount: The number of features per row; at least 1.
  ///   - makeRow: Called once per row, in order, with the row's index and an
  ///     array of `featureCount` zeros to fill; returns the label, 0 or 1.
  /// - Throws: The errors of ``init(features:labels:featureCount:)``.
  @inlinable
  public init(
    count: Int, featureCount: Int,
    makeRow: (_ row: Int, _ features: inout [Double]) throws(DatasetError) -> Double
  ) throws(DatasetError) {
    guard featureCount >= 1 else { throw .noFeatures }
    var features: [Double] = []
    features.reserveCapacity(count * featureCount)
    var labels: [Double] = []
    labels.reserveCapacity(count)
    var row = [Double](repeating: 0, count: featureCount)
    for index in 0..<count {
      for feature in row.indices { row[feature] = 0 }
      labels.append(try makeRow(index, &row))
      // A closure that resized the row would shift every later row.
      guard row.count == featureCount else { throw .raggedRow(row: index, expected: featureCount, found: row.count) }
      features.append(contentsOf: row)
    }
    try self.init(features: features, labels: labels, featureCount: featureCount)
  }

  /// The feature `feature` of row `row`, both counted from 0.
  ///
  /// ```swift
  /// try Dataset(rows: [[1, 2], [3, 4]], labels: [0, 1])[row: 1, feature: 1]   // 4.0
  /// ```
  @inlinable
  public subscript(row row: Int, feature feature: Int) -> Double {
    precondition(feature >= 0 && feature < featureCount, "feature \(feature) out of range 0..<\(featureCount)")
    return features[row * featureCount + feature]
  }

  /// The features of row `row`, without copying.
  ///
  /// ```swift
  /// Array(try Dataset(rows: [[1, 2], [3, 4]], labels: [0, 1]).row(1))   // [3.0, 4.0]
  /// ```
  @inlinable
  public func row(_ row: Int) -> ArraySlice<Double> {
    features[(row * featureCount)..<((row + 1) * featureCount)]
  }

  /// The values of one feature across all rows, as a new array.
  ///
  /// ```swift
  /// try Dataset(rows: [[1, 2], [3, 4]], labels: [0, 1]).column(1)   // [2.0, 4.0]
  /// ```
  @inlinable
  public func column(_ feature: Int) -> [Double] {
    precondition(feature >= 0 && feature < featureCount, "feature \(feature) out of range 0..<\(featureCount)")
    return stride(from: feature, to: features.count, by: featureCount).map { features[$0] }
  }

  /// The data set made of the rows in `range`.
  ///
  /// ```swift
  /// try Dataset(rows: [[1], [2], [3]], labels: [0, 1, 1]).rows(1..<3).count   // 2
  /// ```
  @inlinable
  public func rows(_ range: Range<Int>) -> Dataset {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "rows \(range) out of range 0..<\(count)")
    return Dataset(
      validated: Array(features[(range.lowerBound * featureCount)..<(range.upperBound * featureCount)]),
      labels: Array(labels[range]), featureCount: featureCount)
  }

  @usableFromInline
  init(validated features: [Double], labels: [Double], featureCount: Int) {
    self.features = features
    self.labels = labels
    self.featureCount = featureCount
  }
}

/// Why a data set could not be built; each case names what to fix.
///
/// ```swift
/// do { _ = try Dataset(rows: [[1]], labels: [2]) }
/// catch { print(error) }   // row 0: the label is 2.0; labels must be 0 or 1
/// ```
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A row has no features (or a table has fewer than two columns).
  ///
  /// ```swift
  /// try Dataset(rows: [[], []], labels: [0, 1])   // throws .noFeatures
  /// ```
  case noFeatures
  /// The numbers of rows and of labels differ.
  ///
  /// ```swift
  /// try Dataset(rows: [[1], [2]], labels: [0])   // throws .labelCountMismatch(rows: 2, labels: 1)
  /// ```
  case labelCountMismatch(rows: Int, labels: Int)
  /// The flat feature buffer does not hold whole rows.
  ///
  /// ```swift
  /// try Dataset(features: [1, 2, 3], labels: [0, 1], featureCount: 2)   // throws .featureCountMismatch(expected: 4, found: 3)
  /// ```
  case featureCountMismatch(expected: Int, found: Int)
  /// A row's length differs from the first row's.
  ///
  /// ```swift
  /// try Dataset(rows: [[1, 2], [3]], labels: [0, 1])   // throws .raggedRow(row: 1, expected: 2, found: 1)
  /// ```
  case raggedRow(row: Int, expected: Int, found: Int)
  /// A label is neither 0 nor 1.
  ///
  /// ```swift
  /// try Dataset(rows: [[1]], labels: [0.5])   // throws .labelNotBinary(row: 0, value: 0.5)
  /// ```
  case labelNotBinary(row: Int, value: Double)
  /// A feature is NaN or infinite.
  ///
  /// ```swift
  /// try Dataset(rows: [[1, .nan]], labels: [1])   // throws .nonFiniteFeature(row: 0, feature: 1, value: nan)
  /// ```
  case nonFiniteFeature(row: Int, feature: Int, value: Double)

  /// A one-line message for people, with rows and features counted from 0.
  ///
  /// ```swift
  /// DatasetError.labelCountMismatch(rows: 3, labels: 2).description   // "3 rows but 2 labels"
  /// ```
  public var description: String {
    switch self {
    case .noFeatures:
      return "every row needs at least one feature (and a table a label column after them)"
    case .labelCountMismatch(let rows, let labels):
      return "\(rows) rows but \(labels) labels"
    case .featureCountMismatch(let expected, let found):
      return "expected \(expected) feature values for whole rows, found \(found)"
    case .raggedRow(let row, let expected, let found):
      return "row \(row): \(found) features, but the first row has \(expected)"
    case .labelNotBinary(let row, let value):
      return "row \(row): the label is \(value); labels must be 0 or 1"
    case .nonFiniteFeature(let row, let feature, let value):
      return "row \(row), feature \(feature): \(value) is not a finite number"
    }
  }
}

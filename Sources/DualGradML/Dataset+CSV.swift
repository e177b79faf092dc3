import DualGrad
// Loading a classification data set from CSV: the reading is CSVTable's, the
// layout and label checks are Dataset's; this file only joins the two, so
// DualGrad itself stays free of I/O.
import DualGradIO

/// Why a CSV file could not become a ``Dataset``, naming the line and
/// column of the file wherever there is one.
///
/// ```swift
/// do { _ = try Dataset(contentsOfCSVFile: "marks.txt") }
/// catch { print(error) }   // e.g. "line 7, column 2: '7O.5' is not a number"
/// ```
public enum DatasetFileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be read or parsed as a numeric table.
  case csv(CSVError)
  /// A value parsed but is not acceptable: a feature that is not finite, or
  /// a label that is not 0 or 1; `line` and `column` are 1-based, in the file.
  case invalidValue(line: Int, column: Int, reason: String)
  /// The table is not a data set (for example, it has no feature column).
  case dataset(DatasetError)

  /// The message of the underlying error.
  public var description: String {
    switch self {
    case .csv(let error): return error.description
    case .invalidValue(let line, let column, let reason): return "line \(line), column \(column): \(reason)"
    case .dataset(let error): return error.description
    }
  }
}

extension Dataset {
  /// Creates a data set from a numeric table: every column but the last is a
  /// feature, the last is the 0/1 label.
  ///
  /// ```swift
  /// let table = try CSVTable(parsing: "exam1,exam2,admitted\n34.6,78.0,0\n60.2,86.3,1\n")
  /// try Dataset(table).featureCount   // 2
  /// ```
  /// - Throws: ``DatasetFileError/dataset(_:)`` if a label is not 0 or 1 or
  ///   the table has a single column.
  public init(_ table: CSVTable) throws(DatasetFileError) {
    do {
      try self.init(table: table.values, columnCount: table.columnCount)
    } catch {
      // Name the place in the file, not the row among the data lines.
      switch error {
      case .labelNotBinary(let row, let value) where row < table.rowLines.count:
        throw .invalidValue(
          line: table.rowLines[row], column: table.columnCount, reason: "the label \(value) is not 0 or 1")
      case .nonFiniteFeature(let row, let feature, let value) where row < table.rowLines.count:
        throw .invalidValue(line: table.rowLines[row], column: feature + 1, reason: "\(value) is not a finite number")
      default:
        throw .dataset(error)
      }
    }
  }

  /// Reads a data set from a CSV file of features then a 0/1 label, with an
  /// optional header line (detected as `CSVTable` in DualGradIO does).
  ///
  /// ```swift
  /// let marks = try Dataset(contentsOfCSVFile: "Examples/admissions/marks.txt")
  /// (marks.count, marks.featureCount)   // (100, 2)
  /// ```
  /// - Throws: ``DatasetFileError/csv(_:)`` naming the line and column of a
  ///   malformed value (or why the file cannot be read), or
  ///   ``DatasetFileError/dataset(_:)`` naming the row of a bad label.
  public init(contentsOfCSVFile path: String) throws(DatasetFileError) {
    let table: CSVTable
    do {
      table = try CSVTable(contentsOfFile: path)
    } catch {
      throw .csv(error)
    }
    try self.init(table)
  }
}

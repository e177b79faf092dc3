// Loading a classification data set from CSV: the reading is CSVTable's, the
// layout and label checks are Dataset's; this file only joins the two, so
// DualGrad itself stays free of I/O.
import DualGrad

/// Why a CSV file could not become a ``DualGrad/Dataset``: the file itself
/// (with its line and column) or its contents as a data set (with the row).
///
/// ```swift
/// do { _ = try Dataset(contentsOfCSVFile: "marks.txt") }
/// catch { print(error) }   // e.g. "line 7, column 2: cannot read "7O.5" as a number"
/// ```
public enum DatasetFileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be read or parsed as a numeric table.
  case csv(CSVError)
  /// The table is not a data set: a label is not 0 or 1, or there is no feature column.
  /// Rows are counted from 0 among the data lines (header, blank and comment lines skipped).
  case dataset(DatasetError)

  /// The message of the underlying error.
  public var description: String {
    switch self {
    case .csv(let error): return error.description
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
      throw .dataset(error)
    }
  }

  /// Reads a data set from a CSV file of features then a 0/1 label, with an
  /// optional header line (detected as ``CSVTable`` does).
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

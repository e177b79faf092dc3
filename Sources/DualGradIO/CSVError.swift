/// A problem found while reading a numeric CSV file, with the place to look.
///
/// Lines and columns count from 1, as editors show them; a column is the
/// field's position in its line (the third field is column 3).
///
/// ```swift
/// do { _ = try CSVTable(parsing: "1,2\n3,x\n") }
/// catch { print(error) }   // line 2, column 2: 'x' is not a number
/// ```
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A field that should be a number is not one (`text` is the field, trimmed).
  case malformedValue(line: Int, column: Int, text: String)

  /// A line has a different number of fields from the first line.
  case inconsistentFieldCount(line: Int, expected: Int, found: Int)

  /// The text has no data rows: nothing, only blank or comment lines, or only a header.
  case empty

  /// The file could not be read; `reason` is the system's explanation.
  case unreadable(path: String, reason: String)

  /// A sentence for the user saying what is wrong and where.
  ///
  /// ```swift
  /// CSVError.inconsistentFieldCount(line: 4, expected: 3, found: 2).description
  /// // "line 4: expected 3 fields, found 2"
  /// ```
  public var description: String {
    switch self {
    case let .malformedValue(line, column, text):
      let shown = text.isEmpty ? "an empty field" : "'\(text)'"
      return "line \(line), column \(column): \(shown) is not a number"
    case let .inconsistentFieldCount(line, expected, found):
      return "line \(line): expected \(expected) field\(expected == 1 ? "" : "s"), found \(found)"
    case .empty:
      return "no data rows (the input is empty, or has only comments, blank lines or a header)"
    case let .unreadable(path, reason):
      return "cannot read '\(path)': \(reason)"
    }
  }
}

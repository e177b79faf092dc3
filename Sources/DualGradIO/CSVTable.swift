#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A rectangular table of numbers read from CSV, stored flat in row-major order.
///
/// The reader accepts what people actually save from spreadsheets and
/// scripts: an optional header line, spaces around fields, blank lines,
/// `#` comment lines, Windows line endings, a UTF-8 byte-order mark, and the
/// spellings `nan`, `inf` and `-inf` that ``CSVWriter`` writes.
///
/// ```swift
/// let table = try CSVTable(parsing: "x, y\n1, 2\n3, 4\n")
/// table.header          // ["x", "y"]
/// table.values          // [1.0, 2.0, 3.0, 4.0]
/// table[row: 1, column: 0]   // 3.0
/// ```
///
/// **Header detection.** The first non-blank, non-comment line is a header
/// when some field in it is not a number and either the next line is all
/// numbers or the first line has no numbers at all. A header whose names
/// all look like numbers (`1,2`, `inf`) is therefore read as data.
public struct CSVTable: Sendable, Equatable {
  /// The column names from the header line, or `nil` if the input had none.
  public var header: [String]?

  /// Every value, row after row: `values[row * columnCount + column]`.
  public var values: [Double]

  /// The number of fields in each row.
  public let columnCount: Int

  /// The line of the file (1-based) each row came from, so later checks of
  /// the values can name the line a person should look at.
  ///
  /// ```swift
  /// try CSVTable(parsing: "x\n\n1\n# note\n2\n").rowLines   // [3, 5]
  /// ```
  public var rowLines: [Int]

  /// The number of data rows (the header is not counted).
  ///
  /// ```swift
  /// try CSVTable(parsing: "a,b\n1,2\n").rowCount   // 1
  /// ```
  public var rowCount: Int { values.count / columnCount }

  /// Creates a table from values already laid out row after row.
  ///
  /// ```swift
  /// let t = CSVTable(header: ["x"], values: [1, 2, 3], columnCount: 1)
  /// t.rowCount   // 3
  /// ```
  ///
  /// - Parameters:
  ///   - header: Column names, one per column, or `nil`.
  ///   - values: Row-major values; their count must be a multiple of `columnCount`.
  ///   - columnCount: Fields per row; at least 1.
  ///   - rowLines: The file line of each row; by default 1, 2, 3, … (no header).
  public init(header: [String]?, values: [Double], columnCount: Int, rowLines: [Int]? = nil) {
    precondition(columnCount > 0, "A table needs at least one column")
    precondition(values.count % columnCount == 0, "Values do not fill whole rows")
    precondition(header.map { $0.count == columnCount } ?? true, "Header and column count differ")
    self.header = header
    self.values = values
    self.columnCount = columnCount
    self.rowLines = rowLines ?? Array(stride(from: 1, through: values.count / columnCount, by: 1))
    precondition(self.rowLines.count == values.count / columnCount, "One line number per row")
  }

  /// Reads a table from CSV text.
  ///
  /// ```swift
  /// try CSVTable(parsing: "# a comment\n1,2\n\n3,4").rowCount   // 2
  /// ```
  ///
  /// - Parameter text: The CSV text; see the type's documentation for the accepted forms.
  /// - Throws: ``CSVError/malformedValue(line:column:text:)``,
  ///   ``CSVError/inconsistentFieldCount(line:expected:found:)`` or ``CSVError/empty``.
  public init(parsing text: String) throws(CSVError) {
    var text = text
    let result = text.withUTF8 { CSVParser.parse($0) }
    self = try result.get()
  }

  /// Reads a table from the CSV file at `path`.
  ///
  /// ```swift
  /// let marks = try CSVTable(contentsOfFile: "data/marks.txt")
  /// (marks.rowCount, marks.columnCount)   // (100, 3)
  /// ```
  ///
  /// - Parameter path: The file to read.
  /// - Throws: ``CSVError/unreadable(path:reason:)`` if the file cannot be
  ///   read, otherwise the errors of ``init(parsing:)``.
  public init(contentsOfFile path: String) throws(CSVError) {
    let bytes = try readWholeFile(at: path)
    self = try bytes.withUnsafeBufferPointer { CSVParser.parse($0) }.get()
  }

  /// The value in the given row and column, both counted from 0.
  ///
  /// ```swift
  /// try CSVTable(parsing: "1,2\n3,4")[row: 0, column: 1]   // 2.0
  /// ```
  public subscript(row row: Int, column column: Int) -> Double {
    precondition(column >= 0 && column < columnCount, "Column \(column) out of range")
    return values[row * columnCount + column]
  }

  /// The values of one row, counted from 0, without copying.
  ///
  /// ```swift
  /// Array(try CSVTable(parsing: "1,2\n3,4").row(1))   // [3.0, 4.0]
  /// ```
  public func row(_ index: Int) -> ArraySlice<Double> {
    values[index * columnCount..<(index + 1) * columnCount]
  }

  /// The values of one column, counted from 0, as a new array.
  ///
  /// ```swift
  /// try CSVTable(parsing: "1,2\n3,4").column(1)   // [2.0, 4.0]
  /// ```
  public func column(_ index: Int) -> [Double] {
    precondition(index >= 0 && index < columnCount, "Column \(index) out of range")
    return stride(from: index, to: values.count, by: columnCount).map { values[$0] }
  }
}

/// Reads a whole file with plain system calls so errors carry errno's text.
private func readWholeFile(at path: String) throws(CSVError) -> [UInt8] {
  let descriptor = open(path, O_RDONLY | O_CLOEXEC)
  guard descriptor >= 0 else {
    throw CSVError.unreadable(path: path, reason: errnoText(errno))
  }
  defer { close(descriptor) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count == 0 { return bytes }
    if count < 0 {
      let code = errno
      if code == EINTR { continue }
      // Reading a directory fails here (EISDIR), not at open.
      throw CSVError.unreadable(path: path, reason: errnoText(code))
    }
    bytes.append(contentsOf: chunk[..<count])
  }
}

/// The line-by-line reader behind ``CSVTable``; it works on UTF-8 bytes so
/// that "\r\n" is never mistaken for one character and fields cost no copies
/// until they are parsed.
private struct CSVParser {
  let bytes: UnsafeBufferPointer<UInt8>
  /// Field ranges of the current line, reused to avoid one array per line.
  var fields: [Range<Int>] = []

  /// The first line when it did not parse: a header, or a bad data line,
  /// depending on the line after it.
  struct PendingFirstLine {
    var line: Int
    var names: [String]
    var failure: (column: Int, text: String)
    var hasNumber: Bool
  }

  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<CSVTable, CSVError> {
    var parser = CSVParser(bytes: bytes)
    do throws(CSVError) {
      return .success(try parser.readTable())
    } catch {
      return .failure(error)
    }
  }

  mutating func readTable() throws(CSVError) -> CSVTable {
    var values: [Double] = []
    var rowLines: [Int] = []
    var header: [String]?
    var columnCount = 0
    var pending: PendingFirstLine?
    var lineNumber = 0
    var position = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }

    while position < bytes.count {
      lineNumber += 1
      var lineEnd = position
      while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      let line = trimmed(position..<lineEnd)
      position = lineEnd + 1
      if line.isEmpty || bytes[line.lowerBound] == UInt8(ascii: "#") { continue }
      splitFields(line)

      if let first = pending {
        pending = nil
        let failure = appendRow(to: &values)
        // The first line is a header if this line is clean, or if the
        // first line had no number in it at all (then this line's own
        // problem is the one worth reporting).
        guard failure == nil || !first.hasNumber else {
          throw .malformedValue(line: first.line, column: first.failure.column, text: first.failure.text)
        }
        header = first.names
        columnCount = first.names.count
        if fields.count != columnCount {
          throw .inconsistentFieldCount(line: lineNumber, expected: columnCount, found: fields.count)
        }
        if let failure {
          throw .malformedValue(line: lineNumber, column: failure.column, text: failure.text)
        }
        rowLines.append(lineNumber)
      } else if columnCount == 0 {
        if let failure = appendRow(to: &values) {
          let names = fields.map(text(of:))
          let hasNumber = fields.contains { number(in: $0) != nil }
          pending = PendingFirstLine(line: lineNumber, names: names, failure: failure, hasNumber: hasNumber)
        } else {
          columnCount = fields.count
          rowLines.append(lineNumber)
        }
      } else {
        if fields.count != columnCount {
          throw .inconsistentFieldCount(line: lineNumber, expected: columnCount, found: fields.count)
        }
        if let failure = appendRow(to: &values) {
          throw .malformedValue(line: lineNumber, column: failure.column, text: failure.text)
        }
        rowLines.append(lineNumber)
      }
    }

    if let first = pending, first.hasNumber {
      throw .malformedValue(line: first.line, column: first.failure.column, text: first.failure.text)
    }
    guard columnCount > 0, !values.isEmpty else { throw .empty }
    return CSVTable(header: header, values: values, columnCount: columnCount, rowLines: rowLines)
  }

  /// Parses the current line's fields onto `values`; on the first bad field
  /// takes back what it added and returns that field's 1-based column and text.
  mutating func appendRow(to values: inout [Double]) -> (column: Int, text: String)? {
    let start = values.count
    for (index, field) in fields.enumerated() {
      guard let value = number(in: field) else {
        values.removeSubrange(start...)
        return (index + 1, text(of: field))
      }
      values.append(value)
    }
    return nil
  }

  /// Splits a line at commas outside double quotes.
  mutating func splitFields(_ line: Range<Int>) {
    fields.removeAll(keepingCapacity: true)
    var fieldStart = line.lowerBound
    var insideQuotes = false
    for index in line {
      let byte = bytes[index]
      // Toggling on every quote also handles the doubled "" escape.
      if byte == UInt8(ascii: "\"") {
        insideQuotes.toggle()
      } else if byte == UInt8(ascii: ","), !insideQuotes {
        fields.append(trimmed(fieldStart..<index))
        fieldStart = index + 1
      }
    }
    fields.append(trimmed(fieldStart..<line.upperBound))
  }

  /// The field's text without surrounding quotes, with "" turned back into ".
  func text(of field: Range<Int>) -> String {
    let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self)
    guard raw.count >= 2, raw.first == "\"", raw.last == "\"" else { return raw }
    return String(raw.dropFirst().dropLast()).replacingOccurrencesOfDoubledQuotes()
  }

  func number(in field: Range<Int>) -> Double? {
    var field = field
    if field.count >= 2, bytes[field.lowerBound] == UInt8(ascii: "\""),
      bytes[field.upperBound - 1] == UInt8(ascii: "\"")
    {
      field = trimmed(field.lowerBound + 1..<field.upperBound - 1)
    }
    guard !field.isEmpty else { return nil }
    // Short fields become small strings, which live inline without a heap
    // allocation; Double's parser is the exact inverse of `description`.
    return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self))
  }

  /// The range without leading and trailing spaces, tabs and carriage returns.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, isBlank(bytes[lower]) { lower += 1 }
    while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }
}

extension String {
  /// The string with each doubled quote `""` collapsed to one `"`.
  fileprivate func replacingOccurrencesOfDoubledQuotes() -> String {
    var result = ""
    var previousWasQuote = false
    for character in self {
      if character == "\"" && previousWasQuote {
        previousWasQuote = false
        continue
      }
      previousWasQuote = character == "\""
      result.append(character)
    }
    return result
  }
}

/// Writes rows of numbers as CSV through an ``OutputWriter``, spelling them
/// with ``NumberFormat/csv`` (shortest round trip, `nan`, `inf`, `-inf`):
/// the one CSV writer of the package, used by the `slope` tool and the
/// examples, and the way to export plot data from your own code.
///
/// Plot data in one call: x, f, f′ and f″ of tanh over a range (with
/// `linspace` and `derivatives(of:at:order:)` from DualGrad):
///
/// ```swift
/// let xs = linspace(-7.0, 7.0, count: 200)
/// try CSVWriter.write(header: ["x", "f", "df", "d2f"],
///                     rows: xs.map { [$0] + derivatives(of: tanh, at: $0, order: 2) }, toFileAt: "tanh.csv")
/// // tanh.csv: x,f,df,d2f
/// //           -7.0,-0.9999983369439447,3.326109344901086e-06,6.652207626789599e-06
/// //           … 198 rows …
/// //           7.0,0.9999983369439447,3.326109344901086e-06,-6.652207626789599e-06
/// ```
///
/// Or column by column, when the columns are already arrays:
///
/// ```swift
/// try CSVWriter.write(columns: ["x": xs, "tanh": values, "slope": slopes], toFileAt: "tanh-slope.csv")
/// ```
///
/// Row by row, to any writer:
///
/// ```swift
/// let out = OutputWriter.standardOutput()
/// var csv = try CSVWriter(output: out, header: ["x", "tanh", "slope"])
/// try csv.writeRow([0.0, 0.0, 1.0])
/// try out.flush()   // prints "x,tanh,slope" then "0.0,0.0,1.0"
/// ```
///
/// The writer adds no buffering of its own, so interleaving it with other
/// writes to the same ``OutputWriter`` keeps their order.
public struct CSVWriter {
  /// The buffered writer that receives the text.
  public let output: OutputWriter

  /// The number of fields every row must have; `nil` until the first row
  /// when there is no header.
  public var columnCount: Int? { knownColumnCount }

  @usableFromInline internal var knownColumnCount: Int?

  /// Creates a CSV writer and writes the header line, if any.
  ///
  /// ```swift
  /// let csv = try CSVWriter(output: out, header: ["epoch", "loss"])   // writes "epoch,loss"
  /// ```
  ///
  /// Header names that contain a comma, a quote, a line break or surrounding
  /// spaces are quoted, doubling inner quotes, so that ``CSVTable`` reads
  /// them back unchanged.
  ///
  /// - Parameters:
  ///   - output: Where the CSV text goes.
  ///   - header: Column names; pass `nil` for a file with no header line.
  /// - Throws: ``OutputError/writeFailed(path:reason:)`` if writing fails.
  public init(output: OutputWriter, header: [String]?) throws {
    self.output = output
    guard let header else { return }
    precondition(!header.isEmpty, "A CSV header needs at least one column")
    knownColumnCount = header.count
    var line = ""
    for (index, name) in header.enumerated() {
      if index > 0 { line += "," }
      line += quotedIfNeeded(name)
    }
    line += "\n"
    try output.write(line)
  }

  /// Writes one row of numbers followed by a newline.
  ///
  /// ```swift
  /// try csv.writeRow([1.0, .nan])        // writes "1.0,nan"
  /// try csv.writeRow([2.5, -.infinity])  // writes "2.5,-inf"
  /// ```
  ///
  /// - Parameter values: The fields; their count must match the header (or
  ///   the first row), since a ragged CSV file is a bug in the caller.
  /// - Throws: ``OutputError/writeFailed(path:reason:)`` if writing fails.
  @inlinable
  public mutating func writeRow(_ values: some Collection<Double>) throws {
    if let columnCount = knownColumnCount {
      precondition(
        values.count == columnCount,
        "CSV row has \(values.count) fields but the file has \(columnCount) columns")
    } else {
      precondition(!values.isEmpty, "A CSV row needs at least one field")
      knownColumnCount = values.count
    }
    var isFirst = true
    for value in values {
      if !isFirst { try output.write(byte: UInt8(ascii: ",")) }
      isFirst = false
      try output.write(value, as: .csv)
    }
    try output.write(byte: UInt8(ascii: "\n"))
  }

  /// Writes one row whose first field is a count (an epoch, an iteration),
  /// spelled as an integer (`100`, not `100.0`), followed by `values` and a
  /// newline.
  ///
  /// ```swift
  /// try csv.writeRow(count: 100, [1.067270675787016])   // writes "100,1.067270675787016"
  /// ```
  ///
  /// - Parameters:
  ///   - count: The first field.
  ///   - values: The other fields; with the count, as many as the header
  ///     (or the first row) has.
  /// - Throws: ``OutputError/writeFailed(path:reason:)`` if writing fails.
  public mutating func writeRow(count: Int, _ values: some Collection<Double>) throws {
    if let columnCount = knownColumnCount {
      precondition(
        values.count + 1 == columnCount,
        "CSV row has \(values.count + 1) fields but the file has \(columnCount) columns")
    } else {
      knownColumnCount = values.count + 1
    }
    try output.write(String(count))
    for value in values {
      try output.write(byte: UInt8(ascii: ","))
      try output.write(value, as: .csv)
    }
    try output.write(byte: UInt8(ascii: "\n"))
  }

  /// Appends one row (the numbers, commas, a newline) to `bytes`: for rows
  /// formatted away from the writer, on several threads say, and written in
  /// order afterwards with ``OutputWriter/write(bytes:)`` below the header.
  ///
  /// ```swift
  /// var bytes: [UInt8] = []
  /// CSVWriter.appendRow([0.5, .infinity], to: &bytes)
  /// String(decoding: bytes, as: UTF8.self)   // "0.5,inf\n"
  /// ```
  /// - Parameters:
  ///   - values: The fields, at least one.
  ///   - bytes: Receives the row's UTF-8 text.
  @inlinable
  public static func appendRow(_ values: some Collection<Double>, to bytes: inout [UInt8]) {
    precondition(!values.isEmpty, "A CSV row needs at least one field")
    NumberFormat.csv.append(values, separatedBy: UInt8(ascii: ","), to: &bytes)
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Writes a CSV file at `path` (replaced whole, see ``withAtomicFile(at:_:)``):
  /// the header line, if any, then one line per row.
  ///
  /// ```swift
  /// let xs = linspace(-7.0, 7.0, count: 200)
  /// try CSVWriter.write(header: ["x", "f", "df", "d2f"],
  ///                     rows: xs.map { [$0] + derivatives(of: tanh, at: $0, order: 2) }, toFileAt: "tanh.csv")
  /// // tanh.csv: "x,f,df,d2f", then 200 rows from -7.0 to 7.0
  /// ```
  /// - Parameters:
  ///   - header: Column names, or `nil` for a file with no header line.
  ///   - rows: The rows, each with as many fields as the header (or the first row).
  ///   - path: The file to create or replace.
  /// - Throws: ``OutputError``; an existing file at `path` is then unchanged.
  @inlinable
  public static func write<Rows: Sequence>(header: [String]?, rows: Rows, toFileAt path: String) throws
  where Rows.Element: Collection<Double> {
    try withAtomicFile(at: path) { output in
      var csv = try CSVWriter(output: output, header: header)
      for row in rows { try csv.writeRow(row) }
    }
  }

  /// Writes a CSV file at `path` (replaced whole) from named columns of
  /// equal length, in the order given.
  ///
  /// ```swift
  /// try CSVWriter.write(columns: ["x": [0.0, 0.5], "f": [0.0, 0.25]], toFileAt: "square.csv")
  /// // square.csv: x,f / 0.0,0.0 / 0.5,0.25
  /// ```
  /// - Parameters:
  ///   - columns: Each column's name and numbers; all the same length.
  ///   - path: The file to create or replace.
  /// - Throws: ``OutputError``; an existing file at `path` is then unchanged.
  public static func write(columns: KeyValuePairs<String, [Double]>, toFileAt path: String) throws {
    let rowCount = columns.first?.value.count ?? 0
    precondition(columns.allSatisfy { $0.value.count == rowCount }, "CSV columns of different lengths")
    try write(
      header: columns.map(\.key), rows: (0..<rowCount).lazy.map { row in columns.lazy.map { $0.value[row] } },
      toFileAt: path)
  }

  /// Writes a CSV file at `path` (replaced whole) whose first column counts
  /// something (epochs, iterations), spelled as integers, followed by named
  /// columns of numbers of the same length, in the order given.
  ///
  /// ```swift
  /// try CSVWriter.write(counter: ("epoch", [0, 10, 20]), columns: ["loss": [0.69, 0.41, 0.35]], toFileAt: "loss.csv")
  /// // loss.csv: epoch,loss / 0,0.69 / 10,0.41 / 20,0.35
  /// ```
  /// - Parameters:
  ///   - counter: The first column's name and its integers.
  ///   - columns: Each other column's name and numbers; as many as the counts.
  ///   - path: The file to create or replace.
  /// - Throws: ``OutputError``; an existing file at `path` is then unchanged.
  public static func write(
    counter: (name: String, values: [Int]), columns: KeyValuePairs<String, [Double]>, toFileAt path: String
  ) throws {
    precondition(
      columns.allSatisfy { $0.value.count == counter.values.count }, "CSV columns of different lengths")
    try withAtomicFile(at: path) { output in
      var csv = try CSVWriter(output: output, header: [counter.name] + columns.map(\.key))
      for (row, count) in counter.values.enumerated() {
        try csv.writeRow(count: count, columns.lazy.map { $0.value[row] })
      }
    }
  }
}

/// Quotes a header field when a plain reader would split, trim or misread it.
internal func quotedIfNeeded(_ field: String) -> String {
  let needsQuotes =
    field.isEmpty
    || field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
    || field.first!.isWhitespace || field.last!.isWhitespace
    || field.first == "#"
  guard needsQuotes else { return field }
  return "\"" + field.replacingAllQuotes() + "\""
}

extension String {
  /// The string with each `"` doubled, as CSV quoting requires.
  fileprivate func replacingAllQuotes() -> String {
    var result = ""
    result.reserveCapacity(utf8.count + 2)
    for character in self {
      if character == "\"" { result += "\"\"" } else { result.append(character) }
    }
    return result
  }
}

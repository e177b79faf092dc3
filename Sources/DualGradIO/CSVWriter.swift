/// Writes rows of numbers as CSV through an ``OutputWriter``, spelling them
/// with ``NumberFormat/csv`` (shortest round trip, `nan`, `inf`, `-inf`).
///
/// ```swift
/// let out = OutputWriter.standardOutput()
/// let csv = try CSVWriter(output: out, header: ["x", "tanh", "slope"])
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

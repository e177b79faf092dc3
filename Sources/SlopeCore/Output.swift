// Writing results: a point as text, CSV or JSON; a range as streamed CSV or
// JSON; a range as an SVG chart. Nothing here computes a derivative: the
// numbers come from the evaluator (Evaluate+*.swift). Everything goes through
// DualGradIO's buffered writer, which formats numbers in shortest round-trip
// form straight into its buffer, so a row costs no String and memory stays
// flat however many rows follow.

import DualGradIO

/// Writers for each kind of result.
///
/// ```swift
/// let out = OutputWriter.standardOutput()
/// try Output.writePoint(expression: "x^2", variable: "x", at: 3, values: [9, 6], format: .text, to: out)   // "6.0"
/// ```
enum Output {
  /// The CSV column names for a range: the variable, `f`, `df`, `d2f`, …, `d{k}f`.
  ///
  /// ```swift
  /// Output.columns(variable: "x", order: 3)   // ["x", "f", "df", "d2f", "d3f"]
  /// ```
  static func columns(variable: String, order: Int) -> [String] {
    [variable, "f"] + (1...order).map { $0 == 1 ? "df" : "d\($0)f" }
  }

  // MARK: A point, one variable

  /// Writes f and its derivatives at one point of a one-variable formula.
  ///
  /// Text prints f⁽ᵏ⁾ alone; CSV prints the header and one row; JSON prints
  /// `{"expression", "at", "value", "derivatives"}`.
  ///
  /// ```swift
  /// try Output.writePoint(expression: "x^2", variable: "x", at: 3, values: [9, 6], format: .text, to: out)   // "6.0"
  /// ```
  /// - Parameters:
  ///   - values: f, f′, …, f⁽ᵏ⁾.
  static func writePoint(
    expression: String, variable: String, at x: Double, values: [Double], format: OutputFormat, to writer: OutputWriter
  ) throws {
    let order = values.count - 1
    switch format {
    case .text:
      try writer.write(values[order])
      try writer.write(byte: UInt8(ascii: "\n"))
    case .csv:
      var csv = try CSVWriter(output: writer, header: columns(variable: variable, order: order))
      try csv.writeRow([x] + values)
    case .json:
      try writer.write("{\"expression\": ")
      try writeJSONString(expression, to: writer)
      try writer.write(", \"at\": {")
      try writeJSONString(variable, to: writer)
      try writer.write(": ")
      try writer.write(x, as: .json)
      try writer.write("}, \"value\": ")
      try writer.write(values[0], as: .json)
      try writer.write(", \"derivatives\": [")
      for (index, value) in values.dropFirst().enumerated() {
        if index > 0 { try writer.write(", ") }
        try writer.write(value, as: .json)
      }
      try writer.write("]}\n")
    }
  }

  // MARK: A point, several variables

  /// Writes the gradient (order 1) or the Hessian (order 2) at a point.
  ///
  /// Text prints `name: ∂f/∂name` per variable, or `a,b: ∂²f/∂a∂b` per pair
  /// for the Hessian, in the order the variables were given. JSON prints
  /// `{"expression", "at", "value", "gradient"}` and, for order 2, `"hessian"`.
  ///
  /// ```swift
  /// try Output.writeGradient(expression: "x*y", point: [("x", 1), ("y", 2)],
  ///                          value: 2, gradient: [2, 1], hessian: nil, format: .text, to: out)
  /// // x: 2.0
  /// // y: 1.0
  /// ```
  static func writeGradient(
    expression: String, point: [NamedValue], value: Double, gradient: [Double], hessian: [[Double]]?,
    format: OutputFormat, to writer: OutputWriter
  ) throws {
    switch format {
    case .text, .csv:
      if let hessian {
        for (i, row) in point.enumerated() {
          for (j, column) in point.enumerated() {
            try writer.write("\(row.name),\(column.name): ")
            try writer.write(hessian[i][j])
            try writer.write(byte: UInt8(ascii: "\n"))
          }
        }
      } else {
        for (variable, slope) in zip(point, gradient) {
          try writer.write("\(variable.name): ")
          try writer.write(slope)
          try writer.write(byte: UInt8(ascii: "\n"))
        }
      }
    case .json:
      func object(_ numbers: [Double]) throws {
        try writer.write("{")
        for (index, (variable, number)) in zip(point, numbers).enumerated() {
          if index > 0 { try writer.write(", ") }
          try writeJSONString(variable.name, to: writer)
          try writer.write(": ")
          try writer.write(number, as: .json)
        }
        try writer.write("}")
      }
      try writer.write("{\"expression\": ")
      try writeJSONString(expression, to: writer)
      try writer.write(", \"at\": ")
      try object(point.map(\.value))
      try writer.write(", \"value\": ")
      try writer.write(value, as: .json)
      try writer.write(", \"gradient\": ")
      try object(gradient)
      if let hessian {
        try writer.write(", \"hessian\": {")
        for (index, (variable, row)) in zip(point, hessian).enumerated() {
          if index > 0 { try writer.write(", ") }
          try writeJSONString(variable.name, to: writer)
          try writer.write(": ")
          try object(row)
        }
        try writer.write("}")
      }
      try writer.write("}\n")
    }
  }

  // MARK: A range

  /// Streams a range as CSV (header, then one row per point) or as one JSON
  /// object `{"expression", "columns", "rows": [[x, f, df, ...], ...]}`.
  ///
  /// ```swift
  /// let rows = RangeDerivatives(of: program, order: 1, over: SampleRange(from: 0, to: 1, count: 3))
  /// try Output.writeRange(rows, expression: "x^2", variable: "x", format: .csv, to: out)
  /// // x,f,df / 0.0,0.0,0.0 / 0.5,0.25,1.0 / 1.0,1.0,2.0
  /// ```
  /// The rows are computed as they are written, block by block on all cores
  /// (see ``RangeDerivatives/forEachBlock(bytesPerRow:format:write:)``); this only says
  /// how a block is spelled.
  /// - Complexity: O(count) time; memory stays flat: rows are never collected.
  static func writeRange(
    _ rows: RangeDerivatives, expression: String, variable: String, format: OutputFormat, to writer: OutputWriter
  ) throws {
    let isJSON = format == .json
    if isJSON {
      try writer.write("{\"expression\": ")
      try writeJSONString(expression, to: writer)
      try writer.write(", \"columns\": [")
      for (index, name) in columns(variable: variable, order: rows.order).enumerated() {
        if index > 0 { try writer.write(", ") }
        try writeJSONString(name, to: writer)
      }
      try writer.write("], \"rows\": [\n")
    } else {
      // The header now; the rows are spelled by CSVWriter in the blocks below.
      _ = try CSVWriter(output: writer, header: columns(variable: variable, order: rows.order))
    }
    let lastIndex = rows.range.count - 1
    let numbers: NumberFormat = isJSON ? .json : .csv
    // A row: "[" (JSON), the numbers with commas, then "\n" or "],\n".
    let bytesPerRow = NumberFormat.room(forCount: rows.order + 2) + 4
    try rows.forEachBlock(
      bytesPerRow: bytesPerRow,
      format: { block, memory in
        var position = memory
        for index in block.indices {
          if isJSON {
            position.storeBytes(of: UInt8(ascii: "["), as: UInt8.self)
            position += 1
          }
          position += numbers.write(block.row(index), separatedBy: UInt8(ascii: ","), into: position)
          if isJSON {
            position.storeBytes(of: UInt8(ascii: "]"), as: UInt8.self)
            position += 1
            if index != lastIndex {
              position.storeBytes(of: UInt8(ascii: ","), as: UInt8.self)
              position += 1
            }
          }
          position.storeBytes(of: UInt8(ascii: "\n"), as: UInt8.self)
          position += 1
        }
        return position - memory
      },
      write: { try writer.write(bytes: $0) })
    if isJSON { try writer.write("]}\n") }
  }

  // MARK: A plot

  /// The most points a plot samples; a longer range is plotted on this many
  /// evenly spaced points of the same interval (the CSV keeps every row).
  ///
  /// ```swift
  /// Output.maximumPlotPoints   // 2001
  /// ```
  static let maximumPlotPoints = 2001

  /// The points a plot of `range` samples: the same interval, at most
  /// ``maximumPlotPoints`` points.
  ///
  /// ```swift
  /// Output.plotted(SampleRange(from: 0, to: 1, count: 1_000_000)).count   // 2001
  /// ```
  static func plotted(_ range: SampleRange) -> SampleRange {
    SampleRange(from: range.from, to: range.to, count: min(range.count, maximumPlotPoints))
  }

  /// Returns an SVG chart of f and its derivatives, given as columns x, f, f′, … over `range`.
  ///
  /// ```swift
  /// let range = SampleRange(from: -7, to: 7, count: 200)
  /// let columns = RangeDerivatives(of: try Program(compiling: Parser.parse("tanh(x)")), order: 1, over: range).columns()
  /// try Output.plot(columns, over: range, expression: "tanh(x)", variable: "x").hasPrefix("<svg")   // true
  /// ```
  /// Non-finite values leave gaps in the lines, poles break them, and a
  /// pole's far values are clipped with a note on the chart (see `Chart.svg`).
  /// - Throws: ``SlopeError/nothingToPlot(expression:variable:from:to:)`` if no
  ///   column has a finite value.
  static func plot(_ columns: [[Double]], over range: SampleRange, expression: String, variable: String) throws
    -> String
  {
    guard columns.dropFirst().contains(where: { $0.contains(where: \.isFinite) }) else {
      throw SlopeError.nothingToPlot(expression: expression, variable: variable, from: range.from, to: range.to)
    }
    let shown = expression.count > 70 ? String(expression.prefix(69)) + "…" : expression
    var chart = Chart(title: "f(\(variable)) = \(shown)", xLabel: variable, yLabel: "")
    if range.from != range.to {
      chart.xRange = min(range.from, range.to)...max(range.from, range.to)
    }
    for order in 0..<columns.count - 1 {
      chart.addLine(derivativeName(order, variable: variable), x: columns[0], y: columns[order + 1])
    }
    return chart.svg()
  }

  /// "f(x)", "f′(x)", "f″(x)", "f‴(x)", then "f⁽⁴⁾(x)" and so on.
  static func derivativeName(_ order: Int, variable: String) -> String {
    let marks = ["", "′", "″", "‴"]
    if order < marks.count { return "f\(marks[order])(\(variable))" }
    let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let digits = String(String(order).map { superscripts[Int(String($0))!] })
    return "f⁽\(digits)⁾(\(variable))"
  }

  // MARK: Pieces

  /// Writes `text` as a JSON string literal: quotes, backslashes and control
  /// characters escaped, everything else as UTF-8.
  ///
  /// ```swift
  /// try Output.writeJSONString("a\"b", to: out)   // "a\"b" with the quote escaped
  /// ```
  static func writeJSONString(_ text: String, to writer: OutputWriter) throws {
    var bytes: [UInt8] = [UInt8(ascii: "\"")]
    bytes.reserveCapacity(text.utf8.count + 2)
    let hex = Array("0123456789abcdef".utf8)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0..<0x20:
        bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default:
        bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
    try bytes.withUnsafeBytes { try writer.write(bytes: $0) }
  }
}

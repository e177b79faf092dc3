import DualGrad
import DualGradIO
import DualGradTestSupport
import Foundation
import Testing

@Suite("CSVWriter")
struct CSVWriterTests {
  /// Runs `body` with a CSV writer on a fresh file and returns the file's text.
  func csvText(header: [String]?, _ body: (inout CSVWriter) throws -> Void) throws -> String {
    try withTemporaryDirectory { directory in
      let path = directory + "/out.csv"
      try withAtomicFile(at: path) { output in
        var csv = try CSVWriter(output: output, header: header)
        try body(&csv)
      }
      return String(decoding: try contentsOfFile(path), as: UTF8.self)
    }
  }

  @Test("Header and rows use commas, newlines and the CSV number spellings")
  func headerAndRows() throws {
    let text = try csvText(header: ["x", "tanh", "slope"]) { csv in
      try csv.writeRow([0.0, 0.0, 1.0])
      try csv.writeRow([-0.0, .nan, .infinity])
      try csv.writeRow([0.419974341614026, -.infinity, 1e-300])
    }
    #expect(text == "x,tanh,slope\n0.0,0.0,1.0\n-0.0,nan,inf\n0.419974341614026,-inf,1e-300\n")
  }

  @Test("Without a header the first row fixes the column count")
  func noHeader() throws {
    let text = try csvText(header: nil) { csv in
      try csv.writeRow([1.0, 2.0])
      #expect(csv.columnCount == 2)
      try csv.writeRow(ArraySlice([3.0, 4.0]))
    }
    #expect(text == "1.0,2.0\n3.0,4.0\n")
  }

  @Test("A count column is spelled as integers, the other fields as numbers")
  func countRows() throws {
    let text = try csvText(header: ["epoch", "loss"]) { csv in
      try csv.writeRow(count: 0, [0.6931471805599453])
      try csv.writeRow(count: 100, [1.067270675787016])
      try csv.writeRow(count: -3, [.nan])
    }
    #expect(text == "epoch,loss\n0,0.6931471805599453\n100,1.067270675787016\n-3,nan\n")
  }

  @Test("write(counter:columns:toFileAt:) writes the counts, then the columns in the order given")
  func counterAndColumns() throws {
    let text = try withTemporaryDirectory { directory in
      let path = directory + "/loss.csv"
      try CSVWriter.write(
        counter: ("epoch", [0, 10, 20]), columns: ["loss": [0.69, 0.41, 0.35], "accuracy": [0.5, 0.75, 1]],
        toFileAt: path)
      return String(decoding: try contentsOfFile(path), as: UTF8.self)
    }
    #expect(text == "epoch,loss,accuracy\n0,0.69,0.5\n10,0.41,0.75\n20,0.35,1.0\n")
  }

  @Test("Header names that a reader would split or trim are quoted")
  func quotedHeader() throws {
    let text = try csvText(header: ["a,b", "say \"hi\"", " padded", "#tag", "plain"]) { csv in
      try csv.writeRow([1, 2, 3, 4, 5])
    }
    #expect(text == "\"a,b\",\"say \"\"hi\"\"\",\" padded\",\"#tag\",plain\n1.0,2.0,3.0,4.0,5.0\n")
  }

  @Test("What CSVWriter writes, CSVTable reads back exactly")
  func roundTripThroughReader() throws {
    var generator = SeededGenerator(seed: 20_240_601)
    var values: [Double] = (0..<300).map { _ in Double(bitPattern: generator.next()) }
    values = values.map { $0.isNaN ? 1.5 : $0 } + [.infinity, -.infinity, -0.0]
    let header = ["a,b", "say \"hi\"", "c"]
    let text = try csvText(header: header) { csv in
      for row in stride(from: 0, to: values.count, by: 3) {
        try csv.writeRow(values[row..<row + 3])
      }
    }
    let table = try CSVTable(parsing: text)
    #expect(table.header == header)
    #expect(table.values.map(\.bitPattern) == values.map(\.bitPattern))
  }

  @Test("A row appended to bytes is the text writeRow writes")
  func appendedRow() throws {
    let row = [-0.0, .nan, .infinity, -.infinity, 0.419974341614026, 1e-300]
    var bytes: [UInt8] = []
    CSVWriter.appendRow(row, to: &bytes)
    let written = try csvText(header: nil) { try $0.writeRow(row) }
    #expect(String(decoding: bytes, as: UTF8.self) == written)
    #expect(written == "-0.0,nan,inf,-inf,0.419974341614026,1e-300\n")
  }

  @Test("Columns go to the file in the order given, with the header")
  func columns() throws {
    let text = try withTemporaryDirectory { directory in
      let path = directory + "/columns.csv"
      try CSVWriter.write(columns: ["x": [0.0, 0.5], "f": [0.0, 0.25], "df": [0.0, 1.0]], toFileAt: path)
      return String(decoding: try contentsOfFile(path), as: UTF8.self)
    }
    #expect(text == "x,f,df\n0.0,0.0,0.0\n0.5,0.25,1.0\n")
  }

  /// tanh(x), sech²(x) and −2·tanh(x)·sech²(x) at the ends x = ±7, from
  /// mpmath at 30 digits (`mp.dps = 30`; `tanh`, `sech(x)**2`).
  static let tanhReferences: [Double: [Double]] = [
    -7: [-0.99999833694394467174, 3.3261093449010854032e-6, 6.652207626789597363e-6],
    7: [0.99999833694394467174, 3.3261093449010854032e-6, -6.652207626789597363e-6],
  ]

  @Test("The documented plot-data export writes x, f, f′ and f″ over a range in one call")
  func plotDataInOneCall() throws {
    let table = try withTemporaryDirectory { directory in
      let path = directory + "/tanh.csv"
      // As in the documentation of CSVWriter and in README.md.
      let xs = linspace(-7.0, 7.0, count: 200)
      try CSVWriter.write(
        header: ["x", "f", "df", "d2f"], rows: xs.map { [$0] + derivatives(of: tanh, at: $0, order: 2) }, toFileAt: path
      )
      return try CSVTable(parsing: String(decoding: try contentsOfFile(path), as: UTF8.self))
    }
    #expect(table.header == ["x", "f", "df", "d2f"])
    #expect(table.rowCount == 200)
    let rows = (0..<table.rowCount).map { Array(table.row($0)) }
    for row in [rows[0], rows[199]] {
      let expected = try #require(Self.tanhReferences[row[0]], "the ends of the range are -7 and 7, not \(row[0])")
      for (value, reference) in zip(row.dropFirst(), expected) {
        #expect(isClose(value, reference, tolerance: 1e-12), "x = \(row[0]): \(value) against \(reference)")
      }
    }
  }
}

import DualGradTestSupport
import Foundation
import Testing
import DualGradIO

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
}

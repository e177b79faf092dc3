import DualGradIO
import DualGradTestSupport
import Foundation
import Testing

@Suite("CSVTable")
struct CSVTableTests {
  // MARK: Good input

  @Test("A plain numeric file has no header and keeps values row-major")
  func plainNumbers() throws {
    let table = try CSVTable(parsing: "1,2,3\n4,5,6\n")
    #expect(table.header == nil)
    #expect(table.values == [1, 2, 3, 4, 5, 6])
    #expect(table.rowCount == 2)
    #expect(table.columnCount == 3)
    #expect(table[row: 1, column: 2] == 6)
    #expect(Array(table.row(0)) == [1, 2, 3])
    #expect(table.column(1) == [2, 5])
  }

  @Test("Spaces, tabs, blank lines, comments, CRLF, a BOM and a missing final newline are all accepted")
  func forgivingLayout() throws {
    let text =
      "\u{FEFF}# exam scores\r\n  x ,\ty  \r\n\r\n 1.5 , 2 \r\n# halfway\n\n   \n3,4e2\r\n  # indented comment\n-5,+6"
    let table = try CSVTable(parsing: text)
    #expect(table.header == ["x", "y"])
    #expect(table.values == [1.5, 2, 3, 400, -5, 6])
  }

  @Test("nan, inf and -inf read back as the values CSVWriter writes")
  func nonFiniteSpellings() throws {
    let table = try CSVTable(parsing: "nan,inf,-inf\n")
    #expect(table.values[0].isNaN)
    #expect(table.values[1] == .infinity)
    #expect(table.values[2] == -.infinity)
  }

  @Test("A single column works with and without a header")
  func singleColumn() throws {
    #expect(try CSVTable(parsing: "loss\n0.5\n0.25\n").values == [0.5, 0.25])
    #expect(try CSVTable(parsing: "0.5\n0.25").header == nil)
  }

  @Test("A file like marks.txt reads as 100 rows of 3 with no header")
  func marksLikeFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/marks.txt"
      var lines: [String] = []
      for row in 0..<100 {
        lines.append("\(30 + Double(row) * 0.7123456789012345),\(40 + Double(row) * 0.5),\(row % 5 == 0 ? 0 : 1)")
      }
      try writeAtomically(lines.joined(separator: "\n"), to: path)
      let table = try CSVTable(contentsOfFile: path)
      #expect(table.header == nil)
      #expect(table.rowCount == 100)
      #expect(table.columnCount == 3)
      #expect(table[row: 0, column: 0] == 30)
      #expect(table[row: 99, column: 2] == 1)
    }
  }

  // MARK: Header detection

  @Test(
    "Header detection",
    arguments: [
      ("x,y\n1,2\n", ["x", "y"] as [String]?),
      ("1,2\n3,4\n", nil),
      ("1,x\n2,3\n", ["1", "x"]),
      ("\"a,b\",c\n1,2\n", ["a,b", "c"]),
      ("# comment\n\ntime , value\n0,1\n", ["time", "value"]),
    ])
  func headerDetection(_ text: String, _ header: [String]?) throws {
    #expect(try CSVTable(parsing: text).header == header)
  }

  // MARK: Errors

  @Test(
    "Each malformed input reports the right error, line and column",
    arguments: [
      ("1,2\n3,abc\n", CSVError.malformedValue(line: 2, column: 2, text: "abc")),
      ("1,2\n\n# note\n3,4\n5, 6x \n", .malformedValue(line: 5, column: 2, text: "6x")),
      ("1,2,3\n4,,6\n", .malformedValue(line: 2, column: 2, text: "")),
      ("1,2\n3,4,\n", .inconsistentFieldCount(line: 2, expected: 2, found: 3)),
      ("1,2,3\n4,5\n", .inconsistentFieldCount(line: 2, expected: 3, found: 2)),
      ("x,y\n1,2,3\n", .inconsistentFieldCount(line: 2, expected: 2, found: 3)),
      // A header-looking first line makes the second line's problem the one reported...
      ("x,y\n1,abc\n", .malformedValue(line: 2, column: 2, text: "abc")),
      // ...but a first line with numbers in it is data, so its own bad field is reported.
      ("1,x\n2,y\n", .malformedValue(line: 1, column: 2, text: "x")),
      ("1,x\n", .malformedValue(line: 1, column: 2, text: "x")),
      ("1,2\n3,\"4\n", .malformedValue(line: 2, column: 2, text: "\"4")),
      ("", .empty),
      ("\n  \n# only comments\n", .empty),
      ("x,y\n", .empty),
    ])
  func malformed(_ text: String, _ expected: CSVError) {
    #expect(throws: expected) { try CSVTable(parsing: text) }
  }

  @Test("A missing file is unreadable, with the path and errno text")
  func missingFile() {
    let path = "/nonexistent-\(UUID().uuidString)/data.csv"
    #expect(throws: CSVError.unreadable(path: path, reason: String(cString: strerror(ENOENT)))) {
      try CSVTable(contentsOfFile: path)
    }
  }

  @Test("A directory is unreadable rather than empty")
  func directoryIsUnreadable() throws {
    try withTemporaryDirectory { directory -> Void in
      #expect(throws: CSVError.unreadable(path: directory, reason: String(cString: strerror(EISDIR)))) {
        try CSVTable(contentsOfFile: directory)
      }
    }
  }
}

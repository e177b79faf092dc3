import DualGradIO
import Testing

@Suite("CSVError")
struct CSVErrorTests {
  @Test(
    "Descriptions say where to look, counting from 1",
    arguments: [
      (CSVError.malformedValue(line: 3, column: 2, text: "abc"), "line 3, column 2: 'abc' is not a number"),
      (CSVError.malformedValue(line: 1, column: 4, text: ""), "line 1, column 4: an empty field is not a number"),
      (CSVError.inconsistentFieldCount(line: 4, expected: 3, found: 2), "line 4: expected 3 fields, found 2"),
      (CSVError.inconsistentFieldCount(line: 2, expected: 1, found: 2), "line 2: expected 1 field, found 2"),
      (CSVError.empty, "no data rows (the input is empty, or has only comments, blank lines or a header)"),
      (
        CSVError.unreadable(path: "m.txt", reason: "No such file or directory"),
        "cannot read 'm.txt': No such file or directory"
      ),
    ])
  func descriptions(_ error: CSVError, _ expected: String) {
    #expect(error.description == expected)
  }
}

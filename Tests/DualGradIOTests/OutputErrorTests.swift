import DualGradIO
import Testing

@Suite("OutputError")
struct OutputErrorTests {
  @Test(
    "Each description names the path and the reason",
    arguments: [
      (
        OutputError.cannotOpen(path: "a.csv", reason: "Permission denied"),
        "cannot open 'a.csv' for writing: Permission denied"
      ),
      (
        OutputError.cannotCreateTemporaryFile(directory: "/x", path: "/x/a.csv", reason: "No such file or directory"),
        "cannot create a temporary file in '/x' for '/x/a.csv': No such file or directory"
      ),
      (
        OutputError.writeFailed(path: "a.csv", reason: "No space left on device"),
        "cannot write 'a.csv': No space left on device"
      ),
      (
        OutputError.cannotReplace(path: "a.csv", reason: "Is a directory"),
        "cannot replace 'a.csv': Is a directory"
      ),
    ])
  func descriptions(_ error: OutputError, _ expected: String) {
    #expect(error.description == expected)
  }
}

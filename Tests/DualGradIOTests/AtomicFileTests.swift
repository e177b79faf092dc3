import DualGradTestSupport
import Foundation
import Testing
@testable import DualGradIO

@Suite("Atomic file writing")
struct AtomicFileTests {
  struct Interrupted: Error, Equatable {}

  @Test("A successful write creates the file and leaves no temporary file")
  func createsNewFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/result.csv"
      let rows = try withAtomicFile(at: path) { writer in
        try writer.write("x,y\n")
        try writer.write(1.0)
        try writer.write(",")
        try writer.write(0.5)
        try writer.write("\n")
        return 1
      }
      #expect(rows == 1)
      #expect(try contentsOfFile(path) == Array("x,y\n1.0,0.5\n".utf8))
      #expect(try directoryListing(directory) == ["result.csv"])
    }
  }

  @Test("A successful write replaces an existing file")
  func replacesExistingFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/result.txt"
      try writeAtomically("old content that is longer\n", to: path)
      try writeAtomically("new\n", to: path)
      #expect(try contentsOfFile(path) == Array("new\n".utf8))
      try writeAtomically(Data([0x31, 0x0A]), to: path)
      #expect(try contentsOfFile(path) == [0x31, 0x0A])
      #expect(try directoryListing(directory) == ["result.txt"])
    }
  }

  @Test("A throw midway leaves the old file byte-identical and removes the temporary file")
  func failureKeepsOriginal() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/result.csv"
      let original: [UInt8] = Array("precious,data\n1.0,2.0\n".utf8) + [0xFF, 0x00]
      try writeAtomically(Data(original), to: path)
      #expect(throws: Interrupted()) {
        try withAtomicFile(at: path) { writer in
          // More than the 64 KiB buffer, so some bytes really reach the temporary file.
          for index in 0..<20_000 {
            try writer.write(Double(index))
            try writer.write("\n")
          }
          throw Interrupted()
        }
      }
      #expect(try contentsOfFile(path) == original)
      #expect(try directoryListing(directory) == ["result.csv"])
    }
  }

  @Test("Writing into a missing directory throws a clear error and creates nothing")
  func missingDirectory() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/missing/result.csv"
      let reason = String(cString: strerror(ENOENT))
      let expected = OutputError.cannotCreateTemporaryFile(
        directory: directory + "/missing", path: path, reason: reason)
      #expect(throws: expected) { try writeAtomically("data", to: path) }
      #expect(expected.description.contains(path))
      let listing = try directoryListing(directory)
      #expect(listing.isEmpty)
    }
  }

  @Test("A target that is a directory cannot be replaced; the temporary file is removed")
  func targetIsDirectory() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/taken"
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      #expect(throws: OutputError.cannotReplace(path: path, reason: String(cString: strerror(EISDIR)))) {
        try writeAtomically("data", to: path)
      }
      #expect(try directoryListing(directory) == ["taken"])
    }
  }

  @Test("The replacement keeps the permissions of the file it replaces")
  func keepsPermissions() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/secret.txt"
      try writeAtomically("one", to: path)
      #expect(chmod(path, 0o600) == 0)
      try writeAtomically("two", to: path)
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
  }

  @Test("The temporary file goes in the target's own directory", arguments: [
    ("out.csv", "."), ("/out.csv", "/"), ("a/b/out.csv", "a/b"), ("/tmp/x/out.csv", "/tmp/x"),
  ])
  func temporaryDirectory(_ path: String, _ directory: String) {
    #expect(directoryName(of: path) == directory)
  }
}

import DualGradIO
import DualGradTestSupport
import Foundation
import Testing

@Suite("OutputWriter")
struct OutputWriterTests {
  @Test("Text, numbers and bytes arrive in order, across many small-buffer flushes")
  func orderAcrossFlushes() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/out.txt"
      let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      #expect(descriptor >= 0)
      defer { close(descriptor) }
      // A tiny buffer forces every path: in-buffer, flush-then-buffer, and
      // blocks too large for the buffer.
      let writer = OutputWriter(fileDescriptor: descriptor, path: path, bufferCapacity: 8)
      var expected = ""
      for index in 0..<200 {
        let value = Double(index) / 7
        try writer.write(value)
        try writer.write(byte: UInt8(ascii: ","))
        try writer.write(-Double.infinity)
        try writer.write("; a longer piece of text than the buffer \(index)\n")
        expected += "\(value),-inf; a longer piece of text than the buffer \(index)\n"
      }
      try writer.write(.nan, as: .json)
      expected += "null"
      try writer.flush()
      #expect(String(decoding: try contentsOfFile(path), as: UTF8.self) == expected)
    }
  }

  @Test("Numbers written back to back flush as the buffer fills")
  func numbersAloneFlush() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/numbers.txt"
      let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      #expect(descriptor >= 0)
      defer { close(descriptor) }
      let writer = OutputWriter(fileDescriptor: descriptor, path: path, bufferCapacity: 16)
      var expected = ""
      for index in 0..<5000 {
        let value = -Double(index) / 3
        try writer.write(value)
        expected += "\(value)"
      }
      try writer.flush()
      #expect(String(decoding: try contentsOfFile(path), as: UTF8.self) == expected)
    }
  }

  @Test("Nothing reaches the file before flush while the buffer has room")
  func buffersUntilFlush() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/out.txt"
      let writer = try OutputWriter(creatingFileAt: path)
      try writer.write("hello")
      #expect(try contentsOfFile(path).isEmpty)
      try writer.flush()
      #expect(try contentsOfFile(path) == Array("hello".utf8))
      try writer.close()
    }
  }

  @Test("A failed system write throws writeFailed with the path and errno text")
  func writeErrorCarriesPathAndReason() throws {
    let readOnly = open("/dev/null", O_RDONLY)
    #expect(readOnly >= 0)
    defer { close(readOnly) }
    let writer = OutputWriter(fileDescriptor: readOnly, path: "read-only.txt")
    try writer.write("data")
    #expect(throws: OutputError.writeFailed(path: "read-only.txt", reason: String(cString: strerror(EBADF)))) {
      try writer.flush()
    }
  }

  @Test("Writing after close throws instead of losing data silently")
  func writeAfterCloseThrows() throws {
    try withTemporaryDirectory { directory in
      let writer = try OutputWriter(creatingFileAt: directory + "/out.txt")
      try writer.close()
      try writer.write("late")
      #expect(throws: OutputError.self) { try writer.flush() }
    }
  }

  @Test("Creating a file in a missing directory throws cannotOpen naming the path")
  func cannotOpenMissingDirectory() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/missing/out.txt"
      #expect(throws: OutputError.cannotOpen(path: path, reason: String(cString: strerror(ENOENT)))) {
        _ = try OutputWriter(creatingFileAt: path)
      }
    }
  }
}

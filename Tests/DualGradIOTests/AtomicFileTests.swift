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

  @Test("A target that is a directory is refused before any temporary file is made")
  func targetIsDirectory() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/taken"
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      #expect(throws: OutputError.cannotOpen(path: path, reason: String(cString: strerror(EISDIR)))) {
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

  @Test(
    "The temporary file goes in the target's own directory",
    arguments: [
      ("out.csv", "."), ("/out.csv", "/"), ("a/b/out.csv", "a/b"), ("/tmp/x/out.csv", "/tmp/x"),
    ])
  func temporaryDirectory(_ path: String, _ directory: String) {
    #expect(directoryName(of: path) == directory)
  }
}

@Suite("Atomic file writing at links and special files")
struct AtomicFileSpecialPathTests {
  @Test("a symbolic link is followed: the file it names is replaced and the link stays")
  func followsSymbolicLinks() throws {
    try withTemporaryDirectory { directory in
      let target = directory + "/real.csv"
      let link = directory + "/link.csv"
      try writeAtomically("old\n", to: target)
      #expect(symlink(target, link) == 0)
      try writeAtomically("new\n", to: link)
      var status = stat()
      #expect(lstat(link, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
      #expect(try contentsOfFile(target) == Array("new\n".utf8))
      #expect(try directoryListing(directory) == ["link.csv", "real.csv"])
    }
  }

  @Test("a named pipe is written to, not replaced by a file")
  func writesIntoPipes() throws {
    try withTemporaryDirectory { directory in
      let pipe = directory + "/pipe"
      #expect(mkfifo(pipe, 0o600) == 0)
      // The reader must open the pipe before the writer's open returns.
      nonisolated(unsafe) var received: [UInt8] = []
      let reader = Thread {
        let descriptor = open(pipe, O_RDONLY)
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
          let count = read(descriptor, &buffer, 64)
          if count <= 0 { break }
          received += buffer[0..<count]
        }
        close(descriptor)
      }
      reader.start()
      try writeAtomically("through the pipe\n", to: pipe)
      // If the pipe were replaced, the reader would wait forever: give up after 5 s.
      for _ in 0..<5000 where !reader.isFinished { usleep(1000) }
      #expect(reader.isFinished, "the reader never saw the end of the data")
      var status = stat()
      #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
      #expect(received == Array("through the pipe\n".utf8))
    }
  }
}

@Suite("Atomic file writing: what is replaced and what is written through")
struct AtomicFileDestinationTests {
  @Test("a link to a descriptor of this process writes into that descriptor: a pipe gets the bytes, the link stays")
  func descriptorLink() throws {
    try withTemporaryDirectory { directory in
      var ends: [Int32] = [0, 0]
      #expect(pipe(&ends) == 0)
      defer { close(ends[0]) }
      let link = directory + "/out"
      #expect(symlink("/proc/self/fd/\(ends[1])", link) == 0)
      #expect(try OutputDestination(resolving: link) == .descriptor(ends[1]))
      try writeAtomically("into the pipe\n", to: link)
      close(ends[1])
      var buffer = [UInt8](repeating: 0, count: 64)
      let count = read(ends[0], &buffer, 64)
      #expect(Array(buffer[0..<max(count, 0)]) == Array("into the pipe\n".utf8))
      #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == "/proc/self/fd/\(ends[1])")
      #expect(try directoryListing(directory) == ["out"])
    }
  }

  @Test("descriptor links are recognised however they are spelled")
  func descriptorSpellings() throws {
    #expect(try OutputDestination(resolving: "/proc/self/fd/2") == .descriptor(2))
    #expect(try OutputDestination(resolving: "/dev/fd/2") == .descriptor(2))
    #expect(try OutputDestination(resolving: "/proc/\(getpid())/fd/2") == .descriptor(2))
    #expect(try OutputDestination(resolving: "/proc/thread-self/fd/2") == .descriptor(2))
    #expect(try OutputDestination(resolving: "/dev/null") == .specialFile("/dev/null"))
  }

  @Test("a descriptor opened for appending is added to, and its file is not replaced")
  func appendingDescriptor() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/log.txt"
      try writeAtomically("first\n", to: path)
      let descriptor = open(path, O_WRONLY | O_APPEND)
      #expect(descriptor >= 0)
      var before = stat()
      #expect(stat(path, &before) == 0)
      try writeAtomically("second\n", to: "/proc/self/fd/\(descriptor)")
      close(descriptor)
      var after = stat()
      #expect(stat(path, &after) == 0 && after.st_ino == before.st_ino)
      #expect(try contentsOfFile(path) == Array("first\nsecond\n".utf8))
    }
  }

  @Test("a link to a file that does not exist creates the file and keeps the link")
  func danglingLink() throws {
    try withTemporaryDirectory { directory in
      let link = directory + "/link.csv"
      #expect(symlink("new.csv", link) == 0)
      try writeAtomically("made\n", to: link)
      #expect(try contentsOfFile(directory + "/new.csv") == Array("made\n".utf8))
      #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == "new.csv")
      #expect(try directoryListing(directory) == ["link.csv", "new.csv"])
    }
  }

  @Test("a link into a missing directory and a link loop are errors that create nothing")
  func brokenLinks() throws {
    try withTemporaryDirectory { directory in
      #expect(symlink("missing/new.csv", directory + "/into-missing") == 0)
      #expect(symlink("b", directory + "/a") == 0)
      #expect(symlink("a", directory + "/b") == 0)
      let missing = OutputError.cannotCreateTemporaryFile(
        directory: directory + "/missing", path: directory + "/into-missing", reason: String(cString: strerror(ENOENT)))
      #expect(throws: missing) { try writeAtomically("x", to: directory + "/into-missing") }
      #expect(throws: OutputError.cannotOpen(path: directory + "/a", reason: String(cString: strerror(ELOOP)))) {
        try writeAtomically("x", to: directory + "/a")
      }
      let listing = try directoryListing(directory)
      #expect(listing == ["a", "b", "into-missing"])
    }
  }

  @Test("a full device is a write error naming the device")
  func fullDevice() throws {
    #expect(throws: OutputError.writeFailed(path: "/dev/full", reason: String(cString: strerror(ENOSPC)))) {
      try writeAtomically("x", to: "/dev/full")
    }
  }

  @Test("a Unix socket is connected to and written, not replaced")
  func socketTarget() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/socket"
      let server = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
      defer { close(server) }
      var address = sockaddr_un()
      address.sun_family = sa_family_t(AF_UNIX)
      withUnsafeMutableBytes(of: &address.sun_path) { raw in
        raw.copyBytes(from: Array(path.utf8) + [0])
      }
      let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          bind(server, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
        }
      }
      #expect(bound == 0 && listen(server, 1) == 0)
      try writeAtomically("to the socket\n", to: path)
      let connection = accept(server, nil, nil)
      defer { close(connection) }
      var received: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 64)
      while true {
        let count = read(connection, &buffer, 64)
        if count <= 0 { break }
        received += buffer[0..<count]
      }
      #expect(received == Array("to the socket\n".utf8))
      var status = stat()
      #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFSOCK)
    }
  }
}

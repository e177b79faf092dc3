// Where `slope` writes, run as a user would with standard output on a pipe:
// descriptor links, devices, FIFOs, links to files, and the errors for what
// cannot be written. The links to /proc/self/fd/1 are made in a temporary
// folder, so the test machine's own /dev/stdout is never at stake.

import DualGradTestSupport
import Foundation
import Testing

/// Runs `executable` with standard output on a pipe (read to its end) and
/// standard error in a file.
func runWithPipedOutput(_ executable: String, _ arguments: [String]) throws -> Run {
  try withTemporaryDirectory { directory in
    let errorPath = directory + "/stderr"
    _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    process.standardOutput = pipe
    process.standardError = FileHandle(forWritingAtPath: errorPath)
    try process.run()
    // Close our copy of the writing end, or reading never sees the end.
    try pipe.fileHandleForWriting.close()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      output: String(decoding: output, as: UTF8.self),
      error: try String(contentsOfFile: errorPath, encoding: .utf8), status: process.terminationStatus)
  }
}

/// `slope` with standard output on a pipe.
func slopeToPipe(_ arguments: [String]) throws -> Run {
  try runWithPipedOutput(slopeExecutable, arguments)
}

/// The target of the symbolic link at `path`, or nil if it is not one.
func linkDestination(_ path: String) -> String? {
  var status = stat()
  guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return nil }
  return try? FileManager.default.destinationOfSymbolicLink(atPath: path)
}

let twoRows = ["x", "--from", "0", "--to", "1", "--count", "2"]
let twoRowsCSV = "x,f,df\n0.0,0.0,1.0\n1.0,1.0,1.0\n"

@Suite("slope end to end: where output goes")
struct DestinationEndToEndTests {
  @Test("--output and --plot through a link to /proc/self/fd/1 write into the pipe and keep the link")
  func descriptorLinkToPipe() throws {
    try withTemporaryDirectory { directory in
      let link = directory + "/stdout"
      #expect(symlink("/proc/self/fd/1", link) == 0)
      let data = try slopeToPipe(twoRows + ["--output", link])
      #expect(data.status == 0 && data.error == "", "\(data.error)")
      #expect(data.output == twoRowsCSV)
      let plot = try slopeToPipe(twoRows + ["--plot", link])
      #expect(plot.status == 0 && plot.error == "", "\(plot.error)")
      #expect(plot.output.hasPrefix("<svg") && plot.output.hasSuffix("</svg>\n"))
      let point = try slopeToPipe(["x^2", "--at", "3", "--output", link])
      #expect(point.output == "6.0\n")
      // A link to the link (/dev/stdout is one to /proc/self/fd/1) works the same.
      #expect(symlink(link, directory + "/again") == 0)
      #expect(try slopeToPipe(twoRows + ["--output", directory + "/again"]).output == twoRowsCSV)
      #expect(linkDestination(link) == "/proc/self/fd/1")
      #expect(try directoryListing(directory) == ["again", "stdout"])
    }
  }

  @Test("/dev/fd/N and /proc/self/fd/N given directly, as process substitution does, are written through")
  func processSubstitution() throws {
    // bash passes >(cat) as /dev/fd/63; cat copies it to the pipe we read.
    let bash = "/bin/bash"
    guard FileManager.default.isExecutableFile(atPath: bash) else { return }
    let run = try runWithPipedOutput(bash, ["-c", "\"$0\" \"$@\" --output >(cat); wait", slopeExecutable] + twoRows)
    #expect(run.status == 0 && run.error == "", "\(run.error)")
    #expect(run.output == twoRowsCSV)
    let direct = try runWithPipedOutput(
      bash, ["-c", "exec 3>&1; \"$0\" \"$@\" --output /proc/self/fd/3", slopeExecutable] + twoRows)
    #expect(direct.output == twoRowsCSV, "\(direct.error)")
  }

  @Test("a link to a file opened for appending adds to it instead of replacing it")
  func descriptorLinkToAppendedFile() throws {
    try withTemporaryDirectory { directory in
      let log = directory + "/log.csv"
      try Data("earlier line\n".utf8).write(to: URL(fileURLWithPath: log))
      let link = directory + "/out"
      #expect(symlink("/proc/self/fd/3", link) == 0)
      let run = try runWithPipedOutput(
        "/bin/sh",
        ["-c", "exec 3>>\"$1\"; shift; exec \"$0\" \"$@\"", slopeExecutable, log] + twoRows + ["--output", link])
      #expect(run.status == 0 && run.error == "", "\(run.error)")
      #expect(try String(contentsOfFile: log, encoding: .utf8) == "earlier line\n" + twoRowsCSV)
      #expect(linkDestination(link) == "/proc/self/fd/3")
    }
  }

  @Test("--plot - writes the SVG to standard output; it cannot share it with the data")
  func plotToStandardOutput() throws {
    let run = try slopeToPipe(twoRows + ["--plot", "-"])
    #expect(run.status == 0 && run.error == "")
    #expect(run.output.hasPrefix("<svg") && run.output.hasSuffix("</svg>\n"))
    try withTemporaryDirectory { directory in
      let withData = try slopeToPipe(twoRows + ["--plot", "-", "--output", directory + "/d.csv"])
      #expect(withData.output.hasPrefix("<svg"))
      #expect(try String(contentsOfFile: directory + "/d.csv", encoding: .utf8) == twoRowsCSV)
    }
    for clash in [["--output", "-"], ["--format", "csv"]] {
      let refused = try slopeToPipe(twoRows + ["--plot", "-"] + clash)
      #expect(refused.status == 2 && refused.output == "")
      #expect(
        refused.error.hasPrefix("slope: error: --plot - cannot be used with the data on standard output"),
        "\(refused.error)")
    }
  }

  @Test("a FIFO is written into, not replaced")
  func fifo() throws {
    try withTemporaryDirectory { directory in
      let fifo = directory + "/fifo"
      #expect(mkfifo(fifo, 0o600) == 0)
      // cat reads the FIFO onto the pipe we read; slope writes into the FIFO.
      let both = try runWithPipedOutput(
        "/bin/sh",
        ["-c", "cat \"$1\" & shift; \"$0\" \"$@\"; wait", slopeExecutable, fifo] + twoRows + ["--output", fifo])
      #expect(both.status == 0 && both.error == "", "\(both.error)")
      #expect(both.output == twoRowsCSV)
      var status = stat()
      #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
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
      withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8) + [0]) }
      let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          bind(server, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
        }
      }
      #expect(bound == 0 && listen(server, 1) == 0)
      // The binary connects while this thread waits for it to finish, so
      // another thread accepts and reads.
      nonisolated(unsafe) var received: [UInt8] = []
      let reader = Thread {
        let connection = accept(server, nil, nil)
        var buffer = [UInt8](repeating: 0, count: 256)
        while connection >= 0 {
          let count = read(connection, &buffer, 256)
          if count <= 0 { break }
          received += buffer[0..<count]
        }
        close(connection)
      }
      reader.start()
      let run = try slopeToPipe(twoRows + ["--output", path])
      for _ in 0..<5000 where !reader.isFinished { usleep(1000) }
      #expect(run.status == 0 && run.error == "", "\(run.error)")
      #expect(reader.isFinished && received == Array(twoRowsCSV.utf8))
      var status = stat()
      #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFSOCK)
    }
  }

  @Test("a full device is an I/O error that says so: exit 1")
  func fullDevice() throws {
    for option in ["--output", "--plot"] {
      let run = try slopeToPipe(twoRows + [option, "/dev/full"])
      #expect(run.status == 1 && run.output == "")
      #expect(run.error == "slope: error: cannot write '/dev/full': \(String(cString: strerror(ENOSPC)))\n")
    }
  }

  @Test("a file too large for its limit fails with exit 1 and leaves no temporary file")
  func fileSizeLimit() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/big.csv"
      try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
      // ulimit -f 1 caps files at 1 KiB; an ignored SIGXFSZ turns the
      // failing write into an error, like a full disk.
      let run = try runWithPipedOutput(
        "/bin/sh",
        [
          "-c", "ulimit -f 1; trap '' XFSZ; exec \"$0\" \"$@\"", slopeExecutable,
          "x", "--from", "0", "--to", "1", "--count", "100000", "--output", path,
        ])
      #expect(run.status == 1)
      #expect(run.error.hasPrefix("slope: error: cannot write '\(path)': "), "\(run.error)")
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
      #expect(try directoryListing(directory) == ["big.csv"])
    }
  }

  @Test("a link to a file that does not exist yet creates the file and keeps the link")
  func danglingLink() throws {
    try withTemporaryDirectory { directory in
      let link = directory + "/latest.csv"
      #expect(symlink("runs/one.csv", link) == 0)
      try FileManager.default.createDirectory(atPath: directory + "/runs", withIntermediateDirectories: false)
      let run = try slopeToPipe(twoRows + ["--output", link])
      #expect(run.status == 0 && run.output == "" && run.error == "")
      #expect(try String(contentsOfFile: directory + "/runs/one.csv", encoding: .utf8) == twoRowsCSV)
      #expect(linkDestination(link) == "runs/one.csv")
      #expect(try directoryListing(directory + "/runs") == ["one.csv"])
    }
  }

  @Test("a link into a missing folder, a link loop and a folder are clear errors that change nothing")
  func unwritableTargets() throws {
    try withTemporaryDirectory { directory in
      #expect(symlink("missing/one.csv", directory + "/dangling") == 0)
      #expect(symlink("loop-b", directory + "/loop-a") == 0)
      #expect(symlink("loop-a", directory + "/loop-b") == 0)
      try FileManager.default.createDirectory(atPath: directory + "/folder", withIntermediateDirectories: false)
      let cases: [(String, String)] = [
        (
          "dangling",
          "cannot create a temporary file in '\(directory)/missing' for '\(directory)/dangling': "
            + String(cString: strerror(ENOENT))
        ),
        ("loop-a", "cannot open '\(directory)/loop-a' for writing: \(String(cString: strerror(ELOOP)))"),
        ("folder", "cannot open '\(directory)/folder' for writing: \(String(cString: strerror(EISDIR)))"),
      ]
      for (name, message) in cases {
        for option in ["--output", "--plot"] {
          let run = try slopeToPipe(twoRows + [option, directory + "/" + name])
          #expect(run.status == 1 && run.output == "", "\(name) \(option)")
          #expect(run.error == "slope: error: \(message)\n")
        }
      }
      #expect(try directoryListing(directory) == ["dangling", "folder", "loop-a", "loop-b"])
      #expect(try directoryListing(directory + "/folder").isEmpty)
    }
  }

  @Test(
    "--plot refuses a name that promises another format than SVG",
    arguments: ["p.png", "p.PDF", "out/p.jpg", "p.svg.png"])
  func plotExtension(name: String) throws {
    let run = try slopeToPipe(twoRows + ["--plot", name])
    #expect(run.status == 2 && run.output == "")
    #expect(run.error.hasPrefix("slope: error: --plot '\(name)': slope draws SVG only"), "\(run.error)")
  }

  @Test("--plot accepts .svg in any case and names without an extension")
  func plotNames() throws {
    try withTemporaryDirectory { directory in
      for name in ["a.svg", "b.SVG", "plot", ".hidden", "dir.v2/c"] {
        if name.hasPrefix("dir") {
          try FileManager.default.createDirectory(atPath: directory + "/dir.v2", withIntermediateDirectories: false)
        }
        let run = try slopeToPipe(twoRows + ["--plot", directory + "/" + name])
        #expect(run.status == 0, "\(name): \(run.error)")
      }
    }
  }
}

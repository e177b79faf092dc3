// W5: the slope tool as a whole process — start, parse, evaluate tanh and its
// slope at 1,000,000 points, format, write the CSV file — against a loop
// compiled into this benchmark that writes the same file byte for byte.
//
// The slope binary is looked up next to this one: `swift build -c release`
// (or `swift run -c release dualgrad-bench`, which builds every product) puts
// both in .build/release. Without it, W5 is skipped with a message.

import DualGrad
import Foundation

enum SlopeTool {
  static let count = 1_000_000

  /// A text stream appending to a byte array: `Double.write(to:)` hands it
  /// the shortest round-trip digits as ASCII, no String in between.
  struct Bytes: TextOutputStream {
    var bytes: [UInt8] = []
    mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
  }

  /// x, tanh x and tanh′x = 1/cosh²x at 1,000,000 points from −7 to 7, in
  /// slope's CSV layout, written in 64 KiB blocks to a temporary file that is
  /// then renamed over `path` (as slope does).
  static func handWritten(to path: String) throws {
    let (start, end) = (-7.0, 7.0)
    let intervals = Double(count - 1)
    let temporary = path + ".partial"
    guard let file = fopen(temporary, "wb") else {
      throw BenchmarkError.usage("cannot write \(temporary)")
    }
    var out = Bytes()
    out.bytes.reserveCapacity(1 << 16)
    out.bytes.append(contentsOf: "x,f,df\n".utf8)
    for i in 0..<count {
      // slope's points: the offset multiplied before it is divided, ends exact.
      let x = i == count - 1 ? end : start + Double(i) * (end - start) / intervals
      let c = Foundation.cosh(x)
      x.write(to: &out)
      out.bytes.append(UInt8(ascii: ","))
      // DualGrad's Double.tanh, the function slope evaluates (libm's, or the
      // branch-free one in an opt-in build), so the files compare byte for byte.
      Double.tanh(x).write(to: &out)
      out.bytes.append(UInt8(ascii: ","))
      (1 / (c * c)).write(to: &out)
      out.bytes.append(UInt8(ascii: "\n"))
      if out.bytes.count > (1 << 16) - 128 {
        fwrite(out.bytes, 1, out.bytes.count, file)
        out.bytes.removeAll(keepingCapacity: true)
      }
    }
    fwrite(out.bytes, 1, out.bytes.count, file)
    guard fclose(file) == 0, rename(temporary, path) == 0 else {
      throw BenchmarkError.usage("cannot write \(path)")
    }
  }

  static func runSlope(_ executable: URL, output: String) throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = ["tanh(x)", "--from", "-7", "--to", "7", "--count", String(count), "--output", output]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw BenchmarkError.disagreement(workload: "W5", detail: "slope exited with status \(process.terminationStatus)")
    }
  }

  static func run(repetitions: Int) throws -> [Row] {
    let executable = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
      .resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("slope")
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      print("W5 skipped: no slope binary at \(executable.path); build it first with `swift build -c release`")
      return []
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dualgrad-bench-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let slopeFile = directory.appendingPathComponent("slope.csv").path
    let loopFile = directory.appendingPathComponent("loop.csv").path

    try runSlope(executable, output: slopeFile)
    try handWritten(to: loopFile)
    guard let a = FileManager.default.contents(atPath: slopeFile),
      let b = FileManager.default.contents(atPath: loopFile)
    else { throw BenchmarkError.disagreement(workload: "W5", detail: "an output file is missing") }
    guard a == b else {
      let firstDifference =
        zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
      throw BenchmarkError.disagreement(
        workload: "W5", detail: "the files differ from byte \(firstDifference) (\(a.count) vs \(b.count) bytes)")
    }

    let baseline = Timing(timings(repetitions: repetitions) { try! handWritten(to: loopFile) })
    let tool = Timing(timings(repetitions: repetitions) { try! runSlope(executable, output: slopeFile) })
    return [
      Row(
        workload: "W5 slope tool, 1,000,000 rows", variant: "slope 'tanh(x)' … --output FILE (whole process)",
        unit: .seconds, seconds: tool, baselineSeconds: baseline, target: "under 0.3 s"),
      Row(
        workload: "W5 slope tool, 1,000,000 rows", variant: "compiled loop in this process", unit: .seconds,
        seconds: baseline, baselineSeconds: baseline, target: "—"),
    ]
  }
}

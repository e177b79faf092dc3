// W5: the slope tool as a whole process — start, parse, evaluate tanh and its
// derivatives (order 1, and order 10) at 1,000,000 points, format, write the
// CSV file — against a loop compiled into this benchmark that writes the same
// file byte for byte with the standard library's number spelling
// (`Double.write(to:)`, the digits of `description`), as a user would.
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

  /// The CSV header of slope's rows up to `order`: x,f,df,d2f,…
  static func header(order: Int) -> String {
    (["x", "f"] + (1...order).map { $0 == 1 ? "df" : "d\($0)f" }).joined(separator: ",") + "\n"
  }

  /// x, tanh x and its derivatives up to `order` at 1,000,000 points from −7
  /// to 7, in slope's CSV layout, written in 64 KiB blocks to a temporary
  /// file that is then renamed over `path` (as slope does). Order 1 is
  /// written out by hand (tanh′x = 1/cosh²x); higher orders come from
  /// DualGrad's `derivatives(of:at:order:)`, the Taylor series slope uses.
  static func handWritten(order: Int, to path: String) throws {
    let (start, end) = (-7.0, 7.0)
    let intervals = Double(count - 1)
    let temporary = path + ".partial"
    guard let file = fopen(temporary, "wb") else {
      throw BenchmarkError.usage("cannot write \(temporary)")
    }
    var out = Bytes()
    out.bytes.reserveCapacity(1 << 16)
    out.bytes.append(contentsOf: header(order: order).utf8)
    for i in 0..<count {
      // slope's points: the offset multiplied before it is divided, ends exact.
      let x = i == count - 1 ? end : start + Double(i) * (end - start) / intervals
      x.write(to: &out)
      if order == 1 {
        let c = Foundation.cosh(x)
        out.bytes.append(UInt8(ascii: ","))
        // DualGrad's Double.tanh, the function slope evaluates (libm's, or the
        // branch-free one in an opt-in build), so the files compare byte for byte.
        Double.tanh(x).write(to: &out)
        out.bytes.append(UInt8(ascii: ","))
        (1 / (c * c)).write(to: &out)
      } else {
        for value in derivatives(of: { tanh($0) }, at: x, order: order) {
          out.bytes.append(UInt8(ascii: ","))
          value.write(to: &out)
        }
      }
      out.bytes.append(UInt8(ascii: "\n"))
      if out.bytes.count > (1 << 16) - 512 {
        fwrite(out.bytes, 1, out.bytes.count, file)
        out.bytes.removeAll(keepingCapacity: true)
      }
    }
    fwrite(out.bytes, 1, out.bytes.count, file)
    guard fclose(file) == 0, rename(temporary, path) == 0 else {
      throw BenchmarkError.usage("cannot write \(path)")
    }
  }

  static func runSlope(_ executable: URL, order: Int, output: String) throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = [
      "tanh(x)", "--from", "-7", "--to", "7", "--count", String(count), "--order", String(order), "--output", output,
    ]
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

    var rows: [Row] = []
    for (order, target) in [(1, "under 0.3 s"), (10, "under 1 s")] {
      try runSlope(executable, order: order, output: slopeFile)
      try handWritten(order: order, to: loopFile)
      guard let a = FileManager.default.contents(atPath: slopeFile),
        let b = FileManager.default.contents(atPath: loopFile)
      else { throw BenchmarkError.disagreement(workload: "W5", detail: "an output file is missing") }
      guard a == b else {
        let firstDifference =
          zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        throw BenchmarkError.disagreement(
          workload: "W5",
          detail: "order \(order): the files differ from byte \(firstDifference) (\(a.count) vs \(b.count) bytes)")
      }

      let baseline = Timing(timings(repetitions: repetitions) { try! handWritten(order: order, to: loopFile) })
      let tool = Timing(
        timings(repetitions: repetitions) { try! runSlope(executable, order: order, output: slopeFile) })
      let workload = "W5 slope tool, 1,000,000 rows, order \(order)"
      rows += [
        Row(
          workload: workload, variant: "slope 'tanh(x)' --order \(order) … --output FILE (whole process)",
          unit: .seconds, seconds: tool, baselineSeconds: baseline, target: target),
        Row(
          workload: workload, variant: "compiled loop in this process (description's digits)", unit: .seconds,
          seconds: baseline, baselineSeconds: baseline, target: "—"),
      ]
    }
    return rows
  }
}

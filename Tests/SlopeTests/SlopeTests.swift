// Runs the built `slope` binary as a subprocess, as a user would, and checks
// standard output, standard error and the exit status.

import DualGradTestSupport
import Foundation
import Testing

/// The result of one run of the binary.
struct Run {
  var output: String
  var error: String
  var status: Int32
}

/// The `slope` executable that `swift build` / `swift test` put beside the
/// test runner (same build directory), falling back to `.build/debug`.
let slopeExecutable: String = {
  let fileManager = FileManager.default
  if let runner = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
    let candidate = URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("slope").path
    if fileManager.isExecutableFile(atPath: candidate) { return candidate }
  }
  let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  return packageRoot.appendingPathComponent(".build/debug/slope").path
}()

/// Runs `slope` with `arguments`, feeding `input` on standard input (from a
/// file, so a large input cannot deadlock against the output pipes).
func slope(_ arguments: [String], input: Data = Data(), standardOutput: String? = nil) throws -> Run {
  try withTemporaryDirectory { directory in
    let inputPath = directory + "/stdin"
    let outputPath = standardOutput ?? directory + "/stdout"
    let errorPath = directory + "/stderr"
    try input.write(to: URL(fileURLWithPath: inputPath))
    _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
    if standardOutput == nil { _ = FileManager.default.createFile(atPath: outputPath, contents: nil) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: slopeExecutable)
    process.arguments = arguments
    process.standardInput = FileHandle(forReadingAtPath: inputPath)
    process.standardOutput = FileHandle(forWritingAtPath: outputPath)
    process.standardError = FileHandle(forWritingAtPath: errorPath)
    try process.run()
    process.waitUntilExit()
    let output = standardOutput == nil ? (try String(contentsOfFile: outputPath, encoding: .utf8)) : ""
    return Run(
      output: output, error: try String(contentsOfFile: errorPath, encoding: .utf8), status: process.terminationStatus)
  }
}

@Suite("slope end to end: results")
struct EndToEndResultTests {
  @Test("the tutorial's slope at a point, with --at 1 and --at x=1.0")
  func tutorial() throws {
    for at in ["1", "x=1.0"] {
      let run = try slope(["(1-exp(-2*x))/(1+exp(-2*x))", "--at", at])
      #expect(run.output == "0.419974341614026\n")
      #expect(run.error == "")
      #expect(run.status == 0)
    }
  }

  @Test("a formula in another single variable uses that name")
  func otherVariable() throws {
    #expect(try slope(["t^2", "--at", "3"]).output == "6.0\n")
    #expect(
      try slope(["t^2", "--at", "t=3", "--format", "json"]).output
        == "{\"expression\": \"t^2\", \"at\": {\"t\": 3.0}, \"value\": 9.0, \"derivatives\": [6.0]}\n")
  }

  @Test("several variables print one line per variable, in the order given")
  func gradient() throws {
    #expect(try slope(["x^2*y + sin(y)", "--at", "x=3,y=0"]).output == "x: 0.0\ny: 10.0\n")
    #expect(try slope(["x^2*y + sin(y)", "--at", "y=0,x=3"]).output == "y: 10.0\nx: 0.0\n")
    #expect(try slope(["x*y", "--at", "x=1,y=2", "--order", "2"]).output == "x,x: 0.0\nx,y: 1.0\ny,x: 1.0\ny,y: 0.0\n")
  }

  @Test("JSON at a point: value and K derivatives; several variables: gradient and Hessian; non-finite is null")
  func json() throws {
    let single = try slope(["x^3", "--at", "2", "--order", "2", "--format", "json"]).output
    #expect(
      single == "{\"expression\": \"x^3\", \"at\": {\"x\": 2.0}, \"value\": 8.0, \"derivatives\": [12.0, 12.0]}\n")
    let several = try slope(["x^2*y", "--at", "x=1,y=3", "--order", "2", "--format", "json"]).output
    #expect(
      several == """
        {"expression": "x^2*y", "at": {"x": 1.0, "y": 3.0}, "value": 3.0, "gradient": {"x": 6.0, "y": 1.0}, \
        "hessian": {"x": {"x": 6.0, "y": 2.0}, "y": {"x": 2.0, "y": 0.0}}}

        """)
    let singular = try slope(["log(x)", "--at", "0", "--format", "json"]).output
    #expect(
      singular == "{\"expression\": \"log(x)\", \"at\": {\"x\": 0.0}, \"value\": null, \"derivatives\": [null]}\n")
    for text in [single, several, singular] {
      #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "not JSON: \(text)")
    }
    let quoted = try slope(["x + \"", "--at", "1", "--format", "json"])
    #expect(quoted.status == 2)  // a quote is not part of the language, and is escaped when echoed
  }

  @Test("a range to CSV: header, N rows, both ends exact; N = 1 gives A; descending allowed")
  func range() throws {
    #expect(
      try slope(["x^2", "--from", "0", "--to", "1", "--count", "3"]).output
        == "x,f,df\n0.0,0.0,0.0\n0.5,0.25,1.0\n1.0,1.0,2.0\n")
    #expect(try slope(["x^2", "--from", "3", "--to", "9", "--count", "1"]).output == "x,f,df\n3.0,9.0,6.0\n")
    #expect(
      try slope(["x", "--from", "1", "--to", "-1", "--count", "3"]).output
        == "x,f,df\n1.0,1.0,1.0\n0.0,0.0,1.0\n-1.0,-1.0,1.0\n")
    let tanh = try slope(["tanh(x)", "--from", "-7", "--to", "7", "--count", "200"]).output.split(separator: "\n")
    #expect(tanh.count == 201)
    #expect(tanh[1].hasPrefix("-7.0,"))
    #expect(tanh[200].hasPrefix("7.0,"))
  }

  @Test("order k adds columns up to d{k}f")
  func orderColumns() throws {
    #expect(
      try slope(["x^3", "--from", "1", "--to", "2", "--count", "2", "--order", "2"]).output
        == "x,f,df,d2f\n1.0,1.0,3.0,6.0\n2.0,8.0,12.0,12.0\n")
  }

  @Test("--order K at a point prints the K-th derivative; over a range it adds columns to d{K}f")
  func anyOrder() throws {
    #expect(try slope(["exp(2*x)", "--at", "0", "--order", "5"]).output == "32.0\n")
    #expect(
      try slope(["x^4", "--from", "1", "--to", "2", "--count", "2", "--order", "4"]).output
        == "x,f,df,d2f,d3f,d4f\n1.0,1.0,4.0,12.0,24.0,24.0\n2.0,16.0,32.0,48.0,48.0,24.0\n")
    #expect(
      try slope(["x^4", "--at", "1", "--order", "3", "--format", "json"]).output
        == "{\"expression\": \"x^4\", \"at\": {\"x\": 1.0}, \"value\": 1.0, \"derivatives\": [4.0, 12.0, 24.0]}\n")
    let several = try slope(["x*y", "--at", "x=1,y=2", "--order", "3"])
    #expect(several.status == 2 && several.error.contains("--order 3 needs a formula of one variable"))
  }

  @Test("nan, inf and -inf are spelled so in CSV")
  func nonFinite() throws {
    #expect(
      try slope(["log(x)", "--from", "-1", "--to", "1", "--count", "3"]).output
        == "x,f,df\n-1.0,nan,nan\n0.0,-inf,inf\n1.0,0.0,1.0\n")
  }

  @Test("a range as streamed JSON")
  func rangeJSON() throws {
    let text = try slope(["2*x", "--from", "0", "--to", "1", "--count", "2", "--format", "json"]).output
    #expect(
      text
        == "{\"expression\": \"2*x\", \"columns\": [\"x\", \"f\", \"df\"], \"rows\": [\n[0.0,0.0,2.0],\n[1.0,2.0,2.0]\n]}\n"
    )
    #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil)
  }

  @Test("the expression can come from standard input with -")
  func standardInput() throws {
    let run = try slope(["-", "--at", "1"], input: Data("(1-exp(-2*x))/(1+exp(-2*x))\n".utf8))
    #expect(run.output == "0.419974341614026\n")
    // The line break that ends the input is not part of the formula: the
    // caret of an error points into the formula itself.
    let broken = try slope(["-", "--at", "1"], input: Data("sin(x\n".utf8))
    #expect(broken.status == 2 && broken.error.contains("  sin(x\n       ^"))
    #expect(!broken.error.contains("line 2"))
  }

  @Test("--output writes the file and nothing to standard output; --output - is standard output")
  func outputFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/out.csv"
      let run = try slope(["x", "--from", "0", "--to", "1", "--count", "2", "--output", path])
      #expect(run.output == "" && run.status == 0)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "x,f,df\n0.0,0.0,1.0\n1.0,1.0,1.0\n")
      #expect(try directoryListing(directory) == ["out.csv"])
    }
    #expect(try slope(["x", "--at", "1", "--output", "-"]).output == "1.0\n")
  }

  @Test("--plot writes a self-contained SVG with a legend, and no data unless asked")
  func plot() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/tanh.svg"
      let run = try slope(["tanh(x)", "--from", "-7", "--to", "7", "--count", "200", "--order", "2", "--plot", path])
      #expect(run.output == "" && run.error == "" && run.status == 0)
      let svg = try String(contentsOfFile: path, encoding: .utf8)
      #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"))
      #expect(svg.hasSuffix("</svg>\n"))
      for name in ["f(x)", "f′(x)", "f″(x)", "tanh(x)"] { #expect(svg.contains(name), "missing \(name)") }
      #expect(!svg.contains("http://") || svg.contains("xmlns=\"http://www.w3.org/2000/svg\""))
      let both = try slope(["x", "--from", "0", "--to", "1", "--count", "2", "--plot", path, "--format", "csv"])
      #expect(both.output == "x,f,df\n0.0,0.0,1.0\n1.0,1.0,1.0\n")
    }
  }

  @Test("a non-finite stretch leaves a gap: 1/x over [-1, 1] draws each curve in two pieces")
  func plotGap() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/p.svg"
      let dense = try slope(["1/x", "--from", "-1", "--to", "1", "--count", "201", "--plot", path])
      #expect(dense.status == 0)
      let svg = try String(contentsOfFile: path, encoding: .utf8)
      // Each "M" starts a new piece of a path: f and f′ each need two.
      let pieces = svg.components(separatedBy: "d=\"M").count - 1 + svg.components(separatedBy: " M").count - 1
      #expect(pieces == 4, "expected separate pieces on each side of 0")
    }
  }

  @Test("--help documents every option, the input size and examples; --version prints the version")
  func help() throws {
    let run = try slope(["--help"])
    #expect(run.status == 0)
    for word in [
      "--at", "--from", "--to", "--count", "--order", "--format", "--output", "--plot", "--version",
      "16 MiB", "EXAMPLES", "0.419974341614026", "EXIT STATUS", "atan2(y,x)", "hypot(a,b)",
    ] {
      #expect(run.output.contains(word), "help lacks \(word)")
    }
    #expect(try slope(["--version"]).output.hasPrefix("slope "))
  }

  @Test("100,000 nested parentheses on standard input give the right answer")
  func deepNesting() throws {
    let depth = 100_000
    let text = String(repeating: "(", count: depth) + "x*x" + String(repeating: ")", count: depth)
    let run = try slope(["-", "--at", "3"], input: Data(text.utf8))
    #expect(run.output == "6.0\n")
    #expect(run.status == 0)
  }

  @Test("a 1 MB formula of 500,000 terms on standard input gives the right answer")
  func longExpression() throws {
    // The derivative of x+x+...+x is the number of terms. (5 MB of such terms
    // takes about 1.2 s in a release build, 10 s in a debug one, so the test
    // suite uses 1 MB; README.md has the 5 MB figure.)
    let terms = 500_000
    let text = String(repeating: "x+", count: terms - 1) + "x"
    let run = try slope(["-", "--at", "1"], input: Data(text.utf8))
    #expect(run.output == "\(Double(terms))\n", "stderr: \(run.error)")
  }

  @Test("a 5 MB expression on standard input is read whole and answered")
  func fiveMegabytes() throws {
    // Five million bytes: line breaks and spaces around a formula.
    let padding = String(repeating: " \n", count: 2_500_000)
    let run = try slope(["-", "--at", "2"], input: Data((padding + "x^3" + padding).utf8))
    #expect(run.output == "12.0\n")
    #expect(run.status == 0)
  }
}

@Suite("slope end to end: a range starts at --from and ends at --to exactly")
struct RangeEndTests {
  @Test(
    "the first row's x is --from and the last row's x is --to, bit for bit",
    arguments: [
      ("0", "0.3", 7, 0.0, 0.3),
      ("-7", "7", 200, -7.0, 7.0),
      ("0", "2*pi", 101, 0.0, 2 * Double.pi),
      ("1", "-0.7", 13, 1.0, -0.7),
      ("0.1", "0.7", 3, 0.1, 0.7),
      ("-1e-3", "2.5e-3", 1000, -1e-3, 2.5e-3),
      // from + (to − from) is not `to` here: the end must be taken as given.
      ("-7", "0.3", 101, -7.0, 0.3),
      // Long enough to be computed in blocks on several cores.
      ("0", "0.3", 40_000, 0.0, 0.3),
    ])
  func ends(from: String, to: String, count: Int, first: Double, last: Double) throws {
    for format in ["csv", "json"] {
      let run = try slope(["sin(x)", "--from", from, "--to", to, "--count", "\(count)", "--format", format])
      #expect(run.status == 0)
      // The data rows: CSV "x,f,df", JSON "[x,f,df]," (the first line is the header or the opening).
      let rows = run.output.split(separator: "\n").dropFirst().filter { $0.first != "]" }
      let xs = rows.map { row in Double(row.drop { $0 == "[" }.prefix { $0 != "," }) }
      #expect(xs.count == count)
      #expect(xs.first == first, "\(format): first x of --from \(from)")
      #expect(xs.last == last, "\(format): last x of --to \(to) is \(xs.last.map { "\($0 ?? .nan)" } ?? "missing")")
    }
  }
}

@Suite("slope end to end: errors")
struct EndToEndErrorTests {
  /// Checks one failing run: status, the message prefix and words, nothing on stdout.
  func expectFailure(_ run: Run, status: Int32, _ words: String...) {
    #expect(run.status == status)
    #expect(run.output == "")
    #expect(run.error.hasPrefix("slope: error: "), "stderr: \(run.error)")
    for word in words { #expect(run.error.contains(word), "stderr lacks \(word): \(run.error)") }
  }

  @Test("a parse error shows the expression with a caret and what was expected")
  func parse() throws {
    expectFailure(
      try slope(["2*(x+)", "--at", "1"]), status: 2,
      "expected a number, a name or '(' after '+', found ')'\n  2*(x+)\n       ^\n")
  }

  @Test("an unknown function suggests the nearest name, a swap counting as one edit")
  func unknownFunction() throws {
    expectFailure(try slope(["tnah(x)", "--at", "1"]), status: 2, "unknown function 'tnah'; did you mean 'tanh'?")
  }

  @Test(
    "usage errors exit 2",
    arguments: [
      (["x", "--bogus"], "unknown option '--bogus'"),
      (["x", "--at"], "--at needs a value"),
      (["x", "--at", "1", "--from", "0", "--to", "1"], "--at cannot be used with --from"),
      (["x", "--from", "0", "--to", "1", "--at", "1"], "--at cannot be used with --from"),
      (["x", "--plot", "a.svg"], "--plot needs --from and --to"),
      (["x", "--from", "0", "--to", "1", "--count", "0"], "--count '0': must be at least 1"),
      (["x", "--from", "0", "--to", "1", "--count", "-1"], "must be at least 1"),
      (["x", "--from", "0", "--to", "1", "--count", "1.5"], "must be a whole number"),
      (["x", "--at", "nan"], "not a finite number"),
      (["x", "--at", "1e999"], "too large"),
      (["x", "--from", "-inf", "--to", "1"], "not a finite number"),
      (["x", "--at", "\u{7}"], "control character"),
      (["x\u{1B}y", "--at", "1"], "control character U+1B"),
      (["x*y", "--at", "1"], "the formula has 2 variables (x, y); give a value for each, as in --at x=1,y=2"),
      (["x*y", "--at", "x=1"], "--at gives no value for y"),
      (["x*y", "--from", "0", "--to", "1"], "a range needs a formula of one variable"),
      (["x*y", "--at", "x=1,y=2", "--format", "csv"], "--format csv is for one variable"),
      ([], "missing the expression"),
      (["x"], "say where to differentiate"),
      (["", "--at", "1"], "the expression is empty"),
    ])
  func usage(arguments: [String], message: String) throws {
    expectFailure(try slope(arguments), status: 2, message)
  }

  @Test("an unwritable output path is an I/O error: exit 1")
  func unwritable() throws {
    expectFailure(
      try slope(["x", "--at", "1", "--output", "/nonexistent-dir/out.txt"]), status: 1, "/nonexistent-dir/out.txt")
    expectFailure(try slope(["x", "--from", "0", "--to", "1", "--plot", "/nonexistent-dir/p.svg"]), status: 1, "p.svg")
  }

  @Test("a full disk on standard output is an I/O error: exit 1")
  func fullDisk() throws {
    let run = try slope(["x", "--from", "0", "--to", "1", "--count", "100000"], standardOutput: "/dev/full")
    #expect(run.status == 1)
    #expect(run.error.hasPrefix("slope: error: cannot write 'standard output'"), "stderr: \(run.error)")
  }

  @Test("a syntax error at the end of a 5 MB expression shows a short excerpt, not 5 MB")
  func hugeError() throws {
    let text = "x + 1" + String(repeating: " ", count: 5_000_000) + ")"
    let run = try slope(["-", "--at", "1"], input: Data(text.utf8))
    expectFailure(run, status: 2, "unmatched ')'", "…")
    #expect(run.error.utf8.count < 300)
  }

  @Test("an expression over 16 MiB on standard input is refused")
  func tooLarge() throws {
    let run = try slope(["-", "--at", "1"], input: Data(repeating: UInt8(ascii: " "), count: (16 << 20) + 10))
    expectFailure(run, status: 2, "at most 16777216 are accepted")
  }

  @Test("invalid UTF-8 on standard input is a clear error")
  func invalidUTF8() throws {
    expectFailure(
      try slope(["-", "--at", "1"], input: Data([0x78, 0x2B, 0xFF])), status: 2, "not valid UTF-8 (byte 0xFF)")
  }

  @Test("a failed run leaves an existing --output or --plot file byte for byte as it was")
  func noTruncation() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/keep.csv"
      let original = Data("precious,data\n1,2\n".utf8)
      try original.write(to: URL(fileURLWithPath: path))
      let failures: [[String]] = [
        ["2*(x+)", "--from", "0", "--to", "1", "--output", path],  // parse error
        ["x", "--from", "0", "--to", "1", "--count", "0", "--output", path],  // argument error
        ["x*y", "--from", "0", "--to", "1", "--output", path],  // formula/mode error
        ["x", "--from", "0", "--to", "1", "--output", path, "--plot", directory + "/no/such/dir/p.svg"],  // I/O error
        ["x", "--from", "0", "--to", "1", "--plot", path + ".svg", "--output", directory + "/missing/o.csv"],
      ]
      for arguments in failures {
        let run = try slope(arguments)
        #expect(run.status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original, "\(arguments) changed the file")
      }
      #expect(try directoryListing(directory) == ["keep.csv"], "a temporary or partial file was left behind")
    }
  }
}

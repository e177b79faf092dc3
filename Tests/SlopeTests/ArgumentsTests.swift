import Testing

@testable import SlopeCore

@Suite("Arguments: options, values, combinations")
struct ArgumentsTests {
  @Test("a point, bare or named, in either option spelling")
  func point() throws {
    #expect(try Arguments.parse(["x", "--at", "1.5"]).point == .bare(1.5))
    #expect(try Arguments.parse(["x", "--at=1.5"]).point == .bare(1.5))
    #expect(try Arguments.parse(["x", "--at", "-2"]).point == .bare(-2))
    #expect(try Arguments.parse(["x", "--at", "x=1.0"]).point == .named([NamedValue(name: "x", value: 1)]))
    #expect(
      try Arguments.parse(["x*y", "--at", "y=2, x=pi/2"]).point
        == .named([NamedValue(name: "y", value: 2), NamedValue(name: "x", value: .pi / 2)]))
    #expect(
      try Arguments.parse(["x", "--at", "x=atan2(1, 1)"]).point == .named([NamedValue(name: "x", value: .pi / 4)]))
  }

  @Test("a range with defaults, descending ranges allowed, constant expressions as numbers")
  func range() throws {
    let arguments = try Arguments.parse(["sin(x)", "--from", "-pi", "--to", "2*pi"])
    #expect(arguments.range == SampleRange(from: -.pi, to: 2 * .pi, count: Arguments.defaultCount))
    #expect(try Arguments.parse(["x", "--from", "1", "--to", "0", "--count", "1e3"]).range?.count == 1000)
  }

  @Test("points of a range: both ends exact, decimal steps as a person expects, one point is the start")
  func points() {
    let range = SampleRange(from: 0, to: 1, count: 11)
    #expect((0..<11).map(range.point) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
    #expect(SampleRange(from: 3, to: 9, count: 1).point(0) == 3)
    let descending = SampleRange(from: 1, to: -1, count: 3)
    #expect((0..<3).map(descending.point) == [1, 0, -1])
    let huge = SampleRange(from: -1.7e308, to: 1.7e308, count: 3)
    #expect((0..<3).map(huge.point) == [-1.7e308, 0, 1.7e308])
  }

  @Test("the expression may start with '-', come from '-', or follow '--'")
  func expressionSources() throws {
    #expect(try Arguments.parse(["-x^2", "--at", "1"]).expression == .text("-x^2"))
    #expect(try Arguments.parse(["-", "--at", "1"]).expression == .standardInput)
    #expect(try Arguments.parse(["--at", "1", "--", "--x"]).expression == .text("--x"))
  }

  @Test("help and version win wherever they appear")
  func helpAndVersion() throws {
    #expect(try Arguments.parse(["--bogus", "--help"]).action == .help)
    #expect(try Arguments.parse(["-h"]).action == .help)
    #expect(try Arguments.parse(["--version"]).action == .version)
  }

  @Test(
    "each usage mistake is its own clear error",
    arguments: [
      (["x", "--bogus", "1"], SlopeError.unknownOption("--bogus", suggestion: nil)),
      (["x", "--fromm", "1"], .unknownOption("--fromm", suggestion: "--from")),
      (["x", "-at", "1"], .unknownOption("-at", suggestion: "--at")),
      (["x", "--out", "f"], .unknownOption("--out", suggestion: "--output")),
      (["x", "--at"], .missingValue(option: "--at")),
      (["x", "--at", "--from", "1"], .missingValue(option: "--at")),
      (["x", "--at", "1", "--at", "2"], .repeatedOption("--at")),
      (["x", "--at", "1", "--from", "0", "--to", "1"], .conflictingOptions("--at", "--from")),
      (["x", "--at", "1", "--count", "5"], .conflictingOptions("--at", "--count")),
      (["x", "--at", "1", "--plot", "p.svg"], .conflictingOptions("--at", "--plot (a plot needs --from and --to)")),
      (["x", "--from", "0"], .missingOption("--to", neededBy: "--from")),
      (["x", "--to", "0"], .missingOption("--from", neededBy: "--to")),
      (["x", "--count", "5"], .missingOption("--from", neededBy: "--count")),
      (["x", "--plot", "p.svg"], .missingOption("--from and --to", neededBy: "--plot")),
      (
        ["x", "--from", "0", "--to", "1", "--plot", "a", "--output", "a"],
        .conflictingOptions("--output", "--plot naming the same file")
      ),
      (["--at", "1"], .missingExpression),
      (["x", "y", "--at", "1"], .unexpectedArgument("y")),
      (["x"], .nothingToDo),
      (
        ["x", "--from", "0", "--to", "1", "--format", "text"],
        .unsupported("--format text is for a single point (--at); a range is written as csv or json")
      ),
    ] as [([String], SlopeError)])
  func usageErrors(arguments: [String], expected: SlopeError) {
    #expect(throws: expected) { try Arguments.parse(arguments) }
  }

  @Test(
    "bad values name the option, the value and the reason",
    arguments: [
      (["x", "--at", "nan"], "--at 'nan': not a finite number"),
      (["x", "--at", "inf"], "--at 'inf': not a finite number"),
      (["x", "--at", "1e999"], "--at '1e999': not a number (the number '1e999' is too large"),
      (["x", "--at", "1e308*10"], "--at '1e308*10': not a finite number (it is inf)"),
      (["x", "--at", "abc"], "'abc' is not a known constant"),
      (["x", "--at", ""], "--at '': not a number"),
      (["x", "--at", "1,2"], "name every value when giving several"),
      (["x", "--at", "x=1,x=2"], "'x' is given twice"),
      (["x", "--at", "sin=1"], "'sin' is a function or constant"),
      (["x", "--at", "\u{1}"], "--at '\\u{1}': not a number (control character U+01"),
      (["x", "--from", "0", "--to", "1", "--count", "0"], "--count '0': must be at least 1"),
      (["x", "--from", "0", "--to", "1", "--count", "-5"], "--count '-5': must be at least 1"),
      (["x", "--from", "0", "--to", "1", "--count", "2.5"], "--count '2.5': must be a whole number"),
      (["x", "--from", "0", "--to", "1", "--count", "1e300"], "--count '1e300': must be at most 9007199254740992"),
      (["x", "--at", "1", "--order", "0"], "--order '0': must be at least 1"),
      (["x", "--at", "1", "--order", "101"], "--order '101': must be at most 100"),
      (["x", "--at", "1", "--format", "jsno"], "--format 'jsno': choose text, csv or json; did you mean json?"),
      (["x", "--at", "1", "--output", ""], "--output '': the file name is empty"),
      (["x", "--from", "0", "--to", "1", "--plot", "a\nb"], "a file name with control characters is refused"),
    ])
  func badValues(arguments: [String], message: String) {
    do {
      _ = try Arguments.parse(arguments)
      Issue.record("accepted \(arguments)")
    } catch let error as SlopeError {
      #expect(error.description.contains(message), "got: \(error.description)")
      #expect(error.exitStatus == 2)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test("messages quote hostile values with invisible characters escaped and length cut")
  func quoting() {
    #expect(quoted("a\u{1B}[31mb") == "'a\\u{1B}[31mb'")
    #expect(quoted(String(repeating: "z", count: 1000)).count < 90)
  }
}

// Everything that can go wrong in `slope`, as one enum whose cases carry what
// the message needs. `main.swift` prints `description` after "slope: error: "
// and exits with `exitStatus`: 2 for the user's input (usage, syntax,
// arguments), 1 for the system's (reading, writing).

import DualGradIO

/// A failure of the `slope` tool, with the exit status it maps to.
///
/// ```swift
/// SlopeError.missingExpression.exitStatus     // 2
/// SlopeError.missingExpression.description    // "missing the expression; ..."
/// ```
public enum SlopeError: Error, Equatable, Sendable, CustomStringConvertible {
  // MARK: Usage

  /// An option that `slope` does not know, with the nearest known option.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--plt", "f.svg"])   // throws .unknownOption("--plt", suggestion: "--plot")
  /// ```
  case unknownOption(String, suggestion: String?)
  /// An option that needs a value came last, or was followed by another option.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--at"])   // throws .missingValue(option: "--at")
  /// ```
  case missingValue(option: String)
  /// An option's value could not be used; `reason` says why.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--at", "y"])
  /// // throws .invalidValue(option: "--at", value: "y", reason: "not a number ('y' is not a known constant; pi and e are)")
  /// ```
  case invalidValue(option: String, value: String, reason: String)
  /// An option given more than once.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--at", "1", "--at", "2"])   // throws .repeatedOption("--at")
  /// ```
  case repeatedOption(String)
  /// Two options that cannot be used together.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--at", "1", "--from", "0"])   // throws .conflictingOptions("--at", "--from")
  /// ```
  case conflictingOptions(String, String)
  /// An option that needs another one, which is missing.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--from", "0"])   // throws .missingOption("--to", neededBy: "--from")
  /// ```
  case missingOption(String, neededBy: String)
  /// No expression was given.
  ///
  /// ```swift
  /// try Arguments.parse(["--at", "1"])   // throws .missingExpression
  /// ```
  case missingExpression
  /// A second positional argument after the expression.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "y", "--at", "1"])   // throws .unexpectedArgument("y")
  /// ```
  case unexpectedArgument(String)
  /// Neither a point nor a range was asked for.
  ///
  /// ```swift
  /// try Arguments.parse(["x"])   // throws .nothingToDo
  /// ```
  case nothingToDo
  /// The request does not fit the formula or the mode, e.g. a range over a
  /// formula of two variables; `message` explains.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--from", "0", "--to", "1", "--format", "text"])
  /// // throws .unsupported("--format text is for a single point (--at); a range is written as csv or json")
  /// ```
  case unsupported(String)
  /// `--plot` over a range where neither f nor any derivative has a finite
  /// value: there is nothing to draw, and no chart is written.
  ///
  /// ```swift
  /// SlopeError.nothingToPlot(expression: "sqrt(x)", variable: "x", from: -2, to: -1).description
  /// // "nothing to plot: sqrt(x) and its derivatives have no finite value for x from -2.0 to -1.0"
  /// ```
  case nothingToPlot(expression: String, variable: String, from: Double, to: Double)

  // MARK: The expression

  /// The expression text is larger than ``Limits/maximumExpressionBytes``.
  ///
  /// ```swift
  /// try Parser.parse(String(repeating: "1", count: Limits.maximumExpressionBytes + 1))
  /// // throws .expressionTooLarge(bytes: 16777217)
  /// ```
  case expressionTooLarge(bytes: Int)
  /// The expression has no tokens.
  ///
  /// ```swift
  /// try Parser.parse("  ")   // throws .emptyExpression
  /// ```
  case emptyExpression
  /// A syntax error: `message` says what was expected and found, `offset`
  /// is the byte offset of the offending token in `expression`.
  ///
  /// ```swift
  /// try Parser.parse("x +")
  /// // throws .syntax: "expected a number, a name or '(' after '+', found the end of the expression"
  /// ```
  case syntax(message: String, expression: String, offset: Int)

  // MARK: Input and output

  /// Reading the expression from standard input failed.
  ///
  /// ```swift
  /// SlopeError.cannotRead(reason: "Is a directory").description
  /// // "cannot read the expression from standard input: Is a directory"
  /// ```
  case cannotRead(reason: String)
  /// Writing a result failed; the target file, if any, is unchanged.
  ///
  /// ```swift
  /// SlopeError.output(.writeFailed(path: "out.csv", reason: "No space left on device")).description
  /// // "cannot write 'out.csv': No space left on device"
  /// ```
  case output(OutputError)

  /// The process exit status: 2 for usage, syntax and argument errors, 1 for
  /// input/output failures.
  ///
  /// ```swift
  /// SlopeError.cannotRead(reason: "Is a directory").exitStatus   // 1
  /// ```
  public var exitStatus: Int32 {
    switch self {
    case .cannotRead, .output: return 1
    default: return 2
    }
  }

  /// The message for standard error, without the "slope: error: " prefix;
  /// a syntax error spans three lines (message, the expression, a caret).
  ///
  /// ```swift
  /// SlopeError.repeatedOption("--at").description   // "--at is given more than once"
  /// ```
  public var description: String {
    switch self {
    case let .unknownOption(option, suggestion):
      let hint = suggestion.map { "; did you mean \($0)?" } ?? "; see slope --help"
      return "unknown option \(quoted(option))\(hint)"
    case let .missingValue(option):
      return "\(option) needs a value"
    case let .invalidValue(option, value, reason):
      return "\(option) \(quoted(value)): \(reason)"
    case let .repeatedOption(option):
      return "\(option) is given more than once"
    case let .conflictingOptions(first, second):
      return "\(first) cannot be used with \(second)"
    case let .missingOption(option, neededBy):
      return "\(neededBy) needs \(option)"
    case .missingExpression:
      return "missing the expression; try: slope 'sin(x)' --at 1 (or slope --help)"
    case let .unexpectedArgument(argument):
      return "unexpected argument \(quoted(argument)); give the expression as one argument, quoted if it has spaces"
    case .nothingToDo:
      return "say where to differentiate: --at POINT, or --from A --to B [--count N]"
    case let .unsupported(message):
      return message
    case let .nothingToPlot(expression, variable, from, to):
      let shown = expression.count > 70 ? String(expression.prefix(69)) + "…" : expression
      return "nothing to plot: \(shown) and its derivatives have no finite value for \(variable) from "
        + "\(NumberFormat.csv.string(from)) to \(NumberFormat.csv.string(to))"
    case let .expressionTooLarge(bytes):
      return "the expression has \(bytes) bytes or more; at most \(Limits.maximumExpressionBytes) are accepted"
    case .emptyExpression:
      return "the expression is empty"
    case let .syntax(message, expression, offset):
      return message + "\n" + SourceExcerpt(text: expression, offset: offset).rendered
    case let .cannotRead(reason):
      return "cannot read the expression from standard input: \(reason)"
    case let .output(error):
      return error.description
    }
  }
}

/// Sizes that `slope` accepts; `--help` states them.
///
/// ```swift
/// Limits.maximumOrder   // 100
/// ```
enum Limits {
  /// The largest expression, in bytes of UTF-8, from an argument or standard input (16 MiB).
  ///
  /// ```swift
  /// Limits.maximumExpressionBytes   // 16777216
  /// ```
  static let maximumExpressionBytes = 16 * 1024 * 1024

  /// The highest derivative order `--order` accepts.
  ///
  /// ```swift
  /// Limits.maximumOrder   // 100
  /// ```
  static let maximumOrder = 100

  /// The largest `--count`: 2^53, beyond which point indices stop being exact doubles.
  ///
  /// ```swift
  /// Limits.maximumCount   // 9007199254740992
  /// ```
  static let maximumCount = 1 << 53
}

/// `text` in single quotes with control and other invisible characters
/// escaped, so a hostile argument cannot garble the terminal.
func quoted(_ text: String) -> String {
  var result = "'"
  var length = 0
  for scalar in text.unicodeScalars {
    length += 1
    // A message is for a person: a 5 MB argument is cut, not echoed whole.
    if length > 80 {
      result += "..."
      break
    }
    result += printable(scalar)
  }
  return result + "'"
}

/// The scalar itself when it prints as one visible character, else `\u{XX}`.
func printable(_ scalar: Unicode.Scalar) -> String {
  switch scalar.properties.generalCategory {
  case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .privateUse:
    return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  default:
    return String(scalar)
  }
}

/// The line of an expression around a byte offset, with a caret under it:
/// what a syntax error shows. Long lines are cut to a window around the
/// offset; a multi-line expression names the line and column.
struct SourceExcerpt {
  let text: String
  let offset: Int

  var rendered: String {
    let bytes = Array(text.utf8)
    let offset = min(max(0, self.offset), bytes.count)
    var lineStart = offset
    while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
    var lineEnd = offset
    while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
    let lineNumber = bytes[..<lineStart].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    let before = Array(String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars)
    let after = Array(String(decoding: bytes[offset..<lineEnd], as: UTF8.self).unicodeScalars)
    let column = before.count + 1
    let context = 40
    let shownBefore = before.count > context ? ["…"] + before.suffix(context).map(cell) : before.map(cell)
    let shownAfter = after.count > context ? after.prefix(context).map(cell) + ["…"] : after.map(cell)
    let indent = shownBefore.reduce(0) { $0 + $1.unicodeScalars.count }
    let location =
      lineNumber > 1 || bytes.contains(UInt8(ascii: "\n"))
      ? "  (line \(lineNumber), column \(column))\n" : ""
    return location + "  " + (shownBefore + shownAfter).joined() + "\n  "
      + String(repeating: " ", count: indent) + "^"
  }

  /// One character cell: invisible characters and tabs become a visible
  /// stand-in of width one, so the caret stays under the right place.
  private func cell(_ scalar: Unicode.Scalar) -> String {
    if scalar == "\t" || scalar == "\r" { return " " }
    return printable(scalar).count > 1 ? "?" : String(scalar)
  }
}

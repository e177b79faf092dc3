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
  case unknownOption(String, suggestion: String?)
  /// An option that needs a value came last, or was followed by another option.
  case missingValue(option: String)
  /// An option's value could not be used; `reason` says why.
  case invalidValue(option: String, value: String, reason: String)
  /// An option given more than once.
  case repeatedOption(String)
  /// Two options that cannot be used together.
  case conflictingOptions(String, String)
  /// An option that needs another one, which is missing.
  case missingOption(String, neededBy: String)
  /// No expression was given.
  case missingExpression
  /// A second positional argument after the expression.
  case unexpectedArgument(String)
  /// Neither a point nor a range was asked for.
  case nothingToDo
  /// The request does not fit the formula or the mode, e.g. a range over a
  /// formula of two variables; `message` explains.
  case unsupported(String)

  // MARK: The expression

  /// The expression text is larger than ``Limits/maximumExpressionBytes``.
  case expressionTooLarge(bytes: Int)
  /// The expression has no tokens.
  case emptyExpression
  /// A syntax error: `message` says what was expected and found, `offset`
  /// is the byte offset of the offending token in `expression`.
  case syntax(message: String, expression: String, offset: Int)

  // MARK: Input and output

  /// Reading the expression from standard input failed.
  case cannotRead(reason: String)
  /// Writing a result failed; the target file, if any, is unchanged.
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
public enum Limits {
  /// The largest expression, in bytes of UTF-8, from an argument or standard input (16 MiB).
  ///
  /// ```swift
  /// Limits.maximumExpressionBytes   // 16777216
  /// ```
  public static let maximumExpressionBytes = 16 * 1024 * 1024

  /// The highest derivative order `--order` accepts.
  ///
  /// ```swift
  /// Limits.maximumOrder   // 100
  /// ```
  public static let maximumOrder = 100

  /// The largest `--count`: 2^53, beyond which point indices stop being exact doubles.
  ///
  /// ```swift
  /// Limits.maximumCount   // 9007199254740992
  /// ```
  public static let maximumCount = 1 << 53
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
    let location = lineNumber > 1 || bytes.contains(UInt8(ascii: "\n"))
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

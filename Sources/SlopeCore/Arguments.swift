// The command line, read into a value and checked for everything that does
// not need the expression: unknown, repeated, missing and conflicting
// options, and values that are not numbers. Checks that need the formula
// (how many variables it has) happen in `Slope.run`.
//
// Numbers in options are constant expressions, so `--from -pi --to 2*pi`
// and `--at x=pi/4` work; they must be finite.

/// Where the expression comes from.
///
/// ```swift
/// try Arguments.parse(["-", "--at", "1"]).expression   // .standardInput
/// ```
enum ExpressionSource: Equatable, Sendable {
  /// Given as an argument.
  ///
  /// ```swift
  /// try Arguments.parse(["sin(x)", "--at", "1"]).expression   // .text("sin(x)")
  /// ```
  case text(String)
  /// `-`: read from standard input.
  ///
  /// ```swift
  /// try Arguments.parse(["-", "--at", "1"]).expression   // .standardInput
  /// ```
  case standardInput
}

/// The output format chosen with `--format`.
///
/// ```swift
/// OutputFormat(rawValue: "json")   // .json
/// ```
enum OutputFormat: String, Equatable, Sendable, CaseIterable {
  /// Plain numbers, one per line (a point only).
  ///
  /// ```swift
  /// OutputFormat(rawValue: "text")   // .text
  /// ```
  case text
  /// Comma-separated values with a header line.
  ///
  /// ```swift
  /// OutputFormat(rawValue: "csv")   // .csv
  /// ```
  case csv
  /// One JSON object.
  ///
  /// ```swift
  /// OutputFormat(rawValue: "json")   // .json
  /// ```
  case json
}

/// The point given with `--at`: a bare value, or named values in order.
///
/// ```swift
/// try Arguments.parse(["x*y", "--at", "x=1,y=2"]).point   // .named([("x", 1.0), ("y", 2.0)])
/// ```
enum Point: Equatable, Sendable {
  /// `--at 1.5`: the formula's one variable (or `x`) takes this value.
  ///
  /// ```swift
  /// try Arguments.parse(["x^2", "--at", "1.5"]).point   // .bare(1.5)
  /// ```
  case bare(Double)
  /// `--at x=1,y=2`: each name takes its value, in the order given.
  ///
  /// ```swift
  /// try Arguments.parse(["x*y", "--at", "y=2"]).point == .named([NamedValue(name: "y", value: 2)])   // true
  /// ```
  case named([NamedValue])
}

/// A variable name with its value, as given in `--at x=1`.
///
/// ```swift
/// NamedValue(name: "x", value: 1).value   // 1.0
/// ```
struct NamedValue: Equatable, Sendable {
  /// The variable's name.
  ///
  /// ```swift
  /// NamedValue(name: "x", value: 1).name   // "x"
  /// ```
  var name: String
  /// Its value.
  ///
  /// ```swift
  /// NamedValue(name: "x", value: 1).value   // 1.0
  /// ```
  var value: Double

  /// Creates a named value.
  ///
  /// ```swift
  /// NamedValue(name: "y", value: 2).name   // "y"
  /// ```
  init(name: String, value: Double) {
    self.name = name
    self.value = value
  }
}

/// An evenly spaced range of points, both ends included.
///
/// ```swift
/// SampleRange(from: 0, to: 1, count: 11).point(3)   // 0.3
/// ```
struct SampleRange: Equatable, Sendable {
  /// The first point.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--from", "-1", "--to", "1"]).range?.from   // -1.0
  /// ```
  var from: Double
  /// The last point; may be below `from` (a descending range).
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--from", "0", "--to", "2*pi"]).range?.to   // 6.283185307179586
  /// ```
  var to: Double
  /// How many points, at least 1.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--from", "0", "--to", "1"]).range?.count   // 101, the default
  /// ```
  var count: Int

  /// Creates a range.
  ///
  /// ```swift
  /// SampleRange(from: -7, to: 7, count: 200).point(199)   // 7.0, the end exactly
  /// ```
  init(from: Double, to: Double, count: Int) {
    self.from = from
    self.to = to
    self.count = count
  }

  /// Returns point `index`: from + index·(to − from)/(count − 1), with both
  /// ends exact and 1 point giving `from`.
  ///
  /// ```swift
  /// SampleRange(from: 0, to: 1, count: 11).point(10)   // 1.0
  /// ```
  /// Multiplying before dividing gives the decimal points a person expects
  /// (0.3, not 0.30000000000000004); if the width overflows, the ends are
  /// scaled first. (DualGrad's `linspace` adds i·step instead: tried with this
  /// formula, the division cost every point of dualgrad-bench W1 1.3 ns, 15 %.)
  func point(_ index: Int) -> Double {
    if index == 0 || count == 1 { return from }
    if index == count - 1 { return to }
    let intervals = Double(count - 1)
    let width = to - from
    if width.isFinite {
      let offset = Double(index) * width / intervals
      if offset.isFinite { return from + offset }
    }
    return from + Double(index) * (to / intervals - from / intervals)
  }
}

/// The parsed command line.
///
/// ```swift
/// let arguments = try Arguments.parse(["sin(x)", "--from", "0", "--to", "pi", "--count", "5"])
/// arguments.range?.to   // 3.141592653589793
/// ```
struct Arguments: Equatable, Sendable {
  /// What the command line asks for.
  ///
  /// ```swift
  /// try Arguments.parse(["--version"]).action   // .version
  /// ```
  enum Action: Equatable, Sendable {
    /// `--help` or `-h`.
    ///
    /// ```swift
    /// try Arguments.parse(["x", "-h"]).action   // .help
    /// ```
    case help
    /// `--version`.
    ///
    /// ```swift
    /// try Arguments.parse(["--version"]).action   // .version
    /// ```
    case version
    /// Differentiate.
    ///
    /// ```swift
    /// try Arguments.parse(["x", "--at", "1"]).action   // .run
    /// ```
    case run
  }

  /// What to do.
  ///
  /// ```swift
  /// try Arguments.parse(["--help"]).action   // .help
  /// ```
  var action: Action = .run
  /// The expression, if given.
  ///
  /// ```swift
  /// try Arguments.parse(["x^2", "--at", "1"]).expression   // .text("x^2")
  /// ```
  var expression: ExpressionSource?
  /// `--at`.
  ///
  /// ```swift
  /// try Arguments.parse(["x^2", "--at", "pi/2"]).point   // .bare(1.5707963267948966)
  /// ```
  var point: Point?
  /// `--from`, `--to`, `--count`.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--from", "-1", "--to", "1", "--count", "5"]).range?.point(1)   // -0.5
  /// ```
  var range: SampleRange?
  /// `--order`, 1 by default.
  ///
  /// ```swift
  /// try Arguments.parse(["x^3", "--at", "1", "--order", "2"]).order   // 2
  /// ```
  var order = 1
  /// `--format`, if given; the default is text at a point and CSV over a range.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--at", "1"]).format                     // nil
  /// try Arguments.parse(["x", "--at", "1", "--format", "json"]).format   // .json
  /// ```
  var format: OutputFormat?
  /// `--output`, if given (`-` means standard output).
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--at", "1", "--output", "out.csv"]).output   // "out.csv"
  /// ```
  var output: String?
  /// `--plot`, if given (`-` means standard output); an SVG file name.
  ///
  /// ```swift
  /// try Arguments.parse(["x", "--from", "0", "--to", "1", "--plot", "f.svg"]).plot   // "f.svg"
  /// ```
  var plot: String?

  /// The number of points a range has when `--count` is not given.
  ///
  /// ```swift
  /// Arguments.defaultCount   // 101
  /// ```
  static let defaultCount = 101

  /// Every long option, for help and for suggestions.
  ///
  /// ```swift
  /// Arguments.options.contains("--plot")   // true
  /// ```
  static let options = [
    "--at", "--from", "--to", "--count", "--order", "--format", "--output", "--plot", "--help", "--version",
  ]

  /// Creates the empty command line, which `parse` fills.
  init() {}

  /// Reads the command line (without the program name).
  ///
  /// ```swift
  /// try Arguments.parse(["x^2", "--at", "3"]).point           // .bare(3.0)
  /// try Arguments.parse(["x^2", "--at", "3", "--from", "0"])  // throws: --at cannot be used with --from
  /// ```
  /// - Parameter arguments: The arguments, as in `CommandLine.arguments.dropFirst()`.
  /// - Returns: The parsed command line.
  /// - Throws: A usage ``SlopeError`` (exit status 2).
  static func parse(_ arguments: [String]) throws -> Arguments {
    var result = Arguments()
    // Help wins wherever it appears, even after a mistake, so a confused
    // user always gets it.
    let optionArguments = arguments.prefix { $0 != "--" }
    if optionArguments.contains("--help") || optionArguments.contains("-h") {
      result.action = .help
      return result
    }
    if optionArguments.contains("--version") {
      result.action = .version
      return result
    }
    var seen: Set<String> = []
    var from: Double?
    var to: Double?
    var count: Int?
    var index = 0
    var onlyPositionalsFollow = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionalsFollow || !argument.hasPrefix("-") || argument == "-" || !isOptionLike(argument) {
        guard result.expression == nil else { throw SlopeError.unexpectedArgument(argument) }
        result.expression = argument == "-" && !onlyPositionalsFollow ? .standardInput : .text(argument)
        continue
      }
      if argument == "--" {
        onlyPositionalsFollow = true
        continue
      }
      // --name=value or --name value
      var name = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard options.contains(name) else {
        let bare = name.drop { $0 == "-" }
        throw SlopeError.unknownOption(name, suggestion: nearest(to: "--" + bare, among: options))
      }
      guard seen.insert(name).inserted else { throw SlopeError.repeatedOption(name) }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < arguments.count, !isOptionName(arguments[index]) else {
          throw SlopeError.missingValue(option: name)
        }
        value = arguments[index]
        index += 1
      }
      switch name {
      case "--at": result.point = try parsePoint(value)
      case "--from": from = try number(value, option: name)
      case "--to": to = try number(value, option: name)
      case "--count": count = try wholeNumber(value, option: name, in: 1...Limits.maximumCount)
      case "--order": result.order = try wholeNumber(value, option: name, in: 1...Limits.maximumOrder)
      case "--format":
        guard let format = OutputFormat(rawValue: value) else {
          let choices = OutputFormat.allCases.map(\.rawValue)
          let hint = nearest(to: value, among: choices).map { "; did you mean \($0)?" } ?? ""
          throw SlopeError.invalidValue(option: name, value: value, reason: "choose text, csv or json\(hint)")
        }
        result.format = format
      case "--output": result.output = try path(value, option: name)
      case "--plot": result.plot = try path(value, option: name)
      default: preconditionFailure("every option in `options` is handled")
      }
    }

    // Combinations.
    let hasRange = from != nil || to != nil || count != nil
    if result.point != nil {
      for (option, given) in [("--from", from != nil), ("--to", to != nil), ("--count", count != nil)] where given {
        throw SlopeError.conflictingOptions("--at", option)
      }
      if result.plot != nil { throw SlopeError.conflictingOptions("--at", "--plot (a plot needs --from and --to)") }
    }
    if hasRange {
      guard let from else { throw SlopeError.missingOption("--from", neededBy: to != nil ? "--to" : "--count") }
      guard let to else { throw SlopeError.missingOption("--to", neededBy: "--from") }
      result.range = SampleRange(from: from, to: to, count: count ?? defaultCount)
      if result.format == .text {
        throw SlopeError.unsupported("--format text is for a single point (--at); a range is written as csv or json")
      }
    } else if result.plot != nil {
      throw SlopeError.missingOption("--from and --to", neededBy: "--plot")
    }
    if let plot = result.plot {
      if plot == "-" && (result.output == "-" || (result.output == nil && result.format != nil)) {
        throw SlopeError.conflictingOptions(
          "--plot -", "the data on standard output too (give --output FILE for the data)")
      }
      if plot != "-" && plot == result.output {
        throw SlopeError.conflictingOptions("--output", "--plot naming the same file")
      }
      try checkPlotName(plot)
    }
    guard result.expression != nil else { throw SlopeError.missingExpression }
    guard result.point != nil || result.range != nil else { throw SlopeError.nothingToDo }
    return result
  }

  /// Whether an argument that starts with "-" is meant as an option rather
  /// than a formula such as `-x^2`: `--anything`, or a single dash before a
  /// word that is an option's name (`-at`).
  static func isOptionLike(_ argument: String) -> Bool {
    if argument.hasPrefix("--") { return true }
    let word = argument.dropFirst().prefix { $0 != "=" }
    return options.contains("--" + word)
  }

  /// Whether `argument` is one of the options, so it cannot be a value.
  static func isOptionName(_ argument: String) -> Bool {
    let name = argument.prefix { $0 != "=" }
    return options.contains(String(name)) || argument == "-h"
  }

  /// A plot is SVG, so a name that promises another format (`p.png`) is
  /// refused rather than filled with SVG; no extension (`/dev/stdout`) is fine.
  static func checkPlotName(_ path: String) throws {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return }
    let suffix = name[name.index(after: dot)...]
    guard suffix.lowercased() != "svg" else { return }
    throw SlopeError.invalidValue(
      option: "--plot", value: path,
      reason: "slope draws SVG only; name the file with .svg (convert it afterwards, e.g. rsvg-convert)")
  }

  static func path(_ value: String, option: String) throws -> String {
    guard !value.isEmpty else {
      throw SlopeError.invalidValue(option: option, value: value, reason: "the file name is empty")
    }
    guard !value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
      throw SlopeError.invalidValue(
        option: option, value: value, reason: "a file name with control characters is refused")
    }
    return value
  }

  /// `1.5`, `x=1.5` or `x=1,y=2` (commas inside parentheses belong to the value).
  static func parsePoint(_ text: String) throws -> Point {
    var parts: [Substring] = []
    var depth = 0
    var start = text.startIndex
    for index in text.indices {
      switch text[index] {
      case "(": depth += 1
      case ")": depth -= 1
      case "," where depth == 0:
        parts.append(text[start..<index])
        start = text.index(after: index)
      default: break
      }
    }
    parts.append(text[start...])
    if parts.count == 1, !parts[0].contains("=") {
      return .bare(try number(text, option: "--at"))
    }
    var values: [NamedValue] = []
    for part in parts {
      guard let equals = part.firstIndex(of: "=") else {
        throw SlopeError.invalidValue(
          option: "--at", value: text, reason: "name every value when giving several, as in x=1,y=2")
      }
      let name = part[..<equals].trimmingSpaces
      guard isName(name) else {
        throw SlopeError.invalidValue(
          option: "--at", value: text, reason: "\(quoted(String(name))) is not a variable name")
      }
      guard FunctionTable.function(named: name) == nil, FunctionTable.constant(named: name) == nil else {
        throw SlopeError.invalidValue(
          option: "--at", value: text, reason: "\(quoted(name)) is a function or constant, not a variable")
      }
      guard !values.contains(where: { $0.name == name }) else {
        throw SlopeError.invalidValue(option: "--at", value: text, reason: "\(quoted(name)) is given twice")
      }
      values.append(
        NamedValue(name: name, value: try number(String(part[part.index(after: equals)...]), option: "--at")))
    }
    return .named(values)
  }

  static func isName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first.isASCII, first == "_" || first.properties.isAlphabetic else {
      return false
    }
    return text.unicodeScalars.allSatisfy {
      $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0))
    }
  }

  /// A finite number written as a constant expression: `2`, `-1e-3`, `pi/2`.
  static func number(_ text: String, option: String) throws -> Double {
    let trimmed = text.trimmingSpaces
    if ["nan", "inf", "infinity", "+inf", "-inf", "-infinity", "+infinity"].contains(trimmed.lowercased()) {
      throw SlopeError.invalidValue(option: option, value: text, reason: "not a finite number")
    }
    let expression: Expression
    do {
      expression = try Parser.parse(trimmed)
    } catch let SlopeError.syntax(message, _, _) {
      throw SlopeError.invalidValue(option: option, value: text, reason: "not a number (\(message))")
    } catch {
      throw SlopeError.invalidValue(option: option, value: text, reason: "not a number")
    }
    if let variable = expression.variables.first {
      throw SlopeError.invalidValue(
        option: option, value: text,
        reason: "not a number (\(quoted(variable)) is not a known constant; pi and e are)")
    }
    var evaluator = Evaluator<Double>(Program(compiling: expression))
    let value = evaluator.evaluate()
    guard value.isFinite else {
      throw SlopeError.invalidValue(option: option, value: text, reason: "not a finite number (it is \(value))")
    }
    return value
  }

  static func wholeNumber(_ text: String, option: String, in bounds: ClosedRange<Int>) throws -> Int {
    let value = try number(text, option: option)
    guard value == value.rounded() else {
      throw SlopeError.invalidValue(option: option, value: text, reason: "must be a whole number")
    }
    guard value >= Double(bounds.lowerBound) else {
      throw SlopeError.invalidValue(option: option, value: text, reason: "must be at least \(bounds.lowerBound)")
    }
    guard value <= Double(bounds.upperBound) else {
      throw SlopeError.invalidValue(option: option, value: text, reason: "must be at most \(bounds.upperBound)")
    }
    return Int(value)
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
  }
}

// The command itself, and only the sequence of it: read the arguments, get
// the expression (Slope+Input.swift), compile it, check the request against
// the formula, then have the evaluator compute (Evaluate+*.swift) and Output
// write. Every check that can fail on the user's input runs before the first
// byte of output, so an error never leaves partial output on standard output,
// and files are only ever replaced whole (temporary file + rename, from
// DualGradIO).

import DualGradIO

/// The `slope` command as a library call: `slope/main.swift` hands it the
/// command line, and tests run it in-process.
///
/// ```swift
/// let out = OutputWriter.standardOutput()
/// try Slope.run(["(1-exp(-2*x))/(1+exp(-2*x))", "--at", "1"], output: out)   // prints 0.419974341614026
/// try out.flush()
/// ```
public enum Slope {
  /// The version `slope --version` prints.
  ///
  /// ```swift
  /// Slope.version   // "1.0.0"
  /// ```
  static let version = "1.0.0"

  /// Runs `slope` with `arguments` (without the program name), writing
  /// results to `output` or to the files the arguments name; the expression
  /// `-` is read from standard input.
  ///
  /// ```swift
  /// try Slope.run(["x^2", "--from", "0", "--to", "1", "--count", "3"], output: out)
  /// // x,f,df
  /// // 0.0,0.0,0.0
  /// // 0.5,0.25,1.0
  /// // 1.0,1.0,2.0
  /// ```
  /// - Parameters:
  ///   - arguments: The command line after the program name.
  ///   - output: Standard output.
  /// - Throws: ``SlopeError``; nothing has been written to `output` then,
  ///   and no file has been changed.
  public static func run(_ arguments: [String], output: OutputWriter) throws {
    try run(arguments, output: output, readInput: { try readStandardInput(limit: Limits.maximumExpressionBytes) })
  }

  /// ``run(_:output:)`` with standard input replaced by `readInput`, which
  /// returns the bytes of the expression `-` and is called at most once.
  static func run(_ arguments: [String], output: OutputWriter, readInput: () throws -> [UInt8]) throws {
    let arguments = try Arguments.parse(arguments)
    switch arguments.action {
    case .help:
      try write {
        try output.write(Help.text)
        try output.flush()
      }
    case .version:
      try write {
        try output.write("slope \(version)\n")
        try output.flush()
      }
    case .run:
      let text: String
      switch arguments.expression {
      case let .text(given)?: text = given
      case .standardInput?: text = try expressionText(from: readInput())
      case nil: throw SlopeError.missingExpression
      }
      let expression = try Parser.parse(text)
      let program = Program(compiling: expression)
      let shownText = text.trimmingWhitespace
      if let point = arguments.point {
        try runPoint(point, arguments: arguments, program: program, text: shownText, output: output)
      } else if let range = arguments.range {
        try runRange(range, arguments: arguments, program: program, text: shownText, output: output)
      }
    }
  }

  // MARK: A point

  static func runPoint(_ point: Point, arguments: Arguments, program: Program, text: String, output: OutputWriter)
    throws
  {
    let variables = program.variables
    switch point {
    case let .bare(x):
      guard variables.count <= 1 else {
        let example = variables.prefix(3).enumerated().map { "\($1)=\($0 + 1)" }.joined(separator: ",")
        throw SlopeError.unsupported(
          "the formula has \(variables.count) variables (\(list(variables))); give a value for each, as in --at \(example)"
        )
      }
      try runUnivariate(
        variable: variables.first ?? "x", at: x, arguments: arguments, program: program, text: text, output: output)
    case let .named(values):
      let missing = variables.filter { name in !values.contains { $0.name == name } }
      guard missing.isEmpty else {
        throw SlopeError.unsupported(
          "--at gives no value for \(list(missing)); the formula's variables are \(list(variables))")
      }
      if values.count == 1 {
        try runUnivariate(
          variable: values[0].name, at: values[0].value, arguments: arguments, program: program, text: text,
          output: output)
      } else {
        try runMultivariate(values, arguments: arguments, program: program, text: text, output: output)
      }
    }
  }

  static func runUnivariate(
    variable: String, at x: Double, arguments: Arguments, program: Program, text: String, output: OutputWriter
  ) throws {
    let format = arguments.format ?? .text
    var differentiator = differentiator(for: program, order: arguments.order)
    let values = differentiator.derivatives(at: x)
    try write(to: arguments.output, standardOutput: output) { writer in
      try Output.writePoint(expression: text, variable: variable, at: x, values: values, format: format, to: writer)
    }
    let printed = format == .text ? [values[arguments.order]] : values
    if let note = NonFiniteNote(program: program, at: [NamedValue(name: variable, value: x)], printed: printed) {
      printNote(note.text)
    }
  }

  static func runMultivariate(
    _ point: [NamedValue], arguments: Arguments, program: Program, text: String, output: OutputWriter
  ) throws {
    let format = arguments.format ?? .text
    guard format != .csv else {
      throw SlopeError.unsupported("--format csv is for one variable; use text or json for a gradient")
    }
    guard arguments.order <= 2 else {
      throw SlopeError.unsupported(
        "--order \(arguments.order) needs a formula of one variable; with several, slope gives the gradient (--order 1) or the Hessian (--order 2)"
      )
    }
    let result = PointGradient(of: program, at: point, withHessian: arguments.order == 2)
    try write(to: arguments.output, standardOutput: output) { writer in
      try Output.writeGradient(
        expression: text, point: point, value: result.value, gradient: result.gradient, hessian: result.hessian,
        format: format, to: writer)
    }
    let derivatives = result.hessian.map { $0.flatMap { $0 } } ?? result.gradient
    let printed =
      format == .text ? derivatives : [result.value] + result.gradient + (result.hessian?.flatMap { $0 } ?? [])
    // Explain along the first variable whose partial derivative is not finite.
    let direction = point.indices.first { !result.gradient[$0].isFinite }.map { point[$0].name }
    if let note = NonFiniteNote(program: program, at: point, printed: printed, derivativeDirection: direction) {
      printNote(note.text)
    }
  }

  /// Writes `text` to standard error as one line starting "slope: note: ".
  /// A note is advice, not an error: the exit status stays 0.
  static func printNote(_ text: String) {
    let standardError = OutputWriter(fileDescriptor: 2, path: "standard error")
    try? standardError.write("slope: note: \(text)\n")
    try? standardError.flush()
  }

  // MARK: A range

  static func runRange(_ range: SampleRange, arguments: Arguments, program: Program, text: String, output: OutputWriter)
    throws
  {
    guard program.variables.count <= 1 else {
      throw SlopeError.unsupported(
        "a range needs a formula of one variable; this one has \(list(program.variables)) (use --at name=value,... for a gradient)"
      )
    }
    let variable = program.variables.first ?? "x"
    let format = arguments.format ?? .csv
    // With --plot, the data goes out only when asked for.
    let writesData = arguments.plot == nil || arguments.output != nil || arguments.format != nil
    // The chart is drawn before any destination is opened: a range with
    // nothing to plot is an error that leaves no file and opens no pipe.
    var svg: String?
    if arguments.plot != nil {
      let plotted = Output.plotted(range)
      let columns = RangeDerivatives(of: program, order: arguments.order, over: plotted).columns()
      svg = try Output.plot(columns, over: plotted, expression: text, variable: variable)
    }
    try withPlotFile(arguments.plot, standardOutput: output) { plotWriter in
      if let plotWriter, let svg { try plotWriter.write(svg) }
      guard writesData else { return }
      let rows = RangeDerivatives(of: program, order: arguments.order, over: range)
      try write(to: arguments.output, standardOutput: output) { writer in
        try Output.writeRange(rows, expression: text, variable: variable, format: format, to: writer)
      }
    }
  }

  // MARK: Destinations

  /// Runs `body` with a writer to the plot's temporary file (renamed into
  /// place when everything, data included, has succeeded), to standard
  /// output for "-", or with nil.
  static func withPlotFile(_ path: String?, standardOutput: OutputWriter, _ body: (OutputWriter?) throws -> Void) throws
  {
    guard let path else { return try body(nil) }
    if path == "-" {
      return try write {
        try body(standardOutput)
        try standardOutput.flush()
      }
    }
    try write { try withAtomicFile(at: path) { try body($0) } }
  }

  /// Runs `body` with a writer to `path` (atomically replaced) or, for nil
  /// or "-", to standard output, which is flushed.
  static func write(to path: String?, standardOutput: OutputWriter, _ body: (OutputWriter) throws -> Void) throws {
    try write {
      if let path, path != "-" {
        try withAtomicFile(at: path, body)
      } else {
        try body(standardOutput)
        try standardOutput.flush()
      }
    }
  }

  /// Runs `body`, turning DualGradIO's errors into ``SlopeError/output(_:)``.
  static func write(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as OutputError {
      throw SlopeError.output(error)
    }
  }

  static func list(_ names: [String]) -> String {
    names.joined(separator: ", ")
  }
}

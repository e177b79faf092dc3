// What every example shares: its few command-line options, where it writes
// files, and how it prints a figure beside the tutorial's.
import DualGrad
import DualGradIO
import DualGradML
import Foundation

/// The command line of an example: `--output-dir DIR` plus the example's own
/// `--name VALUE` options, and `--help`.
///
/// ```swift
/// let options = ExampleOptions(name: "admissions", summary: "…", options: ["--epochs N": "epochs (default 200000)"])
/// let epochs = options.integer("--epochs", default: 200_000)
/// ```
public struct ExampleOptions {
  /// The directory output files go to (created if missing); default ``defaultOutputDirectory``.
  public let outputDirectory: String

  /// Where examples write unless told otherwise: a folder `.gitignore`
  /// covers, so a run from the repository root leaves `git status` clean.
  public static let defaultOutputDirectory = "example-output"
  private let values: [String: String]

  /// Parses `CommandLine.arguments`; prints help and exits 0 on `--help`,
  /// prints a usage error and exits 2 on anything unknown.
  ///
  /// - Parameters:
  ///   - name: The example's name, for messages.
  ///   - summary: One paragraph for `--help`.
  ///   - options: Each option's spelling with its argument (`"--epochs N"`) and its help text.
  public init(name: String, summary: String, options: KeyValuePairs<String, String> = [:]) {
    var known = ["--output-dir"]
    known += options.map { String($0.key.split(separator: " ")[0]) }
    let usage =
      ([("--output-dir DIR", "where output files go (default: \(Self.defaultOutputDirectory))")]
      + options.map { ($0.key, $0.value) })
      .map { "  " + $0.0.padding(toLength: 20, withPad: " ", startingAt: 0) + $0.1 }
      .joined(separator: "\n")
    var values: [String: String] = [:]
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
      if argument == "--help" || argument == "-h" {
        print("usage: swift run -c release \(name) [options]\n\n\(summary)\n\noptions:\n\(usage)")
        exit(0)
      }
      guard known.contains(argument), let value = arguments.popFirst() else {
        let problem = known.contains(argument) ? "\(argument) needs a value" : "unknown argument \(argument)"
        FileHandle.standardError.write(Data("\(name): error: \(problem)\noptions:\n\(usage)\n".utf8))
        exit(2)
      }
      values[argument] = value
    }
    self.values = values
    self.outputDirectory = values["--output-dir"] ?? Self.defaultOutputDirectory
  }

  /// The integer value of `flag`, or `defaultValue` when it was not given;
  /// exits with status 2 if it is not a non-negative integer.
  public func integer(_ flag: String, default defaultValue: Int) -> Int {
    guard let text = values[flag] else { return defaultValue }
    guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value >= 0 else {
      fail("\(flag) wants a non-negative integer, not \(text)", status: 2)
    }
    return value
  }

  /// The number value of `flag`, or `defaultValue` when it was not given;
  /// exits with status 2 if it is not a finite number.
  public func double(_ flag: String, default defaultValue: Double) -> Double {
    guard let text = values[flag] else { return defaultValue }
    guard let value = Double(text), value.isFinite else { fail("\(flag) wants a number, not \(text)", status: 2) }
    return value
  }

  /// The gradient strategy named by `--gradient` (`per-weight`, `chunked` or
  /// `logit`), or `defaultValue` when it was not given; exits with status 2
  /// on any other value.
  ///
  /// ```swift
  /// let strategy = options.gradientStrategy(default: .throughLogit)   // --gradient chunked gives .chunked
  /// ```
  public func gradientStrategy(default defaultValue: GradientStrategy) -> GradientStrategy {
    guard let text = values["--gradient"] else { return defaultValue }
    guard let strategy = GradientStrategy.commandLineNames.first(where: { $0.name == text })?.strategy else {
      fail("--gradient wants per-weight, chunked or logit, not \(text)", status: 2)
    }
    return strategy
  }

  /// The text value of `flag`, or `nil` when it was not given.
  public func string(_ flag: String) -> String? { values[flag] }

  /// Writes `text` atomically to `fileName` in the output directory and says so.
  public func write(_ text: String, to fileName: String) {
    write(to: fileName) { path in try writeAtomically(text, to: path) }
  }

  /// Writes a CSV file `fileName` in the output directory from named columns
  /// of equal length, with ``CSVWriter``, and says so.
  ///
  /// ```swift
  /// options.writeCSV(columns: ["x": xs, "tanh": values], to: "tanh.csv")   // prints "Wrote example-output/tanh.csv"
  /// ```
  public func writeCSV(columns: KeyValuePairs<String, [Double]>, to fileName: String) {
    write(to: fileName) { path in try CSVWriter.write(columns: columns, toFileAt: path) }
  }

  /// Writes a training run's losses as a CSV file `fileName` with columns
  /// `counter` and `value`: the losses the run recorded (every
  /// `history.recordInterval` updates) and the one after the last update, so
  /// every loss the example printed, the final one included, is in the file.
  ///
  /// ```swift
  /// options.writeLosses(history, counter: "iteration", to: "loss.csv")   // rows 0, k, 2k, ..., history.epochs
  /// ```
  public func writeLosses(_ history: TrainingHistory, counter: String, value: String = "loss", to fileName: String) {
    var counters = history.losses.indices.map { $0 * history.recordInterval }
    var losses = history.losses
    if counters.last != history.epochs {
      counters.append(history.epochs)
      losses.append(history.finalLoss)
    }
    // The counter is an integer column: "100,1.067270675787016", not "100.0,…".
    write(to: fileName) { path in
      try CSVWriter.write(counter: (counter, counters), columns: [value: losses], toFileAt: path)
    }
  }

  /// Runs `save` with the path of `fileName` in the output directory (created
  /// if missing), then says so; exits with an error if anything fails.
  private func write(to fileName: String, _ save: (String) throws -> Void) {
    do {
      try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
      let path = (outputDirectory as NSString).appendingPathComponent(fileName)
      try save(path)
      print("Wrote \(path)")
    } catch {
      fail("cannot write \(fileName) in \(outputDirectory): \(error)")
    }
  }
}

/// Prints an error on standard error and exits.
public func fail(_ message: String, status: Int32 = 1) -> Never {
  let name = (CommandLine.arguments.first as NSString?)?.lastPathComponent ?? "example"
  FileHandle.standardError.write(Data("\(name): error: \(message)\n".utf8))
  exit(status)
}

/// Prints `label: value` with the tutorial's published figure beside it.
///
/// ```swift
/// printFigure("Initial loss", 2.772588722239781, tutorial: "2.772588722239781")
/// // Initial loss: 2.772588722239781   (tutorial: 2.772588722239781)
/// ```
public func printFigure(_ label: String, _ value: Double, tutorial: String? = nil) {
  let line = "\(label): \(NumberFormat.csv.string(value))"
  guard let tutorial else { return print(line) }
  print(line.padding(toLength: max(line.count, 40), withPad: " ", startingAt: 0) + "   (tutorial: \(tutorial))")
}

/// `value` rounded to `digits` decimals, for tables meant for people.
public func fixed(_ value: Double, _ digits: Int) -> String {
  String(format: "%.\(digits)f", value)
}

/// A chart of labelled two-feature data with a model's decision line
/// w₀x + w₁y + b = 0, as the tutorials draw it.
public func decisionBoundaryChart(
  title: String, xLabel: String, yLabel: String, x: [Double], y: [Double], labels: [Double],
  classNames: [String], weights: [Double], bias: Double
) -> Chart {
  var chart = Chart(title: title, xLabel: xLabel, yLabel: yLabel)
  chart.addScatter(x: x, y: y, classes: labels.map { Int($0) }, names: classNames)
  chart.addStraightLine("decision boundary", xCoefficient: weights[0], yCoefficient: weights[1], constant: bias)
  return chart
}

/// The help line of `--gradient`, with the example's default.
///
/// ```swift
/// gradientOptionHelp(default: .perWeight)   // "per-weight, chunked or logit (default per-weight)"
/// ```
public func gradientOptionHelp(default strategy: GradientStrategy) -> String {
  "per-weight, chunked or logit (default \(strategy.commandLineName))"
}

extension GradientStrategy {
  /// The spellings `--gradient` accepts.
  public static let commandLineNames: [(name: String, strategy: GradientStrategy)] = [
    ("per-weight", .perWeight), ("chunked", .chunked), ("logit", .throughLogit),
  ]

  /// How `--gradient` spells this strategy.
  public var commandLineName: String { Self.commandLineNames.first { $0.strategy == self }!.name }

  /// A few words on how the gradient is made, for the examples' output.
  public var explanation: String {
    switch self {
    case .perWeight: "one forward sweep per weight"
    case .chunked: "forward sweeps carrying several partials at once (chunk mode)"
    case .throughLogit: "one sweep of the sample loss per sample, chained through the logit"
    }
  }
}

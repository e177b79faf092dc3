// dualgrad-bench: DualGrad's workloads beside hand-written Swift baselines.
//
//   swift run -c release dualgrad-bench [--filter NAME] [--repetitions N] [--format text|json]

import Foundation

struct Options {
  var filter: String?
  var repetitions = 7
  var format = "text"

  static let usage = "usage: dualgrad-bench [--filter NAME] [--repetitions N] [--format text|json]"

  init(_ arguments: [String]) throws {
    var rest = arguments[...]
    while let option = rest.popFirst() {
      func value() throws -> String {
        guard let next = rest.popFirst() else {
          throw BenchmarkError.usage("\(option) needs a value\n\(Options.usage)")
        }
        return next
      }
      switch option {
      case "--filter": filter = try value()
      case "--repetitions":
        let text = try value()
        guard let n = Int(text), n > 0 else {
          throw BenchmarkError.usage("--repetitions needs a positive integer, got '\(text)'")
        }
        repetitions = n
      case "--format":
        format = try value()
        guard ["text", "json"].contains(format) else {
          throw BenchmarkError.usage("--format is text or json, got '\(format)'")
        }
      case "--help", "-h":
        print(Options.usage)
        exit(0)
      default: throw BenchmarkError.usage("unknown option '\(option)'\n\(Options.usage)")
      }
    }
  }
}

let workloads: [(name: String, run: (Int) throws -> [Row])] = [
  ("W1", SlopesOverRange.run),
  ("W2", Admissions.run),
  ("W3", WideGradient.run),
  ("W4", HigherOrder.run),
  ("W5", SlopeTool.run),
]

do {
  let options = try Options(Array(CommandLine.arguments.dropFirst()))
  let selected = workloads.filter { workload in
    options.filter.map { workload.name.localizedCaseInsensitiveContains($0) } ?? true
  }
  if selected.isEmpty {
    let names = workloads.map(\.name).joined(separator: ", ")
    throw BenchmarkError.usage("no workload matches '\(options.filter ?? "")'; the workloads are \(names)")
  }
  var rows: [Row] = []
  for workload in selected { rows += try workload.run(options.repetitions) }
  print(options.format == "json" ? Report.json(rows) : Report.text(rows, repetitions: options.repetitions))
} catch let error as BenchmarkError {
  FileHandle.standardError.write(Data("dualgrad-bench: error: \(error)\n".utf8))
  if case .usage = error { exit(2) }
  exit(1)
} catch {
  FileHandle.standardError.write(Data("dualgrad-bench: error: \(error)\n".utf8))
  exit(1)
}

// The benchmark report as a text table or as JSON.

import Foundation

enum Report {
  static func text(_ rows: [Row], repetitions: Int) -> String {
    func format(_ x: Double) -> String {
      x >= 100 ? String(format: "%.0f", x) : x >= 10 ? String(format: "%.1f", x) : String(format: "%.2f", x)
    }
    var lines = [
      "median of \(repetitions) runs after a warm-up (best and worst beside it); ratio = time / hand-written time (below 1 is faster)",
      "",
      "| workload | variant | median | best | worst | hand-written | ratio | target |",
      "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows {
      let u = row.unit
      lines.append(
        "| \(row.workload) | \(row.variant) | \(format(u.fromSeconds(row.seconds.median))) \(u.name) "
          + "| \(format(u.fromSeconds(row.seconds.minimum))) | \(format(u.fromSeconds(row.seconds.maximum))) "
          + "| \(format(u.fromSeconds(row.baselineSeconds.median))) \(u.name) | \(String(format: "%.2f", row.ratio))x | \(row.target) |"
      )
    }
    return lines.joined(separator: "\n")
  }

  static func json(_ rows: [Row]) -> String {
    let objects = rows.map { row -> [String: Any] in
      [
        "workload": row.workload, "variant": row.variant, "unit": row.unit.name,
        "median": row.unit.fromSeconds(row.seconds.median), "best": row.unit.fromSeconds(row.seconds.minimum),
        "worst": row.unit.fromSeconds(row.seconds.maximum),
        "baseline": row.unit.fromSeconds(row.baselineSeconds.median),
        "ratio": row.ratio, "target": row.target,
      ]
    }
    let data = try! JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }
}

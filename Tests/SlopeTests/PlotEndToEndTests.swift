// Charts drawn by the built `slope` binary tell the truth: poles break the
// curve and are clipped with a note, the legend keeps off the curves, and a
// range with nothing finite is an error that writes nothing.

import DualGradTestSupport
import Foundation
import Testing

@Suite("slope end to end: plots")
struct PlotEndToEndTests {
  /// The SVG `slope` draws for `arguments` (with --plot - added).
  func plot(_ arguments: [String]) throws -> String {
    let run = try slopeToPipe(arguments + ["--plot", "-"])
    #expect(run.status == 0 && run.error == "", "\(run.error)")
    return run.output
  }

  /// The `d` attribute of each path, in order: f, then f′, ...
  func paths(_ svg: String) -> [String] {
    svg.components(separatedBy: "<path d=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
  }

  /// The x and y of the legend box (the rect with the grey stroke).
  func legendCorner(_ svg: String) -> (x: Double, y: Double)? {
    guard let line = svg.split(separator: "\n").first(where: { $0.contains("stroke=\"#cccccc\"") }) else { return nil }
    func attribute(_ name: String) -> Double? {
      guard let range = line.range(of: " \(name)=\"") else { return nil }
      return Double(line[range.upperBound...].prefix { $0 != "\"" })
    }
    guard let x = attribute("x"), let y = attribute("y") else { return nil }
    return (x, y)
  }

  @Test(
    "1/x over [-2, 2]: the curve breaks at the pole instead of joining -200 to 200, and the note says what was clipped")
  func pole() throws {
    let svg = try plot(["1/x", "--from", "-2", "--to", "2", "--count", "400"])
    let f = try #require(paths(svg).first)
    #expect(f.filter { $0 == "M" }.count == 2, "f must be drawn in two pieces")
    #expect(svg.contains(">y clipped: values reach down to -39800 and up to 200</text>"))
  }

  @Test("tanh needs no clipping: no note")
  func noNote() throws {
    let svg = try plot(["tanh(x)", "--from", "-7", "--to", "7", "--count", "200"])
    #expect(!svg.contains("clipped"))
    #expect(paths(svg).allSatisfy { $0.filter { $0 == "M" }.count == 1 })
  }

  @Test("the legend keeps off the curves: bottom right for x^3-3*x, top left for tanh, outside for tan")
  func legend() throws {
    let cubic = try #require(legendCorner(try plot(["x^3-3*x", "--from", "-3", "--to", "3"])))
    #expect(cubic.x > 600 && cubic.y > 300, "\(cubic)")
    let tiny = try #require(legendCorner(try plot(["1e-9*x", "--from", "-1", "--to", "1"])))
    #expect(tiny.x > 600 && tiny.y > 300, "\(tiny)")
    let tanh = try #require(legendCorner(try plot(["tanh(x)", "--from", "-7", "--to", "7"])))
    #expect(tanh.x < 100 && tanh.y < 100, "\(tanh)")
    let tan = try #require(legendCorner(try plot(["tan(x)", "--from", "-5", "--to", "5", "--count", "1000"])))
    #expect(tan.x > 700, "\(tan)")
  }

  @Test("a range with nothing finite to plot is an error (exit 2) and writes no file")
  func nothingFinite() throws {
    try withTemporaryDirectory { directory in
      let path = directory + "/p.svg"
      for target in [path, "-"] {
        let run = try slopeToPipe(["sqrt(x)", "--from", "-2", "--to", "-1", "--plot", target])
        #expect(run.status == 2 && run.output == "")
        #expect(
          run.error
            == "slope: error: nothing to plot: sqrt(x) and its derivatives have no finite value for x from -2.0 to -1.0\n"
        )
      }
      #expect(try directoryListing(directory).isEmpty)
    }
  }
}

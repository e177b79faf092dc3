import Foundation
import Testing

@testable import DualGradIO

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an XML parser saw in a document: every element with its attributes,
/// and all character data, so tests check the SVG as a browser would read it.
final class ParsedXML: NSObject, XMLParserDelegate {
  var elements: [(name: String, attributes: [String: String])] = []
  var text = ""
  var error: Error?

  static func parse(_ document: String) -> ParsedXML {
    let result = ParsedXML()
    let parser = XMLParser(data: Data(document.utf8))
    parser.delegate = result
    if !parser.parse() { result.error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
    return result
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements.append((elementName, attributes))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }

  func elements(named name: String) -> [[String: String]] {
    elements.filter { $0.name == name }.map(\.attributes)
  }
}

@Suite("Chart+SVG")
struct ChartSVGTests {
  static func sampleChart() -> Chart {
    var chart = Chart(title: "tanh and its slope", xLabel: "x", yLabel: "value")
    let xs = (0...200).map { -7 + 14 * Double($0) / 200 }
    chart.addLine("tanh(x)", x: xs, y: xs.map { tanh($0) })
    chart.addLine("slope", x: xs, y: xs.map { 1 - tanh($0) * tanh($0) })
    chart.addScatter(x: [-3, 2, 4], y: [0.5, -0.5, 0.2], classes: [0, 1, 1], names: ["rejected", "admitted"])
    chart.addStraightLine("boundary", through: (x: -7, y: -1), and: (x: 7, y: 1))
    return chart
  }

  @Test("The document is well-formed XML with an svg root, white background and sans-serif font")
  func wellFormed() {
    let svg = Self.sampleChart().svg(width: 640, height: 400)
    let parsed = ParsedXML.parse(svg)
    #expect(parsed.error == nil)
    let root = parsed.elements.first
    #expect(root?.name == "svg")
    #expect(root?.attributes["width"] == "640")
    #expect(root?.attributes["font-family"] == "sans-serif")
    #expect(parsed.elements(named: "rect").first?["fill"] == "white")
  }

  @Test("The legend names every series, and titles appear as text")
  func legendAndTitles() {
    let parsed = ParsedXML.parse(Self.sampleChart().svg())
    for name in ["tanh(x)", "slope", "rejected", "admitted", "boundary", "tanh and its slope", "value"] {
      #expect(parsed.text.contains(name), "missing \(name)")
    }
  }

  @Test("One dot per scatter point and one dashed line for the boundary")
  func scatterAndBoundary() {
    let parsed = ParsedXML.parse(Self.sampleChart().svg())
    // Three data points plus two legend swatches.
    #expect(parsed.elements(named: "circle").count == 5)
    #expect(parsed.elements(named: "line").filter { $0["stroke-dasharray"] != nil }.count == 2)
  }

  @Test("A NaN in a line splits it into two path segments; infinities and huge spikes do too")
  func gapsBreakTheLine() {
    for gap in [Double.nan, .infinity, -.infinity, 1e300] {
      var chart = Chart()
      let xs = (0..<40).map(Double.init)
      var ys = xs.map { sin($0 / 5) }
      ys[20] = gap
      chart.addLine("sin", x: xs, y: ys)
      let paths = ParsedXML.parse(chart.svg()).elements(named: "path")
      #expect(paths.count == 1)
      let moves = paths.first?["d"]?.filter { $0 == "M" }.count
      #expect(moves == 2, "gap value \(gap)")
    }
  }

  @Test("A line without gaps is a single path segment")
  func noGapNoBreak() {
    var chart = Chart()
    chart.addLine("line", x: [0, 1, 2, 3], y: [0, 1, 4, 9])
    let d = ParsedXML.parse(chart.svg()).elements(named: "path").first?["d"]
    #expect(d?.filter { $0 == "M" }.count == 1)
    #expect(d?.filter { $0 == "L" }.count == 3)
  }

  @Test("An absurd outlier does not stretch the y axis")
  func outlierClipped() {
    var chart = Chart()
    let xs = (0..<100).map(Double.init)
    var ys = xs.map { $0 / 10 }  // 0 ... 9.9
    ys[50] = 1e16
    chart.addLine("with spike", x: xs, y: ys)
    let parsed = ParsedXML.parse(chart.svg())
    // The largest y tick stays near the data, not near 1e16.
    #expect(Self.yTickLabels(chart.svg()).allSatisfy { !$0.contains("e+") })
    #expect(Self.yTickLabels(chart.svg()).contains("10"))
    // ... and the chart says that it cut the spike off.
    #expect(parsed.text.contains("y clipped: values reach up to 1e+16"))
  }

  /// The labels of the y axis's ticks (right-aligned text left of the plot).
  static func yTickLabels(_ svg: String) -> [String] {
    svg.split(separator: "\n").filter { $0.contains("text-anchor=\"end\"") }.compactMap { line in
      line.split(separator: ">").dropFirst().first?.split(separator: "<").first.map(String.init)
    }
  }

  @Test("Long y tick labels fit in the image: the plot moves right to make room")
  func longTickLabelsFit() {
    var chart = Chart()
    chart.addLine("big", x: [0, 1, 2], y: [0, 5e6, 1.2e7])
    let labels = ParsedXML.parse(chart.svg()).elements(named: "text").filter { $0["text-anchor"] == "end" }
    let svg = chart.svg()
    #expect(Self.yTickLabels(svg).contains("10000000"))
    for (label, attributes) in zip(Self.yTickLabels(svg), labels) {
      let right = Double(attributes["x"] ?? "") ?? 0
      #expect(right - 7 * Double(label.count) >= 0, "\(label) starts left of the image at x = \(right)")
    }
  }

  @Test("Without outliers nothing is clipped and no note is drawn")
  func noClippingNote() {
    let text = ParsedXML.parse(Self.sampleChart().svg()).text
    #expect(!text.contains("clipped"))
    var steep = Chart()
    let xs = (0...100).map { Double($0) / 10 }
    steep.addLine("exp", x: xs, y: xs.map { exp($0) })  // steep, 1 to 22026, but no pole
    #expect(!ParsedXML.parse(steep.svg()).text.contains("clipped"))
  }

  /// 1/x and -1/x² over [-2, 2], 400 points, as `slope '1/x' --plot` samples them.
  static func reciprocalChart() -> Chart {
    var chart = Chart()
    let xs = (0..<400).map { -2 + 4 * Double($0) / 399 }
    chart.addLine("1/x", x: xs, y: xs.map { 1 / $0 })
    chart.addLine("-1/x²", x: xs, y: xs.map { -1 / ($0 * $0) })
    return chart
  }

  @Test("A pole breaks the line instead of joining -200 to +200, and its far values are clipped with a note")
  func poleBreaksLine() {
    let svg = Self.reciprocalChart().svg()
    let parsed = ParsedXML.parse(svg)
    let paths = parsed.elements(named: "path").compactMap { $0["d"] }
    #expect(paths.count == 2)
    // 1/x: one piece each side of 0. (-1/x² does not change sign: the
    // piece near 0 goes off the bottom on both sides, clipped by the frame.)
    #expect(paths.first?.filter { $0 == "M" }.count == 2)
    #expect(parsed.text.contains("y clipped: values reach down to -39800 and up to 200"))
    // The range shown is the bulk of the values: ticks stay within ±10.
    let ticks = Self.yTickLabels(svg).compactMap(Double.init)
    #expect(!ticks.isEmpty && ticks.allSatisfy { abs($0) <= 10 }, "\(ticks)")
  }

  @Test("A steep but continuous sign change is joined, not broken")
  func steepIsNotAPole() {
    var chart = Chart()
    let xs = (0...100).map { -1 + Double($0) / 50 }
    chart.addLine("tanh(100x)", x: xs, y: xs.map { tanh(100 * $0) })
    let d = ParsedXML.parse(chart.svg()).elements(named: "path").first?["d"]
    #expect(d?.filter { $0 == "M" }.count == 1)
  }

  /// The legend box's corner, from its rect (the only one with a grey stroke).
  static func legendBox(_ svg: String) -> (x: Double, y: Double)? {
    let box = ParsedXML.parse(svg).elements(named: "rect").first { $0["stroke"] == "#cccccc" }
    guard let x = box?["x"].flatMap(Double.init), let y = box?["y"].flatMap(Double.init) else { return nil }
    return (x, y)
  }

  @Test("The legend takes a free corner: top right when free, else the first free one")
  func legendCorner() throws {
    // A rising line leaves the top left and bottom right free; top right is busy.
    var rising = Chart()
    let xs = (0...100).map(Double.init)
    rising.addLine("rising", x: xs, y: xs)
    let risingBox = try #require(Self.legendBox(rising.svg()))
    #expect(risingBox.x < 200 && risingBox.y < 100, "top left expected, got \(risingBox)")
    // A falling line leaves the top right free.
    var falling = Chart()
    falling.addLine("falling", x: xs, y: xs.map { -$0 })
    let fallingBox = try #require(Self.legendBox(falling.svg()))
    #expect(fallingBox.x > 600 && fallingBox.y < 100, "top right expected, got \(fallingBox)")
    // x³ - 3x and its slope leave only the bottom right free.
    var cubic = Chart()
    let cubicXs = (0...100).map { -3 + 6 * Double($0) / 100 }
    cubic.addLine("f", x: cubicXs, y: cubicXs.map { $0 * $0 * $0 - 3 * $0 })
    cubic.addLine("f′", x: cubicXs, y: cubicXs.map { 3 * $0 * $0 - 3 })
    let cubicBox = try #require(Self.legendBox(cubic.svg()))
    #expect(cubicBox.x > 600 && cubicBox.y > 300, "bottom right expected, got \(cubicBox)")
  }

  @Test("With every corner busy the legend goes outside the plot, which narrows")
  func legendOutside() throws {
    var chart = Chart()
    // Points in all four corners and the middle.
    let grid = (0..<11).flatMap { i in (0..<11).map { j in (Double(i), Double(j)) } }
    chart.addScatter("grid", x: grid.map(\.0), y: grid.map(\.1))
    let svg = chart.svg(width: 800, height: 500)
    let box = try #require(Self.legendBox(svg))
    let frame = try #require(ParsedXML.parse(svg).elements(named: "rect").first { $0["stroke"] == "#333333" })
    let frameRight = try #require(frame["x"].flatMap(Double.init)) + (try #require(frame["width"].flatMap(Double.init)))
    #expect(box.x > frameRight, "legend at \(box), plot ends at \(frameRight)")
    #expect(box.x < 800)
  }

  @Test("Markup characters in titles and names are escaped and read back unchanged")
  func escaping() {
    var chart = Chart(title: "a < b & c > d", xLabel: "\"quoted\" 'x'", yLabel: "y")
    chart.addLine("f<x>&g", x: [0, 1], y: [0, 1])
    let svg = chart.svg()
    #expect(svg.contains("a &lt; b &amp; c &gt; d"))
    #expect(!svg.contains("a < b"))
    let parsed = ParsedXML.parse(svg)
    #expect(parsed.error == nil)
    #expect(parsed.text.contains("a < b & c > d"))
    #expect(parsed.text.contains("f<x>&g"))
    #expect(parsed.text.contains("\"quoted\" 'x'"))
  }

  @Test("Control characters that XML forbids are replaced, keeping the document valid")
  func controlCharacters() {
    #expect(escapedXML("a\u{0}b\u{1B}c\td") == "a\u{FFFD}b\u{FFFD}c\td")
    var chart = Chart(title: "bad\u{7}title")
    chart.addLine("ok", x: [0, 1], y: [1, 2])
    #expect(ParsedXML.parse(chart.svg()).error == nil)
  }

  @Test("The same chart always renders to the same bytes")
  func deterministic() {
    #expect(Self.sampleChart().svg() == Self.sampleChart().svg())
  }

  @Test("Empty, flat and single-point charts still render valid documents")
  func degenerateCharts() {
    var flat = Chart(title: "flat")
    flat.addLine("constant", x: [0, 1, 2], y: [3, 3, 3])
    var single = Chart()
    single.addLine("one", x: [5], y: [5])
    var allNaN = Chart()
    allNaN.addLine("nothing", x: [0, 1], y: [.nan, .nan])
    for chart in [Chart(), flat, single, allNaN] {
      #expect(ParsedXML.parse(chart.svg()).error == nil)
    }
  }

  @Test("A vertical boundary is drawn from the bottom to the top of the plot")
  func verticalBoundary() {
    var chart = Chart()
    chart.addScatter("points", x: [0, 10], y: [0, 10])
    chart.addStraightLine("x = 5", xCoefficient: 1, yCoefficient: 0, constant: -5)
    let lines = ParsedXML.parse(chart.svg()).elements(named: "line").filter {
      $0["stroke-dasharray"] != nil && $0["x1"] == $0["x2"]
    }
    // The plot line plus nothing else would be x1 == x2; the legend swatch is horizontal.
    #expect(lines.count == 1)
    #expect(lines.first?["y1"] != lines.first?["y2"])
  }

  @Test("A fixed y range is used as given")
  func fixedRange() {
    var chart = Chart()
    chart.yRange = 0...1
    chart.addLine("up", x: [0, 1], y: [0.25, 0.75])
    let text = ParsedXML.parse(chart.svg()).text
    #expect(text.contains("0.2"))
    #expect(text.contains("1"))
    #expect(!text.contains("0.75"))
  }
}

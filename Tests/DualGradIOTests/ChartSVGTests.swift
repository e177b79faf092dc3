import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DualGradIO

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
    var ys = xs.map { $0 / 10 }   // 0 ... 9.9
    ys[50] = 1e16
    chart.addLine("with spike", x: xs, y: ys)
    let parsed = ParsedXML.parse(chart.svg())
    // The largest y tick stays near the data, not near 1e16.
    #expect(!parsed.text.contains("e+"))
    #expect(parsed.text.contains("10"))
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

extension Chart {
  /// Returns the chart as a standalone SVG document.
  ///
  /// ```swift
  /// var chart = Chart(title: "Loss")
  /// chart.addLine("train", x: [0, 1, 2], y: [0.9, 0.5, 0.4])
  /// let svg = chart.svg(width: 640, height: 400)
  /// svg.hasPrefix("<svg")   // true; save it with writeAtomically(svg, to: "loss.svg")
  /// ```
  ///
  /// Without ``yRange``, the vertical range covers the finite y values
  /// except absurd outliers: when there are at least 10 values, anything
  /// beyond the 2nd–98th percentile band widened by 3 times its width on
  /// each side is left out of the range, and line points far outside it
  /// break the line like NaN does. Everything is clipped to the plot area.
  /// Fitted ranges get a 3 % margin on each side; ticks are the "nice"
  /// values (steps of 1, 2 or 5 × 10^k) that fall inside.
  ///
  /// The document uses the fixed id `plot-area`; give charts embedded in
  /// one HTML page their own `<img>` or `<object>` rather than inlining them.
  ///
  /// - Parameters:
  ///   - width: The image width in pixels; at least 200 is readable.
  ///   - height: The image height in pixels; at least 150 is readable.
  /// - Returns: The SVG text, ending with a newline.
  public func svg(width: Int = 800, height: Int = 500) -> String {
    var renderer = SVGRenderer(chart: self, width: Double(max(width, 50)), height: Double(max(height, 50)))
    return renderer.render()
  }
}

/// Lays out and writes one chart; kept apart from `Chart` so the data model
/// stays a plain value and all geometry lives in one place.
private struct SVGRenderer {
  let chart: Chart
  let width: Double
  let height: Double
  var output = ""

  /// The plot rectangle in pixels.
  let left: Double, right: Double, top: Double, bottom: Double
  /// The data ranges shown and their tick scales.
  var xScale: TickScale?
  var yScale: TickScale?
  var xLower = 0.0, xUpper = 1.0, yLower = 0.0, yUpper = 1.0

  static let palette = [
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
    "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22",
  ]

  init(chart: Chart, width: Double, height: Double) {
    self.chart = chart
    self.width = width
    self.height = height
    left = chart.yLabel.isEmpty ? 60 : 78
    right = width - 20
    top = chart.title.isEmpty ? 20 : 44
    bottom = height - (chart.xLabel.isEmpty ? 36 : 56)
    fitRanges()
  }

  // MARK: Ranges

  mutating func fitRanges() {
    var xs: [Double] = []
    var ys: [Double] = []
    for series in chart.series {
      switch series {
      case let .line(_, x, y), let .scatter(_, x, y):
        for (px, py) in zip(x, y) where px.isFinite && py.isFinite {
          xs.append(px)
          ys.append(py)
        }
      case .straightLine:
        break  // A line is infinite; it takes whatever range the data gives.
      }
    }
    (xLower, xUpper) = shownBounds(fixed: chart.xRange, data: bounds(of: xs))
    (yLower, yUpper) = shownBounds(fixed: chart.yRange, data: robustBounds(of: ys))
    xScale = TickScale(lower: xLower, upper: xUpper, targetCount: 6)
    yScale = TickScale(lower: yLower, upper: yUpper, targetCount: 6)
  }

  /// A valid fixed range as given; otherwise the data range widened by 3 %
  /// on each side, so that dots and lines at the extremes are not cut in
  /// half by the frame.
  func shownBounds(fixed: ClosedRange<Double>?, data: ClosedRange<Double>) -> (Double, Double) {
    if let fixed, fixed.lowerBound.isFinite, fixed.upperBound.isFinite, fixed.lowerBound < fixed.upperBound {
      return (fixed.lowerBound, fixed.upperBound)
    }
    var span = data.upperBound - data.lowerBound
    if !(span > 0) || !span.isFinite {
      // A single value gets a range of its own size, so that its ticks
      // still make sense (0.5 ... 1.5 around 1, 0 ... 2 around 0).
      span = data.lowerBound == 0 ? 2 : abs(data.lowerBound)
      return (data.lowerBound - span / 2, data.lowerBound + span / 2)
    }
    return (data.lowerBound - 0.03 * span, data.upperBound + 0.03 * span)
  }

  func bounds(of values: [Double]) -> ClosedRange<Double> {
    guard let low = values.min(), let high = values.max() else { return 0...1 }
    return low...high
  }

  /// The range of `values` without absurd outliers, as documented on `svg`.
  func robustBounds(of values: [Double]) -> ClosedRange<Double> {
    guard values.count >= 10 else { return bounds(of: values) }
    let sorted = values.sorted()
    let low = sorted[(sorted.count - 1) * 2 / 100]
    let high = sorted[(sorted.count - 1) * 98 / 100]
    let band = high - low
    // A flat band (a constant with a few spikes) gets a scale from its size.
    let margin = 3 * (band > 0 ? band : max(abs(high), 1))
    return max(sorted.first!, low - margin)...min(sorted.last!, high + margin)
  }

  // MARK: Coordinates

  func pixelX(_ x: Double) -> Double { left + (x - xLower) / (xUpper - xLower) * (right - left) }
  func pixelY(_ y: Double) -> Double { bottom - (y - yLower) / (yUpper - yLower) * (bottom - top) }

  /// Whether a line may run to this y: far outside the shown range it would
  /// only make a spike of enormous coordinates, so it breaks the line instead.
  func isDrawable(y: Double) -> Bool {
    let span = yUpper - yLower
    return y.isFinite && y >= yLower - 10 * span && y <= yUpper + 10 * span
  }

  // MARK: Output

  mutating func render() -> String {
    let size = "width=\"\(number(width))\" height=\"\(number(height))\""
    emit("<svg xmlns=\"http://www.w3.org/2000/svg\" \(size) viewBox=\"0 0 \(number(width)) \(number(height))\" font-family=\"sans-serif\">")
    emit("<rect x=\"0\" y=\"0\" \(size) fill=\"white\"/>")
    let plotSize = "x=\"\(number(left))\" y=\"\(number(top))\" width=\"\(number(right - left))\" height=\"\(number(bottom - top))\""
    emit("<defs><clipPath id=\"plot-area\"><rect \(plotSize)/></clipPath></defs>")
    drawAxes()
    emit("<g clip-path=\"url(#plot-area)\">")
    for (index, series) in chart.series.enumerated() {
      draw(series, colour: Self.palette[index % Self.palette.count])
    }
    emit("</g>")
    emit("<rect \(plotSize) fill=\"none\" stroke=\"#333333\"/>")
    drawTitles()
    drawLegend()
    emit("</svg>")
    return output
  }

  mutating func emit(_ line: String) {
    output += line
    output += "\n"
  }

  mutating func drawAxes() {
    emit("<g font-size=\"11\" fill=\"#333333\">")
    if let xScale {
      for tick in xScale.ticks where tick >= xLower - 1e-9 * (xUpper - xLower) && tick <= xUpper + 1e-9 * (xUpper - xLower) {
        let x = number(pixelX(tick))
        emit("<line x1=\"\(x)\" y1=\"\(number(top))\" x2=\"\(x)\" y2=\"\(number(bottom + 5))\" stroke=\"#e0e0e0\"/>")
        emit("<text x=\"\(x)\" y=\"\(number(bottom + 18))\" text-anchor=\"middle\">\(tickLabel(tick))</text>")
      }
    }
    if let yScale {
      for tick in yScale.ticks where tick >= yLower - 1e-9 * (yUpper - yLower) && tick <= yUpper + 1e-9 * (yUpper - yLower) {
        let y = number(pixelY(tick))
        emit("<line x1=\"\(number(left - 5))\" y1=\"\(y)\" x2=\"\(number(right))\" y2=\"\(y)\" stroke=\"#e0e0e0\"/>")
        emit("<text x=\"\(number(left - 8))\" y=\"\(y)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(tickLabel(tick))</text>")
      }
    }
    emit("</g>")
  }

  mutating func drawTitles() {
    if !chart.title.isEmpty {
      emit("<text x=\"\(number(width / 2))\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">\(escapedXML(chart.title))</text>")
    }
    if !chart.xLabel.isEmpty {
      emit("<text x=\"\(number((left + right) / 2))\" y=\"\(number(height - 14))\" text-anchor=\"middle\" font-size=\"13\">\(escapedXML(chart.xLabel))</text>")
    }
    if !chart.yLabel.isEmpty {
      let x = number(18), y = number((top + bottom) / 2)
      emit("<text x=\"\(x)\" y=\"\(y)\" transform=\"rotate(-90 \(x) \(y))\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"13\">\(escapedXML(chart.yLabel))</text>")
    }
  }

  mutating func draw(_ series: Chart.Series, colour: String) {
    switch series {
    case let .line(_, xs, ys):
      var path = ""
      var isDrawing = false
      for (x, y) in zip(xs, ys) {
        guard x.isFinite, isDrawable(y: y) else {
          isDrawing = false
          continue
        }
        path += isDrawing ? " L" : (path.isEmpty ? "M" : " M")
        path += "\(number(pixelX(x))) \(number(pixelY(y)))"
        isDrawing = true
      }
      guard !path.isEmpty else { return }
      // Round caps make a lone point between two gaps show as a dot.
      emit("<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
    case let .scatter(_, xs, ys):
      emit("<g fill=\"\(colour)\" fill-opacity=\"0.85\" stroke=\"white\" stroke-width=\"0.5\">")
      for (x, y) in zip(xs, ys) where x.isFinite && isDrawable(y: y) {
        emit("<circle cx=\"\(number(pixelX(x)))\" cy=\"\(number(pixelY(y)))\" r=\"3.5\"/>")
      }
      emit("</g>")
    case let .straightLine(_, a, b, c):
      guard let (start, end) = clippedLine(a: a, b: b, c: c) else { return }
      emit("<line x1=\"\(number(pixelX(start.x)))\" y1=\"\(number(pixelY(start.y)))\" x2=\"\(number(pixelX(end.x)))\" y2=\"\(number(pixelY(end.y)))\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>")
    }
  }

  /// The part of the line a·x + b·y + c = 0 inside the shown data box, or
  /// `nil` if it misses the box or is not a line at all.
  func clippedLine(a: Double, b: Double, c: Double) -> ((x: Double, y: Double), (x: Double, y: Double))? {
    guard a.isFinite, b.isFinite, c.isFinite, a != 0 || b != 0 else { return nil }
    let slackX = 1e-9 * (xUpper - xLower), slackY = 1e-9 * (yUpper - yLower)
    var crossings: [(x: Double, y: Double)] = []
    if b != 0 {
      for x in [xLower, xUpper] {
        let y = -(a * x + c) / b
        if y >= yLower - slackY && y <= yUpper + slackY { crossings.append((x, y)) }
      }
    }
    if a != 0 {
      for y in [yLower, yUpper] {
        let x = -(b * y + c) / a
        if x >= xLower - slackX && x <= xUpper + slackX { crossings.append((x, y)) }
      }
    }
    // Through a corner the same point is found twice; keep the farthest pair.
    var best: ((x: Double, y: Double), (x: Double, y: Double))?
    var bestLength = 0.0
    for i in crossings.indices {
      for j in crossings.indices where j > i {
        let dx = pixelX(crossings[i].x) - pixelX(crossings[j].x)
        let dy = pixelY(crossings[i].y) - pixelY(crossings[j].y)
        let length = dx * dx + dy * dy
        if length > bestLength {
          bestLength = length
          best = (crossings[i], crossings[j])
        }
      }
    }
    return best
  }

  mutating func drawLegend() {
    let names = chart.series.map(\.name)
    guard names.contains(where: { !$0.isEmpty }) else { return }
    // Without font metrics, 7 px per character at 12 px is a fair guess for
    // sans-serif text; the box only needs to be roughly right.
    let longest = names.map(\.count).max() ?? 0
    let boxWidth = Double(min(longest, 40)) * 7 + 40
    let rowHeight = 18.0
    let boxHeight = Double(names.count) * rowHeight + 8
    let x = right - boxWidth - 8
    let y = top + 8
    emit("<g font-size=\"12\">")
    emit("<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(boxWidth))\" height=\"\(number(boxHeight))\" fill=\"white\" fill-opacity=\"0.85\" stroke=\"#cccccc\"/>")
    for (index, series) in chart.series.enumerated() {
      let colour = Self.palette[index % Self.palette.count]
      let rowY = y + 4 + rowHeight * (Double(index) + 0.5)
      let swatchX = x + 8
      switch series {
      case .line:
        emit("<line x1=\"\(number(swatchX))\" y1=\"\(number(rowY))\" x2=\"\(number(swatchX + 20))\" y2=\"\(number(rowY))\" stroke=\"\(colour)\" stroke-width=\"2\"/>")
      case .scatter:
        emit("<circle cx=\"\(number(swatchX + 10))\" cy=\"\(number(rowY))\" r=\"3.5\" fill=\"\(colour)\"/>")
      case .straightLine:
        emit("<line x1=\"\(number(swatchX))\" y1=\"\(number(rowY))\" x2=\"\(number(swatchX + 20))\" y2=\"\(number(rowY))\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>")
      }
      emit("<text x=\"\(number(swatchX + 26))\" y=\"\(number(rowY))\" dominant-baseline=\"middle\">\(escapedXML(series.name))</text>")
    }
    emit("</g>")
  }
}

/// A pixel coordinate with at most two decimals and no exponent, built from
/// integers so that the same value always prints the same way.
private func number(_ value: Double) -> String {
  // Far-off coordinates only occur for clipped geometry; capping them keeps
  // the integer conversion safe and the text short.
  let hundredths = Int((min(max(value, -1e7), 1e7) * 100).rounded())
  let sign = hundredths < 0 ? "-" : ""
  let magnitude = abs(hundredths)
  let whole = magnitude / 100
  let fraction = magnitude % 100
  if fraction == 0 { return "\(sign)\(whole)" }
  if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
  return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
}

/// `text` made safe inside an XML element or attribute: markup characters
/// become entities, and control characters XML 1.0 forbids become U+FFFD.
internal func escapedXML(_ text: String) -> String {
  var result = ""
  result.reserveCapacity(text.utf8.count)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "&": result += "&amp;"
    case "<": result += "&lt;"
    case ">": result += "&gt;"
    case "\"": result += "&quot;"
    case "'": result += "&apos;"
    case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
    case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
      result += "\u{FFFD}"
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result
}

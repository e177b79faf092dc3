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
  /// Without ``yRange``, the vertical range covers every finite y value
  /// unless some are absurd outliers, as the values near a pole are: with
  /// at least 10 values, quartiles Q1 and Q3 and their distance IQR, a side
  /// whose extreme lies more than 50 IQR beyond its quartile is cut at the
  /// last value within 3 IQR of it (Tukey's far-out fence), and a small
  /// note under the title says how far the values really reach. Everything
  /// is clipped to the plot area.
  ///
  /// A line breaks where a value is not finite, and where it jumps between
  /// two samples from above the range shown to below it (or back): that is
  /// a pole, such as 1/x at 0, not a steep stretch to be joined.
  ///
  /// The legend goes in the corner of the plot where it covers no plotted
  /// point or line (top right, top left, bottom right, bottom left, in that
  /// order of preference), or to the right of the plot if every corner is busy.
  ///
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
  var left: Double, right: Double, top: Double, bottom: Double
  /// The data ranges shown and their tick scales.
  var xScale: TickScale?
  var yScale: TickScale?
  var xLower = 0.0, xUpper = 1.0, yLower = 0.0, yUpper = 1.0
  /// What the note under the title says when the y range cuts off data.
  var clippingNote: String?
  /// The legend's box, once placed.
  var legendOrigin = (x: 0.0, y: 0.0)
  let legendSize: (width: Double, height: Double)
  let legendRowHeight = 18.0

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
    // Without font metrics, 7 px per character at 12 px is a fair guess for
    // sans-serif text; the box only needs to be roughly right.
    let longest = chart.series.map(\.name.count).max() ?? 0
    legendSize = (Double(min(longest, 40)) * 7 + 40, Double(chart.series.count) * legendRowHeight + 8)
    fitRanges()
    // Room for the widest y tick label (digits are about 7 px wide at 11 px),
    // so a label such as 10000000 is not cut at the image's edge.
    let widestLabel = yScale.map { scale in scale.ticks.map { tickLabel($0).count }.max() ?? 0 } ?? 0
    left = max(left, Double(widestLabel) * 7 + 14 + (chart.yLabel.isEmpty ? 0 : 24))
    if clippingNote != nil { top += 14 }
    placeLegend()
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
    let fitted = robustBounds(of: ys)
    (yLower, yUpper) = shownBounds(fixed: chart.yRange, data: fitted.shown)
    if chart.yRange == nil, fitted.shown != fitted.all {
      var parts: [String] = []
      if fitted.all.lowerBound < fitted.shown.lowerBound { parts.append("down to \(roughly(fitted.all.lowerBound))") }
      if fitted.all.upperBound > fitted.shown.upperBound { parts.append("up to \(roughly(fitted.all.upperBound))") }
      clippingNote = "y clipped: values reach " + parts.joined(separator: " and ")
    }
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

  /// The range of `values` to show, without absurd outliers as documented
  /// on `svg`, and the range of them all.
  func robustBounds(of values: [Double]) -> (shown: ClosedRange<Double>, all: ClosedRange<Double>) {
    let all = bounds(of: values)
    guard values.count >= 10 else { return (all, all) }
    let sorted = values.sorted()
    let q1 = sorted[(sorted.count - 1) / 4]
    let q3 = sorted[(sorted.count - 1) * 3 / 4]
    let spread = q3 - q1
    // Mostly one value (a constant with a few spikes): no scale to judge by.
    guard spread > 0 else { return (all, all) }
    var low = all.lowerBound
    var high = all.upperBound
    if q1 - low > 50 * spread {
      low = sorted.first { $0 >= q1 - 3 * spread } ?? q1
    }
    if high - q3 > 50 * spread {
      high = sorted.last { $0 <= q3 + 3 * spread } ?? q3
    }
    return (low...high, all)
  }

  /// A value to three significant digits, for the clipping note.
  func roughly(_ value: Double) -> String {
    tickLabel(value.rounded(toSignificantDigits: 3))
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

  /// Whether a line from `previous` to `next` would cross a pole: it jumps
  /// from above the range shown to below it, or back, between two samples.
  func crossesPole(from previous: Double, to next: Double) -> Bool {
    (previous > yUpper && next < yLower) || (previous < yLower && next > yUpper)
  }

  /// The pieces of a line as drawn: runs of points, broken at non-finite
  /// values, far-off spikes and poles.
  func pieces(x xs: [Double], y ys: [Double]) -> [[(x: Double, y: Double)]] {
    var pieces: [[(x: Double, y: Double)]] = []
    var current: [(x: Double, y: Double)] = []
    for (x, y) in zip(xs, ys) {
      guard x.isFinite, isDrawable(y: y) else {
        if !current.isEmpty { pieces.append(current) }
        current = []
        continue
      }
      if let last = current.last, crossesPole(from: last.y, to: y) {
        pieces.append(current)
        current = []
      }
      current.append((x, y))
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }

  // MARK: Output

  mutating func render() -> String {
    let size = "width=\"\(number(width))\" height=\"\(number(height))\""
    emit(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" \(size) viewBox=\"0 0 \(number(width)) \(number(height))\" font-family=\"sans-serif\">"
    )
    emit("<rect x=\"0\" y=\"0\" \(size) fill=\"white\"/>")
    let plotSize =
      "x=\"\(number(left))\" y=\"\(number(top))\" width=\"\(number(right - left))\" height=\"\(number(bottom - top))\""
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
      for tick in xScale.ticks
      where tick >= xLower - 1e-9 * (xUpper - xLower) && tick <= xUpper + 1e-9 * (xUpper - xLower) {
        let x = number(pixelX(tick))
        emit("<line x1=\"\(x)\" y1=\"\(number(top))\" x2=\"\(x)\" y2=\"\(number(bottom + 5))\" stroke=\"#e0e0e0\"/>")
        emit("<text x=\"\(x)\" y=\"\(number(bottom + 18))\" text-anchor=\"middle\">\(tickLabel(tick))</text>")
      }
    }
    if let yScale {
      for tick in yScale.ticks
      where tick >= yLower - 1e-9 * (yUpper - yLower) && tick <= yUpper + 1e-9 * (yUpper - yLower) {
        let y = number(pixelY(tick))
        emit("<line x1=\"\(number(left - 5))\" y1=\"\(y)\" x2=\"\(number(right))\" y2=\"\(y)\" stroke=\"#e0e0e0\"/>")
        emit(
          "<text x=\"\(number(left - 8))\" y=\"\(y)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(tickLabel(tick))</text>"
        )
      }
    }
    emit("</g>")
  }

  mutating func drawTitles() {
    if !chart.title.isEmpty {
      emit(
        "<text x=\"\(number(width / 2))\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">\(escapedXML(chart.title))</text>"
      )
    }
    if let clippingNote {
      emit(
        "<text x=\"\(number(width / 2))\" y=\"\(number(top - 8))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#666666\">\(escapedXML(clippingNote))</text>"
      )
    }
    if !chart.xLabel.isEmpty {
      emit(
        "<text x=\"\(number((left + right) / 2))\" y=\"\(number(height - 14))\" text-anchor=\"middle\" font-size=\"13\">\(escapedXML(chart.xLabel))</text>"
      )
    }
    if !chart.yLabel.isEmpty {
      let x = number(18)
      let y = number((top + bottom) / 2)
      emit(
        "<text x=\"\(x)\" y=\"\(y)\" transform=\"rotate(-90 \(x) \(y))\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"13\">\(escapedXML(chart.yLabel))</text>"
      )
    }
  }

  mutating func draw(_ series: Chart.Series, colour: String) {
    switch series {
    case let .line(_, xs, ys):
      var path = ""
      for piece in pieces(x: xs, y: ys) {
        for (index, point) in piece.enumerated() {
          path += index > 0 ? " L" : (path.isEmpty ? "M" : " M")
          path += "\(number(pixelX(point.x))) \(number(pixelY(point.y)))"
        }
      }
      guard !path.isEmpty else { return }
      // Round caps make a lone point between two gaps show as a dot.
      emit(
        "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
      )
    case let .scatter(_, xs, ys):
      emit("<g fill=\"\(colour)\" fill-opacity=\"0.85\" stroke=\"white\" stroke-width=\"0.5\">")
      for (x, y) in zip(xs, ys) where x.isFinite && isDrawable(y: y) {
        emit("<circle cx=\"\(number(pixelX(x)))\" cy=\"\(number(pixelY(y)))\" r=\"3.5\"/>")
      }
      emit("</g>")
    case let .straightLine(_, a, b, c):
      guard let (start, end) = clippedLine(a: a, b: b, c: c) else { return }
      emit(
        "<line x1=\"\(number(pixelX(start.x)))\" y1=\"\(number(pixelY(start.y)))\" x2=\"\(number(pixelX(end.x)))\" y2=\"\(number(pixelY(end.y)))\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>"
      )
    }
  }

  /// The part of the line a·x + b·y + c = 0 inside the shown data box, or
  /// `nil` if it misses the box or is not a line at all.
  func clippedLine(a: Double, b: Double, c: Double) -> ((x: Double, y: Double), (x: Double, y: Double))? {
    guard a.isFinite, b.isFinite, c.isFinite, a != 0 || b != 0 else { return nil }
    let slackX = 1e-9 * (xUpper - xLower)
    let slackY = 1e-9 * (yUpper - yLower)
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

  // MARK: The legend

  /// Puts the legend in the first corner it leaves every plotted point and
  /// line uncovered, or beside the plot, which then narrows to make room.
  mutating func placeLegend() {
    guard chart.series.contains(where: { !$0.name.isEmpty }) else { return }
    let occupied = occupiedPixels()
    let inset = 8.0
    let corners = [
      (x: right - legendSize.width - inset, y: top + inset),
      (x: left + inset, y: top + inset),
      (x: right - legendSize.width - inset, y: bottom - legendSize.height - inset),
      (x: left + inset, y: bottom - legendSize.height - inset),
    ]
    for corner in corners where corner.x >= left && corner.y >= top {
      // A few pixels around the box count too, so nothing touches its edge.
      let box = (x: corner.x - 4, y: corner.y - 4, width: legendSize.width + 8, height: legendSize.height + 8)
      let covers = occupied.contains { point in
        point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height
      }
      if !covers {
        legendOrigin = corner
        return
      }
    }
    right = width - 20 - legendSize.width - 12
    legendOrigin = (right + 12, top)
  }

  /// Pixels the series draw on, as points: every scatter dot's centre and
  /// points every 2 px along lines, inside the plot area.
  func occupiedPixels() -> [(x: Double, y: Double)] {
    var points: [(x: Double, y: Double)] = []
    func addSegment(_ start: (x: Double, y: Double), _ end: (x: Double, y: Double)) {
      let steps = Int(min(2000, max(abs(end.x - start.x), abs(end.y - start.y)) / 2)) + 1
      for step in 0...steps {
        let t = Double(step) / Double(steps)
        let point = (x: start.x + t * (end.x - start.x), y: start.y + t * (end.y - start.y))
        if point.x >= left && point.x <= right && point.y >= top && point.y <= bottom { points.append(point) }
      }
    }
    for series in chart.series {
      switch series {
      case let .line(_, xs, ys):
        for piece in pieces(x: xs, y: ys) {
          let pixels = piece.map { (x: pixelX($0.x), y: pixelY($0.y)) }
          if pixels.count == 1 { addSegment(pixels[0], pixels[0]) }
          for index in pixels.indices.dropFirst() { addSegment(pixels[index - 1], pixels[index]) }
        }
      case let .scatter(_, xs, ys):
        for (x, y) in zip(xs, ys) where x.isFinite && isDrawable(y: y) {
          // The dot's radius, so a dot half under the box counts.
          for (dx, dy) in [(0.0, 0.0), (3.5, 0), (-3.5, 0), (0, 3.5), (0, -3.5)] {
            let point = (x: pixelX(x) + dx, y: pixelY(y) + dy)
            if point.x >= left && point.x <= right && point.y >= top && point.y <= bottom { points.append(point) }
          }
        }
      case let .straightLine(_, a, b, c):
        if let (start, end) = clippedLine(a: a, b: b, c: c) {
          addSegment((pixelX(start.x), pixelY(start.y)), (pixelX(end.x), pixelY(end.y)))
        }
      }
    }
    return points
  }

  mutating func drawLegend() {
    guard chart.series.contains(where: { !$0.name.isEmpty }) else { return }
    let (x, y) = legendOrigin
    emit("<g font-size=\"12\">")
    emit(
      "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(legendSize.width))\" height=\"\(number(legendSize.height))\" fill=\"white\" fill-opacity=\"0.85\" stroke=\"#cccccc\"/>"
    )
    for (index, series) in chart.series.enumerated() {
      let colour = Self.palette[index % Self.palette.count]
      let rowY = y + 4 + legendRowHeight * (Double(index) + 0.5)
      let swatchX = x + 8
      switch series {
      case .line:
        emit(
          "<line x1=\"\(number(swatchX))\" y1=\"\(number(rowY))\" x2=\"\(number(swatchX + 20))\" y2=\"\(number(rowY))\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
        )
      case .scatter:
        emit("<circle cx=\"\(number(swatchX + 10))\" cy=\"\(number(rowY))\" r=\"3.5\" fill=\"\(colour)\"/>")
      case .straightLine:
        emit(
          "<line x1=\"\(number(swatchX))\" y1=\"\(number(rowY))\" x2=\"\(number(swatchX + 20))\" y2=\"\(number(rowY))\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>"
        )
      }
      emit(
        "<text x=\"\(number(swatchX + 26))\" y=\"\(number(rowY))\" dominant-baseline=\"middle\">\(escapedXML(series.name))</text>"
      )
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

/// A small line and scatter chart that renders itself as a standalone SVG file.
///
/// Series keep the order in which they were added; each takes the next
/// colour of a fixed palette and gets one legend entry. The output depends
/// only on the chart's contents, so the same chart always gives the same bytes.
///
/// ```swift
/// var chart = Chart(title: "tanh and its slope", xLabel: "x", yLabel: "y")
/// let xs = (0...200).map { -7 + 14 * Double($0) / 200 }
/// chart.addLine("tanh(x)", x: xs, y: xs.map { tanh($0) })
/// chart.addLine("slope", x: xs, y: xs.map { 1 - tanh($0) * tanh($0) })
/// try writeAtomically(chart.svg(), to: "tanh.svg")   // open it in a browser
/// ```
///
/// Axis ranges follow the data unless ``xRange`` or ``yRange`` is set. The
/// automatic y range ignores absurd outliers (such as `tan` near its poles)
/// so that they do not flatten everything else; see ``svg(width:height:)``.
public struct Chart: Sendable {
  /// The heading drawn above the plot; empty for none.
  public var title: String

  /// The caption under the horizontal axis; empty for none.
  public var xLabel: String

  /// The caption beside the vertical axis; empty for none.
  public var yLabel: String

  /// A fixed horizontal range, or `nil` to fit the data with a small margin.
  public var xRange: ClosedRange<Double>?

  /// A fixed vertical range, or `nil` to fit the data (without absurd outliers).
  public var yRange: ClosedRange<Double>?

  /// Everything drawn in the plot, in the order it was added.
  internal var series: [Series] = []

  /// One thing drawn in the plot, with its legend name.
  internal enum Series: Sendable {
    case line(name: String, x: [Double], y: [Double])
    case scatter(name: String, x: [Double], y: [Double])
    /// The points where a·x + b·y + c = 0.
    case straightLine(name: String, a: Double, b: Double, c: Double)

    var name: String {
      switch self {
      case let .line(name, _, _), let .scatter(name, _, _), let .straightLine(name, _, _, _):
        return name
      }
    }
  }

  /// Creates an empty chart.
  ///
  /// ```swift
  /// let chart = Chart(title: "Loss", xLabel: "epoch", yLabel: "loss")
  /// chart.svg().hasPrefix("<svg")   // true
  /// ```
  ///
  /// - Parameters:
  ///   - title: The heading; empty for none.
  ///   - xLabel: The horizontal axis caption; empty for none.
  ///   - yLabel: The vertical axis caption; empty for none.
  public init(title: String = "", xLabel: String = "", yLabel: String = "") {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
  }

  /// Adds a line joining the points `(x[i], y[i])` in order.
  ///
  /// A point whose x or y is NaN or infinite is left out and breaks the
  /// line, so undefined stretches show as gaps instead of false segments:
  ///
  /// ```swift
  /// chart.addLine("1/x", x: [-1, 0, 1], y: [-1, .infinity, 1])   // two pieces, gap at 0
  /// ```
  ///
  /// - Parameters:
  ///   - name: The legend entry.
  ///   - x: Horizontal coordinates.
  ///   - y: Vertical coordinates; the same count as `x`.
  public mutating func addLine(_ name: String, x: [Double], y: [Double]) {
    precondition(x.count == y.count, "addLine needs as many x values as y values")
    series.append(.line(name: name, x: x, y: y))
  }

  /// Adds points drawn as dots in one colour.
  ///
  /// ```swift
  /// chart.addScatter("admitted", x: [60.2, 79.0], y: [86.3, 75.3])
  /// ```
  ///
  /// Points with a non-finite coordinate are not drawn.
  ///
  /// - Parameters:
  ///   - name: The legend entry.
  ///   - x: Horizontal coordinates.
  ///   - y: Vertical coordinates; the same count as `x`.
  public mutating func addScatter(_ name: String, x: [Double], y: [Double]) {
    precondition(x.count == y.count, "addScatter needs as many x values as y values")
    series.append(.scatter(name: name, x: x, y: y))
  }

  /// Adds points coloured by class, one legend entry per class, such as the
  /// two outcomes of a classification data set.
  ///
  /// ```swift
  /// chart.addScatter(x: exam1, y: exam2, classes: admitted, names: ["rejected", "admitted"])
  /// // points with class 0 are "rejected", class 1 "admitted"
  /// ```
  ///
  /// - Parameters:
  ///   - x: Horizontal coordinates.
  ///   - y: Vertical coordinates; the same count as `x`.
  ///   - classes: Each point's class, an index into `names`.
  ///   - names: The legend entry of each class, in class order.
  public mutating func addScatter(x: [Double], y: [Double], classes: [Int], names: [String]) {
    precondition(x.count == y.count && x.count == classes.count, "addScatter needs one class per point")
    for (label, name) in names.enumerated() {
      let members = classes.indices.filter { classes[$0] == label }
      addScatter(name, x: members.map { x[$0] }, y: members.map { y[$0] })
    }
  }

  /// Adds a dashed straight line through two points, extended across the plot.
  ///
  /// ```swift
  /// chart.addStraightLine("boundary", through: (x: 30, y: 95), and: (x: 100, y: 40))
  /// ```
  ///
  /// The line does not widen the axis ranges; it is cut where it leaves the plot.
  ///
  /// - Parameters:
  ///   - name: The legend entry.
  ///   - first: One point on the line.
  ///   - second: Another point on the line, different from `first`.
  public mutating func addStraightLine(
    _ name: String,
    through first: (x: Double, y: Double),
    and second: (x: Double, y: Double)
  ) {
    // The implicit form a·x + b·y + c = 0 also covers vertical lines.
    let a = second.y - first.y
    let b = first.x - second.x
    let c = -(a * first.x + b * first.y)
    series.append(.straightLine(name: name, a: a, b: b, c: c))
  }

  /// Adds a dashed straight line made of the points where
  /// `xCoefficient·x + yCoefficient·y + constant = 0`.
  ///
  /// This is the form a linear classifier's decision boundary comes in:
  /// with weights `w1`, `w2` and bias `b`, the boundary is `w1·x + w2·y + b = 0`.
  ///
  /// ```swift
  /// chart.addStraightLine("boundary", xCoefficient: 0.2, yCoefficient: 0.2, constant: -25)
  /// // the line x + y = 125
  /// ```
  ///
  /// - Parameters:
  ///   - name: The legend entry.
  ///   - xCoefficient: The weight of x.
  ///   - yCoefficient: The weight of y; 0 gives a vertical line.
  ///   - constant: The constant term.
  public mutating func addStraightLine(
    _ name: String,
    xCoefficient: Double,
    yCoefficient: Double,
    constant: Double
  ) {
    series.append(.straightLine(name: name, a: xCoefficient, b: yCoefficient, c: constant))
  }
}

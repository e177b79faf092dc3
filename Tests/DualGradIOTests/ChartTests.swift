import Testing

@testable import DualGradIO

@Suite("Chart")
struct ChartTests {
  @Test("Series keep the order they were added in")
  func order() {
    var chart = Chart()
    chart.addLine("a", x: [0], y: [0])
    chart.addScatter("b", x: [0], y: [0])
    chart.addStraightLine("c", xCoefficient: 1, yCoefficient: 1, constant: 0)
    #expect(chart.series.map(\.name) == ["a", "b", "c"])
  }

  @Test("Scatter by class puts each point in its class's series")
  func scatterByClass() {
    var chart = Chart()
    chart.addScatter(x: [1, 2, 3, 4], y: [10, 20, 30, 40], classes: [1, 0, 1, 0], names: ["no", "yes"])
    guard chart.series.count == 2,
      case let .scatter(name0, x0, y0) = chart.series[0],
      case let .scatter(name1, x1, y1) = chart.series[1]
    else {
      Issue.record("expected two scatter series, got \(chart.series)")
      return
    }
    #expect(name0 == "no" && x0 == [2, 4] && y0 == [20, 40])
    #expect(name1 == "yes" && x1 == [1, 3] && y1 == [10, 30])
  }

  @Test("A line through two points has both points on it")
  func lineThroughPoints() {
    var chart = Chart()
    let p = (x: 30.0, y: 95.0)
    let q = (x: 100.0, y: 40.0)
    chart.addStraightLine("boundary", through: p, and: q)
    guard case let .straightLine(_, a, b, c) = chart.series.first else {
      Issue.record("expected a straight line")
      return
    }
    #expect(abs(a * p.x + b * p.y + c) < 1e-9)
    #expect(abs(a * q.x + b * q.y + c) < 1e-9)
    #expect(a != 0 || b != 0)
  }
}

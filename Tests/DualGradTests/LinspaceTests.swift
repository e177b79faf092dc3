import DualGrad
import Testing

@Suite("linspace")
struct LinspaceTests {
  @Test("both ends are exact and the points are evenly spaced")
  func ends() {
    let points = linspace(-7.0, 7.0, count: 200)
    #expect(points.count == 200)
    #expect(points.first == -7 && points.last == 7)
    #expect(Array(linspace(0.0, 1.0, count: 5)) == [0, 0.25, 0.5, 0.75, 1])
  }

  @Test("a count of 1 gives the start and 0 gives nothing")
  func smallCounts() {
    #expect(Array(linspace(2.0, 5.0, count: 1)) == [2])
    #expect(linspace(2.0, 5.0, count: 0).isEmpty)
  }

  @Test("a range wider than the largest double keeps a finite step")
  func hugeRange() {
    let points = linspace(-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude, count: 3)
    #expect(points[1] == 0)
    #expect(points.allSatisfy { $0.isFinite })
  }

  @Test("descending ranges work")
  func descending() {
    #expect(Array(linspace(1.0, 0.0, count: 3)) == [1, 0.5, 0])
  }
}

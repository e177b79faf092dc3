import DualGrad
import DualGradIO
import DualGradTestSupport
import Foundation
import Testing

@testable import SlopeCore

@Suite("Range derivatives: blocks computed on several cores")
struct RangeDerivativesTests {
  @Test("a range long enough to be split across cores gives the bytes of a row-by-row loop", arguments: [1, 3])
  func parallelBlocksMatchSerialRows(order: Int) throws {
    let count = 4 * RangeDerivatives.rowsPerBlock + 123
    let range = SampleRange(from: -3, to: 5, count: count)
    let program = try Program(compiling: Parser.parse("sin(x) * exp(-x^2 / 8)"))
    var expected = Array("x,f,df\(order == 3 ? ",d2f,d3f" : "")\n".utf8)
    var reference = differentiator(for: program, order: order)
    var values = [Double](repeating: 0, count: order + 1)
    for index in 0..<count {
      let x = range.point(index)
      values.withUnsafeMutableBufferPointer { reference.derivatives(at: x, into: $0) }
      NumberFormat.csv.append(x, to: &expected)
      for value in values {
        expected.append(UInt8(ascii: ","))
        NumberFormat.csv.append(value, to: &expected)
      }
      expected.append(UInt8(ascii: "\n"))
    }
    try withTemporaryDirectory { directory in
      let path = directory + "/range.csv"
      let rows = RangeDerivatives(of: program, order: order, over: range)
      try withAtomicFile(at: path) { writer in
        try Output.writeRange(rows, expression: "", variable: "x", format: .csv, to: writer)
      }
      let written = try contentsOfFile(path)
      #expect(written.count == expected.count)
      // A Bool, not the arrays: a failing comparison of two megabyte arrays
      // would make the test framework diff them for minutes.
      let identical = written == expected
      #expect(
        identical,
        "first difference at byte \(zip(written, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(written.count, expected.count))"
      )
    }
  }

  @Test(
    "rows evaluated a pass of points at a time equal derivatives(at:) point by point, bit for bit",
    arguments: [1, 2, 3])
  func passesMatchPointByPoint(order: Int) throws {
    // 600 rows from index 5: two full passes and a partial one, not starting at 0.
    let indices = 5..<605
    let range = SampleRange(from: -2.5, to: 3.5, count: 700)
    let formulas = evaluationReferences.map(\.text) + ["2.5", "x", "x^3 - 2*x + 1/x", "max(x, 0.5) * hypot(x, 1)"]
    for formula in formulas {
      let program = try Program(compiling: Parser.parse(formula))
      let width = order + 2
      var table = [Double](repeating: .nan, count: indices.count * width)
      var rows = differentiator(for: program, order: order)
      table.withUnsafeMutableBufferPointer { rows.rows(indices, of: range, into: $0) }
      var pointwise = differentiator(for: program, order: order)
      var mismatches = 0
      for (row, index) in indices.enumerated() {
        let x = range.point(index)
        let expected = [x] + pointwise.derivatives(at: x)
        let actual = table[row * width..<(row + 1) * width]
        if !zip(actual, expected).allSatisfy({ $0.bitPattern == $1.bitPattern }) { mismatches += 1 }
      }
      #expect(mismatches == 0, "\(formula): \(mismatches) rows differ")
    }
  }
}

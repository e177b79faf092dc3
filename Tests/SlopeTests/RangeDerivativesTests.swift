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
}

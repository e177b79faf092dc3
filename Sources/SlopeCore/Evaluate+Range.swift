// Derivatives over a range: rows x, f(x), f′(x), …, f⁽ᵏ⁾(x), computed in
// blocks. A long range is spread over the cores, one block per core at a
// time; the caller's formatting runs on the thread that computed the block
// (formatting shortest round-trip numbers is most of the cost, about 60 % of
// the instructions at order 1 and 50 % at order 10, so that is where cores
// help), and the formatted blocks come back in range order, so the output is
// the same bytes as a serial loop's. Within a block, the differentiator
// evaluates the program a pass of points at a time (Evaluate.swift).

import Dispatch
import Foundation

/// Consecutive rows of a range, each x followed by f(x), f′(x), …, f⁽ᵏ⁾(x).
///
/// ```swift
/// // In RangeDerivatives.forEachBlock's `format`, for x^2 from 0 to 1 in 3 points:
/// block.indices           // 0..<3
/// Array(block.row(1))     // [0.5, 0.25, 1.0]
/// ```
struct RowBlock {
  /// The rows' indices in the range.
  let indices: Range<Int>
  /// Numbers per row: x and order + 1 derivatives.
  let width: Int
  /// The rows one after another, `width` numbers each.
  let values: UnsafeBufferPointer<Double>

  /// Row `index` (counted in the range, not in the block).
  ///
  /// ```swift
  /// block.row(block.indices.first!)[0]   // the block's first x
  /// ```
  func row(_ index: Int) -> UnsafeBufferPointer<Double> {
    precondition(indices.contains(index), "row \(index) is not in the block \(indices)")
    return UnsafeBufferPointer(start: values.baseAddress! + (index - indices.lowerBound) * width, count: width)
  }
}

/// f and its derivatives up to an order at every point of a range, computed
/// on demand, block by block.
///
/// ```swift
/// let rows = RangeDerivatives(of: try Program(compiling: Parser.parse("x^2")), order: 1,
///                             over: SampleRange(from: 0, to: 1, count: 3))
/// rows.columns()   // [[0.0, 0.5, 1.0], [0.0, 0.25, 1.0], [0.0, 1.0, 2.0]]
/// ```
struct RangeDerivatives {
  /// The points.
  let range: SampleRange
  /// The highest order computed.
  var order: Int { differentiator.order }
  /// An existential costs one dynamic call per block of rows: `rows` is a
  /// protocol requirement, so the loop over a block's points is compiled
  /// for each concrete differentiator (callgrind shows the specialisation).
  let differentiator: any Differentiator

  /// Rows per block: large enough that waking a thread is noise, small
  /// enough that a block and its formatted bytes stay in cache.
  static let rowsPerBlock = 8192

  /// Derivatives up to `order` of `program`, a formula of at most one variable, over `range`.
  ///
  /// ```swift
  /// RangeDerivatives(of: try Program(compiling: Parser.parse("sin(x)")), order: 3,
  ///                  over: SampleRange(from: 0, to: 1, count: 5)).order   // 3
  /// ```
  init(of program: Program, order: Int, over range: SampleRange) {
    self.range = range
    differentiator = SlopeCore.differentiator(for: program, order: order)
  }

  /// Computes every row, hands each block to `format` (called concurrently,
  /// one block per call, on the thread that computed it) with memory for its
  /// text, and then the bytes it wrote to `write`, block after block in range order.
  ///
  /// ```swift
  /// try rows.forEachBlock(
  ///   bytesPerRow: 64, format: { block, memory in /* write block's rows, return the byte count */ 0 },
  ///   write: { try writer.write(bytes: $0) })
  /// ```
  /// - Parameters:
  ///   - bytesPerRow: The most memory `format` touches per row; it is given
  ///     `bytesPerRow` times the block's row count bytes.
  ///   - format: Writes a block's text into the memory and returns how many
  ///     bytes it wrote. The memory is reused from block to block, so it is
  ///     filled once, not per row.
  ///   - write: Receives each block's bytes; an error stops the evaluation.
  /// - Complexity: O(count) time; O(cores × block) memory however many rows.
  func forEachBlock(
    bytesPerRow: Int, format: @Sendable (RowBlock, UnsafeMutableRawPointer) -> Int,
    write: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    try differentiator.forEachBlock(of: range, bytesPerRow: bytesPerRow, format: format, write: write)
  }

  /// Every row, as columns: x, then f, f′, …, f⁽ᵏ⁾ (for a chart: a few
  /// thousand points, computed on one core).
  ///
  /// ```swift
  /// RangeDerivatives(of: try Program(compiling: Parser.parse("x^2")), order: 1,
  ///                  over: SampleRange(from: 0, to: 1, count: 3)).columns()
  /// // [[0.0, 0.5, 1.0], [0.0, 0.25, 1.0], [0.0, 1.0, 2.0]]
  /// ```
  func columns() -> [[Double]] {
    var differentiator = self.differentiator
    let width = order + 2
    var table = [Double](repeating: 0, count: range.count * width)
    table.withUnsafeMutableBufferPointer { differentiator.rows(0..<range.count, of: range, into: $0) }
    return (0..<width).map { column in stride(from: column, to: table.count, by: width).map { table[$0] } }
  }
}

extension Differentiator {
  /// ``RangeDerivatives/forEachBlock(bytesPerRow:format:write:)`` with this differentiator.
  fileprivate func forEachBlock(
    of range: SampleRange, bytesPerRow: Int,
    format: @Sendable (RowBlock, UnsafeMutableRawPointer) -> Int, write: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    let rowsPerBlock = RangeDerivatives.rowsPerBlock
    let width = order + 2
    let workers = range.count >= 4 * rowsPerBlock ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
    // Each worker has its own differentiator (registers), rows and bytes.
    var differentiators = [Self](repeating: self, count: workers)
    var tables = [[Double]](
      repeating: [Double](repeating: 0, count: min(range.count, rowsPerBlock) * width), count: workers)
    var buffers = [[UInt8]](
      repeating: [UInt8](repeating: 0, count: min(range.count, rowsPerBlock) * bytesPerRow), count: workers)
    var lengths = [Int](repeating: 0, count: workers)
    var blockStart = 0
    while blockStart < range.count {
      let waveEnd = min(range.count, blockStart + workers * rowsPerBlock)
      differentiators.withUnsafeMutableBufferPointer { differentiators in
        tables.withUnsafeMutableBufferPointer { tables in
          buffers.withUnsafeMutableBufferPointer { buffers in
            lengths.withUnsafeMutableBufferPointer { lengths in
              // Each worker touches only its own element of these buffers.
              nonisolated(unsafe) let differentiators = differentiators
              nonisolated(unsafe) let tables = tables
              nonisolated(unsafe) let buffers = buffers
              nonisolated(unsafe) let lengths = lengths
              let start = blockStart
              DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let lower = min(waveEnd, start + worker * rowsPerBlock)
                let upper = min(waveEnd, lower + rowsPerBlock)
                lengths[worker] = 0
                guard lower < upper else { return }
                tables[worker].withUnsafeMutableBufferPointer { table in
                  differentiators[worker].rows(lower..<upper, of: range, into: table)
                  let block = RowBlock(indices: lower..<upper, width: width, values: UnsafeBufferPointer(table))
                  lengths[worker] = buffers[worker].withUnsafeMutableBytes { format(block, $0.baseAddress!) }
                }
              }
            }
          }
        }
      }
      for (buffer, length) in zip(buffers, lengths) {
        try buffer.withUnsafeBytes { try write(UnsafeRawBufferPointer(rebasing: $0[..<length])) }
      }
      blockStart = waveEnd
    }
  }
}

extension Differentiator {
  /// How many points a differentiator's evaluator runs per pass in
  /// ``rows(_:of:into:)``: enough that the per-instruction dispatch is noise,
  /// few enough that the registers of a pass stay in the first-level caches
  /// (a few registers × 256 points × 16 bytes for dual numbers).
  ///
  /// ```swift
  /// FirstOrderDifferentiator.pointsPerPass   // 256
  /// ```
  static var pointsPerPass: Int { 256 }

  /// Writes the points `indices` of `range` into the first column of
  /// `table`, rows of `width` numbers: the x the rows' other columns are computed at.
  ///
  /// ```swift
  /// writePoints(1..<3, of: SampleRange(from: 0, to: 1, count: 3), into: table, width: 3)   // table[0] == 0.5, table[3] == 1.0
  /// ```
  func writePoints(
    _ indices: Range<Int>, of range: SampleRange, into table: UnsafeMutableBufferPointer<Double>, width: Int
  ) {
    for (row, index) in indices.enumerated() { table[row * width] = range.point(index) }
  }
}

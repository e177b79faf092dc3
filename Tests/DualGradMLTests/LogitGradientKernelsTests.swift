// The dense kernels of the through-the-logit gradient (LogitGradientKernels.swift).
//
// Their accuracy is checked where they are used: GradientStrategyTests compares
// `.throughLogit` with the closed form Xᵀ(σ(Xw + b) − y) and the per-weight
// sweeps. What is checked here is the promise that lets the blocked kernels
// replace the row-at-a-time ones without a word in the accuracy notes: four
// rows at a time give the same logits and the same gradient bit for bit, for
// every row count (full blocks and the rows after the last one) and feature
// counts with and without a tail beyond the last chunk of four, narrow rows
// included (the loss takes them one at a time, but the kernels must hold).
import DualGrad
import Testing

@testable import DualGradML

@Suite("Through-the-logit kernels")
struct LogitGradientKernelsTests {
  @Test(
    "four-row blocks give the row-at-a-time logits and gradient bit for bit",
    arguments: [1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 18, 19, 23])
  func blocksMatchRows(featureCount n: Int) {
    var random = SeededGenerator(seed: UInt64(n))
    for m in 0...11 {
      let features = (0..<(m * n)).map { _ in Double.randomNormal(using: &random) }
      let weights = (0..<n).map { _ in Double.randomNormal(using: &random) }
      let slopes = (0..<m).map { _ in Double.randomNormal(using: &random) }
      var blockedLogits: [Double] = []
      var rowLogits: [Double] = []
      var blockedGradient = [Double](repeating: 0.5, count: n)
      var rowGradient = blockedGradient
      features.withUnsafeBufferPointer { x in
        weights.withUnsafeBufferPointer { w in
          blockedGradient.withUnsafeMutableBufferPointer { g in
            var blocks = FourRowBlocks(rowCount: m, featureCount: n, weights: w.baseAddress!, gradient: g.baseAddress!)
            for i in 0..<m {
              let row = x.baseAddress! + i * n
              blockedLogits.append(blocks.dotProduct(ofRow: i, at: row))
              blocks.addMultiple(slopes[i], ofRow: i, at: row)
            }
          }
          rowGradient.withUnsafeMutableBufferPointer { g in
            for i in 0..<m {
              let row = x.baseAddress! + i * n
              rowLogits.append(dotProduct(w.baseAddress!, row, count: n))
              addMultiple(slopes[i], of: row, to: g.baseAddress!, count: n)
            }
          }
        }
      }
      #expect(
        blockedLogits.map(\.bitPattern) == rowLogits.map(\.bitPattern), "\(m) rows: \(blockedLogits) vs \(rowLogits)")
      #expect(
        blockedGradient.map(\.bitPattern) == rowGradient.map(\.bitPattern),
        "\(m) rows: \(blockedGradient) vs \(rowGradient)")
    }
  }
}

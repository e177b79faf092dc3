// The dense kernels of the through-the-logit gradient (`LogisticLoss`'s
// `.throughLogit` strategy): the logits z = X·w and the gradient Xᵀ·s, where s
// holds the samples' slopes dℓ/dz.
//
// Both are passes over the whole feature matrix (2.5 MB for the wide
// 400 × 784 example), and on the portable x86-64 target (SSE2: two doubles per
// instruction, no fused multiply-add, two-operand instructions) their cost is
// the number of instructions per element, not memory. Working on four rows at
// once loads each weight (for the logits) and each gradient entry (for Xᵀ·s)
// once per four rows instead of once per row, and the four rows (25 KB) stay
// in the L1 cache between their dot products and their updates. The sums are
// the same, in the same order, as one row at a time: results are bit for bit
// those of `dotProduct` and `addMultiple` (Loss.swift) row by row.
//
// The two four-row kernels are out of line: a call per four wide rows costs
// nothing, while inlined into the loop over samples they kept so many values
// alive that even rows that did not use them ran about 30 instructions more
// each (callgrind).
//
// The inner loops step a byte offset up to a precomputed end with wrapping
// arithmetic: offsets stay below count·8 bytes, inside a buffer that exists,
// so they cannot overflow, and the checked `j + 4 <= count` and `j * 8` kept
// an overflow test and extra arithmetic in every iteration (12 % more
// instructions in all, for no measurable time: the loops are limited by their
// loads and floating-point units rather than by instructions).

/// The dense work of the loop over samples: row i's logit w · x_i, and the
/// update gradient += s · x_i once its slope s is known. Rows are visited in
/// order 0, 1, 2, …, each row's `dotProduct(ofRow:at:)` before its
/// `addMultiple(_:ofRow:at:)`.
@usableFromInline
protocol RowKernels {
  /// w · (row i), where row i starts at `row`.
  mutating func dotProduct(ofRow i: Int, at row: UnsafePointer<Double>) -> Double
  /// gradient += s · (row i), where row i starts at `row`.
  mutating func addMultiple(_ s: Double, ofRow i: Int, at row: UnsafePointer<Double>)
}

/// One row at a time: `dotProduct` and `addMultiple` (Loss.swift) per row.
@usableFromInline
struct SingleRows: RowKernels {
  @usableFromInline let featureCount: Int
  @usableFromInline let weights: UnsafePointer<Double>
  @usableFromInline let gradient: UnsafeMutablePointer<Double>

  @inlinable
  init(featureCount: Int, weights: UnsafePointer<Double>, gradient: UnsafeMutablePointer<Double>) {
    self.featureCount = featureCount
    self.weights = weights
    self.gradient = gradient
  }

  @inlinable @inline(__always)
  func dotProduct(ofRow i: Int, at row: UnsafePointer<Double>) -> Double {
    DualGradML.dotProduct(weights, row, count: featureCount)
  }

  @inlinable @inline(__always)
  func addMultiple(_ s: Double, ofRow i: Int, at row: UnsafePointer<Double>) {
    DualGradML.addMultiple(s, of: row, to: gradient, count: featureCount)
  }
}

/// The logits and gradient updates of a row-major feature matrix, four rows
/// at a time, behind a row-at-a-time interface: the loop over samples asks for
/// row i's logit, computes its slope, and hands the slope back (with the
/// address of row i, which the loop walks by pointer).
///
/// Asking for the first row of a block of four computes the block's four dot
/// products; handing back the last row's slope adds the block's four
/// multiples to the gradient. The last `rowCount % 4` rows go one at a time.
/// Between a block's dot products and its update the gradient is not written
/// (nor read by the kernels), so deferring the update changes nothing.
/// Worth it from ``minimumBlockedFeatureCount`` features on; narrower rows
/// take ``SingleRows``.
@usableFromInline
struct FourRowBlocks: RowKernels {
  @usableFromInline let featureCount: Int
  @usableFromInline let weights: UnsafePointer<Double>
  @usableFromInline let gradient: UnsafeMutablePointer<Double>
  /// The rows in blocks of four: the first `fullBlockRows` rows.
  @usableFromInline let fullBlockRows: Int
  /// The current block's dot products (lane k: row 4b + k).
  @usableFromInline var logits = SIMD4<Double>()
  /// The current block's slopes, as handed back so far.
  @usableFromInline var slopes = SIMD4<Double>()

  @inlinable
  init(rowCount: Int, featureCount: Int, weights: UnsafePointer<Double>, gradient: UnsafeMutablePointer<Double>) {
    self.featureCount = featureCount
    self.weights = weights
    self.gradient = gradient
    self.fullBlockRows = rowCount - rowCount % 4
  }

  /// The fewest features for which rows are worth taking four at a time:
  /// below about 8 the block's bookkeeping costs more than the shared loads
  /// save (callgrind, 100 rows, a loop like the loss's: blocks ran 11 % more
  /// instructions than single rows at 4 features, the same at 8, 7 % fewer at
  /// 12, 12 % fewer at 16, 42 % fewer at 784).
  @inlinable static var minimumBlockedFeatureCount: Int { 8 }

  /// w · (row i), where row i starts at `row`, with the lanes of `dotProduct`.
  @inlinable @inline(__always)
  mutating func dotProduct(ofRow i: Int, at row: UnsafePointer<Double>) -> Double {
    guard i < fullBlockRows else { return DualGradML.dotProduct(weights, row, count: featureCount) }
    let lane = i & 3
    if lane == 0 { logits = dotProducts(weights, fourRowsFrom: row, rowStride: featureCount, count: featureCount) }
    return logits[lane]
  }

  /// gradient += s · (row i), where row i starts at `row`; applied when row i
  /// closes its block of four.
  @inlinable @inline(__always)
  mutating func addMultiple(_ s: Double, ofRow i: Int, at row: UnsafePointer<Double>) {
    guard i < fullBlockRows else {
      DualGradML.addMultiple(s, of: row, to: gradient, count: featureCount)
      return
    }
    let lane = i & 3
    slopes[lane] = s
    if lane == 3 {
      addMultiples(
        slopes, ofFourRowsFrom: row - 3 * featureCount, rowStride: featureCount, to: gradient, count: featureCount)
    }
  }
}

/// The dot products of `w` with the four rows that start at `rows`,
/// `rowStride` elements apart: lane k is `dotProduct(w, rows + k·rowStride,
/// count:)` bit for bit for count ≥ 4 (the same four running sums per row, the
/// tail added to lane 0 in order, the same pairwise total), with each chunk of
/// `w` loaded once for all four.
@usableFromInline @inline(never)
func dotProducts(
  _ w: UnsafePointer<Double>, fourRowsFrom rows: UnsafePointer<Double>, rowStride: Int, count: Int
) -> SIMD4<Double> {
  let weights = UnsafeRawPointer(w)
  let (row0, row1, row2, row3) = fourRows(from: rows, rowStride: rowStride)
  var sums0 = SIMD4<Double>()
  var sums1 = SIMD4<Double>()
  var sums2 = SIMD4<Double>()
  var sums3 = SIMD4<Double>()
  let end = (count >> 2) &* 32  // bytes in whole chunks of four
  var offset = 0
  while offset != end {
    let chunk = weights.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
    sums0 += chunk * row0.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
    sums1 += chunk * row1.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
    sums2 += chunk * row2.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
    sums3 += chunk * row3.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
    offset &+= 32
  }
  var j = count & ~3
  while j < count {
    sums0[0] += w[j] * rows[j]
    sums1[0] += w[j] * rows[rowStride + j]
    sums2[0] += w[j] * rows[2 * rowStride + j]
    sums3[0] += w[j] * rows[3 * rowStride + j]
    j += 1
  }
  func total(_ sums: SIMD4<Double>) -> Double { (sums[0] + sums[1]) + (sums[2] + sums[3]) }
  return SIMD4(total(sums0), total(sums1), total(sums2), total(sums3))
}

/// y[j] += s[k]·(row k)[j] for the four rows that start at `rows`,
/// `rowStride` elements apart, k = 0, 1, 2, 3 in that order: each element
/// receives the four updates in row order with the same two roundings each,
/// exactly as four calls of `addMultiple(_:of:to:count:)` would give it,
/// but is loaded and stored once instead of four times.
@usableFromInline @inline(never)
func addMultiples(
  _ s: SIMD4<Double>, ofFourRowsFrom rows: UnsafePointer<Double>, rowStride: Int,
  to y: UnsafeMutablePointer<Double>, count: Int
) {
  let target = UnsafeMutableRawPointer(y)
  let (row0, row1, row2, row3) = fourRows(from: rows, rowStride: rowStride)
  let scale0 = SIMD4<Double>(repeating: s[0])
  let scale1 = SIMD4<Double>(repeating: s[1])
  let scale2 = SIMD4<Double>(repeating: s[2])
  let scale3 = SIMD4<Double>(repeating: s[3])
  let end = (count >> 2) &* 32  // bytes in whole chunks of four
  var offset = 0
  while offset != end {
    var sum = target.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
    sum += scale0 * row0.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
    sum += scale1 * row1.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
    sum += scale2 * row2.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
    sum += scale3 * row3.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
    target.storeBytes(of: sum, toByteOffset: offset, as: SIMD4<Double>.self)
    offset &+= 32
  }
  var j = count & ~3
  while j < count {
    var sum = y[j]
    sum += s[0] * rows[j]
    sum += s[1] * rows[rowStride + j]
    sum += s[2] * rows[2 * rowStride + j]
    sum += s[3] * rows[3 * rowStride + j]
    y[j] = sum
    j += 1
  }
}

/// The starts of four consecutive rows, `rowStride` elements apart, for
/// unaligned vector loads.
@inlinable @inline(__always)
func fourRows(
  from rows: UnsafePointer<Double>, rowStride: Int
) -> (UnsafeRawPointer, UnsafeRawPointer, UnsafeRawPointer, UnsafeRawPointer) {
  (
    UnsafeRawPointer(rows), UnsafeRawPointer(rows + rowStride), UnsafeRawPointer(rows + 2 * rowStride),
    UnsafeRawPointer(rows + 3 * rowStride)
  )
}

// Parallel sweeps. Sweeps are independent, so they split across cores with no
// change to any arithmetic: each result is computed by exactly the same
// operations as in the serial form, and the results are equal bit for bit
// (tests). Below a documented size the work stays on the calling thread,
// because waking threads costs more than it saves.

import Dispatch
import Foundation

/// How much of the machine a multivariate or elementwise computation may use.
///
/// ```swift
/// elementwiseDerivative(of: { x in tanh(x) }, over: linspace(-7.0, 7.0, count: 1_000_000),
///                       parallelism: .automatic)
/// ```
public enum Parallelism: Sendable, Equatable {
  /// Everything on the calling thread.
  case serial
  /// All active cores once the work is large enough: at least
  /// ``Parallelism/elementwiseThreshold`` points, or
  /// ``Parallelism/gradientThreshold`` gradient components.
  case automatic

  /// The number of points from which `elementwiseDerivative` goes parallel
  /// (about 100 µs of work for a small formula).
  ///
  /// ```swift
  /// Parallelism.elementwiseThreshold   // 16384
  /// ```
  public static let elementwiseThreshold = 16_384

  /// The number of components from which `gradient` goes parallel.
  ///
  /// ```swift
  /// Parallelism.gradientThreshold      // 32
  /// ```
  public static let gradientThreshold = 32

  @usableFromInline
  func workerCount(forWork size: Int, threshold: Int) -> Int {
    guard self == .automatic, size >= threshold else { return 1 }
    return Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, size / (threshold / 4)))
  }
}

/// Returns the derivative of `f` at every point of `xs`, using every core for
/// large inputs; the result equals the serial one bit for bit.
///
/// ```swift
/// let slopes = elementwiseDerivative(of: { x in x * x }, over: linspace(0.0, 1.0, count: 100_000),
///                                    parallelism: .automatic)
/// slopes.last   // 2.0
/// ```
/// - Parameters:
///   - f: The function, written over `Dual<T>`; it must be safe to call from
///     several threads at once.
///   - xs: The points.
///   - parallelism: `.automatic`, from ``Parallelism/elementwiseThreshold``
///     points on, splits the points into contiguous blocks (up to 16 per
///     core, of at least 4096 points) that the cores take as they come free.
/// - Returns: f′(x) for each x in `xs`.
/// - Complexity: One evaluation of `f` per point; one array allocation.
///   One parallel sweep at a time takes the fast path (`f` inlined into the
///   workers' loop); a sweep started while another runs, on another thread
///   or inside `f`, takes a general path with `f` a call per point: the same
///   results, slower.
@inlinable
public func elementwiseDerivative<Points: RandomAccessCollection & Sendable>(
  of f: @Sendable (Dual<Points.Element>) -> Dual<Points.Element>, over xs: Points, parallelism: Parallelism
) -> [Points.Element] where Points.Element: RealScalar, Points.Index == Int {
  let count = xs.count
  let workers = parallelism.workerCount(forWork: count, threshold: Parallelism.elementwiseThreshold)
  if count == 0 { return [] }
  // One worker runs on the calling thread through the same sweep (a serial
  // copy of the loop here would make this too large to inline into the
  // caller, and the formula would stay a call per point).
  return [Points.Element](unsafeUninitializedCapacity: count) { buffer, initialized in
    ElementwiseSweep(points: xs, output: buffer.baseAddress!, workers: workers).run(with: f)
    initialized = count
  }
}

/// Writes the derivative of `f` at every point of `xs` into `slopes`, using
/// every core for large inputs and reusing the storage of `slopes`; the
/// result equals the serial one bit for bit.
///
/// ```swift
/// var slopes: [Double] = []
/// elementwiseDerivative(of: { x in x * x }, over: linspace(0.0, 1.0, count: 100_000),
///                       into: &slopes, parallelism: .automatic)
/// slopes.last   // 2.0
/// ```
/// The form for a loop that runs again and again: a fresh result costs a page
/// fault per 4 KB whenever the allocator hands out pages not yet touched
/// (about 2.7 ms for a million `Double`s on a VM, as long as the slopes of a
/// small formula take on two cores).
/// - Parameters:
///   - f: The function, written over `Dual<T>`; it must be safe to call from
///     several threads at once.
///   - xs: The points.
///   - slopes: Receives f′(x) for each x in `xs`; it is reallocated only when
///     its count differs from `xs.count`.
///   - parallelism: As for ``elementwiseDerivative(of:over:parallelism:)``.
/// - Complexity: One evaluation of `f` per point; no allocation when
///   `slopes.count == xs.count`.
@inlinable
public func elementwiseDerivative<Points: RandomAccessCollection & Sendable>(
  of f: @Sendable (Dual<Points.Element>) -> Dual<Points.Element>, over xs: Points,
  into slopes: inout [Points.Element], parallelism: Parallelism
) where Points.Element: RealScalar, Points.Index == Int {
  let count = xs.count
  let workers = parallelism.workerCount(forWork: count, threshold: Parallelism.elementwiseThreshold)
  if slopes.count != count { resizeSlopes(&slopes, to: count) }
  if count == 0 { return }
  // One worker runs on the calling thread through the same sweep: with a
  // serial copy of the loop here this function was too large to inline into
  // the caller, and the formula stayed a call per point (145 instructions a
  // point instead of 89).
  slopes.withUnsafeMutableBufferPointer { output in
    // The sweep initialises each slope; for the floating-point types (and
    // `Dual` of them) ending the old values' lifetime first costs nothing.
    output.baseAddress!.deinitialize(count: count)
    ElementwiseSweep(points: xs, output: output.baseAddress!, workers: workers).run(with: f)
  }
}

/// Replaces `slopes` with `count` zeros: out of line, so that it adds nothing
/// to the size of the caller the optimiser weighs for inlining.
@inlinable @inline(never)
func resizeSlopes<T: RealScalar>(_ slopes: inout [T], to count: Int) {
  slopes = [T](repeating: 0, count: count)
}

/// One parallel `elementwiseDerivative`: the points, where the slopes go, and
/// how many contiguous blocks the points are split into.
@usableFromInline
struct ElementwiseSweep<Points: RandomAccessCollection & Sendable>
where Points.Element: RealScalar, Points.Index == Int {
  @usableFromInline let points: Points
  /// Raw memory for one slope per point, which the sweep initialises.
  @usableFromInline let output: UnsafeMutablePointer<Points.Element>
  @usableFromInline let blocks: Int

  @inlinable
  init(points: Points, output: UnsafeMutablePointer<Points.Element>, workers: Int) {
    self.points = points
    self.output = output
    // More blocks than cores, handed out as threads come free: a core that
    // starts late or is busy with another process takes fewer blocks instead
    // of holding up the whole sweep (with one block per core, the slowest
    // core set the time). Blocks of at least 4096 points (about 20 µs of a
    // small formula) keep the cost of handing them out negligible.
    self.blocks = workers == 1 ? 1 : Swift.max(workers, Swift.min(16 * workers, points.count / 4096))
  }

  /// Writes every slope, the blocks spread over the cores.
  @inlinable @inline(__always)
  func run(with f: @Sendable (Dual<Points.Element>) -> Dual<Points.Element>) {
    withUnsafePointer(to: self) { sweepPointer in
      nonisolated(unsafe) let sweep = sweepPointer
      // The fast worker finds its sweep through a global instead of
      // capturing it, so `f` is all it captures. A closure whose captures
      // are all constants is specialised for them (the optimiser's capture
      // propagation), so with a formula written at the call site `f` is
      // inlined into the workers' loop, as it is into the serial one: W1
      // went from about 138 to 89 instructions a point (callgrind), the
      // serial form taking 84. The general worker captures the sweep.
      distributeElementwiseBlocks(
        blocks, of: UnsafeRawPointer(sweep),
        fast: { block in
          activeElementwiseSweep.unsafelyUnwrapped.assumingMemoryBound(to: ElementwiseSweep<Points>.self)
            .pointee.fill(block, with: f)
        },
        general: { block in sweep.pointee.fill(block, with: f) })
    }
  }

  /// Writes the slopes of block `block` of the points.
  @inlinable @inline(__always)
  func fill(_ block: Int, with f: (Dual<Points.Element>) -> Dual<Points.Element>) {
    let count = points.count
    let start = points.startIndex
    for i in (count * block / blocks)..<(count * (block + 1) / blocks) {
      (output + i).initialize(to: f(Dual(points[start + i], derivative: 1)).derivative)
    }
  }
}

/// Runs `fast` (or, when another sweep holds the fast path, `general`) for
/// every block in 0..<`blocks` on every core, with `sweep` published in
/// ``activeElementwiseSweep`` for `fast` to read.
///
/// The lock keeps the global to one sweep at a time; a sweep that finds it
/// taken (another thread's, or one started from inside a formula) takes the
/// general path and never waits. Kept out of line so that the code inlined
/// into the caller stays small enough for the formula to be inlined too.
@usableFromInline
func distributeElementwiseBlocks(
  _ blocks: Int, of sweep: UnsafeRawPointer, fast: @Sendable (Int) -> Void, general: @Sendable (Int) -> Void
) {
  // One block runs on the calling thread, with no thread woken.
  let run = { (worker: @Sendable (Int) -> Void) in
    if blocks == 1 { worker(0) } else { DispatchQueue.concurrentPerform(iterations: blocks, execute: worker) }
  }
  guard activeElementwiseSweepLock.try() else { return run(general) }
  defer { activeElementwiseSweepLock.unlock() }
  activeElementwiseSweep = sweep
  run(fast)
  activeElementwiseSweep = nil
}

/// The sweep on the fast path of the parallel `elementwiseDerivative`, while
/// `activeElementwiseSweepLock` is held (an `ElementwiseSweep` on the caller's stack).
@usableFromInline nonisolated(unsafe) var activeElementwiseSweep: UnsafeRawPointer? = nil

/// Held for the duration of a fast-path sweep; only ever tried, never waited for.
let activeElementwiseSweepLock = NSLock()

/// Returns the value and gradient of `f` at `w`, spreading the sweeps over every
/// core when `w` has many components; the result equals the serial one bit for bit.
///
/// ```swift
/// valueWithGradient(of: { w in w[0] * w[1] }, at: [3.0, 2.0], parallelism: .automatic)   // (6.0, [2.0, 3.0])
/// ```
/// - Parameters:
///   - f: A scalar function of a vector, written over `Dual<T>`; it must be safe
///     to call from several threads at once.
///   - w: The point.
///   - parallelism: `.automatic` splits the components into one block per core
///     from ``Parallelism/gradientThreshold`` components on.
/// - Returns: f(w) and its gradient.
/// - Complexity: `w.count` evaluations of `f`; one seed buffer per worker.
@inlinable
public func valueWithGradient<T: RealScalar>(
  of f: @Sendable ([Dual<T>]) -> Dual<T>, at w: [T], parallelism: Parallelism
) -> (value: T, gradient: [T]) {
  let workers = parallelism.workerCount(forWork: w.count, threshold: Parallelism.gradientThreshold)
  if workers == 1 { return valueWithGradient(of: f, at: w) }
  let n = w.count
  // Every sweep carries the same value (tangents never change it); worker 0
  // keeps the one from component 0's sweep, so no extra evaluation is needed.
  var value: T = 0
  let gradient = withUnsafeMutablePointer(to: &value) { valuePointer in
    nonisolated(unsafe) let value = valuePointer
    return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var sweep = ForwardSweep<Dual<T>>(at: w)
        sweep.sweep(over: (n * worker / workers)..<(n * (worker + 1) / workers), evaluate: f) { result, i, _ in
          (output.baseAddress! + i).initialize(to: result.derivative)
          if i == 0 { value.pointee = result.value }
        }
      }
      initialized = n
    }
  }
  return (value, gradient)
}

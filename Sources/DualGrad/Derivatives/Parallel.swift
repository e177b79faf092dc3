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
///   - parallelism: `.automatic` splits the points into one contiguous block
///     per core from ``Parallelism/elementwiseThreshold`` points on.
/// - Returns: f′(x) for each x in `xs`.
/// - Complexity: One evaluation of `f` per point; one array allocation.
@inlinable
public func elementwiseDerivative<Points: RandomAccessCollection & Sendable>(
  of f: @Sendable (Dual<Points.Element>) -> Dual<Points.Element>, over xs: Points, parallelism: Parallelism
) -> [Points.Element] where Points.Element: RealScalar, Points.Index == Int {
  let count = xs.count
  let workers = parallelism.workerCount(forWork: count, threshold: Parallelism.elementwiseThreshold)
  let start = xs.startIndex
  return [Points.Element](unsafeUninitializedCapacity: count) { buffer, initialized in
    nonisolated(unsafe) let output = buffer
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let lower = count * worker / workers
      let upper = count * (worker + 1) / workers
      for i in lower..<upper {
        (output.baseAddress! + i).initialize(to: f(Dual(xs[start + i], derivative: 1)).derivative)
      }
    }
    initialized = count
  }
}

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

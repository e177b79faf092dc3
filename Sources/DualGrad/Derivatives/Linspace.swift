/// Evenly spaced points from `start` to `end`, both included, computed on
/// demand: a random-access collection, not an array.
///
/// ```swift
/// Array(linspace(0.0, 1.0, count: 5))   // [0.0, 0.25, 0.5, 0.75, 1.0]
/// linspace(-7.0, 7.0, count: 200).count // 200
/// ```
///
/// Point i is `start + i·step` with step = (end − start)/(count − 1), and the
/// last point is `end` exactly; a count of 1 gives `[start]`.
@frozen
public struct Linspace<T: RealScalar>: RandomAccessCollection, Sendable {
  /// The first point.
  ///
  /// ```swift
  /// linspace(2.0, 3.0, count: 3).start   // 2.0
  /// ```
  public let start: T

  /// The last point (when `count` > 1).
  ///
  /// ```swift
  /// linspace(2.0, 3.0, count: 3).end     // 3.0
  /// ```
  public let end: T

  /// The distance between neighbouring points.
  ///
  /// ```swift
  /// linspace(2.0, 3.0, count: 3).step    // 0.5
  /// ```
  public let step: T

  /// The number of points.
  ///
  /// ```swift
  /// linspace(2.0, 3.0, count: 3).count   // 3
  /// ```
  public let count: Int

  /// Creates `count` evenly spaced points from `start` to `end`.
  ///
  /// ```swift
  /// Linspace(start: 0.0, end: 1.0, count: 3)[1]   // 0.5
  /// ```
  /// - Precondition: `count >= 0`.
  @inlinable
  public init(start: T, end: T, count: Int) {
    precondition(count >= 0, "linspace needs a non-negative count, got \(count)")
    self.start = start
    self.end = end
    self.count = count
    guard count > 1 else {
      self.step = 0
      return
    }
    let intervals = T(count - 1)
    let width = end - start
    // end − start overflows for ranges wider than the largest finite number;
    // dividing first keeps the step finite.
    self.step =
      width.isFinite || !start.isFinite || !end.isFinite
      ? width / intervals : end / intervals - start / intervals
  }

  /// The index of the first point, 0.
  ///
  /// ```swift
  /// linspace(0.0, 1.0, count: 3).startIndex   // 0
  /// ```
  @inlinable public var startIndex: Int { 0 }

  /// One past the index of the last point.
  ///
  /// ```swift
  /// linspace(0.0, 1.0, count: 3).endIndex     // 3
  /// ```
  @inlinable public var endIndex: Int { count }

  /// The point at `index`.
  ///
  /// ```swift
  /// linspace(0.0, 1.0, count: 3)[2]           // 1.0
  /// ```
  @inlinable
  public subscript(index: Int) -> T {
    precondition(index >= 0 && index < count, "linspace index \(index) out of 0..<\(count)")
    return index == count - 1 && count > 1 ? end : start + T(index) * step
  }
}

/// Returns `count` evenly spaced points from `start` to `end`, both included.
///
/// ```swift
/// Array(linspace(-1.0, 1.0, count: 3))   // [-1.0, 0.0, 1.0]
/// ```
/// - Parameters:
///   - start: The first point.
///   - end: The last point.
///   - count: How many points; 1 gives `[start]`, 0 gives none.
/// - Returns: A lazy random-access collection of the points.
@inlinable
public func linspace<T: RealScalar>(_ start: T, _ end: T, count: Int) -> Linspace<T> {
  Linspace(start: start, end: end, count: count)
}

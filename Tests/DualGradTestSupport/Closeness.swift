import DualGrad

@_exported import struct DualGradML.SeededGenerator

/// The relative distance between `actual` and `expected`: |a − e| / |e|, or
/// |a − e| when `expected` is 0. NaN matches only NaN and an infinity only the
/// same infinity (distance 0); any other mismatch of kind is `.infinity`.
///
/// ```swift
/// relativeError(1.0 + 1e-15, 1.0)   // about 1e-15
/// relativeError(Double.nan, .nan)   // 0
/// ```
public func relativeError<T: BinaryFloatingPoint>(_ actual: T, _ expected: T) -> T {
  if expected.isNaN || actual.isNaN { return expected.isNaN && actual.isNaN ? 0 : .infinity }
  if expected.isInfinite || actual.isInfinite { return expected == actual ? 0 : .infinity }
  let difference = (actual - expected).magnitude
  return expected == 0 ? difference : difference / expected.magnitude
}

/// Whether `actual` is within `tolerance` of `expected` in relative terms
/// (absolute where `expected` is 0) and has the same sign; see ``relativeError(_:_:)``.
///
/// ```swift
/// isClose(0.1 + 0.2, 0.3, tolerance: 1e-15)   // true
/// ```
public func isClose<T: BinaryFloatingPoint>(_ actual: T, _ expected: T, tolerance: T) -> Bool {
  if expected != 0 && actual != 0 && (expected < 0) != (actual < 0) { return false }
  return relativeError(actual, expected) <= tolerance
}

// The seeded generator used by randomised tests is DualGrad's own
// `SeededGenerator` (SeededGenerator.swift), since examples need it too; the
// re-export at the top keeps it in scope for tests that import only this target.

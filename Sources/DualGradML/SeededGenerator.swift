// Reproducible randomness for examples and tests: a small seeded generator and
// normally distributed draws. Foundation is imported only for libm's log/cos.
import Foundation

/// A small seeded random number generator (SplitMix64): the same seed gives
/// the same stream on every machine, so synthetic data sets, initial weights
/// and randomised tests are reproducible; print `seed` when a check fails.
///
/// ```swift
/// var random = SeededGenerator(seed: 42)
/// Double.random(in: 0..<1, using: &random)   // the same number on every run
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  /// The seed this generator started from.
  ///
  /// ```swift
  /// SeededGenerator(seed: 42).seed   // 42
  /// ```
  public let seed: UInt64
  @usableFromInline var state: UInt64

  /// Creates a generator that always produces the same stream for `seed`.
  ///
  /// ```swift
  /// SeededGenerator(seed: 7).seed   // 7
  /// ```
  @inlinable
  public init(seed: UInt64) {
    self.seed = seed
    self.state = seed
  }

  /// The next 64 random bits.
  ///
  /// ```swift
  /// var random = SeededGenerator(seed: 0); random.next()   // 16294208416658607535
  /// ```
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension Double {
  /// A random number from the normal distribution with the given mean and
  /// standard deviation, by the Box–Muller transform (two uniform draws per call).
  ///
  /// ```swift
  /// var random = SeededGenerator(seed: 1)
  /// Double.randomNormal(mean: 1.7, standardDeviation: 1, using: &random)   // 1.1378148458179638 on every run
  /// ```
  /// - Parameters:
  ///   - mean: The centre of the distribution.
  ///   - standardDeviation: Its spread; 0 gives `mean` exactly.
  ///   - generator: The source of randomness.
  /// - Returns: One draw.
  @inlinable
  public static func randomNormal<G: RandomNumberGenerator>(
    mean: Double = 0, standardDeviation: Double = 1, using generator: inout G
  ) -> Double {
    // 1 - u lies in (0, 1], so the logarithm is finite.
    let u = 1 - Double.random(in: 0..<1, using: &generator)
    let v = Double.random(in: 0..<1, using: &generator)
    return mean + standardDeviation * (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * .pi * v)
  }
}

import DualGradTestSupport
import Foundation
import Testing

@testable import DualGradIO

/// NumberFormat's own shortest round-trip formatter must write exactly the
/// bytes of Swift's `description` (the spelling every DualGrad file had before
/// it), so each test compares the two byte for byte.
@Suite("ShortestDigits")
struct ShortestDigitsTests {
  /// The formatter's spelling of a finite value, through the public byte form.
  static func spelling(_ value: Double) -> String {
    var bytes: [UInt8] = []
    NumberFormat.csv.append(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Values where digit generation or the layout changes: zeros, the ends of
  /// the subnormal and normal ranges, powers of ten (including 1e23, which
  /// is not exact), the integers around 2^53 and the switches between the
  /// plain and the exponential form (10^-4 and 2^53).
  static let edges: [Double] = [
    0.0, -0.0, .leastNonzeroMagnitude, 2 * .leastNonzeroMagnitude, 3 * .leastNonzeroMagnitude,
    Double.leastNormalMagnitude.nextDown, .leastNormalMagnitude, Double.leastNormalMagnitude.nextUp,
    .greatestFiniteMagnitude, Double.greatestFiniteMagnitude.nextDown, 1e23, 1e22, 1e21, 1e16, 1e15,
    1e-5, 1e-4, Double(1e-4).nextDown, Double(1e-4).nextUp, 9.999999999999999e-5, 0.00010000000000000002, 0.001,
    0x1p53, Double(0x1p53).nextDown, Double(0x1p53).nextUp, 0x1p54, 0x1p53 + 4, 9_007_199_254_740_991,
    1, 2, 10, 100, 1234, 1_000_000, 123_456_789_012_345, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, 1.0 / 3, 2.0 / 3,
    .pi, .ulpOfOne, 0.419974341614026, 1.7976931348623157e308, 2.2250738585072014e-308,
    // Subnormals (written from their bits: literals this small draw a compiler warning).
    20 * .leastNonzeroMagnitude, Double(bitPattern: 0x000F_FFFF_FFFF_FFFF), Double(bitPattern: 0x0008_0000_0000_0000),
    Double(bitPattern: 0x0000_0000_0000_1234),
  ]

  @Test("Edge cases are spelled exactly as description spells them", arguments: edges)
  func edgeCases(_ value: Double) {
    #expect(Self.spelling(value) == value.description)
    #expect(Self.spelling(-value) == (-value).description)
    #expect(NumberFormat.json.string(value) == value.description)
  }

  @Test("A few spellings written out: exponent digits, padding, the switch points")
  func knownSpellings() {
    let expected: [(Double, String)] = [
      (1e23, "1e+23"), (.leastNonzeroMagnitude, "5e-324"), (20 * .leastNonzeroMagnitude, "1e-322"),
      (1e-5, "1e-05"), (1e-4, "0.0001"), (0x1p53, "9007199254740992.0"),
      (0x1p53 + 2, "9.007199254740994e+15"), (1e15, "1000000000000000.0"), (-1.5e300, "-1.5e+300"),
      (123.456, "123.456"), (-0.0, "-0.0"), (1.7976931348623157e308, "1.7976931348623157e+308"),
    ]
    for (value, text) in expected {
      #expect(Self.spelling(value) == text)
    }
  }

  @Test("Every power of two and its neighbours: every binary exponent, both spacings below a power of two")
  func powersOfTwo() {
    var mismatches: [String] = []
    for exponent in -1074...1023 {
      let power = Double(sign: .plus, exponent: exponent, significand: 1)
      for value in [power, power.nextDown, power.nextUp] where value.isFinite {
        if Self.spelling(value) != value.description { mismatches.append(value.description) }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }

  @Test("Every power of ten a Double comes near, and its neighbours")
  func powersOfTen() {
    var mismatches: [String] = []
    for exponent in -324...308 {
      guard let power = Double("1e\(exponent)"), power > 0 else { continue }
      for value in [power, power.nextDown, power.nextUp] where value.isFinite {
        if Self.spelling(value) != value.description { mismatches.append(value.description) }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }

  /// Random samples compared with `description`: 300,000 by default (a
  /// second or so in a debug build); set DUALGRAD_SHORTEST_DIGITS_SAMPLES to
  /// run more, e.g. `DUALGRAD_SHORTEST_DIGITS_SAMPLES=100000000 swift test
  /// -c release --filter ShortestDigits`.
  @Test("Random bit patterns, integers and short decimals are spelled exactly as description spells them")
  func randomValues() {
    let environment = ProcessInfo.processInfo.environment
    let samples = environment["DUALGRAD_SHORTEST_DIGITS_SAMPLES"].flatMap { Int($0) } ?? 300_000
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SeededGenerator(seed: seed)
    var bytes: [UInt8] = []
    var mismatches: [String] = []
    var mismatchCount = 0
    for round in 0..<samples {
      let bits = generator.next()
      let value: Double
      switch round % 8 {
      case 0:
        // An integer of up to 53 bits (the plain form with ".0").
        value = Double(bits >> (11 + bits % 53))
      case 1:
        // A decimal with few digits, as data files have them.
        value = Double(Int64(truncatingIfNeeded: bits % 2_000_001) - 1_000_000) / 1000
      default:
        value = Double(bitPattern: bits)
      }
      guard value.isFinite else { continue }
      bytes.removeAll(keepingCapacity: true)
      NumberFormat.csv.append(value, to: &bytes)
      if !bytes.elementsEqual(value.description.utf8) {
        mismatchCount += 1
        if mismatches.count < 10 { mismatches.append("bits \(value.bitPattern): \(value.description)") }
      }
    }
    #expect(mismatchCount == 0, "seed \(seed), \(mismatchCount) of \(samples) differ: \(mismatches)")
  }
}

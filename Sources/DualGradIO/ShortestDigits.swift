// Shortest round-trip digits of a Double, spelled exactly as Swift's
// `description` spells them, without a String and several times faster than
// the standard library's `write(to:)` (which spends much of its time in
// generic 128-bit arithmetic and the text stream protocol).
//
// The digits: the idea of Raffaello Giulietti's Schubfach (2020). With
// v = c · 2^q, the numbers that read back as v are those strictly inside
// (c ± 1/2) · 2^q, the ends included when c is even (a reader rounds a tie
// to the even neighbour), and the lower half-gap is 1/4 when c is a power of
// two with a smaller exponent below. Pick k with 10^k <= the interval's width
// < 10^(k+1); then the interval holds at most one multiple of 10^(k+1),
// which is the shortest answer if it is there; otherwise the answer has the
// digits of v · 10^-k rounded down or up, whichever lies inside, the nearer
// if both do (ties to even). v · 10^-k is computed with a 126-bit power of
// ten rounded up, rounding the 64-bit product to odd: its last bit says
// whether the product was inexact, which is all the comparisons need.
//
// The spelling follows `description`: the digits plainly (`0.001`, `123.45`,
// `1000000.0`) when 10^-4 <= |v| <= 2^53, otherwise in exponential form with
// at least two exponent digits (`1e-05`, `1.5e+300`); `0.0` and `-0.0`.
// The tests compare it byte for byte with `description` on edge cases and
// hundreds of thousands of random bit patterns.

/// Shortest round-trip decimal digits of a `Double`, and their spelling.
///
/// ```swift
/// ShortestDigits.decimal(of: 0.3)   // (significand: 3, exponent: -1)
/// ```
@usableFromInline
internal enum ShortestDigits {
  /// The room ``write(_:into:)`` needs at its destination: the text is at
  /// most 24 bytes (`-2.2250738585072014e-308`), but digits are stored
  /// eight at a time, and the bytes after the text are scratch.
  ///
  /// ```swift
  /// ShortestDigits.room   // 32
  /// ```
  @usableFromInline
  internal static var room: Int { 32 }

  /// Writes the spelling of a finite `value` (as `value.description` spells
  /// it) into `destination`, which has ``room`` writable bytes, and returns
  /// the number of bytes of text (at most 24).
  ///
  /// ```swift
  /// withUnsafeTemporaryAllocation(byteCount: ShortestDigits.room, alignment: 8) { buffer in
  ///   ShortestDigits.write(-1e-5, into: buffer.baseAddress!)   // 6, "-1e-05"
  /// }
  /// ```
  @usableFromInline
  internal static func write(_ value: Double, into destination: UnsafeMutableRawPointer) -> Int {
    var start = destination
    if value.sign == .minus {
      start.storeBytes(of: UInt8(ascii: "-"), as: UInt8.self)
      start += 1
    }
    let magnitude = value.magnitude
    if magnitude == 0 {
      // "0.0" as three bytes.
      start.storeBytes(of: 0x30, as: UInt8.self)
      (start + 1).storeBytes(of: 0x2E, as: UInt8.self)
      (start + 2).storeBytes(of: 0x30, as: UInt8.self)
      return start + 3 - destination
    }
    let (significand, exponent) = decimal(of: magnitude)
    let count = digitCount(significand)
    // The exponent of the leading digit: v = d.ddd × 10^leading.
    let leading = exponent + count - 1
    let end: UnsafeMutableRawPointer
    if leading < -4 || magnitude > 0x1p53 {
      // "d.ddde±XX": the digits one byte right, then the first moved left over a period.
      writeDigits(significand, count: count, at: start + 1)
      var next = start + 1 + count
      start.storeBytes(of: (start + 1).load(as: UInt8.self), as: UInt8.self)
      if count > 1 {
        (start + 1).storeBytes(of: UInt8(ascii: "."), as: UInt8.self)
      } else {
        next = start + 1
      }
      next.storeBytes(of: UInt8(ascii: "e"), as: UInt8.self)
      next.storeBytes(of: leading < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"), toByteOffset: 1, as: UInt8.self)
      let power = leading.magnitude
      if power >= 100 {
        writeDigits(UInt64(power), count: 3, at: next + 2)
        end = next + 5
      } else {
        writeDigits(UInt64(power), count: 2, at: next + 2)
        end = next + 4
      }
    } else if leading < 0 {
      // "0.000ddd": a zero, a period, -leading - 1 zeros, the digits.
      let zeros = -leading - 1
      start.storeBytes(of: UInt8(ascii: "0"), as: UInt8.self)
      (start + 1).storeBytes(of: UInt8(ascii: "."), as: UInt8.self)
      for offset in 0..<zeros { (start + 2 + offset).storeBytes(of: UInt8(ascii: "0"), as: UInt8.self) }
      writeDigits(significand, count: count, at: start + 2 + zeros)
      end = start + 2 + zeros + count
    } else if leading + 1 < count {
      // "ddd.ddd": the digits one byte right, then the integer part moved left over a period.
      writeDigits(significand, count: count, at: start + 1)
      for offset in 0...leading {
        (start + offset).storeBytes(of: (start + offset + 1).load(as: UInt8.self), as: UInt8.self)
      }
      (start + leading + 1).storeBytes(of: UInt8(ascii: "."), as: UInt8.self)
      end = start + 1 + count
    } else {
      // "ddd000.0": the digits, the zeros up to the units, ".0".
      writeDigits(significand, count: count, at: start)
      var next = start + count
      for _ in 0..<(leading + 1 - count) {
        next.storeBytes(of: UInt8(ascii: "0"), as: UInt8.self)
        next += 1
      }
      next.storeBytes(of: UInt8(ascii: "."), as: UInt8.self)
      (next + 1).storeBytes(of: UInt8(ascii: "0"), as: UInt8.self)
      end = next + 2
    }
    return end - destination
  }

  /// The shortest decimal d × 10^e that reads back as `value`, a positive
  /// finite Double; the nearest to `value` if several are as short (ties to
  /// an even last digit). `d` does not end in zero.
  ///
  /// ```swift
  /// ShortestDigits.decimal(of: 5e-324)   // (significand: 5, exponent: -324)
  /// ShortestDigits.decimal(of: 0.1)      // (significand: 1, exponent: -1)
  /// ```
  @usableFromInline
  internal static func decimal(of value: Double) -> (significand: UInt64, exponent: Int) {
    let fraction = value.significandBitPattern
    let biasedExponent = Int(value.exponentBitPattern)
    // value = c · 2^q with an integer c.
    let c: UInt64
    let q: Int
    if biasedExponent == 0 {
      c = fraction
      q = -1074
    } else {
      c = fraction | (1 &<< 52)
      q = biasedExponent &- 1075
    }
    // A power of two above the smallest normal has its lower neighbour at
    // half the distance of the upper one.
    let isUnevenlySpaced = fraction == 0 && biasedExponent > 1
    // The interval, in units of 2^(q-2): [4c - 2 or 4c - 1, 4c + 2].
    let centre = c &<< 2
    let lower = isUnevenlySpaced ? centre &- 1 : centre &- 2
    let upper = centre &+ 2
    // k = floor(log10 of the interval's width); the formulas are exact for
    // every q a Double has (checked by make_powers_of_ten.py).
    let k = isUnevenlySpaced ? (q &* 315_653 &- 130_988) &>> 20 : (q &* 315_653) &>> 20
    // 10^-k ≈ g · 2^r with r = floor(log2 10^-k) - 125; shifting by h makes
    // the products below 4 · (a number in units of 2^(q-2)) · 10^-k.
    let h = q &+ ((-k) &* 217_706) &>> 16 &+ 3
    let index = 2 &* (292 &- k)
    let gHigh = powersOfTen[index]
    let gLow = powersOfTen[index &+ 1]
    let scaled = scaledRoundedToOdd(gHigh, gLow, centre &<< h)
    let scaledLower = scaledRoundedToOdd(gHigh, gLow, lower &<< h)
    let scaledUpper = scaledRoundedToOdd(gHigh, gLow, upper &<< h)
    // An even c keeps the interval's ends (a tie reads back as the even neighbour).
    let excludesEnds = c & 1

    // Values in units of 10^k, times 4 in the comparisons with the scaled interval.
    let below = scaled &>> 2
    let belowTens = below / 10 &* 10
    let aboveTens = belowTens &+ 10
    let belowTensIsIn = scaledLower &+ excludesEnds <= belowTens &<< 2
    let aboveTensIsIn = (aboveTens &<< 2) &+ excludesEnds <= scaledUpper
    if belowTensIsIn != aboveTensIsIn {
      // The only answer that can end in zeros: the other two below never
      // are multiples of ten (a multiple of ten inside would be chosen here).
      return withoutTrailingZeros(belowTensIsIn ? belowTens : aboveTens, exponent: k)
    }
    let above = below &+ 1
    let belowIsIn = scaledLower &+ excludesEnds <= below &<< 2
    let aboveIsIn = (above &<< 2) &+ excludesEnds <= scaledUpper
    if belowIsIn != aboveIsIn {
      return (belowIsIn ? below : above, k)
    }
    // Both inside: the nearer, ties to even (4v compared with 2 (below + above)).
    let twiceSum = (below &+ above) &<< 1
    let nearer = scaled < twiceSum || (scaled == twiceSum && below & 1 == 0) ? below : above
    return (nearer, k)
  }

  /// `significand` × 10^`exponent` with the zeros at the end of `significand`
  /// moved into the exponent; `significand` is a nonzero multiple of ten.
  ///
  /// ```swift
  /// ShortestDigits.withoutTrailingZeros(1_000_000_000_000_000, exponent: -15)   // (1, 0)
  /// ```
  @inline(__always)
  internal static func withoutTrailingZeros(
    _ significand: UInt64, exponent: Int
  ) -> (significand: UInt64, exponent: Int) {
    // An integer such as 1.0 has 16 zeros; most answers here have one or two.
    var significand = significand / 10
    var exponent = exponent &+ 1
    while significand % 10_000 == 0 {
      significand /= 10_000
      exponent &+= 4
    }
    if significand % 100 == 0 {
      significand /= 100
      exponent &+= 2
    }
    if significand % 10 == 0 {
      significand /= 10
      exponent &+= 1
    }
    return (significand, exponent)
  }

  /// (g · x) / 2^128 rounded down, with its last bit set if anything was
  /// dropped ("round to odd"), for g = gHigh · 2^64 + gLow < 2^126 and x < 2^62.
  ///
  /// ```swift
  /// ShortestDigits.scaledRoundedToOdd(1 << 62, 0, 8)   // 2: exactly 2^128 · 2 / 2^128
  /// ```
  @inline(__always)
  internal static func scaledRoundedToOdd(_ gHigh: UInt64, _ gLow: UInt64, _ x: UInt64) -> UInt64 {
    let lowProduct = gLow.multipliedFullWidth(by: x).high
    let highProduct = gHigh.multipliedFullWidth(by: x)
    let (middle, carry) = highProduct.low.addingReportingOverflow(lowProduct)
    let result = highProduct.high &+ (carry ? 1 : 0)
    return result | (middle != 0 ? 1 : 0)
  }

  /// The number of decimal digits of `value`, which is at least 1 and below 10^17.
  ///
  /// ```swift
  /// ShortestDigits.digitCount(12345)   // 5
  /// ```
  @inline(__always)
  internal static func digitCount(_ value: UInt64) -> Int {
    // A few comparisons with constants; a loop over powers of ten cost ~80
    // instructions per number at 16 or 17 digits, the common case.
    if value >= 10_000_000_000_000_000 { return 17 }
    if value >= 1_000_000_000_000_000 { return 16 }
    // Below that, count up from 9 digits for values of 9 or more digits.
    let long = value >= 100_000_000
    var count = long ? 9 : 1
    var limit: UInt64 = long ? 1_000_000_000 : 10
    while value >= limit {
      count += 1
      limit &*= 10
    }
    return count
  }

  /// Eight ASCII digits of `value` (below 10^8, with leading zeros) in one
  /// word, the first digit in the lowest byte, so that a little-endian store
  /// writes them in reading order.
  ///
  /// ```swift
  /// ShortestDigits.eightDigits(12_345_678)   // 0x3837363534333231, the bytes "12345678"
  /// ```
  @inline(__always)
  internal static func eightDigits(_ value: UInt64) -> UInt64 {
    // Split into lanes and divide every lane at once ("SIMD within a
    // register"): two 4-digit halves in 32-bit lanes, then four 2-digit
    // quarters in 16-bit lanes, then eight digits in bytes. The divisions
    // by 100 and 10 are multiplications by 10486 / 2^20 and 103 / 2^10,
    // exact for lanes below 10^4 and 10^2.
    let high = value / 10_000
    let halves = high | (value &- high &* 10_000) &<< 32
    let hundreds = ((halves &* 10_486) &>> 20) & 0x0000_007F_0000_007F
    let quarters = hundreds | (halves &- hundreds &* 100) &<< 16
    let tens = ((quarters &* 103) &>> 10) & 0x000F_000F_000F_000F
    let digits = tens | (quarters &- tens &* 10) &<< 8
    return digits &+ 0x3030_3030_3030_3030
  }

  /// Writes exactly `count` (1...20) decimal digits of `value`, with leading
  /// zeros, at `destination`; the first max(`count`, 8) bytes from
  /// `destination` must be writable (those after the digits are scratch).
  ///
  /// ```swift
  /// ShortestDigits.writeDigits(7, count: 2, at: pointer)   // "07"
  /// ```
  @inline(__always)
  internal static func writeDigits(_ value: UInt64, count: Int, at destination: UnsafeMutableRawPointer) {
    // Words of eight digits from the right; the leading word is shifted
    // past its leading zeros, and written first, because its spare bytes
    // land where the next word goes. Only divisions by constants, which
    // compile to multiplications.
    if count <= 8 {
      destination.storeBytes(of: eightDigits(value) &>> ((8 &- count) &* 8), as: UInt64.self)
    } else if count <= 16 {
      let high = value / 100_000_000
      let low = value &- high &* 100_000_000
      destination.storeBytes(of: eightDigits(high) &>> ((16 &- count) &* 8), as: UInt64.self)
      (destination + (count &- 8)).storeBytes(of: eightDigits(low), as: UInt64.self)
    } else {
      let high = value / 10_000_000_000_000_000
      let rest = value &- high &* 10_000_000_000_000_000
      let middle = rest / 100_000_000
      let low = rest &- middle &* 100_000_000
      destination.storeBytes(of: eightDigits(high) &>> ((24 &- count) &* 8), as: UInt64.self)
      (destination + (count &- 16)).storeBytes(of: eightDigits(middle), as: UInt64.self)
      (destination + (count &- 8)).storeBytes(of: eightDigits(low), as: UInt64.self)
    }
  }
}

// Number spellings shared by every DualGrad output.
//
// Goals, in order of priority:
// 1. Round trip: parsing the text gives back the same Double, bit for bit
//    (apart from the sign and payload of NaN, which no text format keeps).
// 2. Shortest: Swift's own `description`, so `1.0` stays `1.0` and
//    `0.419974341614026` is not padded to 17 digits.
// 3. Fast enough for millions of numbers: the digits come from
//    ShortestDigits.swift, which writes the bytes of `description` straight
//    into memory (several times faster than `description` or
//    `write(to:)`, and no String for a finite value).

/// A way to spell a `Double` as text: shortest round-trip digits, with the
/// non-finite values spelled as the target format requires.
///
/// ```swift
/// NumberFormat.csv.string(1.0)           // "1.0"
/// NumberFormat.csv.string(-.infinity)    // "-inf"
/// NumberFormat.json.string(.nan)         // "null"
/// ```
public enum NumberFormat: Sendable, Hashable, CaseIterable {
  /// Finite values in shortest round-trip form; `nan`, `inf` and `-inf`
  /// otherwise, which `Double(_:)` reads back.
  case csv

  /// Finite values in shortest round-trip form; `null` for NaN and the
  /// infinities, because JSON has no spelling for them.
  case json

  /// Returns the text for `value` in this format.
  ///
  /// ```swift
  /// NumberFormat.csv.string(0.1)     // "0.1"
  /// NumberFormat.csv.string(-0.0)    // "-0.0"
  /// NumberFormat.json.string(1e-300) // "1e-300"
  /// ```
  ///
  /// - Parameter value: The number to spell.
  /// - Returns: The spelling; finite values parse back to exactly `value`.
  @inlinable
  public func string(_ value: Double) -> String {
    if value.isFinite {
      return String(unsafeUninitializedCapacity: ShortestDigits.room) { buffer in
        ShortestDigits.write(value, into: UnsafeMutableRawPointer(buffer.baseAddress!))
      }
    }
    return nonFiniteSpelling(value)
  }

  /// Appends the UTF-8 text for `value` to `bytes`, the form to use when
  /// writing many numbers.
  ///
  /// ```swift
  /// var bytes: [UInt8] = []
  /// NumberFormat.csv.append(2.5, to: &bytes)
  /// String(decoding: bytes, as: UTF8.self)   // "2.5"
  /// ```
  ///
  /// - Parameters:
  ///   - value: The number to spell.
  ///   - bytes: The buffer that receives the text; nothing else is added.
  @inlinable
  public func append(_ value: Double, to bytes: inout [UInt8]) {
    guard value.isFinite else {
      bytes.append(contentsOf: nonFiniteSpelling(value).utf8)
      return
    }
    // Formatted on the stack, then copied: no String in between.
    withUnsafeTemporaryAllocation(byteCount: ShortestDigits.room, alignment: 8) { buffer in
      let count = ShortestDigits.write(value, into: buffer.baseAddress!)
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
    }
  }

  /// Appends the UTF-8 text of `values` with `separator` between them (and
  /// not after the last): the form to use for a row of numbers.
  ///
  /// ```swift
  /// var bytes: [UInt8] = []
  /// NumberFormat.json.append([1.0, .nan, 2.5], separatedBy: UInt8(ascii: ","), to: &bytes)
  /// String(decoding: bytes, as: UTF8.self)   // "1.0,null,2.5"
  /// ```
  ///
  /// - Parameters:
  ///   - values: The numbers to spell, in order.
  ///   - separator: The byte written between two numbers.
  ///   - bytes: The buffer that receives the text; nothing else is added.
  @inlinable
  public func append(_ values: some Collection<Double>, separatedBy separator: UInt8, to bytes: inout [UInt8]) {
    // Room for the longest row is added at once and the unused tail removed
    // afterwards: the numbers are formatted straight into the array, and the
    // array's capacity and uniqueness are checked once per row, not per number.
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(0, count: Self.room(forCount: values.count)))
    let written = bytes.withUnsafeMutableBytes { buffer in
      write(values, separatedBy: separator, into: buffer.baseAddress! + start)
    }
    bytes.removeLast(bytes.count - start - written)
  }

  /// The bytes of memory ``write(_:separatedBy:into:)`` may touch for
  /// `count` numbers (the text itself is shorter).
  ///
  /// ```swift
  /// NumberFormat.room(forCount: 3)   // 99
  /// ```
  @inlinable
  public static func room(forCount count: Int) -> Int {
    count * (Self.maximumLength + 1)
  }

  /// Writes the UTF-8 text of `values` with `separator` between them into
  /// raw memory, where ``room(forCount:)`` bytes are writable, and returns
  /// how many bytes of text it wrote (the bytes after them are scratch): the
  /// form for filling a large buffer with many rows without an array.
  ///
  /// ```swift
  /// let memory = UnsafeMutableRawPointer.allocate(byteCount: NumberFormat.room(forCount: 2), alignment: 8)
  /// NumberFormat.csv.write([0.5, -.infinity], separatedBy: UInt8(ascii: ","), into: memory)   // 8, "0.5,-inf"
  /// ```
  ///
  /// - Parameters:
  ///   - values: The numbers to spell, in order.
  ///   - separator: The byte written between two numbers.
  ///   - destination: The start of the memory to write.
  /// - Returns: The number of bytes of text written.
  @inlinable
  public func write(
    _ values: some Collection<Double>, separatedBy separator: UInt8, into destination: UnsafeMutableRawPointer
  ) -> Int {
    var position = destination
    var isFirst = true
    for value in values {
      if !isFirst {
        position.storeBytes(of: separator, as: UInt8.self)
        position += 1
      }
      isFirst = false
      position += write(value, into: position)
    }
    return position - destination
  }

  /// The room ``write(_:into:)`` needs at its destination: the longest text,
  /// `-2.2250738585072014e-308`, has 24 bytes, and the digits are stored
  /// eight bytes at a time (``ShortestDigits/room``).
  @usableFromInline
  internal static var maximumLength: Int { ShortestDigits.room }

  /// Writes the text for `value` into raw memory with room for
  /// ``maximumLength`` bytes and returns how many bytes of text it wrote
  /// (the bytes after them may have been overwritten).
  @inlinable
  internal func write(_ value: Double, into destination: UnsafeMutableRawPointer) -> Int {
    if value.isFinite { return ShortestDigits.write(value, into: destination) }
    var spelling = nonFiniteSpelling(value)
    return spelling.withUTF8 { text in
      destination.copyMemory(from: text.baseAddress!, byteCount: text.count)
      return text.count
    }
  }

  /// The spelling of NaN and the infinities; kept out of line because it is rare.
  @usableFromInline
  internal func nonFiniteSpelling(_ value: Double) -> String {
    switch self {
    case .json:
      return "null"
    case .csv:
      // String interpolation and `write(to:)` spell a negative NaN "-nan"
      // and a signalling one "snan" (only `description` says "nan");
      // neither sign nor payload means anything to a reader.
      if value.isNaN { return "nan" }
      return value < 0 ? "-inf" : "inf"
    }
  }
}

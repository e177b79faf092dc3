// Number spellings shared by every DualGrad output.
//
// Goals, in order of priority:
// 1. Round trip: parsing the text gives back the same Double, bit for bit
//    (apart from the sign and payload of NaN, which no text format keeps).
// 2. Shortest: Swift's own `description`, so `1.0` stays `1.0` and
//    `0.419974341614026` is not padded to 17 digits.
// 3. Fast enough for millions of numbers: the byte-buffer form never builds
//    a String for a finite value.

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
    if value.isFinite { return value.description }
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
    // `Double.write(to:)` produces the same digits as `description` but
    // hands them to the stream as raw ASCII, skipping the String (a heap
    // allocation for the many descriptions longer than 15 bytes).
    withUnsafeMutablePointer(to: &bytes) { target in
      var stream = ByteAppender(target: target)
      value.write(to: &stream)
    }
  }

  /// The most bytes ``write(_:into:)`` ever writes; the longest Double
  /// description, `-2.2250738585072014e-308`, has 24.
  @usableFromInline
  internal static var maximumLength: Int { 32 }

  /// Writes the text for `value` into raw memory with room for
  /// ``maximumLength`` bytes and returns how many bytes it wrote.
  @inlinable
  internal func write(_ value: Double, into destination: UnsafeMutableRawPointer) -> Int {
    var stream = RawAppender(destination: destination)
    if value.isFinite {
      value.write(to: &stream)
    } else {
      stream.write(nonFiniteSpelling(value))
    }
    return stream.written
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

/// A text stream that appends to a byte array without building Strings.
///
/// The standard library's `TextOutputStream` has an underscored hook,
/// `_writeASCII`, which `Double.write(to:)` calls with its digits; its
/// default implementation makes a String and calls `write(_:)`. Providing it
/// here makes formatting allocation-free. Should the hook ever disappear,
/// this type still works through `write(_:)`, only slower.
@usableFromInline
internal struct ByteAppender: TextOutputStream {
  @usableFromInline internal let target: UnsafeMutablePointer<[UInt8]>

  @inlinable
  internal init(target: UnsafeMutablePointer<[UInt8]>) {
    self.target = target
  }

  @inlinable
  internal mutating func write(_ string: String) {
    target.pointee.append(contentsOf: string.utf8)
  }

  @inlinable
  internal mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
    target.pointee.append(contentsOf: buffer)
  }
}

/// A text stream that copies into raw memory of at least
/// ``NumberFormat/maximumLength`` bytes and counts what it wrote; the
/// buffered writer uses it to format straight into its buffer.
@usableFromInline
internal struct RawAppender: TextOutputStream {
  @usableFromInline internal let destination: UnsafeMutableRawPointer
  @usableFromInline internal var written = 0

  @inlinable
  internal init(destination: UnsafeMutableRawPointer) {
    self.destination = destination
  }

  @inlinable
  internal mutating func write(_ string: String) {
    var string = string
    string.withUTF8 { _writeASCII($0) }
  }

  // See `ByteAppender` for why this underscored hook is provided.
  @inlinable
  internal mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let source = buffer.baseAddress else { return }
    precondition(written + buffer.count <= NumberFormat.maximumLength, "Number text too long")
    (destination + written).copyMemory(from: source, byteCount: buffer.count)
    written += buffer.count
  }
}

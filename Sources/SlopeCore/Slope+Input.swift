// Getting the expression: from the command line, or from standard input for
// `-` (read to its end with a size limit, checked to be UTF-8, with an error
// caret at the first bad byte).

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Slope {
  /// Reads standard input to its end, refusing more than `limit` bytes.
  ///
  /// ```swift
  /// let bytes = try Slope.readStandardInput(limit: 1 << 24)
  /// ```
  /// - Throws: ``SlopeError/expressionTooLarge(bytes:)`` past the limit,
  ///   ``SlopeError/cannotRead(reason:)`` if reading fails.
  static func readStandardInput(limit: Int) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 {
        let code = errno
        if code == EINTR { continue }
        throw SlopeError.cannotRead(reason: String(cString: strerror(code)))
      }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
      // Stop reading as soon as the limit is passed: a hostile stream may be endless.
      if bytes.count > limit { throw SlopeError.expressionTooLarge(bytes: bytes.count) }
    }
  }

  /// The expression in `bytes`, which must be UTF-8.
  static func expressionText(from bytes: [UInt8]) throws -> String {
    guard bytes.count <= Limits.maximumExpressionBytes else { throw SlopeError.expressionTooLarge(bytes: bytes.count) }
    // A file or `echo` ends the formula with a line break; dropping trailing
    // white space keeps an error's caret on the formula, not on an empty line.
    var end = bytes.count
    while end > 0,
      [UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains(bytes[end - 1])
    { end -= 1 }
    let bytes = Array(bytes[..<end])
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    // Name the first bad byte with a caret, on the text decoded up to it.
    var valid = 0
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    loop: while true {
      switch decoder.decode(&iterator) {
      case let .scalarValue(scalar): valid += UTF8.width(scalar)
      case .emptyInput, .error: break loop
      }
    }
    let shown = String(decoding: bytes[..<valid], as: UTF8.self)
    throw SlopeError.syntax(
      message: "the expression is not valid UTF-8 (byte 0x\(String(bytes[valid], radix: 16, uppercase: true)))",
      expression: shown, offset: valid)
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  var trimmingWhitespace: String {
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    let bytes = utf8
    guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = bytes.lastIndex(where: { !isSpace($0) })!
    return String(self[first...last])
  }
}

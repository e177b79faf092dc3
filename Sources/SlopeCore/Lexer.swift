// Splits an expression into tokens, one at a time, over its UTF-8 bytes.
//
// Working on bytes keeps the lexer fast on a 16 MiB formula and makes every
// offset a plain byte index, which the caret display turns into a column.

/// One token of an expression and where it starts.
///
/// ```swift
/// var lexer = Lexer("2.5*x")
/// try lexer.next().kind   // .number(2.5)
/// ```
struct Token: Equatable, Sendable {
  /// What the token is.
  ///
  /// ```swift
  /// var lexer = Lexer("(x)"); try lexer.next().kind   // .leftParenthesis
  /// ```
  enum Kind: Equatable, Sendable {
    /// A number literal, already converted.
    ///
    /// ```swift
    /// var lexer = Lexer("2.5"); try lexer.next().kind   // .number(2.5)
    /// ```
    case number(Double)
    /// A name: a variable, a constant or a function.
    ///
    /// ```swift
    /// var lexer = Lexer("x"); try lexer.next().kind   // .name("x")
    /// ```
    case name(String)
    /// `+`
    ///
    /// ```swift
    /// var lexer = Lexer("+"); try lexer.next().kind   // .plus
    /// ```
    case plus
    /// `-`
    ///
    /// ```swift
    /// var lexer = Lexer("-"); try lexer.next().kind   // .minus
    /// ```
    case minus
    /// `*`
    ///
    /// ```swift
    /// var lexer = Lexer("*"); try lexer.next().kind   // .star
    /// ```
    case star
    /// `/`
    ///
    /// ```swift
    /// var lexer = Lexer("/"); try lexer.next().kind   // .slash
    /// ```
    case slash
    /// `^` or `**`
    ///
    /// ```swift
    /// var lexer = Lexer("**"); try lexer.next().kind   // .caret
    /// ```
    case caret
    /// `(`
    ///
    /// ```swift
    /// var lexer = Lexer("("); try lexer.next().kind   // .leftParenthesis
    /// ```
    case leftParenthesis
    /// `)`
    ///
    /// ```swift
    /// var lexer = Lexer(")"); try lexer.next().kind   // .rightParenthesis
    /// ```
    case rightParenthesis
    /// `,`
    ///
    /// ```swift
    /// var lexer = Lexer(","); try lexer.next().kind   // .comma
    /// ```
    case comma
    /// The end of the expression.
    ///
    /// ```swift
    /// var lexer = Lexer(""); try lexer.next().kind   // .end
    /// ```
    case end
  }

  /// What the token is.
  ///
  /// ```swift
  /// var lexer = Lexer("x"); try lexer.next().kind   // .name("x")
  /// ```
  var kind: Kind
  /// The byte offset of its first character.
  ///
  /// ```swift
  /// var lexer = Lexer("  x"); try lexer.next().offset   // 2
  /// ```
  var offset: Int
  /// Its length in bytes (0 for `.end`).
  ///
  /// ```swift
  /// var lexer = Lexer("x ** 2"); _ = try lexer.next(); try lexer.next().length   // 2
  /// ```
  var length: Int

  /// The token as a person would name it in "expected ..., found ...".
  ///
  /// ```swift
  /// Token(kind: .rightParenthesis, offset: 0, length: 1).phrase   // "')'"
  /// ```
  var phrase: String {
    switch kind {
    case let .number(value): return "the number \(value)"
    case let .name(name): return "the name \(quoted(name))"
    case .plus: return "'+'"
    case .minus: return "'-'"
    case .star: return "'*'"
    case .slash: return "'/'"
    case .caret: return length == 2 ? "'**'" : "'^'"
    case .leftParenthesis: return "'('"
    case .rightParenthesis: return "')'"
    case .comma: return "','"
    case .end: return "the end of the expression"
    }
  }
}

/// Reads tokens from an expression: numbers (`1`, `2.5`, `.5`, `1e-3`),
/// names (`x`, `tanh`, `rate_2`), the operators `+ - * / ^ **`, parentheses
/// and commas. Spaces, tabs and line breaks separate tokens.
///
/// ```swift
/// var lexer = Lexer("x ** 2")
/// try lexer.next().kind   // .name("x")
/// try lexer.next().kind   // .caret
/// ```
struct Lexer {
  /// The expression as given, for error messages.
  ///
  /// ```swift
  /// Lexer("x + 1").text   // "x + 1"
  /// ```
  let text: String
  let bytes: [UInt8]
  var position = 0

  /// Creates a lexer at the start of `text`.
  ///
  /// ```swift
  /// var lexer = Lexer("1+2"); try lexer.next().kind   // .number(1.0)
  /// ```
  init(_ text: String) {
    self.text = text
    self.bytes = Array(text.utf8)
  }

  /// Returns the next token without consuming it.
  ///
  /// ```swift
  /// var lexer = Lexer("x")
  /// try lexer.peek().kind   // .name("x"); next() returns it again
  /// ```
  /// - Throws: ``SlopeError/syntax(message:expression:offset:)`` for a character
  ///   that cannot start a token or a malformed number.
  mutating func peek() throws -> Token {
    let saved = position
    defer { position = saved }
    return try next()
  }

  /// Returns the next token and moves past it.
  ///
  /// ```swift
  /// var lexer = Lexer(".5e1")
  /// try lexer.next().kind   // .number(5.0)
  /// ```
  /// - Throws: ``SlopeError/syntax(message:expression:offset:)`` for a character
  ///   that cannot start a token or a malformed number.
  mutating func next() throws -> Token {
    skipWhitespace()
    let start = position
    guard position < bytes.count else { return Token(kind: .end, offset: start, length: 0) }
    let byte = bytes[position]
    func single(_ kind: Token.Kind) -> Token {
      position += 1
      return Token(kind: kind, offset: start, length: 1)
    }
    switch byte {
    case UInt8(ascii: "+"): return single(.plus)
    case UInt8(ascii: "-"): return single(.minus)
    case UInt8(ascii: "/"): return single(.slash)
    case UInt8(ascii: "^"): return single(.caret)
    case UInt8(ascii: "("): return single(.leftParenthesis)
    case UInt8(ascii: ")"): return single(.rightParenthesis)
    case UInt8(ascii: ","): return single(.comma)
    case UInt8(ascii: "*"):
      if position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "*") {
        position += 2
        return Token(kind: .caret, offset: start, length: 2)
      }
      return single(.star)
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
      return try number()
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
      while position < bytes.count && isNameByte(bytes[position]) { position += 1 }
      let name = String(decoding: bytes[start..<position], as: UTF8.self)
      return Token(kind: .name(name), offset: start, length: position - start)
    default:
      throw unexpectedCharacter(at: start)
    }
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        position += 1
      default:
        return
      }
    }
  }

  private func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
      return true
    default:
      return false
    }
  }

  private func isDigit(_ index: Int) -> Bool {
    index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
  }

  /// digits [. digits] [e [+-] digits], or . digits [...]: C's decimal
  /// literal without hexadecimal, `inf` or `nan` (those are not numbers a
  /// formula should contain).
  private mutating func number() throws -> Token {
    let start = position
    var mantissaDigits = 0
    while isDigit(position) {
      position += 1
      mantissaDigits += 1
    }
    if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
      position += 1
      while isDigit(position) {
        position += 1
        mantissaDigits += 1
      }
    }
    guard mantissaDigits > 0 else {
      throw syntax("a number needs digits; found a lone '.'", at: start)
    }
    if position < bytes.count && (bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")) {
      var exponentEnd = position + 1
      if exponentEnd < bytes.count
        && (bytes[exponentEnd] == UInt8(ascii: "+") || bytes[exponentEnd] == UInt8(ascii: "-"))
      {
        exponentEnd += 1
      }
      guard isDigit(exponentEnd) else {
        throw syntax("the exponent of a number needs digits, as in 1e-3", at: start)
      }
      position = exponentEnd
      while isDigit(position) { position += 1 }
    }
    let literal = String(decoding: bytes[start..<position], as: UTF8.self)
    guard let value = Double(literal) else {
      throw syntax("\(quoted(literal)) is not a number", at: start)
    }
    guard value.isFinite else {
      throw syntax("the number \(quoted(literal)) is too large for a double (at most about 1.8e308)", at: start)
    }
    return Token(kind: .number(value), offset: start, length: position - start)
  }

  private func unexpectedCharacter(at offset: Int) -> SlopeError {
    let byte = bytes[offset]
    if byte < 0x20 || byte == 0x7F {
      let code = String(byte, radix: 16, uppercase: true)
      return syntax(
        "control character U+\(code.count < 2 ? "0" + code : code) is not allowed in an expression", at: offset)
    }
    guard byte >= 0x80 else {
      return syntax("unexpected character '\(Character(Unicode.Scalar(byte)))'", at: offset)
    }
    // Decode the whole character to name it, and suggest the ASCII spelling
    // of the usual typographic stand-ins.
    var end = offset + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    let character = String(decoding: bytes[offset..<end], as: UTF8.self)
    guard let scalar = character.unicodeScalars.first, scalar != "\u{FFFD}" else {
      return syntax("byte 0x\(String(byte, radix: 16, uppercase: true)) is not valid UTF-8", at: offset)
    }
    let hints: [Unicode.Scalar: String] = [
      "π": "pi", "×": "*", "·": "*", "∙": "*", "÷": "/", "−": "-", "–": "-", "²": "^2", "³": "^3", "√": "sqrt",
    ]
    let hint = hints[scalar].map { "; write \(quoted($0)) instead" } ?? ""
    return syntax("unexpected character \(quoted(String(scalar)))\(hint)", at: offset)
  }

  func syntax(_ message: String, at offset: Int) -> SlopeError {
    .syntax(message: message, expression: text, offset: offset)
  }
}

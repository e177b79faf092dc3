import Testing

@testable import SlopeCore

@Suite("Parser: precedence, associativity, numbers, names")
struct ParserTests {
  @Test(
    "operators bind as in mathematics",
    arguments: [
      ("1 + 2 * 3", "(1.0 + (2.0 * 3.0))"),
      ("1 - 2 - 3", "((1.0 - 2.0) - 3.0)"),
      ("8 / 4 / 2", "((8.0 / 4.0) / 2.0)"),
      ("2^3^2", "(2.0 ^ (3.0 ^ 2.0))"),
      ("2**3**2", "(2.0 ^ (3.0 ^ 2.0))"),
      ("-x^2", "-(x ^ 2.0)"),
      ("2^-x", "(2.0 ^ -x)"),
      ("2^-x^2", "(2.0 ^ -(x ^ 2.0))"),
      ("-2*x", "(-2.0 * x)"),
      ("2*-x*3", "((2.0 * -x) * 3.0)"),
      ("x - -x", "(x - -x)"),
      ("+x", "x"),
      ("--x", "--x"),
      ("(1 + x) * 2", "((1.0 + x) * 2.0)"),
      ("atan2(y, x + 1)", "atan2(y, (x + 1.0))"),
      ("ln(x)", "log(x)"),
      ("pow(x, 2) - min(x, 1)", "((x ^ 2.0) - min(x, 1.0))"),
      ("2 * pi * e", "((2.0 * 3.141592653589793) * 2.718281828459045)"),
    ])
  func precedence(text: String, expected: String) throws {
    #expect(try Parser.parse(text).description == expected)
  }

  @Test(
    "numbers in every accepted spelling",
    arguments: [
      ("1", 1.0), ("2.5", 2.5), (".5", 0.5), ("1e-3", 0.001), ("1E3", 1000.0), ("2.", 2.0), ("1.5e+2", 150.0),
      ("1e-400", 0.0),
    ])
  func numbers(text: String, value: Double) throws {
    let expression = try Parser.parse(text)
    #expect(expression.constants == [value])
  }

  @Test("variables are collected in order of first appearance; constants and functions are not variables")
  func variables() throws {
    #expect(try Parser.parse("y * x + y + sin(x) * pi").variables == ["y", "x"])
    #expect(try Parser.parse("2 + e").variables.isEmpty)
    #expect(try Parser.parse("rate_2 * t0").variables == ["rate_2", "t0"])
  }

  @Test("whitespace, tabs and line breaks separate tokens")
  func whitespace() throws {
    #expect(try Parser.parse(" x\t*\n 2 \r\n").description == "(x * 2.0)")
  }

  @Test("100,000 nested parentheses parse without recursion")
  func deepNesting() throws {
    let depth = 100_000
    let text = String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth)
    let expression = try Parser.parse(text)
    #expect(expression.nodes.count == 1)
    let functions = String(repeating: "sin(", count: depth) + "x" + String(repeating: ")", count: depth)
    #expect(try Parser.parse(functions).nodes.count == depth + 1)
  }

  @Test("an expression over the size limit is refused before parsing")
  func sizeLimit() {
    let text = String(repeating: " ", count: Limits.maximumExpressionBytes) + "x"
    #expect(throws: SlopeError.expressionTooLarge(bytes: Limits.maximumExpressionBytes + 1)) { try Parser.parse(text) }
  }
}

@Suite("Parser: syntax errors say what was expected, where")
struct ParserErrorTests {
  /// The message and caret column (1-based, in characters) of a syntax error.
  func failure(_ text: String) -> (message: String, offset: Int)? {
    do {
      _ = try Parser.parse(text)
      return nil
    } catch let SlopeError.syntax(message, _, offset) {
      return (message, offset)
    } catch {
      return ("unexpected error \(error)", -1)
    }
  }

  @Test(
    "each malformed input fails at the right place with the right words",
    arguments: [
      ("2*(x+)", 5, "expected a number, a name or '(' after '+', found ')'"),
      ("x +", 3, "expected a number, a name or '(' after '+', found the end of the expression"),
      ("(x", 2, "missing ')' to close the '(' at column 1"),
      ("x)", 1, "unmatched ')'"),
      ("2x", 1, "write '*' for a product, as in 2*x"),
      ("x y", 2, "expected an operator or the end of the expression, found the name 'y'"),
      ("sine(x)", 0, "unknown function 'sine'; did you mean 'sin'?"),
      ("tnah(x)", 0, "unknown function 'tnah'; did you mean 'tanh'?"),
      ("frobnicate(x)", 0, "unknown function 'frobnicate'; see slope --help for the list"),
      ("sin x", 3, "expected '(' after the function 'sin', as in sin(x)"),
      ("sin", 3, "expected '(' after the function 'sin'"),
      ("atan2(1)", 0, "atan2 takes 2 arguments (y, x), found 1"),
      ("sin(1, 2)", 5, "sin takes 1 argument (x), found more"),
      ("exp()", 4, "exp takes 1 argument (x), found none"),
      ("(1, 2)", 2, "',' inside parentheses that are not a function's arguments"),
      ("1, 2", 1, "',' outside a function's argument list"),
      ("pi(2)", 0, "'pi' is a constant, not a function"),
      ("x(2)", 0, "unknown function 'x'; see slope --help for the list, and write x*(...) for a product"),
      ("1e", 0, "the exponent of a number needs digits"),
      ("1e999", 0, "too large for a double"),
      (". + 1", 0, "a number needs digits"),
      ("x # 2", 2, "unexpected character '#'"),
      ("x \u{7} 2", 2, "control character U+07 is not allowed"),
      ("2 × x", 2, "unexpected character '×'; write '*' instead"),
      ("π * x", 0, "write 'pi' instead"),
      ("* x", 0, "expected a number, a name or '(' at the start, found '*'"),
      ("x ^ ^ 2", 4, "after '^', found '^'"),
      ("sin(x", 5, "missing ')' to close sin( at column 1"),
    ])
  func errors(text: String, offset: Int, message: String) {
    let result = failure(text)
    #expect(result?.message.contains(message) == true, "got \(String(describing: result?.message))")
    #expect(result?.offset == offset)
  }

  @Test("an empty or blank expression is its own error")
  func empty() {
    #expect(throws: SlopeError.emptyExpression) { try Parser.parse("") }
    #expect(throws: SlopeError.emptyExpression) { try Parser.parse(" \n\t") }
  }

  @Test("the message shows the expression with a caret under the offending column")
  func caret() {
    let error = SlopeError.syntax(message: "expected a number", expression: "2*(x+)", offset: 5)
    #expect(error.description == "expected a number\n  2*(x+)\n       ^")
  }

  @Test("the caret counts characters, not bytes, and control bytes show as '?'")
  func caretColumns() {
    let error = SlopeError.syntax(message: "m", expression: "π\u{1}+)", offset: 4)
    #expect(error.description == "m\n  π?+)\n     ^")
  }

  @Test("a long line is cut to a window around the error; a multi-line one names line and column")
  func caretWindow() {
    let long = String(repeating: "x+", count: 1000) + ")" + String(repeating: "+x", count: 1000)
    let lines = SlopeError.syntax(message: "m", expression: long, offset: 2000).description.split(separator: "\n")
    #expect(lines[1].count < 100)
    #expect(
      lines[1].dropFirst(2).firstIndex(of: ")").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        == lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) })
    let multi = SlopeError.syntax(message: "m", expression: "x +\n  * 2", offset: 6).description
    #expect(multi == "m\n  (line 2, column 3)\n    * 2\n    ^")
  }
}

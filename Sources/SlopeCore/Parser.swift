// Infix expressions to flat postfix nodes, by operator precedence with two
// explicit stacks (shunting-yard) instead of recursion: the nesting depth is
// limited by memory, not by the thread's stack, so 100,000 nested parentheses
// parse like any other input.
//
// Grammar, loosest first:
//   sum      = product (('+' | '-') product)*
//   product  = unary (('*' | '/') unary)*
//   unary    = ('-' | '+') unary | power
//   power    = primary (('^' | '**') unary)?        right-associative
//   primary  = number | constant | variable | function '(' sum (',' sum)? ')' | '(' sum ')'
// so -x^2 is -(x^2), 2^-x is 2^(-x) and 2^3^2 is 2^9.

/// Parses expressions into ``Expression`` values.
///
/// ```swift
/// let expression = try Parser.parse("-x^2 + atan2(y, 1)")
/// expression.variables     // ["x", "y"]
/// expression.description   // "(-(x ^ 2.0) + atan2(y, 1.0))"
/// ```
enum Parser {
  /// Parses `text` into a flat expression.
  ///
  /// ```swift
  /// try Parser.parse("(1 - exp(-2*x)) / (1 + exp(-2*x))").variables   // ["x"]
  /// try Parser.parse("2x")   // throws: expected an operator ... write '*' for a product
  /// ```
  /// - Parameter text: The expression.
  /// - Returns: The parsed expression.
  /// - Throws: ``SlopeError/syntax(message:expression:offset:)`` saying what was
  ///   expected and where, ``SlopeError/emptyExpression``, or
  ///   ``SlopeError/expressionTooLarge(bytes:)``.
  /// - Complexity: O(n) time and memory in the length of `text`.
  static func parse(_ text: String) throws -> Expression {
    guard text.utf8.count <= Limits.maximumExpressionBytes else {
      throw SlopeError.expressionTooLarge(bytes: text.utf8.count)
    }
    var state = ParserState(text: text)
    return try state.run()
  }
}

/// An operator or bracket waiting on the stack for its right-hand side.
private enum Pending {
  /// A binary operator with its precedence.
  case binary(Operation, precedence: Int, offset: Int)
  /// Unary minus.
  case negate(offset: Int)
  /// An open parenthesis.
  case group(offset: Int)
  /// An open function call and how many arguments have been completed.
  case call(FunctionEntry, offset: Int, arguments: Int)

  var precedence: Int {
    switch self {
    case let .binary(_, precedence, _): return precedence
    case .negate: return Precedence.negation
    case .group, .call: return -1
    }
  }
}

private enum Precedence {
  static let sum = 1
  static let product = 2
  /// Below `^`, so -x^2 is -(x^2); above `*`, so -2*x is (-2)*x.
  static let negation = 3
  static let power = 4
}

private struct ParserState {
  var lexer: Lexer
  var nodes: [Node] = []
  var constants: [Double] = []
  var variables: [String] = []
  var variableIndex: [String: Int32] = [:]
  var operands: [Int32] = []
  var pending: [Pending] = []

  init(text: String) {
    lexer = Lexer(text)
  }

  func error(_ message: String, at offset: Int) -> SlopeError {
    .syntax(message: message, expression: lexer.text, offset: offset)
  }

  mutating func append(_ operation: Operation, _ first: Int32, _ second: Int32) {
    nodes.append(Node(operation: operation, first: first, second: second))
    operands.append(Int32(nodes.count - 1))
  }

  mutating func appendConstant(_ value: Double) {
    constants.append(value)
    append(.constant, Int32(constants.count - 1), Int32(constants.count - 1))
  }

  /// Pops one pending operator and builds its node from the operand stack.
  mutating func reduce(_ item: Pending) {
    switch item {
    case let .binary(operation, _, _):
      let right = operands.removeLast()
      let left = operands.removeLast()
      append(operation, left, right)
    case .negate:
      let operand = operands.removeLast()
      append(.negate, operand, operand)
    case .group, .call:
      preconditionFailure("brackets are closed by their own token")
    }
  }

  /// Reduces every pending operator that binds at least as tightly as an
  /// incoming operator of `precedence` (strictly tighter for the
  /// right-associative `^`).
  mutating func reduceOperators(before precedence: Int, rightAssociative: Bool) {
    while let top = pending.last {
      let topPrecedence = top.precedence
      guard topPrecedence > precedence || (topPrecedence == precedence && !rightAssociative) else { return }
      pending.removeLast()
      reduce(top)
    }
  }

  mutating func run() throws -> Expression {
    var expectingOperand = true
    var previous: Token?
    while true {
      let token = try lexer.next()
      defer { previous = token }
      if expectingOperand {
        if case .end = token.kind, previous == nil { throw SlopeError.emptyExpression }
        expectingOperand = try !operand(token, after: previous)
        continue
      }
      switch token.kind {
      case .plus: binary(.add, Precedence.sum, token)
      case .minus: binary(.subtract, Precedence.sum, token)
      case .star: binary(.multiply, Precedence.product, token)
      case .slash: binary(.divide, Precedence.product, token)
      case .caret: binary(.power, Precedence.power, token, rightAssociative: true)
      case .rightParenthesis:
        try close(token)
        continue
      case .comma:
        try comma(token)
        expectingOperand = true
        continue
      case .end:
        return try finish(token)
      case .number, .name, .leftParenthesis:
        var message = "expected an operator or the end of the expression, found \(token.phrase)"
        if case .number = previous?.kind, case .name = token.kind {
          message += "; write '*' for a product, as in 2*x"
        } else {
          message += "; write '*' for a product"
        }
        throw error(message, at: token.offset)
      }
      expectingOperand = true
    }
  }

  mutating func binary(_ operation: Operation, _ precedence: Int, _ token: Token, rightAssociative: Bool = false) {
    reduceOperators(before: precedence, rightAssociative: rightAssociative)
    pending.append(.binary(operation, precedence: precedence, offset: token.offset))
  }

  /// Handles a token where an operand must start; returns whether it
  /// completed one (a number or a name) rather than opening one (a prefix
  /// operator, a parenthesis or a call).
  mutating func operand(_ token: Token, after previous: Token?) throws -> Bool {
    switch token.kind {
    case let .number(value):
      appendConstant(value)
    case let .name(name):
      let opensCall: Bool
      if case .leftParenthesis = try lexer.peek().kind { opensCall = true } else { opensCall = false }
      // The common case first, with a single lookup: a variable seen before.
      if !opensCall, let known = variableIndex[name] {
        append(.variable, known, known)
        return true
      }
      if opensCall {
        guard let function = FunctionTable.function(named: name) else {
          if FunctionTable.constant(named: name) != nil {
            throw error("\(quoted(name)) is a constant, not a function; write '*' for a product", at: token.offset)
          }
          let hint =
            FunctionTable.suggestion(for: name).map { "; did you mean '\($0)'?" }
            ?? "; see slope --help for the list, and write \(name)*(...) for a product"
          throw error("unknown function \(quoted(name))\(hint)", at: token.offset)
        }
        _ = try lexer.next()
        pending.append(.call(function, offset: token.offset, arguments: 0))
        return false
      }
      if let function = FunctionTable.function(named: name) {
        throw error(
          "expected '(' after the function \(quoted(name)), as in \(name)\(function.parameters)",
          at: token.offset + token.length)
      }
      if let value = FunctionTable.constant(named: name) {
        appendConstant(value)
      } else {
        let index = Int32(variables.count)
        variables.append(name)
        variableIndex[name] = index
        append(.variable, index, index)
      }
    case .minus:
      pending.append(.negate(offset: token.offset))
      return false
    case .plus:
      return false  // unary plus changes nothing
    case .leftParenthesis:
      pending.append(.group(offset: token.offset))
      return false
    case .rightParenthesis:
      if case let .call(function, _, 0)? = pending.last {
        throw error(
          "\(function.name) takes \(arguments(function.arity)) \(function.parameters), found none", at: token.offset)
      }
      throw error("expected a number, a name or '(' \(after(previous)), found ')'", at: token.offset)
    default:
      throw error("expected a number, a name or '(' \(after(previous)), found \(token.phrase)", at: token.offset)
    }
    return true
  }

  func after(_ token: Token?) -> String {
    guard let token else { return "at the start" }
    return "after \(token.phrase)"
  }

  func arguments(_ count: Int) -> String {
    count == 1 ? "1 argument" : "\(count) arguments"
  }

  mutating func close(_ token: Token) throws {
    while let top = pending.popLast() {
      switch top {
      case .group:
        return
      case let .call(function, offset, completed):
        let count = completed + 1
        guard count == function.arity else {
          throw error(
            "\(function.name) takes \(arguments(function.arity)) \(function.parameters), found \(count)", at: offset)
        }
        if function.arity == 1 {
          let argument = operands.removeLast()
          append(function.operation, argument, argument)
        } else {
          let second = operands.removeLast()
          let first = operands.removeLast()
          append(function.operation, first, second)
        }
        return
      default:
        reduce(top)
      }
    }
    throw error("unmatched ')'", at: token.offset)
  }

  mutating func comma(_ token: Token) throws {
    while let top = pending.last {
      switch top {
      case .group:
        throw error("',' inside parentheses that are not a function's arguments", at: token.offset)
      case let .call(function, offset, completed):
        guard completed + 1 < function.arity else {
          throw error(
            "\(function.name) takes \(arguments(function.arity)) \(function.parameters), found more", at: token.offset)
        }
        pending[pending.count - 1] = .call(function, offset: offset, arguments: completed + 1)
        return
      default:
        pending.removeLast()
        reduce(top)
      }
    }
    throw error("',' outside a function's argument list", at: token.offset)
  }

  mutating func finish(_ token: Token) throws -> Expression {
    while let top = pending.popLast() {
      switch top {
      case let .group(offset):
        throw error("missing ')' to close the '(' at \(columnText(offset))", at: token.offset)
      case let .call(function, offset, _):
        throw error("missing ')' to close \(function.name)( at \(columnText(offset))", at: token.offset)
      default:
        reduce(top)
      }
    }
    return Expression(text: lexer.text, nodes: nodes, constants: constants, variables: variables)
  }

  func columnText(_ offset: Int) -> String {
    let prefix = lexer.text.utf8.prefix(offset)
    let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.index(after: $0) } ?? prefix.startIndex
    let column = String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1
    return line > 1 ? "line \(line), column \(column)" : "column \(column)"
  }
}

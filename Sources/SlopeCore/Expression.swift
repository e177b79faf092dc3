// A parsed expression, stored flat: nodes in postfix order in one array,
// children before parents, each naming its operands by index. No node is a
// separate allocation, and every pass over the tree (compiling, printing) is
// a loop, not a recursion, so a formula nested 100,000 levels deep cannot
// overflow the stack.

/// What a node or an instruction computes.
///
/// ```swift
/// Operation.add.arity   // 2
/// Operation.tanh.arity  // 1
/// ```
enum Operation: UInt8, Sendable, CaseIterable {
  // MARK: Leaves (expression nodes only)
  /// A number; the node's `first` indexes ``Expression/constants``.
  ///
  /// ```swift
  /// try Parser.parse("2.5").nodes.last?.operation   // .constant
  /// ```
  case constant
  /// A variable; the node's `first` indexes ``Expression/variables``.
  ///
  /// ```swift
  /// try Parser.parse("x").nodes.last?.operation   // .variable
  /// ```
  case variable

  // MARK: Arithmetic
  /// a + b.
  ///
  /// ```swift
  /// try Parser.parse("x + 1").nodes.last?.operation   // .add
  /// ```
  case add
  /// a − b.
  ///
  /// ```swift
  /// try Parser.parse("x - 1").nodes.last?.operation   // .subtract
  /// ```
  case subtract
  /// a · b.
  ///
  /// ```swift
  /// try Parser.parse("2 * x").nodes.last?.operation   // .multiply
  /// ```
  case multiply
  /// a / b.
  ///
  /// ```swift
  /// try Parser.parse("x / 2").nodes.last?.operation   // .divide
  /// ```
  case divide
  /// −a.
  ///
  /// ```swift
  /// try Parser.parse("-x").nodes.last?.operation   // .negate
  /// ```
  case negate
  /// Real power a^b (`^`, `**`, `pow`).
  ///
  /// ```swift
  /// try Parser.parse("x ^ y").nodes.last?.operation   // .power
  /// ```
  case power
  /// a^n for a whole number n stored in the instruction (only in compiled
  /// programs, where `x^2` becomes repeated multiplication).
  ///
  /// ```swift
  /// try Program(compiling: Parser.parse("x^3")).instructions[0].operation   // .integerPower
  /// ```
  case integerPower

  // MARK: Functions of one argument
  /// The function `exp` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("exp(x)").nodes.last?.operation   // .exp
  /// ```
  case exp
  /// The function `exp2` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("exp2(x)").nodes.last?.operation   // .exp2
  /// ```
  case exp2
  /// The function `expm1` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("expm1(x)").nodes.last?.operation   // .expm1
  /// ```
  case expm1
  /// The function `log` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("log(x)").nodes.last?.operation   // .log
  /// ```
  case log
  /// The function `log2` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("log2(x)").nodes.last?.operation   // .log2
  /// ```
  case log2
  /// The function `log10` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("log10(x)").nodes.last?.operation   // .log10
  /// ```
  case log10
  /// The function `log1p` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("log1p(x)").nodes.last?.operation   // .log1p
  /// ```
  case log1p
  /// The function `sqrt` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("sqrt(x)").nodes.last?.operation   // .sqrt
  /// ```
  case sqrt
  /// The function `cbrt` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("cbrt(x)").nodes.last?.operation   // .cbrt
  /// ```
  case cbrt
  /// The function `sin` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("sin(x)").nodes.last?.operation   // .sin
  /// ```
  case sin
  /// The function `cos` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("cos(x)").nodes.last?.operation   // .cos
  /// ```
  case cos
  /// The function `tan` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("tan(x)").nodes.last?.operation   // .tan
  /// ```
  case tan
  /// The function `asin` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("asin(x)").nodes.last?.operation   // .asin
  /// ```
  case asin
  /// The function `acos` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("acos(x)").nodes.last?.operation   // .acos
  /// ```
  case acos
  /// The function `atan` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("atan(x)").nodes.last?.operation   // .atan
  /// ```
  case atan
  /// The function `sinh` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("sinh(x)").nodes.last?.operation   // .sinh
  /// ```
  case sinh
  /// The function `cosh` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("cosh(x)").nodes.last?.operation   // .cosh
  /// ```
  case cosh
  /// The function `tanh` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("tanh(x)").nodes.last?.operation   // .tanh
  /// ```
  case tanh
  /// The function `asinh` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("asinh(x)").nodes.last?.operation   // .asinh
  /// ```
  case asinh
  /// The function `acosh` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("acosh(x)").nodes.last?.operation   // .acosh
  /// ```
  case acosh
  /// The function `atanh` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("atanh(x)").nodes.last?.operation   // .atanh
  /// ```
  case atanh
  /// The function `abs` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("abs(x)").nodes.last?.operation   // .abs
  /// ```
  case abs
  /// The function `sigmoid` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("sigmoid(x)").nodes.last?.operation   // .sigmoid
  /// ```
  case sigmoid
  /// The function `softplus` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("softplus(x)").nodes.last?.operation   // .softplus
  /// ```
  case softplus
  /// The function `logsigmoid` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("logsigmoid(x)").nodes.last?.operation   // .logSigmoid
  /// ```
  case logSigmoid
  /// The function `erf` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("erf(x)").nodes.last?.operation   // .erf
  /// ```
  case erf
  /// The function `erfc` of one argument.
  ///
  /// ```swift
  /// try Parser.parse("erfc(x)").nodes.last?.operation   // .erfc
  /// ```
  case erfc

  // MARK: Functions of two arguments
  /// `atan2(y, x)`.
  ///
  /// ```swift
  /// try Parser.parse("atan2(y, x)").nodes.last?.operation   // .atan2
  /// ```
  case atan2
  /// `hypot(a, b)`.
  ///
  /// ```swift
  /// try Parser.parse("hypot(x, y)").nodes.last?.operation   // .hypot
  /// ```
  case hypot
  /// `min(a, b)`.
  ///
  /// ```swift
  /// try Parser.parse("min(x, y)").nodes.last?.operation   // .minimum
  /// ```
  case minimum
  /// `max(a, b)`.
  ///
  /// ```swift
  /// try Parser.parse("max(x, y)").nodes.last?.operation   // .maximum
  /// ```
  case maximum

  /// How many operands the operation takes: 0 for leaves, 1 or 2 otherwise
  /// (``integerPower`` takes one operand and a whole-number exponent).
  ///
  /// ```swift
  /// Operation.atan2.arity   // 2
  /// ```
  var arity: Int {
    switch self {
    case .constant, .variable: return 0
    case .add, .subtract, .multiply, .divide, .power, .atan2, .hypot, .minimum, .maximum: return 2
    default: return 1
    }
  }
}

/// One node of a flat expression: an operation and up to two operand indices.
///
/// ```swift
/// let expression = try Parser.parse("x + 1")
/// expression.nodes.last?.operation   // .add
/// ```
struct Node: Sendable, Equatable {
  /// What the node computes.
  ///
  /// ```swift
  /// try Parser.parse("x - 1").nodes[2].operation   // .subtract
  /// ```
  var operation: Operation
  /// The first operand's node index; for a leaf, the index into
  /// ``Expression/constants`` or ``Expression/variables``.
  ///
  /// ```swift
  /// try Parser.parse("x - 1").nodes[2].first   // 0, the node of x
  /// ```
  var first: Int32
  /// The second operand's node index (equal to `first` for unary nodes).
  ///
  /// ```swift
  /// try Parser.parse("x - 1").nodes[2].second   // 1, the node of 1
  /// ```
  var second: Int32

  /// Creates a node.
  ///
  /// ```swift
  /// Node(operation: .negate, first: 0, second: 0).operation   // .negate
  /// ```
  init(operation: Operation, first: Int32, second: Int32) {
    self.operation = operation
    self.first = first
    self.second = second
  }
}

/// A parsed expression: flat nodes, the numbers it contains and its variables
/// in order of first appearance.
///
/// ```swift
/// let expression = try Parser.parse("y * exp(-y)")
/// expression.variables   // ["y"]
/// expression.description // "(y * exp(-y))"
/// ```
struct Expression: Sendable, Equatable, CustomStringConvertible {
  /// The expression text as given.
  ///
  /// ```swift
  /// try Parser.parse(" x+1 ").text   // " x+1 "
  /// ```
  var text: String
  /// Every node, children before parents; the last node is the root.
  ///
  /// ```swift
  /// try Parser.parse("x + 1").nodes.map(\.operation)   // [.variable, .constant, .add]
  /// ```
  var nodes: [Node]
  /// The number literals and constants, indexed by constant nodes.
  ///
  /// ```swift
  /// try Parser.parse("2*x + pi").constants   // [2.0, 3.141592653589793]
  /// ```
  var constants: [Double]
  /// The variable names, in order of first appearance.
  ///
  /// ```swift
  /// try Parser.parse("b * a + b").variables   // ["b", "a"]
  /// ```
  var variables: [String]

  /// The index of the root node.
  ///
  /// ```swift
  /// try Parser.parse("1 + 2").root   // 2
  /// ```
  var root: Int { nodes.count - 1 }

  /// The expression fully parenthesised, so tests can see how it was read:
  /// `-x^2` prints as `-(x ^ 2)`.
  ///
  /// ```swift
  /// try Parser.parse("2^3^2").description   // "(2.0 ^ (3.0 ^ 2.0))"
  /// ```
  var description: String {
    // Built bottom-up in node order: no recursion, whatever the depth.
    var texts: [String] = []
    texts.reserveCapacity(nodes.count)
    for node in nodes {
      let a = Int(node.first)
      let b = Int(node.second)
      switch node.operation {
      case .constant: texts.append("\(constants[a])")
      case .variable: texts.append(variables[a])
      case .add: texts.append("(\(texts[a]) + \(texts[b]))")
      case .subtract: texts.append("(\(texts[a]) - \(texts[b]))")
      case .multiply: texts.append("(\(texts[a]) * \(texts[b]))")
      case .divide: texts.append("(\(texts[a]) / \(texts[b]))")
      case .power: texts.append("(\(texts[a]) ^ \(texts[b]))")
      case .integerPower: texts.append("(\(texts[a]) ^ \(node.second))")
      case .negate: texts.append("-\(texts[a])")
      default:
        let name = FunctionTable.functions.first { $0.operation == node.operation }?.name ?? "\(node.operation)"
        texts.append(node.operation.arity == 2 ? "\(name)(\(texts[a]), \(texts[b]))" : "\(name)(\(texts[a]))")
      }
    }
    return texts.last ?? ""
  }
}

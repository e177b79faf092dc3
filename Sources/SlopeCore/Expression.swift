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
public enum Operation: UInt8, Sendable, CaseIterable {
  // MARK: Leaves (expression nodes only)
  /// A number; the node's `first` indexes ``Expression/constants``.
  case constant
  /// A variable; the node's `first` indexes ``Expression/variables``.
  case variable

  // MARK: Arithmetic
  /// a + b.
  case add
  /// a − b.
  case subtract
  /// a · b.
  case multiply
  /// a / b.
  case divide
  /// −a.
  case negate
  /// Real power a^b (`^`, `**`, `pow`).
  case power
  /// a^n for a whole number n stored in the instruction (only in compiled
  /// programs, where `x^2` becomes repeated multiplication).
  case integerPower

  // MARK: Functions of one argument
  /// The function `exp` of one argument.
  case exp
  /// The function `exp2` of one argument.
  case exp2
  /// The function `expm1` of one argument.
  case expm1
  /// The function `log` of one argument.
  case log
  /// The function `log2` of one argument.
  case log2
  /// The function `log10` of one argument.
  case log10
  /// The function `log1p` of one argument.
  case log1p
  /// The function `sqrt` of one argument.
  case sqrt
  /// The function `cbrt` of one argument.
  case cbrt
  /// The function `sin` of one argument.
  case sin
  /// The function `cos` of one argument.
  case cos
  /// The function `tan` of one argument.
  case tan
  /// The function `asin` of one argument.
  case asin
  /// The function `acos` of one argument.
  case acos
  /// The function `atan` of one argument.
  case atan
  /// The function `sinh` of one argument.
  case sinh
  /// The function `cosh` of one argument.
  case cosh
  /// The function `tanh` of one argument.
  case tanh
  /// The function `asinh` of one argument.
  case asinh
  /// The function `acosh` of one argument.
  case acosh
  /// The function `atanh` of one argument.
  case atanh
  /// The function `abs` of one argument.
  case abs
  /// The function `sigmoid` of one argument.
  case sigmoid
  /// The function `softplus` of one argument.
  case softplus
  /// The function `logsigmoid` of one argument.
  case logSigmoid
  /// The function `erf` of one argument.
  case erf
  /// The function `erfc` of one argument.
  case erfc

  // MARK: Functions of two arguments
  /// `atan2(y, x)`.
  case atan2
  /// `hypot(a, b)`.
  case hypot
  /// `min(a, b)`.
  case minimum
  /// `max(a, b)`.
  case maximum

  /// How many operands the operation takes: 0 for leaves, 1 or 2 otherwise
  /// (``integerPower`` takes one operand and a whole-number exponent).
  ///
  /// ```swift
  /// Operation.atan2.arity   // 2
  /// ```
  public var arity: Int {
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
public struct Node: Sendable, Equatable {
  /// What the node computes.
  public var operation: Operation
  /// The first operand's node index; for a leaf, the index into
  /// ``Expression/constants`` or ``Expression/variables``.
  public var first: Int32
  /// The second operand's node index (equal to `first` for unary nodes).
  public var second: Int32

  /// Creates a node.
  ///
  /// ```swift
  /// Node(operation: .negate, first: 0, second: 0)
  /// ```
  public init(operation: Operation, first: Int32, second: Int32) {
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
public struct Expression: Sendable, Equatable, CustomStringConvertible {
  /// The expression text as given.
  public var text: String
  /// Every node, children before parents; the last node is the root.
  public var nodes: [Node]
  /// The number literals and constants, indexed by constant nodes.
  public var constants: [Double]
  /// The variable names, in order of first appearance.
  public var variables: [String]

  /// The index of the root node.
  ///
  /// ```swift
  /// try Parser.parse("1 + 2").root   // 2
  /// ```
  public var root: Int { nodes.count - 1 }

  /// The expression fully parenthesised, so tests can see how it was read:
  /// `-x^2` prints as `-(x ^ 2)`.
  ///
  /// ```swift
  /// try Parser.parse("2^3^2").description   // "(2.0 ^ (3.0 ^ 2.0))"
  /// ```
  public var description: String {
    // Built bottom-up in node order: no recursion, whatever the depth.
    var texts: [String] = []
    texts.reserveCapacity(nodes.count)
    for node in nodes {
      let a = Int(node.first), b = Int(node.second)
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

// The names an expression may use: functions with their arity, and the
// constants. Looking a name up happens while parsing only; the compiled
// program holds operation codes, never names.

/// A function an expression can call.
///
/// ```swift
/// FunctionTable.function(named: "atan2")?.arity   // 2
/// ```
struct FunctionEntry: Sendable, Equatable {
  /// The name as written in an expression.
  ///
  /// ```swift
  /// FunctionTable.function(named: "ln")?.name   // "ln"
  /// ```
  let name: String
  /// The operation it compiles to.
  ///
  /// ```swift
  /// FunctionTable.function(named: "ln")?.operation   // .log
  /// ```
  let operation: Operation
  /// How many arguments it takes (1 or 2).
  ///
  /// ```swift
  /// FunctionTable.function(named: "hypot")?.arity   // 2
  /// ```
  let arity: Int
  /// The parameter list shown in help and arity errors, e.g. "(y, x)".
  ///
  /// ```swift
  /// FunctionTable.function(named: "atan2")?.parameters   // "(y, x)"
  /// ```
  let parameters: String
}

/// The functions and constants of the expression language, and the nearest
/// known name for a misspelt one.
///
/// ```swift
/// FunctionTable.function(named: "ln")?.operation   // .log
/// FunctionTable.suggestion(for: "sqr")             // "sqrt"
/// ```
enum FunctionTable {
  /// Every function, in the order `--help` lists them.
  ///
  /// ```swift
  /// FunctionTable.functions.first?.name   // "exp"
  /// ```
  static let functions: [FunctionEntry] = [
    unary("exp", .exp), unary("exp2", .exp2), unary("expm1", .expm1),
    unary("log", .log), unary("ln", .log), unary("log2", .log2), unary("log10", .log10), unary("log1p", .log1p),
    unary("sqrt", .sqrt), unary("cbrt", .cbrt),
    unary("sin", .sin), unary("cos", .cos), unary("tan", .tan),
    unary("asin", .asin), unary("acos", .acos), unary("atan", .atan),
    binary("atan2", .atan2, "(y, x)"),
    unary("sinh", .sinh), unary("cosh", .cosh), unary("tanh", .tanh),
    unary("asinh", .asinh), unary("acosh", .acosh), unary("atanh", .atanh),
    unary("abs", .abs), unary("sigmoid", .sigmoid), unary("softplus", .softplus), unary("logsigmoid", .logSigmoid),
    unary("erf", .erf), unary("erfc", .erfc),
    binary("pow", .power, "(a, b)"), binary("hypot", .hypot, "(a, b)"),
    binary("min", .minimum, "(a, b)"), binary("max", .maximum, "(a, b)"),
  ]

  /// The named constants and their values.
  ///
  /// ```swift
  /// FunctionTable.constants.map(\.name)   // ["pi", "e"]
  /// ```
  static let constants: [(name: String, value: Double)] = [
    ("pi", Double.pi),
    ("e", 2.718281828459045),
  ]

  /// Returns the function called `name`, if there is one.
  ///
  /// ```swift
  /// FunctionTable.function(named: "tanh")?.arity   // 1
  /// FunctionTable.function(named: "x")             // nil
  /// ```
  static func function(named name: String) -> FunctionEntry? {
    functions.first { $0.name == name }
  }

  /// Returns the value of the constant called `name`, if there is one.
  ///
  /// ```swift
  /// FunctionTable.constant(named: "pi")   // 3.141592653589793
  /// ```
  static func constant(named name: String) -> Double? {
    constants.first { $0.name == name }?.value
  }

  /// Returns the known function name nearest to `name`, or nil when none is
  /// close enough to be a plausible typo.
  ///
  /// ```swift
  /// FunctionTable.suggestion(for: "tnah")   // "tanh" (a swap counts as one edit)
  /// FunctionTable.suggestion(for: "foo")    // nil
  /// ```
  static func suggestion(for name: String) -> String? {
    nearest(to: name, among: functions.map(\.name))
  }
}

extension FunctionTable {
  fileprivate static func unary(_ name: String, _ operation: Operation) -> FunctionEntry {
    FunctionEntry(name: name, operation: operation, arity: 1, parameters: "(x)")
  }

  fileprivate static func binary(_ name: String, _ operation: Operation, _ parameters: String) -> FunctionEntry {
    FunctionEntry(name: name, operation: operation, arity: 2, parameters: parameters)
  }
}

/// Returns the candidate nearest to `word` by ``editDistance(_:_:)``, if it
/// is within about a third of the word's length (at least one edit). At equal
/// distance a candidate with exactly the word's letters wins (swapped letters
/// are the commonest slip: `tahn` means `tanh`, not `tan`), then the first
/// (`sine` means `sin`). A unique completion of `word` (three or more
/// characters) comes first: `--out` suggests `--output`.
///
/// ```swift
/// nearest(to: "sigmiod", among: ["sigmoid", "sin"])   // "sigmoid"
/// nearest(to: "tahn", among: ["tan", "tanh"])         // "tanh"
/// ```
func nearest(to word: String, among candidates: [String]) -> String? {
  // No known name is long; a huge unknown word gets no (quadratic) search.
  guard word.utf8.count <= 64 else { return nil }
  // A unique completion is the likeliest intent (--out for --output).
  if word.count >= 3 {
    let completions = candidates.filter { $0.hasPrefix(word) }
    if completions.count == 1 { return completions[0] }
  }
  // Case is ignored when measuring: LOG(x) means log.
  let characters = Array(word.lowercased())
  let allowed = max(1, (characters.count + 1) / 3)
  let letters = characters.sorted()
  var best: (name: String, distance: Int, isAnagram: Bool)?
  for candidate in candidates {
    let candidateCharacters = Array(candidate.lowercased())
    let distance = editDistance(characters, candidateCharacters)
    guard distance <= allowed else { continue }
    let isAnagram = candidateCharacters.sorted() == letters
    if let current = best,
      current.distance < distance || (current.distance == distance && (current.isAnagram || !isAnagram))
    {
      continue
    }
    best = (candidate, distance, isAnagram)
  }
  return best?.name
}

/// The number of single-character insertions, deletions, substitutions and
/// swaps of two neighbouring characters that turn `a` into `b` (the
/// optimal-string-alignment distance: a swap counts as one edit, not two).
///
/// ```swift
/// editDistance(Array("sin"), Array("sni"))   // 1
/// editDistance(Array("exp"), Array("expm1")) // 2
/// ```
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  // Three rolling rows: the swap rule looks two rows back.
  var previousPrevious = [Int](repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      var distance = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        distance = min(distance, previousPrevious[j - 2] + 1)
      }
      current[j] = distance
    }
    (previousPrevious, previous, current) = (previous, current, previousPrevious)
  }
  return previous[b.count]
}

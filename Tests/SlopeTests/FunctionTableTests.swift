import Testing

@testable import SlopeCore

@Suite("FunctionTable: names, arity, suggestions")
struct FunctionTableTests {
  @Test(
    "every function the issue lists is known with its arity",
    arguments: [
      ("exp", 1), ("log", 1), ("ln", 1), ("log2", 1), ("log10", 1), ("log1p", 1), ("expm1", 1), ("sqrt", 1),
      ("cbrt", 1),
      ("sin", 1), ("cos", 1), ("tan", 1), ("asin", 1), ("acos", 1), ("atan", 1), ("atan2", 2), ("sinh", 1), ("cosh", 1),
      ("tanh", 1), ("asinh", 1), ("acosh", 1), ("atanh", 1), ("abs", 1), ("sigmoid", 1), ("softplus", 1), ("erf", 1),
      ("erfc", 1), ("pow", 2), ("hypot", 2), ("min", 2), ("max", 2),
    ])
  func known(name: String, arity: Int) {
    #expect(FunctionTable.function(named: name)?.arity == arity)
  }

  @Test(
    "edit distance counts a swap of neighbours as one edit",
    arguments: [
      ("sin", "sin", 0), ("sin", "sni", 1), ("tanh", "tnah", 1), ("exp", "expm1", 2), ("", "abc", 3),
      ("kitten", "sitting", 3), ("ca", "abc", 3), ("abcd", "badc", 2),
    ])
  func distance(a: String, b: String, expected: Int) {
    #expect(editDistance(Array(a), Array(b)) == expected)
    #expect(editDistance(Array(b), Array(a)) == expected)
  }

  @Test(
    "suggestions pick the nearest name and refuse far ones",
    arguments: [
      ("sqr", "sqrt"), ("sigmiod", "sigmoid"), ("tahn", "tanh"), ("sine", "sin"), ("LOG", "log"), ("Tanh", "tanh"),
      ("arctan", "atan"), ("Sin", "sin"), ("atna2", "atan2"),
      ("hypt", "hypot"), ("foo", nil), ("x", nil), ("verylongunknownname", nil),
    ] as [(String, String?)])
  func suggestions(name: String, expected: String?) {
    #expect(FunctionTable.suggestion(for: name) == expected)
  }

  @Test("a huge unknown name gets no suggestion, quickly")
  func hugeName() {
    #expect(FunctionTable.suggestion(for: String(repeating: "s", count: 1_000_000)) == nil)
  }
}

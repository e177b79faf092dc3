extension Dual: CustomStringConvertible {
  /// The number as `value + derivativeε`; nested numbers nest in parentheses.
  ///
  /// ```swift
  /// Dual<Double>(3, derivative: -1).description                // "3.0 - 1.0ε"
  /// Dual<Dual<Double>>(Dual(1, derivative: 2), derivative: Dual(2)).description
  /// // "(1.0 + 2.0ε) + (2.0 + 0.0ε)ε"
  /// ```
  public var description: String {
    let wrap = { (part: T) -> String in T.self is any DualNumber.Type ? "(\(part))" : "\(part)" }
    if !(T.self is any DualNumber.Type), derivative < 0 {
      return "\(value) - \(-derivative)ε"
    }
    return "\(wrap(value)) + \(wrap(derivative))ε"
  }
}

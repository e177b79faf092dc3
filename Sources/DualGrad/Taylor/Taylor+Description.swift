// How a series prints.

extension Taylor: CustomStringConvertible {
  /// The series as a polynomial in t; nested numbers appear in parentheses.
  ///
  /// ```swift
  /// Taylor<Double>(coefficients: [1, -2, 0.5]).description   // "1.0 - 2.0t + 0.5t^2"
  /// ```
  public var description: String {
    let storage = coefficients
    var text = "\(storage[0])"
    for k in 1..<count {
      let power = k == 1 ? "t" : "t^\(k)"
      let part = "\(storage[k])"
      if part.contains(" ") {
        text += " + (\(part))\(power)"
      } else if part.hasPrefix("-") {
        text += " - \(part.dropFirst())\(power)"
      } else {
        text += " + \(part)\(power)"
      }
    }
    return text
  }
}

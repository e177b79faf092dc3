extension Dual: Codable where T: Codable {
  @usableFromInline
  enum CodingKeys: String, CodingKey {
    case value
    case derivative
  }

  /// Decodes `{"value": v, "derivative": d}`.
  ///
  /// ```swift
  /// try JSONDecoder().decode(Dual<Double>.self, from: Data(#"{"value":1,"derivative":2}"#.utf8))
  /// // 1.0 + 2.0ε
  /// ```
  @inlinable
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      try container.decode(T.self, forKey: .value),
      derivative: try container.decode(T.self, forKey: .derivative))
  }

  /// Encodes as `{"value": v, "derivative": d}`.
  ///
  /// ```swift
  /// String(decoding: try JSONEncoder().encode(Dual<Double>(1, derivative: 2)), as: UTF8.self)
  /// // {"value":1,"derivative":2}
  /// ```
  @inlinable
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value, forKey: .value)
    try container.encode(derivative, forKey: .derivative)
  }
}

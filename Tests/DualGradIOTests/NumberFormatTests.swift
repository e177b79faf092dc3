import DualGradTestSupport
import Testing

@testable import DualGradIO

@Suite("NumberFormat")
struct NumberFormatTests {
  struct Spelling: Sendable, CustomTestStringConvertible {
    var value: Double
    var csv: String
    var json: String
    var testDescription: String { csv }
  }

  static let spellings: [Spelling] = [
    Spelling(value: .nan, csv: "nan", json: "null"),
    Spelling(value: -.nan, csv: "nan", json: "null"),
    Spelling(value: .signalingNaN, csv: "nan", json: "null"),
    Spelling(value: .infinity, csv: "inf", json: "null"),
    Spelling(value: -.infinity, csv: "-inf", json: "null"),
    Spelling(value: -0.0, csv: "-0.0", json: "-0.0"),
    Spelling(value: 0.0, csv: "0.0", json: "0.0"),
    Spelling(value: 1e-300, csv: "1e-300", json: "1e-300"),
    Spelling(value: 1.0, csv: "1.0", json: "1.0"),
    Spelling(value: 0.1, csv: "0.1", json: "0.1"),
    Spelling(value: 0.419974341614026, csv: "0.419974341614026", json: "0.419974341614026"),
    Spelling(value: 1e16, csv: "1e+16", json: "1e+16"),
    Spelling(value: .leastNonzeroMagnitude, csv: "5e-324", json: "5e-324"),
    Spelling(value: -.leastNormalMagnitude, csv: "-2.2250738585072014e-308", json: "-2.2250738585072014e-308"),
    Spelling(value: .greatestFiniteMagnitude, csv: "1.7976931348623157e+308", json: "1.7976931348623157e+308"),
  ]

  @Test("string(_:) spells each value as documented", arguments: spellings)
  func stringSpelling(_ spelling: Spelling) {
    #expect(NumberFormat.csv.string(spelling.value) == spelling.csv)
    #expect(NumberFormat.json.string(spelling.value) == spelling.json)
  }

  @Test("append(_:to:) writes the same bytes as string(_:) and nothing else", arguments: spellings)
  func appendSpelling(_ spelling: Spelling) {
    for format in NumberFormat.allCases {
      var bytes: [UInt8] = Array("x=".utf8)
      format.append(spelling.value, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == "x=" + format.string(spelling.value))
    }
  }

  @Test("append(_:separatedBy:to:) writes each number as append(_:to:) does, separators only between them")
  func appendList() {
    let values: [Double] = [1.0, -.infinity, .nan, -2.2250738585072014e-308, 0.1, 1e23, 0]
    for format in NumberFormat.allCases {
      for count in 0...values.count {
        var bytes: [UInt8] = Array("row:".utf8)
        format.append(values.prefix(count), separatedBy: UInt8(ascii: ";"), to: &bytes)
        let expected = "row:" + values.prefix(count).map { format.string($0) }.joined(separator: ";")
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
      }
    }
  }

  @Test("CSV spellings of non-finite values parse back with Double(_:)")
  func nonFiniteParseBack() {
    #expect(Double(NumberFormat.csv.string(.infinity)) == .infinity)
    #expect(Double(NumberFormat.csv.string(-.infinity)) == -.infinity)
    #expect(Double(NumberFormat.csv.string(.nan))?.isNaN == true)
  }

  @Test("Random finite doubles round-trip bit for bit through both forms")
  func roundTripProperty() {
    let seed = UInt64.random(in: 0...UInt64.max)
    var generator = SeededGenerator(seed: seed)
    var bytes: [UInt8] = []
    var failures = 0
    for round in 0..<200_000 {
      // Half raw bit patterns (every exponent), half values of ordinary size.
      let value =
        round.isMultiple(of: 2)
        ? Double(bitPattern: generator.next())
        : Double.random(in: -1000...1000, using: &generator)
      guard value.isFinite else { continue }
      let text = NumberFormat.csv.string(value)
      bytes.removeAll(keepingCapacity: true)
      NumberFormat.json.append(value, to: &bytes)
      let parsed = Double(text)
      if parsed?.bitPattern != value.bitPattern || String(decoding: bytes, as: UTF8.self) != text {
        failures += 1
        if failures <= 3 {
          Issue.record("seed \(seed): \(value.bitPattern) printed as \(text), parsed as \(String(describing: parsed))")
        }
      }
    }
    #expect(failures == 0, "round trip failed \(failures) times; seed \(seed)")
  }

  @Test("write(_:into:) never needs more than maximumLength bytes")
  func maximumLengthBound() {
    let longest: [Double] = [
      -.leastNormalMagnitude, -Double.leastNormalMagnitude.nextDown, -1.2345678901234567e-300, -.infinity,
    ]
    for value in longest {
      var bytes: [UInt8] = []
      NumberFormat.csv.append(value, to: &bytes)
      #expect(bytes.count <= NumberFormat.maximumLength, "\(value)")
    }
  }
}

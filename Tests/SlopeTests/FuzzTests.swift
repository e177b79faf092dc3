// Property tests: random valid formulas, mutated ones and random bytes go
// through the parser; nothing may crash, every failure must be a SlopeError,
// and every valid formula's derivative must agree with a central finite
// difference wherever the function is smooth. Failures print the seed.

import DualGrad
import DualGradTestSupport
import Testing

@testable import SlopeCore

/// Builds random formulas from the whole language, with random spacing.
struct FormulaGenerator {
  var random: SeededGenerator

  mutating func chance(_ probability: Double) -> Bool {
    Double.random(in: 0..<1, using: &random) < probability
  }

  mutating func pick<T>(_ choices: [T]) -> T {
    choices[Int.random(in: 0..<choices.count, using: &random)]
  }

  mutating func space() -> String {
    chance(0.3) ? pick([" ", "  ", "\t", "\n"]) : ""
  }

  mutating func leaf() -> String {
    if chance(0.55) { return "x" }
    return pick(["1", "2", "3", "0.5", ".25", "1e-1", "2.5e0", "pi", "e", "10", "0.1"])
  }

  mutating func formula(depth: Int) -> String {
    if depth == 0 || chance(0.2) { return leaf() }
    let a = formula(depth: depth - 1)
    switch Int.random(in: 0..<10, using: &random) {
    case 0...3:
      let op = pick(["+", "-", "*", "/"])
      return "(" + space() + a + space() + op + space() + formula(depth: depth - 1) + space() + ")"
    case 4:
      return "(" + a + ")" + pick(["^", "**"]) + pick(["2", "3", "0", "-1", "0.5", "(1/3)"])
    case 5:
      return "-" + space() + "(" + a + ")"
    case 6:
      let function = pick(["atan2", "pow", "hypot", "min", "max"])
      let b = formula(depth: depth - 1)
      return function + "(" + a + "," + space() + b + ")"
    default:
      let function = pick(FunctionTable.functions.filter { $0.arity == 1 }.map(\.name))
      return function + "(" + space() + a + space() + ")"
    }
  }

  /// One to three random edits: delete, insert, replace, swap or duplicate.
  mutating func mutate(_ text: String) -> String {
    var characters = Array(text)
    let alphabet: [Character] = Array("()+-*/^,.e1x0 9\t\n€π\u{0}\u{7F}#sin") + ["**", "\u{1B}"].flatMap(Array.init)
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      let position = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &random)
      switch Int.random(in: 0..<5, using: &random) {
      case 0 where !characters.isEmpty: characters.remove(at: position)
      case 1: characters.insert(pick(alphabet), at: position)
      case 2 where !characters.isEmpty: characters[position] = pick(alphabet)
      case 3 where characters.count > position + 1: characters.swapAt(position, position + 1)
      default:
        let end = min(characters.count, position + Int.random(in: 1...8, using: &random))
        characters.insert(contentsOf: characters[position..<end], at: position)
      }
    }
    return String(characters)
  }
}

/// Parses and, if that succeeds, evaluates `text` at a few points; returns
/// a description of anything other than success or a SlopeError.
func exercise(_ text: String) -> String? {
  do {
    let program = try Program(compiling: Parser.parse(text))
    var dual = Evaluator<Dual<Double>>(program)
    for (index, _) in program.variables.enumerated() { dual.setVariable(index, to: Dual(0.5, derivative: 1)) }
    _ = dual.evaluate()
    return nil
  } catch is SlopeError {
    return nil
  } catch {
    return "threw a non-SlopeError: \(error)"
  }
}

@Suite("Fuzz: random, mutated and garbage expressions")
struct FuzzTests {
  @Test("random valid formulas: the derivative matches a central difference where smooth")
  func derivativesMatchFiniteDifferences() throws {
    let seed: UInt64 = 0x5EED_0001
    var generator = FormulaGenerator(random: SeededGenerator(seed: seed))
    var compared = 0
    let total = 1500
    for trial in 0..<total {
      let text = generator.formula(depth: 4)
      let program: Program
      do {
        program = try Program(compiling: Parser.parse(text))
      } catch {
        Issue.record("seed \(seed), trial \(trial): a valid formula failed to parse: \(text)\n\(error)")
        continue
      }
      var plain = Evaluator<Double>(program)
      var dual = Evaluator<Dual<Double>>(program)
      let x = Double.random(in: -2...2, using: &generator.random)
      let exact = dual(Dual(x, derivative: 1))
      guard exact.value.isFinite, exact.derivative.isFinite, abs(exact.value) < 1e6, abs(exact.derivative) < 1e6 else {
        continue
      }
      // Central differences at h and h/2 cancel to O(h²) accuracy; if they
      // disagree the function is not smooth here (a kink of abs/min/max, a
      // pole, a domain edge) and the point proves nothing.
      func central(_ h: Double) -> Double { (plain(x + h) - plain(x - h)) / (2 * h) }
      let h = 1e-4 * max(1, abs(x))
      let coarse = central(h)
      let fine = central(h / 2)
      let scale = max(1, abs(exact.value), abs(exact.derivative))
      guard coarse.isFinite, fine.isFinite, abs(coarse - fine) < 1e-5 * scale else { continue }
      compared += 1
      #expect(
        abs(fine - exact.derivative) < 1e-5 * scale,
        "seed \(seed), trial \(trial): f = \(text) at x = \(x): dual \(exact.derivative), difference \(fine)")
    }
    // The check must not be vacuous: most random formulas are smooth somewhere.
    #expect(compared > total / 2, "seed \(seed): only \(compared) of \(total) formulas were compared")
  }

  @Test("mutated formulas never crash and fail only with SlopeError")
  func mutations() {
    let seed: UInt64 = 0x5EED_0002
    var generator = FormulaGenerator(random: SeededGenerator(seed: seed))
    for trial in 0..<4000 {
      let text = generator.mutate(generator.formula(depth: 3))
      if let problem = exercise(text) {
        Issue.record("seed \(seed), trial \(trial): \(text.debugDescription): \(problem)")
      }
    }
  }

  @Test("random bytes never crash and fail only with SlopeError")
  func garbage() {
    let seed: UInt64 = 0x5EED_0003
    var random = SeededGenerator(seed: seed)
    for trial in 0..<2000 {
      let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
      let text = String(decoding: bytes, as: UTF8.self)
      if let problem = exercise(text) {
        Issue.record("seed \(seed), trial \(trial): \(bytes): \(problem)")
      }
      // Printable ASCII soup hits the grammar's corners more often.
      let soup = String(
        (0..<Int.random(in: 0...30, using: &random)).map { _ in
          Character(Unicode.Scalar(UInt8.random(in: 32...126, using: &random)))
        })
      if let problem = exercise(soup) {
        Issue.record("seed \(seed), trial \(trial): \(soup.debugDescription): \(problem)")
      }
    }
  }

  @Test("error messages for mutated formulas always carry a caret line")
  func messages() {
    let seed: UInt64 = 0x5EED_0004
    var generator = FormulaGenerator(random: SeededGenerator(seed: seed))
    for trial in 0..<1000 {
      let text = generator.mutate(generator.formula(depth: 2))
      do {
        _ = try Parser.parse(text)
      } catch let error as SlopeError {
        if case .syntax = error {
          #expect(error.description.hasSuffix("^"), "seed \(seed), trial \(trial): \(error.description)")
        }
      } catch {
        Issue.record("seed \(seed), trial \(trial): \(error)")
      }
    }
  }
}

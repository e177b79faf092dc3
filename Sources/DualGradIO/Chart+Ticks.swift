#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Chart {
  /// Returns evenly spaced "nice" tick values covering `lower...upper`: the
  /// spacing is 1, 2 or 5 times a power of ten, and the first and last tick
  /// lie on or just outside the bounds.
  ///
  /// ```swift
  /// Chart.niceTicks(from: -7, to: 7)          // [-8.0, -6.0, -4.0, …, 6.0, 8.0]
  /// Chart.niceTicks(from: 0, to: 1)           // [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
  /// Chart.niceTicks(from: 0.31, to: 0.69)     // [0.3, 0.35, 0.4, …, 0.65, 0.7]
  /// ```
  ///
  /// Tick values are computed as integer multiples in decimal, so they print
  /// as `0.3`, never `0.30000000000000004`.
  ///
  /// - Parameters:
  ///   - lower: The smallest value to cover.
  ///   - upper: The largest value to cover; if equal to `lower`, a unit
  ///     range around it is used.
  ///   - targetCount: About how many intervals to aim for; at least 1.
  /// - Returns: At least two increasing tick values, or `[]` if a bound is not finite.
  public static func niceTicks(from lower: Double, to upper: Double, targetCount: Int = 6) -> [Double] {
    guard let scale = TickScale(lower: lower, upper: upper, targetCount: targetCount) else { return [] }
    return scale.ticks
  }
}

/// Tick positions of one axis: integer multiples of `mantissa × 10^exponent`.
internal struct TickScale {
  var mantissa: Int
  var exponent: Int
  var firstIndex: Int
  var lastIndex: Int

  init?(lower: Double, upper: Double, targetCount: Int) {
    guard lower.isFinite, upper.isFinite else { return nil }
    var lower = Swift.min(lower, upper)
    var upper = Swift.max(lower, upper)
    if upper - lower < Swift.max(abs(lower), abs(upper)) * 1e-12 || upper == lower {
      // A flat range has no scale of its own; give it one around the value.
      let half = lower == 0 ? 1 : abs(lower) * 0.5
      lower -= half
      upper += half
    }
    let span = upper - lower
    // Beyond 1e15 steps the tick indices would not fit comfortably in an Int.
    guard span.isFinite, span > 0, Swift.max(abs(lower), abs(upper)) / span < 1e14 else { return nil }

    let rawStep = span / Double(Swift.max(1, targetCount))
    var exponent = Int(floor(log10(rawStep)))
    let fraction = rawStep / pow(10, Double(exponent))
    // Round the step to 1, 2, 5 or 10: each threshold is the geometric mean
    // of its neighbours, so the chosen step is the nearest on a log scale.
    let mantissa: Int
    switch fraction {
    case ..<2.squareRoot(): mantissa = 1
    case ..<10.squareRoot(): mantissa = 2
    case ..<50.squareRoot(): mantissa = 5
    default:
      mantissa = 1
      exponent += 1
    }
    self.mantissa = mantissa
    self.exponent = exponent
    let step = Double(mantissa) * pow(10, Double(exponent))
    self.firstIndex = Self.index(lower / step, rounding: .down)
    self.lastIndex = Swift.max(Self.index(upper / step, rounding: .up), firstIndex + 1)
  }

  /// `quotient` rounded to an integer, except that a value within rounding
  /// error of an integer counts as that integer, so a bound that is already
  /// a tick is not pushed one step outward.
  private static func index(_ quotient: Double, rounding rule: FloatingPointRoundingRule) -> Int {
    let nearest = quotient.rounded()
    if abs(quotient - nearest) <= 1e-9 * Swift.max(1, abs(quotient)) { return Int(nearest) }
    return Int(quotient.rounded(rule))
  }

  /// The value of tick `index`, rounded as the decimal it stands for.
  func value(at index: Int) -> Double {
    let multiple = Double(index * mantissa)
    // Dividing an exact integer by an exact power of ten rounds once, to
    // the Double nearest the decimal; multiplying by 0.1 would round twice.
    if exponent < 0 { return multiple / pow(10, Double(-exponent)) }
    return multiple * pow(10, Double(exponent))
  }

  var ticks: [Double] { (firstIndex...lastIndex).map(value(at:)) }
  var lowerBound: Double { value(at: firstIndex) }
  var upperBound: Double { value(at: lastIndex) }
}

/// The label for a tick value: shortest decimal digits, without a trailing ".0".
///
/// ```swift
/// tickLabel(3.0)     // "3"
/// tickLabel(0.3)     // "0.3"
/// tickLabel(2e20)    // "2e+20"
/// ```
internal func tickLabel(_ value: Double) -> String {
  let text = value == 0 ? "0" : value.description
  return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
}

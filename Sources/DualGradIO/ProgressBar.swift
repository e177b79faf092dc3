#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar for long training loops, drawn on standard error
/// only when that is a terminal.
///
/// ```swift
/// var progress = ProgressBar(total: 200_000, valueName: "loss")
/// for epoch in 1...200_000 {
///   let loss = step()
///   progress.update(completed: epoch, value: loss)
/// }
/// progress.finish()
/// // epoch 200000/200000 [████████████████████████] 100%  2273 epoch/s  loss 0.3157
/// ```
///
/// Calling ``update(completed:value:)`` every iteration is cheap: when the
/// output is not a terminal it returns at once, and otherwise it redraws at
/// most ten times a second. Redirected output (logs, CI, pipes) stays clean.
///
/// The bar owns its line until ``finish()``: call ``clear()`` before printing
/// anything else, so a report line never starts on the bar's line; the next
/// update draws the bar again below it.
///
/// ```swift
/// progress.clear()
/// print("epoch 10000  loss 0.5850")   // a line of its own; the bar follows on the next update
/// ```
public struct ProgressBar {
  /// The number of steps that make 100 %.
  public let total: Int

  /// The word for one step, e.g. "epoch".
  public let unit: String

  /// The name shown before the current value, e.g. "loss"; empty hides the value.
  public let valueName: String

  private let isTerminal: Bool
  private let sink: (String) -> Void
  private let clock: () -> Double
  private let startTime: Double
  private var lastDrawTime = -Double.infinity
  private var lastDrawnLength = 0
  private var completed = 0
  private var value: Double?
  private var isFinished = false

  /// Creates a progress bar that draws on standard error when it is a terminal.
  ///
  /// ```swift
  /// var progress = ProgressBar(total: 2000, unit: "epoch", valueName: "loss")
  /// ```
  ///
  /// - Parameters:
  ///   - total: The number of steps; at least 1 is shown.
  ///   - unit: The word for one step.
  ///   - valueName: The label of the value passed to ``update(completed:value:)``.
  public init(total: Int, unit: String = "epoch", valueName: String = "loss") {
    self.init(
      total: total, unit: unit, valueName: valueName,
      isTerminal: isatty(2) == 1,
      output: { text in
        var text = text
        text.withUTF8 { bytes in
          guard let base = bytes.baseAddress else { return }
          var start = 0
          // Best effort: a progress bar must never fail the computation.
          while start < bytes.count {
            let written = write(2, base + start, bytes.count - start)
            if written < 0 { if errno == EINTR { continue } else { return } }
            start += written
          }
        }
      },
      clock: monotonicSeconds)
  }

  /// Creates a progress bar with an explicit destination, for tests or for
  /// drawing somewhere other than standard error.
  ///
  /// ```swift
  /// var drawn = ""
  /// var progress = ProgressBar(total: 10, isTerminal: true, output: { drawn += $0 })
  /// progress.update(completed: 1, value: 0.5)   // drawn starts with "\r"
  /// ```
  ///
  /// - Parameters:
  ///   - total: The number of steps; at least 1 is shown.
  ///   - unit: The word for one step.
  ///   - valueName: The label of the value passed to ``update(completed:value:)``.
  ///   - isTerminal: Whether to draw at all; `false` makes every call do nothing.
  ///   - output: Receives each redraw, starting with a carriage return.
  ///   - clock: Seconds from any fixed origin, never decreasing; the default
  ///     is the system's monotonic clock.
  public init(
    total: Int,
    unit: String = "epoch",
    valueName: String = "loss",
    isTerminal: Bool,
    output: @escaping (String) -> Void,
    clock: @escaping () -> Double = monotonicSeconds
  ) {
    self.total = max(total, 1)
    self.unit = unit
    self.valueName = valueName
    self.isTerminal = isTerminal
    self.sink = output
    self.clock = clock
    self.startTime = isTerminal ? clock() : 0
  }

  /// Records progress and redraws if a tenth of a second has passed since
  /// the last drawing.
  ///
  /// ```swift
  /// progress.update(completed: epoch, value: loss)
  /// ```
  ///
  /// - Parameters:
  ///   - completed: Steps done so far, from 0 to ``total``.
  ///   - value: The current value to show (e.g. the loss), or `nil` for none;
  ///     NaN shows as `nan`, so a diverging run is visible.
  public mutating func update(completed: Int, value: Double? = nil) {
    guard isTerminal, !isFinished else { return }
    self.completed = completed
    self.value = value
    // Reading the monotonic clock costs tens of nanoseconds (no system
    // call on Linux), negligible next to one epoch of training.
    let now = clock()
    guard now - lastDrawTime >= 0.1 else { return }
    draw(at: now)
  }

  /// Erases the bar's line and puts the cursor at its start, so whatever is
  /// printed next begins a clean line; the next ``update(completed:value:)``
  /// draws the bar again at once.
  ///
  /// ```swift
  /// progress.clear()
  /// print("epoch \(epoch)  loss \(loss)")
  /// ```
  public mutating func clear() {
    guard isTerminal, !isFinished, lastDrawnLength > 0 else { return }
    sink("\r" + String(repeating: " ", count: lastDrawnLength) + "\r")
    lastDrawnLength = 0
    // Redraw at the next update, whatever the time since the last drawing.
    lastDrawTime = -Double.infinity
  }

  /// Draws the final state and ends the line; later calls do nothing.
  ///
  /// ```swift
  /// progress.finish()   // the cursor moves to a fresh line
  /// ```
  public mutating func finish() {
    guard isTerminal, !isFinished else { return }
    draw(at: clock())
    sink("\n")
    isFinished = true
  }

  private mutating func draw(at now: Double) {
    lastDrawTime = now
    let line = ProgressBar.line(
      completed: completed, total: total, unit: unit, elapsed: now - startTime,
      valueName: valueName, value: value)
    // Pad over the remains of a longer previous line instead of relying on
    // an escape sequence that not every terminal emulator honours.
    let padding = max(0, lastDrawnLength - line.count)
    lastDrawnLength = line.count
    sink("\r" + line + String(repeating: " ", count: padding))
  }

  /// The text of one drawing, without the leading carriage return.
  internal static func line(
    completed: Int, total: Int, unit: String, elapsed: Double, valueName: String, value: Double?
  ) -> String {
    let done = min(max(completed, 0), total)
    let fraction = Double(done) / Double(total)
    let barWidth = 24
    let filled = Int(fraction * Double(barWidth))
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: barWidth - filled)
    let percent = Int(fraction * 100)
    var text = "\(unit) \(done)/\(total) [\(bar)] \(percent)%"
    if elapsed > 0, done > 0 {
      text += "  \(rate(Double(done) / elapsed)) \(unit)/s"
    }
    if !valueName.isEmpty, let value {
      text += "  \(valueName) \(compact(value))"
    }
    return text
  }

  /// Whole steps per second when fast, one decimal when slow: a rate needs
  /// no more precision than the eye can follow.
  private static func rate(_ value: Double) -> String {
    guard value.isFinite else { return NumberFormat.csv.string(value) }
    if value >= 100 { return String(Int(value.rounded())) }
    return NumberFormat.csv.string((value * 10).rounded() / 10)
  }

  /// About six significant digits, enough to watch a loss go down without
  /// the line jumping in width at every redraw.
  private static func compact(_ value: Double) -> String {
    return NumberFormat.csv.string(value.rounded(toSignificantDigits: 6))
  }
}

/// Seconds on the system's monotonic clock, which never jumps when the wall
/// clock is adjusted.
///
/// ```swift
/// let start = monotonicSeconds()
/// let elapsed = monotonicSeconds() - start   // ≥ 0
/// ```
public func monotonicSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

extension Double {
  /// The value rounded to `digits` significant decimal digits.
  internal func rounded(toSignificantDigits digits: Int) -> Double {
    guard isFinite, self != 0 else { return self }
    let magnitude = Int(floor(log10(abs(self))))
    let scale = pow(10, Double(digits - 1 - magnitude))
    // Dividing by the exact power rounds once; it matters for small values.
    if scale >= 1 { return (self * scale).rounded() / scale }
    let inverse = pow(10, Double(magnitude - digits + 1))
    return (self / inverse).rounded() * inverse
  }
}

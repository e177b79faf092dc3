import Foundation
import Testing

@testable import DualGradIO

/// Collects what a progress bar draws; a class so the output closure can append to it.
final class Recorder {
  var writes: [String] = []
  var text: String { writes.joined() }
}

/// A clock the test moves by hand.
final class ManualClock {
  var now = 100.0
}

@Suite("ProgressBar")
struct ProgressBarTests {
  @Test("Nothing is written when the output is not a terminal")
  func silentWhenNotTerminal() {
    let recorder = Recorder()
    var progress = ProgressBar(total: 10, isTerminal: false, output: { recorder.writes.append($0) })
    for epoch in 1...10 { progress.update(completed: epoch, value: 0.5) }
    progress.finish()
    #expect(recorder.writes.isEmpty)
  }

  @Test("On a terminal it redraws with a carriage return at most ten times a second and ends with a newline")
  func throttledRedraws() {
    let recorder = Recorder()
    let clock = ManualClock()
    var progress = ProgressBar(
      total: 1000, isTerminal: true, output: { recorder.writes.append($0) }, clock: { clock.now })
    for epoch in 1...1000 {
      clock.now += 0.001  // one millisecond per epoch: 1 s in all
      progress.update(completed: epoch, value: 1 / Double(epoch))
    }
    // The first update draws, then one redraw per 100 ms.
    #expect(recorder.writes.count >= 9 && recorder.writes.count <= 11)
    #expect(recorder.writes.allSatisfy { $0.hasPrefix("\r") })
    progress.finish()
    #expect(recorder.writes.last == "\n")
    let final = recorder.writes[recorder.writes.count - 2]
    #expect(final.contains("epoch 1000/1000"))
    #expect(final.contains("100%"))
    #expect(final.contains("1000 epoch/s"))
    #expect(final.contains("loss 0.001"))
    progress.update(completed: 1000, value: 0)
    progress.finish()
    #expect(recorder.writes.last == "\n" && recorder.writes.filter { $0 == "\n" }.count == 1)
  }

  @Test("A shorter line is padded over the previous longer one")
  func padding() {
    let recorder = Recorder()
    let clock = ManualClock()
    var progress = ProgressBar(
      total: 10, isTerminal: true, output: { recorder.writes.append($0) }, clock: { clock.now })
    clock.now += 1
    progress.update(completed: 1, value: 123456.789)
    clock.now += 1
    progress.update(completed: 2, value: 1)
    #expect(recorder.writes.count == 2)
    #expect(recorder.writes[1].count >= recorder.writes[0].count)
  }

  @Test("The line shows counts, percentage, rate and the value to six significant digits")
  func lineContents() {
    let line = ProgressBar.line(
      completed: 50, total: 200, unit: "epoch", elapsed: 2, valueName: "loss", value: 0.31571234)
    #expect(line.hasPrefix("epoch 50/200 ["))
    #expect(line.contains("25%"))
    #expect(line.contains("25.0 epoch/s"))
    #expect(line.hasSuffix("loss 0.315712"))
    let noValue = ProgressBar.line(
      completed: 0, total: 5, unit: "step", elapsed: 0, valueName: "loss", value: nil)
    #expect(noValue == "step 0/5 [························] 0%")
  }
}

/// What a terminal shows after some output: a carriage return moves to the
/// start of the line, later characters overwrite earlier ones, a newline
/// starts a new line.
func terminalLines(_ text: String) -> [String] {
  var lines: [[Character]] = [[]]
  var column = 0
  for character in text {
    switch character {
    case "\r": column = 0
    case "\n":
      lines.append([])
      column = 0
    default:
      if column < lines[lines.count - 1].count {
        lines[lines.count - 1][column] = character
      } else {
        lines[lines.count - 1].append(character)
      }
      column += 1
    }
  }
  return lines.map { String($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
}

@Suite("ProgressBar beside other output")
struct ProgressBarSharingTests {
  @Test("a line printed after clear() starts a clean line, and the bar is redrawn below it at the next update")
  func reportLinesDoNotShareTheBarsLine() {
    let terminal = Recorder()
    let clock = ManualClock()
    var progress = ProgressBar(
      total: 100, isTerminal: true, output: { terminal.writes.append($0) }, clock: { clock.now })
    for epoch in 1...100 {
      clock.now += 0.05
      if epoch % 25 == 0 {
        progress.clear()
        terminal.writes.append("epoch \(epoch)  loss 0.5850\n")  // what print() puts on the same terminal
      }
      progress.update(completed: epoch, value: 0.5)
    }
    progress.finish()
    let lines = terminalLines(terminal.text).filter { !$0.isEmpty }
    let reports = lines.filter { $0.contains("loss 0.5850") }
    #expect(
      reports == ["epoch 25  loss 0.5850", "epoch 50  loss 0.5850", "epoch 75  loss 0.5850", "epoch 100  loss 0.5850"])
    #expect(lines.last?.hasPrefix("epoch 100/100 [") == true, "\(lines)")
    // Each report took the bar's line; the one bar left is the last.
    #expect(lines.filter { $0.contains("/100 [") }.count == 1, "\(lines)")
    // Right after each report the bar is drawn again, without waiting 0.1 s.
    for (index, write) in terminal.writes.enumerated() where write.contains("loss 0.5850") {
      #expect(terminal.writes[index + 1].hasPrefix("\r") && terminal.writes[index + 1].contains("/100 ["))
    }
  }

  @Test("clear() does nothing when nothing was drawn or output is not a terminal")
  func clearWithoutBar() {
    let terminal = Recorder()
    var silent = ProgressBar(total: 10, isTerminal: false, output: { terminal.writes.append($0) })
    silent.update(completed: 1)
    silent.clear()
    var fresh = ProgressBar(total: 10, isTerminal: true, output: { terminal.writes.append($0) })
    fresh.clear()
    #expect(terminal.writes.isEmpty)
  }
}

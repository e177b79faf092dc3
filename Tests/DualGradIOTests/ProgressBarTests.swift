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
      clock.now += 0.001   // one millisecond per epoch: 1 s in all
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

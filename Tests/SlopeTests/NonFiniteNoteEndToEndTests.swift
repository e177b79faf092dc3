// A non-finite answer at a point is still printed (nan, inf) with exit
// status 0, and one line on standard error says why.

import Foundation
import Testing

@Suite("slope end to end: why an answer is not finite")
struct NonFiniteNoteEndToEndTests {
  @Test(
    "the answer is printed, the exit status is 0, and one note line says why",
    arguments: [
      (
        ["sin(x)/x", "--at", "0"], "nan\n",
        "the result at x = 0.0 is nan: the formula divides 0 by 0 there, a removable singularity if the limit exists (try a point nearby)"
      ),
      (["sqrt(x)", "--at", "-1"], "nan\n", "the result at x = -1.0 is nan: sqrt(-1.0) is outside the domain of sqrt"),
      (["x^0.5", "--at", "-2"], "nan\n", "the result at x = -2.0 is nan: (-2.0)^0.5 is outside the domain of ^"),
      (
        ["exp(x)", "--at", "1000"], "inf\n",
        "the result at x = 1000.0 is inf: exp(1000.0) overflows (beyond the largest double, about 1.8e308)"
      ),
      (["1/x", "--at", "0"], "-inf\n", "the result at x = 0.0 is -inf: the formula divides 1.0 by 0 there (a pole)"),
      (
        ["sqrt(x)", "--at", "0"], "inf\n",
        "the result at x = 0.0 is inf: the slope of sqrt(0.0) is inf (a vertical tangent)"
      ),
      (
        ["x*y/(x-y)", "--at", "x=1,y=1"], "x: -inf\ny: inf\n",
        "the result at x = 1.0, y = 1.0 is -inf: the formula divides 1.0 by 0 there (a pole)"
      ),
    ])
  func note(arguments: [String], output: String, note: String) throws {
    let run = try slopeToPipe(arguments)
    #expect(run.status == 0)
    #expect(run.output == output)
    #expect(run.error == "slope: note: \(note)\n")
  }

  @Test("a finite answer, and a range with non-finite rows, print no note")
  func noNote() throws {
    #expect(try slopeToPipe(["sin(x)/x", "--at", "1e-8"]).error == "")
    #expect(try slopeToPipe(["log(x)", "--from", "-1", "--to", "1", "--count", "3"]).error == "")
    // JSON prints the value too: a finite derivative with a non-finite value still gets its note.
    let json = try slopeToPipe(["sqrt(x)", "--at", "-1", "--format", "json"])
    #expect(json.status == 0 && json.error.hasPrefix("slope: note: the result at x = -1.0 is nan"))
  }
}

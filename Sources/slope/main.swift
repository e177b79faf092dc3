// `slope`: all the work is in SlopeCore; this file maps errors to messages and
// exit statuses (2 for usage, expression and argument errors, 1 for I/O).

import DualGradIO
import SlopeCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

let output = OutputWriter.standardOutput()
do {
  try Slope.run(Array(CommandLine.arguments.dropFirst()), output: output)
} catch {
  let message = "slope: error: \((error as? SlopeError)?.description ?? "\(error)")\n"
  let standardError = OutputWriter(fileDescriptor: 2, path: "standard error")
  try? standardError.write(message)
  try? standardError.flush()
  exit((error as? SlopeError)?.exitStatus ?? 1)
}

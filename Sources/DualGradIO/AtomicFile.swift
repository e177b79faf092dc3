#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import struct Foundation.Data

/// Calls `body` with a writer to a new temporary file beside `path`, then
/// renames it onto `path`; returns what `body` returns.
///
/// Readers of `path` see either the old file or the complete new one, never
/// a half-written one. If anything fails — `body` throws, the disk fills,
/// the rename is refused — the temporary file is removed and an existing
/// file at `path` is left byte for byte as it was.
///
/// ```swift
/// let rows = try withAtomicFile(at: "out.csv") { out in
///   try out.write("x,y\n0.5,1.0\n")
///   return 1
/// }   // rows == 1, and out.csv holds both lines
/// ```
///
/// The new file gets the permissions of the file it replaces, or the usual
/// `0666` less the umask. A symbolic link at `path` is followed: the file it
/// names is replaced and the link stays. A device, FIFO or socket at `path`
/// (`/dev/stdout`, `/dev/null`, a named pipe) cannot be replaced and must not
/// be, so it is written to directly, as a shell redirection would.
///
/// - Parameters:
///   - path: The file to create or replace. Its directory must exist.
///   - body: Writes the content; the writer is closed once `body` returns
///     and must not be used afterwards.
/// - Returns: The value `body` returns.
/// - Throws: Whatever `body` throws, unchanged; otherwise an ``OutputError``
///   naming `path` (``OutputError/cannotCreateTemporaryFile(directory:path:reason:)``,
///   ``OutputError/writeFailed(path:reason:)`` or ``OutputError/cannotReplace(path:reason:)``).
public func withAtomicFile<Result>(
  at path: String,
  _ body: (OutputWriter) throws -> Result
) throws -> Result {
  var status = stat()
  if lstat(path, &status) == 0 {
    switch status.st_mode & S_IFMT {
    case S_IFLNK:
      if let resolved = realpath(path, nil) {
        defer { free(resolved) }
        return try withAtomicFile(at: String(cString: resolved), body)
      }
    case S_IFREG, S_IFDIR:
      break
    default:
      return try withDirectFile(at: path, body)
    }
  }
  let directory = directoryName(of: path)
  let (descriptor, temporaryPath) = try createTemporaryFile(beside: path, in: directory)
  let writer = OutputWriter(owning: descriptor, path: temporaryPath)
  do {
    copyPermissions(from: path, to: descriptor)
    let result = try body(writer)
    try writer.synchronize()
    try writer.close()
    if rename(temporaryPath, path) != 0 {
      throw OutputError.cannotReplace(path: path, reason: errnoText(errno))
    }
    return result
  } catch {
    writer.discard()
    unlink(temporaryPath)
    // The writer names the temporary file, which is gone now; the user
    // wants to hear about the file they asked for.
    if case let OutputError.writeFailed(_, reason) = error {
      throw OutputError.writeFailed(path: path, reason: reason)
    }
    throw error
  }
}

/// Writes straight into an existing special file (a device or a FIFO).
private func withDirectFile<Result>(at path: String, _ body: (OutputWriter) throws -> Result) throws -> Result {
  let descriptor = open(path, O_WRONLY | O_CLOEXEC)
  guard descriptor >= 0 else { throw OutputError.cannotOpen(path: path, reason: errnoText(errno)) }
  let writer = OutputWriter(owning: descriptor, path: path)
  do {
    let result = try body(writer)
    try writer.close()
    return result
  } catch {
    writer.discard()
    throw error
  }
}

/// Replaces the file at `path` with `text` (UTF-8) in one atomic step.
///
/// ```swift
/// try writeAtomically("{\"loss\": 0.3157}\n", to: "result.json")
/// ```
///
/// - Parameters:
///   - text: The whole new content.
///   - path: The file to create or replace; its directory must exist.
/// - Throws: An ``OutputError`` naming `path`; an existing file is then untouched.
public func writeAtomically(_ text: String, to path: String) throws {
  try withAtomicFile(at: path) { try $0.write(text) }
}

/// Replaces the file at `path` with `data` in one atomic step.
///
/// ```swift
/// try writeAtomically(Data([0x31, 0x0A]), to: "one.txt")   // one.txt holds "1\n"
/// ```
///
/// - Parameters:
///   - data: The whole new content.
///   - path: The file to create or replace; its directory must exist.
/// - Throws: An ``OutputError`` naming `path`; an existing file is then untouched.
public func writeAtomically(_ data: Data, to path: String) throws {
  try withAtomicFile(at: path) { writer in
    try data.withUnsafeBytes { try writer.write(bytes: $0) }
  }
}

/// The directory part of `path`: "." for a bare name, "/" for a file in the root.
internal func directoryName(of path: String) -> String {
  guard let slash = path.lastIndex(of: "/") else { return "." }
  let directory = path[..<slash]
  return directory.isEmpty ? "/" : String(directory)
}

/// Opens a new, exclusive file named `.<name>.<random>.tmp` in `directory`.
///
/// The temporary file must live in the target's directory: rename is only
/// atomic within one file system.
private func createTemporaryFile(
  beside path: String,
  in directory: String
) throws -> (descriptor: Int32, path: String) {
  let baseName = path.split(separator: "/").last.map(String.init) ?? "output"
  var lastError: Int32 = 0
  // O_EXCL makes a clash with another writer fail instead of sharing a
  // file; a few fresh random names make a second clash vanishingly rare.
  for _ in 0..<8 {
    let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    let temporaryPath = directory + "/." + baseName + "." + suffix + ".tmp"
    let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    if descriptor >= 0 { return (descriptor, temporaryPath) }
    lastError = errno
    if lastError != EEXIST { break }
  }
  throw OutputError.cannotCreateTemporaryFile(
    directory: directory, path: path, reason: errnoText(lastError))
}

/// Gives the new file the mode of the one it replaces, so an atomic rewrite
/// of a shared or executable file does not quietly change who may use it.
private func copyPermissions(from path: String, to descriptor: Int32) {
  var status = stat()
  guard stat(path, &status) == 0 else { return }
  _ = fchmod(descriptor, status.st_mode & 0o7777)
}

import struct Foundation.Data

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
/// Only regular files are replaced: a new file, an existing one, or either
/// reached through symbolic links (the file the last link names is written,
/// created if missing, and the links stay). Everything else is written
/// straight through, as a shell redirection would, because replacing it
/// would destroy it:
/// - a descriptor link of this process (`/dev/stdout`, `/dev/stderr`,
///   `/dev/fd/N`, `/proc/self/fd/N`) writes to a duplicate of that
///   descriptor, so a pipe, a terminal, process substitution or a file
///   opened for appending gets the bytes where the descriptor points;
/// - a character or block device, a FIFO or a Unix socket is opened
///   (a socket connected) and written.
///
/// A directory, a link loop or a link into a missing directory is an error
/// and nothing is created.
///
/// The new file gets the permissions of the file it replaces, or the usual
/// `0666` less the umask.
///
/// - Parameters:
///   - path: The file to create or replace. Its directory must exist.
///   - body: Writes the content; the writer is closed once `body` returns
///     and must not be used afterwards.
/// - Returns: The value `body` returns.
/// - Throws: Whatever `body` throws, unchanged; otherwise an ``OutputError``
///   naming `path` (``OutputError/cannotOpen(path:reason:)``,
///   ``OutputError/cannotCreateTemporaryFile(directory:path:reason:)``,
///   ``OutputError/writeFailed(path:reason:)`` or ``OutputError/cannotReplace(path:reason:)``).
public func withAtomicFile<Result>(
  at path: String,
  _ body: (OutputWriter) throws -> Result
) throws -> Result {
  switch try OutputDestination(resolving: path) {
  case let .descriptor(number):
    let descriptor = fcntl(number, F_DUPFD_CLOEXEC, 0)
    guard descriptor >= 0 else { throw OutputError.cannotOpen(path: path, reason: errnoText(errno)) }
    return try withDirectWriter(OutputWriter(owning: descriptor, path: path), body)
  case let .specialFile(target):
    let descriptor = open(target, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw OutputError.cannotOpen(path: path, reason: errnoText(errno)) }
    return try withDirectWriter(OutputWriter(owning: descriptor, path: path), body)
  case let .socket(target):
    let descriptor = try connectedSocket(at: target, named: path)
    return try withDirectWriter(OutputWriter(owning: descriptor, path: path), body)
  case let .regularFile(target):
    return try withReplacedFile(at: target, named: path, body)
  }
}

/// Where the bytes for a path go, once symbolic links have been followed.
internal enum OutputDestination: Equatable {
  /// A descriptor link of this process (`/dev/stdout`, `/proc/self/fd/1`):
  /// the descriptor itself is written.
  case descriptor(Int32)
  /// A device or FIFO, written in place.
  case specialFile(String)
  /// A Unix socket, connected to and written.
  case socket(String)
  /// A regular file, existing or not: replaced atomically at this path,
  /// the end of any chain of links.
  case regularFile(String)

  /// The Linux limit on links followed in one lookup; more means a loop.
  static let maximumLinks = 40

  /// Follows `path` through symbolic links, one at a time, to what it names.
  ///
  /// `realpath` cannot do this: a descriptor link to a pipe (`/dev/stdout`
  /// when standard output is a pipe) points at `pipe:[1234]`, no path at
  /// all, and a link to a file that does not exist yet has no real path.
  init(resolving path: String) throws {
    var current = path
    for _ in 0...Self.maximumLinks {
      if let link = DescriptorLink(current) {
        // Another process's descriptor can only be reached by opening it.
        self = link.isOwn ? .descriptor(link.number) : .specialFile(current)
        return
      }
      var status = stat()
      guard lstat(current, &status) == 0 else {
        let code = errno
        // Nothing there yet: a new file; whether its directory exists shows
        // when the temporary file is created.
        guard code == ENOENT else { throw OutputError.cannotOpen(path: path, reason: errnoText(code)) }
        self = .regularFile(current)
        return
      }
      switch status.st_mode & S_IFMT {
      case S_IFREG:
        self = .regularFile(current)
        return
      case S_IFDIR:
        throw OutputError.cannotOpen(path: path, reason: errnoText(EISDIR))
      case S_IFSOCK:
        self = .socket(current)
        return
      case S_IFLNK:
        guard let target = linkTarget(current) else {
          throw OutputError.cannotOpen(path: path, reason: errnoText(errno))
        }
        // A relative target is relative to the link's own directory.
        current = target.hasPrefix("/") ? target : directoryName(of: current) + "/" + target
      default:
        self = .specialFile(current)
        return
      }
    }
    throw OutputError.cannotOpen(path: path, reason: errnoText(ELOOP))
  }
}

/// A path naming an open descriptor: `/proc/<pid>/fd/N`, also reached as
/// `/proc/self/fd/N`, `/proc/thread-self/fd/N` or `/dev/fd/N`.
internal struct DescriptorLink {
  let number: Int32
  /// Whether the descriptor is this process's own.
  let isOwn: Bool

  init?(_ path: String) {
    let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? ""
    guard let number = Int32(name), number >= 0, let folder = realPath(directoryName(of: path)) else { return nil }
    // /proc/1234/fd or /proc/1234/task/1240/fd
    let parts = folder.split(separator: "/")
    guard parts.count == 3 || parts.count == 5, parts.first == "proc", parts.last == "fd",
      let process = Int32(parts[1]),
      parts.count == 3 || (parts[2] == "task" && Int32(parts[3]) != nil)
    else { return nil }
    self.number = number
    self.isOwn = process == getpid()
  }
}

/// The canonical path of an existing file or directory, or nil.
private func realPath(_ path: String) -> String? {
  guard let resolved = realpath(path, nil) else { return nil }
  defer { free(resolved) }
  return String(cString: resolved)
}

/// The text of the symbolic link at `path`, or nil with errno set.
private func linkTarget(_ path: String) -> String? {
  var capacity = 256
  while true {
    var buffer = [CChar](repeating: 0, count: capacity)
    let count = readlink(path, &buffer, capacity)
    if count < 0 { return nil }
    if count < capacity {
      return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    capacity *= 4
  }
}

/// Opens a stream (or, failing that, datagram) connection to the Unix socket at `path`.
private func connectedSocket(at path: String, named shownPath: String) throws -> Int32 {
  var address = sockaddr_un()
  address.sun_family = sa_family_t(AF_UNIX)
  let bytes = Array(path.utf8)
  guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
    throw OutputError.cannotOpen(path: shownPath, reason: errnoText(ENAMETOOLONG))
  }
  withUnsafeMutableBytes(of: &address.sun_path) { raw in
    raw.copyBytes(from: bytes)
    raw[bytes.count] = 0
  }
  var lastError: Int32 = 0
  for kind in [socketStream, socketDatagram] {
    let descriptor = socket(AF_UNIX, kind | socketCloseOnExec, 0)
    guard descriptor >= 0 else { throw OutputError.cannotOpen(path: shownPath, reason: errnoText(errno)) }
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    if connected == 0 { return descriptor }
    lastError = errno
    _ = systemClose(descriptor)
    // A socket of the other kind refuses with EPROTOTYPE; anything else is final.
    if lastError != EPROTOTYPE { break }
  }
  throw OutputError.cannotOpen(path: shownPath, reason: errnoText(lastError))
}

#if canImport(Glibc)
private let socketStream = Int32(SOCK_STREAM.rawValue)
private let socketDatagram = Int32(SOCK_DGRAM.rawValue)
private let socketCloseOnExec = Int32(SOCK_CLOEXEC.rawValue)
#else
private let socketStream = SOCK_STREAM
private let socketDatagram = SOCK_DGRAM
private let socketCloseOnExec: Int32 = 0
#endif

/// Runs `body` with `writer`, which writes in place, and closes it.
private func withDirectWriter<Result>(_ writer: OutputWriter, _ body: (OutputWriter) throws -> Result) throws -> Result
{
  do {
    let result = try body(writer)
    try writer.close()
    return result
  } catch {
    writer.discard()
    throw error
  }
}

/// The atomic replacement of the regular file at `target`; errors name
/// `shownPath`, the path the user gave.
private func withReplacedFile<Result>(
  at target: String, named shownPath: String, _ body: (OutputWriter) throws -> Result
) throws -> Result {
  let directory = directoryName(of: target)
  let (descriptor, temporaryPath) = try createTemporaryFile(beside: target, in: directory, named: shownPath)
  let writer = OutputWriter(owning: descriptor, path: temporaryPath)
  do {
    copyPermissions(from: target, to: descriptor)
    let result = try body(writer)
    try writer.synchronize()
    try writer.close()
    if rename(temporaryPath, target) != 0 {
      throw OutputError.cannotReplace(path: shownPath, reason: errnoText(errno))
    }
    return result
  } catch {
    writer.discard()
    unlink(temporaryPath)
    // The writer names the temporary file, which is gone now; the user
    // wants to hear about the file they asked for.
    if case let OutputError.writeFailed(_, reason) = error {
      throw OutputError.writeFailed(path: shownPath, reason: reason)
    }
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
  in directory: String,
  named shownPath: String
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
    directory: directory, path: shownPath, reason: errnoText(lastError))
}

/// Gives the new file the mode of the one it replaces, so an atomic rewrite
/// of a shared or executable file does not quietly change who may use it.
private func copyPermissions(from path: String, to descriptor: Int32) {
  var status = stat()
  guard stat(path, &status) == 0 else { return }
  _ = fchmod(descriptor, status.st_mode & 0o7777)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer over a file descriptor that reports failures as thrown
/// ``OutputError`` values.
///
/// Text collects in a fixed buffer (64 KiB by default) and reaches the
/// system in large writes, so writing a million CSV rows costs a few dozen
/// system calls and memory stays flat however many rows follow.
///
/// ```swift
/// let out = OutputWriter.standardOutput()
/// try out.write("x,y\n")
/// try out.write(0.5); try out.write(","); try out.write(1.0); try out.write("\n")
/// try out.flush()   // prints "x,y" then "0.5,1.0"
/// ```
///
/// Call ``flush()`` (or ``close()``) when done: a writer that is simply
/// dropped still flushes, but has nobody to report an error to.
/// A closed pipe raises SIGPIPE, which ends the process unless the program
/// ignores that signal; then the write throws instead.
public final class OutputWriter {
  /// The path or name used in error messages, e.g. "standard output".
  public let path: String

  /// Raw memory rather than `[UInt8]`: formatting writes straight into it,
  /// and a `let` pointer in a class needs no run-time exclusivity check.
  @usableFromInline internal let storage: UnsafeMutableRawPointer
  /// Bytes waiting in `storage`.
  @usableFromInline internal var count = 0
  @usableFromInline internal let capacity: Int
  private var fileDescriptor: Int32
  private let ownsFileDescriptor: Bool

  /// Creates a writer over an open file descriptor, which it never closes.
  ///
  /// ```swift
  /// let err = OutputWriter(fileDescriptor: 2, path: "standard error")
  /// try err.write("warning\n"); try err.flush()
  /// ```
  ///
  /// - Parameters:
  ///   - fileDescriptor: An open descriptor; the caller keeps ownership.
  ///   - path: The name to use in error messages.
  ///   - bufferCapacity: Bytes collected before a system write; at least 1.
  public init(fileDescriptor: Int32, path: String, bufferCapacity: Int = 65_536) {
    self.path = path
    self.fileDescriptor = fileDescriptor
    self.ownsFileDescriptor = false
    self.capacity = max(1, bufferCapacity)
    self.storage = Self.allocateStorage(capacity: capacity)
  }

  /// Creates a writer that owns `fileDescriptor` and closes it in ``close()``.
  internal init(owning fileDescriptor: Int32, path: String, bufferCapacity: Int = 65_536) {
    self.path = path
    self.fileDescriptor = fileDescriptor
    self.ownsFileDescriptor = true
    self.capacity = max(1, bufferCapacity)
    self.storage = Self.allocateStorage(capacity: capacity)
  }

  /// Room for `capacity` bytes plus one number, so a number can always be
  /// formatted in place before the check that triggers a flush.
  private static func allocateStorage(capacity: Int) -> UnsafeMutableRawPointer {
    .allocate(byteCount: capacity + NumberFormat.maximumLength, alignment: 16)
  }

  /// Creates (or truncates) the file at `path` and returns a writer to it.
  ///
  /// Prefer ``withAtomicFile(at:_:)`` for results: this truncates an
  /// existing file at once, so a failure leaves it half written.
  ///
  /// ```swift
  /// let log = try OutputWriter(creatingFileAt: "run.log")
  /// try log.write("started\n"); try log.close()
  /// ```
  ///
  /// - Parameter path: The file to create or truncate.
  /// - Throws: ``OutputError/cannotOpen(path:reason:)``.
  public convenience init(creatingFileAt path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw OutputError.cannotOpen(path: path, reason: errnoText(errno))
    }
    self.init(owning: descriptor, path: path)
  }

  /// Returns a new writer to standard output (file descriptor 1).
  ///
  /// ```swift
  /// let out = OutputWriter.standardOutput()
  /// try out.write("hello\n"); try out.flush()   // prints "hello"
  /// ```
  ///
  /// Use one writer per program: two writers over the same descriptor
  /// interleave their buffers in flush order.
  public static func standardOutput() -> OutputWriter {
    OutputWriter(fileDescriptor: 1, path: "standard output")
  }

  deinit {
    // Best effort: an error here has nobody to go to, which is why the
    // documentation asks callers to flush or close explicitly.
    if fileDescriptor >= 0 {
      try? flush()
      if ownsFileDescriptor { _ = systemClose(fileDescriptor) }
    }
    storage.deallocate()
  }

  /// Appends `text` as UTF-8, flushing first when the buffer is full.
  ///
  /// ```swift
  /// try out.write("loss,")   // buffered; nothing reaches the file yet
  /// ```
  ///
  /// - Parameter text: The text to write, with no separator added.
  /// - Throws: ``OutputError/writeFailed(path:reason:)`` if a flush fails.
  @inlinable
  public func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// Appends `value` spelled in `format`, flushing when the buffer is full.
  ///
  /// ```swift
  /// try out.write(1.0)            // writes "1.0"
  /// try out.write(.nan, as: .json) // writes "null"
  /// ```
  ///
  /// - Parameters:
  ///   - value: The number to write.
  ///   - format: The spelling of non-finite values; CSV by default.
  /// - Throws: ``OutputError/writeFailed(path:reason:)`` if a flush fails.
  @inlinable
  public func write(_ value: Double, as format: NumberFormat = .csv) throws {
    count += format.write(value, into: storage + count)
    if count >= capacity { try flush() }
  }

  /// Appends one byte, such as a separator or newline.
  ///
  /// ```swift
  /// try out.write(byte: UInt8(ascii: "\n"))
  /// ```
  ///
  /// - Parameter byte: The byte to write.
  /// - Throws: ``OutputError/writeFailed(path:reason:)`` if a flush fails.
  @inlinable
  public func write(byte: UInt8) throws {
    storage.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
    count += 1
    if count >= capacity { try flush() }
  }

  /// Appends raw bytes; a block larger than the buffer goes straight to the system.
  ///
  /// ```swift
  /// let data: [UInt8] = Array("abc".utf8)
  /// try data.withUnsafeBytes { try out.write(bytes: $0) }   // writes "abc"
  /// ```
  ///
  /// - Parameter bytes: The bytes to write.
  /// - Throws: ``OutputError/writeFailed(path:reason:)`` if a system write fails.
  @inlinable
  public func write(bytes: UnsafeRawBufferPointer) throws {
    guard let source = bytes.baseAddress else { return }
    if count + bytes.count > capacity {
      try flush()
      if bytes.count >= capacity {
        try writeToSystem(bytes)
        return
      }
    }
    (storage + count).copyMemory(from: source, byteCount: bytes.count)
    count += bytes.count
    if count >= capacity { try flush() }
  }

  /// Sends everything buffered so far to the system.
  ///
  /// ```swift
  /// try out.write("done\n"); try out.flush()   // "done" is now visible to readers
  /// ```
  ///
  /// - Throws: ``OutputError/writeFailed(path:reason:)``; the unwritten bytes are dropped
  ///   so that a later flush does not repeat a partial write.
  public func flush() throws {
    guard count > 0 else { return }
    let pending = UnsafeRawBufferPointer(start: storage, count: count)
    count = 0
    try writeToSystem(pending)
  }

  /// Flushes, and closes the file if this writer opened it; later writes throw.
  ///
  /// ```swift
  /// let file = try OutputWriter(creatingFileAt: "out.txt")
  /// try file.write("1\n"); try file.close()
  /// ```
  ///
  /// - Throws: ``OutputError/writeFailed(path:reason:)`` if flushing or closing fails.
  public func close() throws {
    guard fileDescriptor >= 0 else { return }
    defer { fileDescriptor = -1 }
    do {
      try flush()
    } catch {
      if ownsFileDescriptor { _ = systemClose(fileDescriptor) }
      throw error
    }
    // close can report a delayed write error (NFS, quotas), so check it.
    if ownsFileDescriptor, systemClose(fileDescriptor) != 0 {
      throw OutputError.writeFailed(path: path, reason: errnoText(errno))
    }
  }

  /// Flushes and asks the system to put the bytes on disk before a rename
  /// makes them visible, so a crash cannot leave an empty file in place.
  internal func synchronize() throws {
    try flush()
    guard fileDescriptor >= 0 else { return }
    if fsync(fileDescriptor) != 0 {
      let code = errno
      // Pipes and terminals cannot be synced, which is not a failure.
      if code != EINVAL && code != EROFS {
        throw OutputError.writeFailed(path: path, reason: errnoText(code))
      }
    }
  }

  /// Drops buffered bytes and closes an owned descriptor without writing,
  /// for a write that is being abandoned.
  internal func discard() {
    count = 0
    if fileDescriptor >= 0, ownsFileDescriptor { _ = systemClose(fileDescriptor) }
    fileDescriptor = -1
  }

  @usableFromInline
  internal func writeToSystem(_ bytes: UnsafeRawBufferPointer) throws {
    guard fileDescriptor >= 0 else {
      throw OutputError.writeFailed(path: path, reason: "the writer is closed")
    }
    guard var start = bytes.baseAddress else { return }
    var remaining = bytes.count
    // The system may accept fewer bytes than asked (pipes, signals), so
    // loop until all are written or a real error occurs.
    while remaining > 0 {
      let written = systemWrite(fileDescriptor, start, remaining)
      if written < 0 {
        let code = errno
        if code == EINTR { continue }
        throw OutputError.writeFailed(path: path, reason: errnoText(code))
      }
      start += written
      remaining -= written
    }
  }
}

// The class has methods named `write` and `close`, which hide the C
// functions inside it; these name them unambiguously.
@inline(__always)
internal func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

@inline(__always)
internal func systemClose(_ descriptor: Int32) -> Int32 {
  close(descriptor)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An error from writing output, naming the file and the system's reason.
///
/// ```swift
/// do { try writeAtomically("x", to: "/no/such/dir/out.csv") }
/// catch let error as OutputError { print(error) }
/// // cannot create a temporary file in '/no/such/dir' for '/no/such/dir/out.csv': No such file or directory
/// ```
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened or created for writing.
  case cannotOpen(path: String, reason: String)

  /// The temporary file that an atomic write needs could not be created
  /// next to `path`, for example because its directory does not exist.
  case cannotCreateTemporaryFile(directory: String, path: String, reason: String)

  /// Writing, flushing or closing failed (disk full, closed pipe, …).
  case writeFailed(path: String, reason: String)

  /// The finished temporary file could not be renamed onto `path`.
  case cannotReplace(path: String, reason: String)

  /// A sentence for the user, naming the path and the system's reason.
  ///
  /// ```swift
  /// OutputError.writeFailed(path: "a.csv", reason: "No space left on device").description
  /// // "cannot write 'a.csv': No space left on device"
  /// ```
  public var description: String {
    switch self {
    case let .cannotOpen(path, reason):
      return "cannot open '\(path)' for writing: \(reason)"
    case let .cannotCreateTemporaryFile(directory, path, reason):
      return "cannot create a temporary file in '\(directory)' for '\(path)': \(reason)"
    case let .writeFailed(path, reason):
      return "cannot write '\(path)': \(reason)"
    case let .cannotReplace(path, reason):
      return "cannot replace '\(path)': \(reason)"
    }
  }
}

/// The system's text for an errno value, e.g. "No such file or directory".
internal func errnoText(_ code: Int32) -> String {
  guard let text = strerror(code) else { return "error \(code)" }
  return String(cString: text)
}

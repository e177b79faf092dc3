import Foundation

/// Runs `body` with a fresh, empty directory that is removed with everything in
/// it afterwards.
///
/// ```swift
/// try withTemporaryDirectory { dir in try writeAtomically("x", to: dir + "/a.txt") }
/// ```
public func withTemporaryDirectory<Result>(_ body: (String) throws -> Result) throws -> Result {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("DualGradTests-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
  defer { try? FileManager.default.removeItem(atPath: path) }
  return try body(path)
}

/// The names in a directory, sorted, so tests can spot left-over temporary files.
///
/// ```swift
/// try directoryListing(dir)   // ["a.txt"]
/// ```
public func directoryListing(_ path: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: path).sorted()
}

/// The bytes of a file.
///
/// ```swift
/// try contentsOfFile(dir + "/a.txt")   // [120]
/// ```
public func contentsOfFile(_ path: String) throws -> [UInt8] {
  Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

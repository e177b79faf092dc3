// Heap allocations around gradient calls: a sweep allocates nothing per
// operation or per sample.
//
// How they are counted: the AllocationCounter target (C) defines `malloc`
// itself, forwarding to glibc's `__libc_malloc`; the dynamic linker binds
// every `malloc` in the process (the Swift runtime's heap objects and buffers
// included) to it. It counts the calls made on the measuring thread while a
// measurement runs. (It was Swift, `@_cdecl("malloc")`, until the compiler
// began warning that the name is reserved for its runtime.)
// `mallinfo2()` was tried first and rejected: it reports bytes in use, and a
// block freed within the call is reused by the next, so an allocation per
// sample would not show. (The Swift runtime's `_swift_allocObject` hook was
// also tried: enabling it reroutes retains through a path that crashed on a
// Character in the test runner.)
#if os(Linux) && canImport(Glibc)
import AllocationCounter
import DualGrad
import DualGradML
import DualGradTestSupport
import Foundation
import Synchronization
import Testing

enum AllocationCounter {
  static let lock = Mutex(())

  /// The number of `malloc` calls `body` makes on the calling thread.
  static func allocations(_ body: () -> Void) -> Int {
    lock.withLock { _ in
      allocation_counter_start()
      body()
      return allocation_counter_stop()
    }
  }
}

@Suite("Heap allocations per gradient call", .serialized)
struct AllocationTests {
  @Test("the counter sees an array being made, and nothing when nothing is made")
  func counterWorks() throws {
    let n = Int.random(in: 3...5)
    #expect(AllocationCounter.allocations { blackHoleArray([Double](repeating: 1, count: n)) } >= 1)
    #expect(AllocationCounter.allocations { blackHoleArray(nil) } == 0)
  }

  static func problem(rows: Int, features: Int) throws -> (Dataset, [Double]) {
    try randomLogisticProblem(seed: 5, rows: rows, features: features, hasBias: true)
  }

  @Test(
    "a logistic-loss gradient allocates nothing once its buffers exist, for 10 or 1000 samples",
    arguments: GradientStrategy.allCases)
  func logisticLoss(_ strategy: GradientStrategy) throws {
    let loss = LogisticLoss(reduction: .mean, l2Penalty: 0.01)
    var gradient: [Double] = []
    var workspace = GradientWorkspace()
    var counts: [Int] = []
    for (rows, features) in [(10, 3), (1000, 3), (10, 12), (300, 12)] {
      let (data, parameters) = try Self.problem(rows: rows, features: features)
      // The first call sizes the buffers (documented: one array of duals).
      _ = loss.valueWithGradient(at: parameters, on: data, strategy: strategy, into: &gradient, workspace: &workspace)
      counts.append(
        AllocationCounter.allocations {
          _ = loss.valueWithGradient(
            at: parameters, on: data, strategy: strategy, into: &gradient, workspace: &workspace)
        })
    }
    #expect(counts == [0, 0, 0, 0], "allocations for (rows, features) (10, 3), (1000, 3), (10, 12), (300, 12)")
  }

  @Test("training allocates the same for 10 or 1000 epochs", arguments: GradientStrategy.allCases)
  func training(_ strategy: GradientStrategy) throws {
    let (data, _) = try Self.problem(rows: 50, features: 4)
    let counts = [10, 1000].map { epochs in
      AllocationCounter.allocations {
        var model = LogisticRegression(featureCount: 4)
        _ = model.fit(data, optimizer: GradientDescent(learningRate: 0.1), epochs: epochs, strategy: strategy)
      }
    }
    #expect(counts[0] == counts[1], "\(counts)")
  }

  /// A generic function with `terms` operations per call: Σ w_i·w_(i+1)·sin(w_i).
  static func chain<S: RealScalar>(_ w: [S], terms: Int) -> S {
    var total: S = 0
    for t in 0..<terms {
      let i = t % (w.count - 1)
      total += w[i] * w[i + 1] * sin(w[i])
    }
    return total
  }

  @Test("gradient(of:at:) allocates its seed buffer and result only, whatever the size")
  func genericGradient() throws {
    var counts: [Int] = []
    for (n, terms) in [(10, 10), (10, 1000), (100, 100), (100, 5000)] {
      let w = (0..<n).map { Double($0) / Double(n) }
      blackHoleArray(gradient(of: { Self.chain($0, terms: terms) }, at: w))  // one-time metadata
      counts.append(
        AllocationCounter.allocations {
          blackHoleArray(gradient(of: { Self.chain($0, terms: terms) }, at: w))
        })
    }
    Self.expectPointAndResultOnly(counts)
  }

  @Test("chunked gradient(of:at:chunk:) allocates its seed buffer and result only, whatever the size")
  func chunkedGradient() throws {
    var counts: [Int] = []
    for (n, terms) in [(10, 10), (10, 1000), (100, 100), (100, 5000)] {
      let w = (0..<n).map { Double($0) / Double(n) }
      blackHoleArray(gradient(of: { Self.chain($0, terms: terms) }, at: w, chunk: Chunk<4>()))
      counts.append(
        AllocationCounter.allocations {
          blackHoleArray(gradient(of: { Self.chain($0, terms: terms) }, at: w, chunk: Chunk<4>()))
        })
    }
    Self.expectPointAndResultOnly(counts)
  }

  /// A call allocates the dual point and the gradient, 2 arrays (documented
  /// in Multivariate.swift), in debug and release builds alike. (Debug builds
  /// once allocated one more per component: the point was made with `map`,
  /// which unspecialised allocates per element; ForwardSweep fills by index.)
  static func expectPointAndResultOnly(_ counts: [Int], sourceLocation: SourceLocation = #_sourceLocation) {
    let note: Comment = "allocations for (n, operations) (10, 10), (10, 1000), (100, 100), (100, 5000): \(counts)"
    #expect(counts == [2, 2, 2, 2], note, sourceLocation: sourceLocation)
  }

  /// Σ w_i·w_(i+1)·sin(w_i) with 500 operations (w_0·sin(w_0) for one
  /// variable), for the automatic chunk size.
  struct Chain: ScalarFunction {
    func callAsFunction<S: RealScalar>(_ w: [S]) -> S {
      w.count == 1 ? w[0] * sin(w[0]) : AllocationTests.chain(w, terms: 500)
    }
  }

  @Test("valueWithGradient(of:at:into:workspace:) allocates nothing once its buffers exist, for every chunk size")
  func workspaceGradient() throws {
    var workspace = GradientWorkspace()
    var gradient: [Double] = []
    var counts: [Int] = []
    for n in [1, 2, 3, 40] {
      let w = (0..<n).map { Double($0) / Double(n) }
      _ = valueWithGradient(of: Chain(), at: w, into: &gradient, workspace: &workspace)
      counts.append(
        AllocationCounter.allocations {
          _ = valueWithGradient(of: Chain(), at: w, into: &gradient, workspace: &workspace)
        })
    }
    #expect(counts == [0, 0, 0, 0], "allocations for n = 1, 2, 3, 40 (1, 2, 4 and 8 partials)")
  }
}

/// Keeps an array alive past the optimiser.
@inline(never)
func blackHoleArray(_ array: [Double]?) {
  withExtendedLifetime(array) {}
}
#endif

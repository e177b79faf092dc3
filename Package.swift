// swift-tools-version:6.2
// DualGrad: forward-mode automatic differentiation with dual numbers.
// No package dependencies: the standard library, Foundation and Swift Testing only.
// 6.2 because `DualVector<let N: Int, T>` uses integer generic parameters.
import PackageDescription

let package = Package(
  name: "DualGrad",
  products: [
    .library(name: "DualGrad", targets: ["DualGrad"]),
    .library(name: "DualGradML", targets: ["DualGradML"]),
    .library(name: "DualGradIO", targets: ["DualGradIO"]),
    .executable(name: "slope", targets: ["slope"]),
  ],
  targets: [
    // MARK: - Public API
    // Differentiation only: dual numbers, Taylor series, the derivative API.
    .target(name: "DualGrad"),
    // Logistic regression by forward sweeps: data sets, losses, optimizers, training.
    .target(name: "DualGradML", dependencies: ["DualGrad", "DualGradIO"]),
    // Files and formats with no dual numbers in them: CSV, SVG charts, atomic writes, the progress bar.
    .target(name: "DualGradIO"),
    .executableTarget(name: "slope", dependencies: ["SlopeCore", "DualGradIO"], exclude: ["Documentation"]),

    // MARK: - Examples (swift run -c release <name>; see Examples/README.md)
    .executableTarget(
      name: "tanh-slope", dependencies: ["DualGrad", "DualGradIO", "ExampleSupport"], path: "Examples/tanh-slope"),
    .executableTarget(
      name: "toy-logistic-regression", dependencies: ["DualGradML", "ExampleSupport"],
      path: "Examples/toy-logistic-regression"),
    .executableTarget(
      name: "gaussian-blobs", dependencies: ["DualGradML", "DualGradIO", "ExampleSupport"],
      path: "Examples/gaussian-blobs"),
    .executableTarget(
      name: "wide-logistic-regression", dependencies: ["DualGradML", "DualGradIO", "ExampleSupport"],
      path: "Examples/wide-logistic-regression"),
    .executableTarget(
      name: "from-scratch", dependencies: ["DualGrad", "DualGradML", "ExampleSupport"], path: "Examples/from-scratch"),
    .executableTarget(
      name: "admissions", dependencies: ["DualGradML", "DualGradIO", "ExampleSupport"], path: "Examples/admissions",
      resources: [.copy("marks.txt")]),

    // MARK: - Implementation details
    .target(name: "SlopeCore", dependencies: ["DualGrad", "DualGradIO"]),
    .target(name: "ExampleSupport", dependencies: ["DualGradML", "DualGradIO"], path: "Examples/ExampleSupport"),
    // Comparison/ holds the same workloads in JAX (Python, run by hand; not built, not in CI).
    .executableTarget(
      name: "dualgrad-bench", dependencies: ["DualGrad", "DualGradML", "DualGradIO"], exclude: ["Comparison"]),
    .target(name: "DualGradTestSupport", dependencies: ["DualGrad", "DualGradML"], path: "Tests/DualGradTestSupport"),
    // A counting `malloc` in C (Swift may not define that symbol), for AllocationTests.
    .target(name: "AllocationCounter", path: "Tests/AllocationCounter"),

    // MARK: - Unit test bundles
    .testTarget(
      name: "DualGradTests", dependencies: ["DualGrad", "DualGradML", "DualGradTestSupport", "AllocationCounter"],
      // The generator of ElementaryFunctionReferences.swift (Python, mpmath).
      exclude: ["References"],
      // AllocationCounter defines a counting `malloc`; exporting it makes the
      // dynamic linker bind every allocation in the test process to it.
      linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic-symbol=malloc"], .when(platforms: [.linux]))]),
    .testTarget(
      name: "DualGradMLTests", dependencies: ["DualGradML", "DualGrad", "DualGradIO", "DualGradTestSupport"]),
    // DualGrad only for the documented plot-data export (the library itself needs none of it).
    .testTarget(
      name: "DualGradIOTests", dependencies: ["DualGradIO", "DualGrad", "DualGradTestSupport"],
      // The generator of Sources/DualGradIO/ShortestDigits+PowersOfTen.swift (Python).
      exclude: ["References"]),
    .testTarget(
      name: "SlopeTests", dependencies: ["SlopeCore", "DualGrad", "DualGradIO", "DualGradTestSupport", "slope"]),
  ]
)

// swift-tools-version:6.0
// DualGrad: forward-mode automatic differentiation with dual numbers.
// No package dependencies: the standard library, Foundation and Swift Testing only.
import PackageDescription

let package = Package(
  name: "DualGrad",
  products: [
    .library(name: "DualGrad", targets: ["DualGrad"]),
    .library(name: "DualGradIO", targets: ["DualGradIO"]),
    .executable(name: "slope", targets: ["slope"]),
  ],
  targets: [
    // MARK: - Public API
    .target(name: "DualGrad"),
    .target(name: "DualGradIO", dependencies: ["DualGrad"]),
    .executableTarget(name: "slope", dependencies: ["SlopeCore", "DualGradIO"], exclude: ["Documentation"]),

    // MARK: - Examples (swift run -c release <name>; see Playground-notes.md)
    .executableTarget(name: "tanh-slope", dependencies: ["DualGrad", "DualGradIO", "ExampleSupport"], path: "Examples/tanh-slope"),
    .executableTarget(
      name: "toy-logistic-regression", dependencies: ["DualGrad", "ExampleSupport"], path: "Examples/toy-logistic-regression"),
    .executableTarget(name: "gaussian-blobs", dependencies: ["DualGrad", "DualGradIO", "ExampleSupport"], path: "Examples/gaussian-blobs"),
    .executableTarget(
      name: "wide-logistic-regression", dependencies: ["DualGrad", "DualGradIO", "ExampleSupport"],
      path: "Examples/wide-logistic-regression"),
    .executableTarget(name: "from-scratch", dependencies: ["DualGrad", "ExampleSupport"], path: "Examples/from-scratch"),
    .executableTarget(
      name: "admissions", dependencies: ["DualGrad", "DualGradIO", "ExampleSupport"], path: "Examples/admissions",
      resources: [.copy("marks.txt")]),

    // MARK: - Implementation details
    .target(name: "SlopeCore", dependencies: ["DualGrad", "DualGradIO"]),
    .target(name: "ExampleSupport", dependencies: ["DualGrad", "DualGradIO"], path: "Examples/ExampleSupport"),
    .executableTarget(name: "dualgrad-bench", dependencies: ["DualGrad", "DualGradIO"]),
    .target(name: "DualGradTestSupport", dependencies: ["DualGrad"], path: "Tests/DualGradTestSupport"),

    // MARK: - Unit test bundles
    .testTarget(
      name: "DualGradTests", dependencies: ["DualGrad", "DualGradTestSupport"],
      // The generator of ElementaryFunctionReferences.swift (Python, mpmath).
      exclude: ["References"],
      // AllocationTests defines a counting `malloc`; exporting it makes the
      // dynamic linker bind every allocation in the test process to it.
      linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic-symbol=malloc"], .when(platforms: [.linux]))]),
    .testTarget(name: "DualGradIOTests", dependencies: ["DualGradIO", "DualGrad", "DualGradTestSupport"]),
    .testTarget(
      name: "SlopeTests", dependencies: ["SlopeCore", "DualGrad", "DualGradIO", "DualGradTestSupport", "slope"]),
  ]
)

// swift-tools-version:6.0
// DualGrad: forward-mode automatic differentiation with dual numbers.
// No package dependencies: the standard library, Foundation and Swift Testing only.
import PackageDescription

let package = Package(
  name: "DualGrad",
  products: [
    .library(name: "DualGrad", targets: ["DualGrad"]),
    .executable(name: "slope", targets: ["slope"]),
  ],
  targets: [
    // MARK: - Public API
    .target(name: "DualGrad"),
    .executableTarget(name: "slope", dependencies: ["SlopeCore"], exclude: ["Documentation"]),

    // MARK: - Implementation details
    .target(name: "SlopeCore", dependencies: ["DualGrad"]),
    .target(name: "DualGradTestSupport", dependencies: ["DualGrad"], path: "Tests/DualGradTestSupport"),

    // MARK: - Unit test bundles
    .testTarget(name: "DualGradTests", dependencies: ["DualGrad", "DualGradTestSupport"]),
    .testTarget(name: "SlopeTests", dependencies: ["SlopeCore", "DualGrad", "DualGradTestSupport", "slope"]),
  ]
)

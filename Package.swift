// swift-tools-version:6.0
// DualGrad: forward-mode automatic differentiation with dual numbers.
// No package dependencies: the standard library, Foundation and Swift Testing only.
import PackageDescription

let package = Package(
  name: "DualGrad",
  products: [
    .library(name: "DualGrad", targets: ["DualGrad"]),
    .library(name: "DualGradIO", targets: ["DualGradIO"]),
  ],
  targets: [
    // MARK: - Public API
    .target(name: "DualGrad"),
    .target(name: "DualGradIO"),

    // MARK: - Implementation details
    .executableTarget(name: "dualgrad-bench", dependencies: ["DualGrad"]),
    .target(name: "DualGradTestSupport", dependencies: ["DualGrad"], path: "Tests/DualGradTestSupport"),

    // MARK: - Unit test bundles
    .testTarget(name: "DualGradTests", dependencies: ["DualGrad", "DualGradTestSupport"]),
    .testTarget(name: "DualGradIOTests", dependencies: ["DualGradIO", "DualGradTestSupport"]),
  ]
)

// swift-tools-version:6.0
// DualGrad: forward-mode automatic differentiation with dual numbers.
// No package dependencies: the standard library, Foundation and Swift Testing only.
import PackageDescription

let package = Package(
  name: "DualGrad",
  products: [
    .library(name: "DualGrad", targets: ["DualGrad"]),
  ],
  targets: [
    // MARK: - Public API
    .target(name: "DualGrad"),

    // MARK: - Implementation details
    .target(name: "DualGradTestSupport", dependencies: ["DualGrad"], path: "Tests/DualGradTestSupport"),

    // MARK: - Unit test bundles
    .testTarget(
      name: "DualGradTests", dependencies: ["DualGrad", "DualGradTestSupport"],
      exclude: ["References"]),
  ]
)

// Reusable engines for gradients of `Double` functions, one per number of
// partials a sweep may carry, so code that takes gradients in a loop (the
// logistic-loss strategies of DualGradML, a training loop) allocates their
// point buffers once. ForwardDiff.jl's `GradientConfig` plays the same part.

/// Buffers a gradient computation reuses from call to call, so a training
/// loop allocates them once: a ``ForwardSweep`` engine for 1, 2, 4 and 8
/// partials per sweep over `Double`.
///
/// ```swift
/// var workspace = GradientWorkspace()
/// var gradient: [Double] = []
/// valueWithGradient(of: Rosenbrock(), at: [0.5, 0.5], into: &gradient, workspace: &workspace)   // 6.5
/// // DualGradML's losses take one too:
/// loss.valueWithGradient(at: parameters, on: data, into: &gradient, workspace: &workspace)
/// ```
///
/// What a call allocates: on the first call with a given parameter count and
/// chunk size, one array of `parameters.count` dual numbers (and `gradient` if
/// its size is wrong); after that nothing, whatever the number of samples,
/// features or operations (AllocationTests).
public struct GradientWorkspace: Sendable {
  /// One partial per sweep (`.perWeight` and gradients of one variable).
  @usableFromInline package var onePartial = ForwardSweep<Dual<Double>>()
  /// Chunks of 2, 4 and 8 partials per sweep.
  @usableFromInline package var twoPartials = ForwardSweep<DualVector<2, Double>>()
  @usableFromInline package var fourPartials = ForwardSweep<DualVector<4, Double>>()
  @usableFromInline package var eightPartials = ForwardSweep<DualVector<8, Double>>()

  /// Creates an empty workspace; it sizes itself on first use.
  ///
  /// ```swift
  /// var workspace = GradientWorkspace(), gradient: [Double] = []
  /// valueWithGradient(of: Rosenbrock(), at: [0.5, 0.5], into: &gradient, workspace: &workspace)
  /// // 6.5, gradient [-51.0, 50.0]
  /// ```
  @inlinable
  public init() {}
}

/// Returns f(w) and writes its gradient into `gradient` (resized if needed),
/// with the chunk size chosen as by ``valueWithGradient(of:at:)-(F,_)`` and
/// the buffers of `workspace` reused: in a loop, nothing is allocated after
/// the first call.
///
/// ```swift
/// var workspace = GradientWorkspace(), gradient: [Double] = []
/// for _ in 0..<100 {
///   let value = valueWithGradient(of: Rosenbrock(), at: w, into: &gradient, workspace: &workspace)
///   for i in w.indices { w[i] -= 0.001 * gradient[i] }
/// }
/// ```
/// - Parameters:
///   - f: The function, generic over ``RealScalar``.
///   - w: The point.
///   - gradient: Receives ∂f/∂w_i at index i.
///   - workspace: Engines kept between calls.
/// - Returns: f(w); its gradient equals ``gradient(of:at:)-(F,_)``'s.
/// - Complexity: ceil(n/N) evaluations of `f`, N ∈ {1, 2, 4, 8}; no
///   allocation once `gradient` and `workspace` have the right sizes.
@inlinable
public func valueWithGradient<F: ScalarFunction>(
  of f: F, at w: [Double], into gradient: inout [Double], workspace: inout GradientWorkspace
) -> Double {
  if gradient.count != w.count { gradient = [Double](repeating: 0, count: w.count) }
  switch w.count {
  case ...1: return sweepValueWithGradient(of: f, at: w, into: &gradient, sweep: &workspace.onePartial)
  case 2: return sweepValueWithGradient(of: f, at: w, into: &gradient, sweep: &workspace.twoPartials)
  case 3...4: return sweepValueWithGradient(of: f, at: w, into: &gradient, sweep: &workspace.fourPartials)
  default: return sweepValueWithGradient(of: f, at: w, into: &gradient, sweep: &workspace.eightPartials)
  }
}

@inlinable
func sweepValueWithGradient<F: ScalarFunction, Element: DualNumber>(
  of f: F, at w: [Double], into gradient: inout [Double], sweep: inout ForwardSweep<Element>
) -> Double where Element.Scalar == Double {
  sweep.load(count: w.count) { w[$0] }
  return sweep.valueWithGradient(of: { f($0) }, into: &gradient)
}

// The loss of logistic regression, written once over `RealScalar`.
//
// The same generic code gives the plain value (`S == Double`) and, with the
// parameters as `Dual<Double>`, one directional derivative per sweep (the
// sweeps are DualGrad's engine, `ForwardSweep`). Nothing here knows about dual
// numbers except the gradient driver at the end.
//
// Goals, in order: the exact formula the user asked for; no overflow, NaN or
// infinity for any finite logit (a confident wrong prediction costs a large
// finite amount); no heap allocation inside a sweep; speed.
import DualGrad

/// The loss of one sample as a function of its logit z = w · x + b and its
/// label y ∈ {0, 1}.
///
/// ```swift
/// SampleLoss.crossEntropy(logit: 0.0, label: 1)       // 0.6931471805599453 (log 2)
/// SampleLoss.crossEntropy(logit: -1000.0, label: 1)   // 1000.0, not inf
/// ```
public enum SampleLoss: Sendable, Hashable, CaseIterable {
  /// Binary cross-entropy (negative log-likelihood) −log σ(z) for label 1 and
  /// −log σ(−z) for label 0, from the logit by log-sigmoid: accurate on both
  /// tails and finite for every finite z.
  ///
  /// ```swift
  /// SampleLoss.crossEntropy(logit: 0.0, label: 0)   // 0.6931471805599453 (log 2)
  /// ```
  case crossEntropy

  /// The autograd tutorial's formula, kept so its figures reproduce bit for
  /// bit: p = 0.5 · (tanh(z/2) + 1), loss = −log(p·y + (1 − p)·(1 − y)).
  /// It goes through the probability, so once p rounds to 0 or 1 on the wrong
  /// side (|z| ≳ 37) the loss is +∞ and its gradient infinite or NaN; prefer
  /// ``crossEntropy`` for anything but reproducing the tutorial.
  ///
  /// ```swift
  /// SampleLoss.tutorialNegativeLogLikelihood(logit: 0.0, label: 1)     // 0.6931471805599453
  /// SampleLoss.tutorialNegativeLogLikelihood(logit: -40.0, label: 1)   // inf (p rounded to 0)
  /// ```
  case tutorialNegativeLogLikelihood

  /// The loss of one sample with logit `z` and label `y` (0 or 1).
  ///
  /// ```swift
  /// SampleLoss.crossEntropy(logit: 2.0, label: 0)   // 2.1269280110429727 (softplus(2))
  /// ```
  /// - Parameters:
  ///   - z: The logit w · x + b, as any scalar type (a `Dual` carries the slope).
  ///   - y: The label, 0 or 1.
  /// - Returns: The sample's negative log-likelihood.
  @inlinable @inline(__always)
  public func callAsFunction<S: RealScalar>(logit z: S, label y: Double) -> S {
    switch self {
    case .crossEntropy:
      // −log σ(z) when y = 1 and −log(1 − σ(z)) = −log σ(−z) when y = 0: one
      // log-sigmoid of the signed logit, never log(p) of a rounded p.
      return -logSigmoid(y == 1 ? z : -z)
    case .tutorialNegativeLogLikelihood:
      let p: S = 0.5 * (tanh(z / 2) + 1)
      let t = S(y)
      return -log(p * t + (1 - p) * (1 - t))
    }
  }

  /// The slope dℓ/dz of the sample loss at logit `z` alone, without its
  /// value: what a gradient step needs when nobody reads the loss.
  ///
  /// ```swift
  /// SampleLoss.crossEntropy.slope(logit: 0.0, label: 1)      // -0.5 (σ(0) − 1)
  /// SampleLoss.crossEntropy.slope(logit: -800.0, label: 1)   // -1.0, not NaN
  /// ```
  /// For ``crossEntropy`` this is the chain rule of the sweep written out, and
  /// it gives the sweep's derivative bit for bit: ℓ = −logσ(u) with u = ±z, so
  /// dℓ/dz = −σ(−u)·(±1), σ being log-sigmoid's slope as the scalar computes
  /// it (one exp, no log; a libm log stays in the code even when its result is
  /// unused, since it may set errno). Other losses run the dual sweep and keep
  /// its derivative; the tutorial's loss keeps its naivety there too (at
  /// z = −800 with label 1 its p rounds to 0 and the slope comes out −0,
  /// where the true slope is −1).
  /// - Parameters:
  ///   - z: The logit w · x + b.
  ///   - y: The label, 0 or 1.
  /// - Returns: The derivative of the sample's loss with respect to its logit.
  @inlinable @inline(__always)
  public func slope<S: RealScalar>(logit z: S, label y: Double) -> S {
    switch self {
    case .crossEntropy:
      let u = y == 1 ? z : -z
      let slope = -S.sigmoid(-u)
      return y == 1 ? slope : -slope
    case .tutorialNegativeLogLikelihood:
      return callAsFunction(logit: Dual(z, derivative: 1), label: y).derivative
    }
  }
}

/// How the losses of the samples are combined into one number.
///
/// ```swift
/// LogisticLoss(reduction: .sum).reduction   // .sum
/// ```
public enum LossReduction: Sendable, Hashable, CaseIterable {
  /// The sum over samples (the autograd tutorial).
  ///
  /// ```swift
  /// LogisticLoss(reduction: .sum).value(at: [0.0], on: try Dataset(rows: [[1], [2]], labels: [1, 0]))
  /// // 1.3862943611198906 (2 log 2)
  /// ```
  case sum
  /// The mean over samples (binary cross-entropy as PyTorch and NumPy tutorials use it).
  ///
  /// ```swift
  /// LogisticLoss(reduction: .mean).value(at: [0.0], on: try Dataset(rows: [[1], [2]], labels: [1, 0]))
  /// // 0.6931471805599453 (log 2)
  /// ```
  case mean
}

/// The cost of logistic regression: a sample loss of the logit, summed or
/// averaged over the data, plus an optional L2 penalty λ·Σw² on the weights
/// (never on the bias).
///
/// ```swift
/// let data = try Dataset(rows: [[1, 2], [-1, 0.5]], labels: [1, 0])
/// LogisticLoss().value(at: [0.0, 0.0, 0.0], on: data)   // 0.6931471805599453
/// ```
/// Parameters are passed as one array: the weights, one per feature, then the
/// bias if the model has one (`featureCount + 1` entries) or nothing (`featureCount`).
public struct LogisticLoss: Sendable, Hashable {
  /// The loss of one sample as a function of its logit.
  ///
  /// ```swift
  /// LogisticLoss().sampleLoss   // .crossEntropy
  /// ```
  public var sampleLoss: SampleLoss

  /// Whether the sample losses are summed or averaged.
  ///
  /// ```swift
  /// LogisticLoss().reduction   // .mean
  /// ```
  public var reduction: LossReduction

  /// The coefficient λ of the penalty λ·Σw² added to the loss; 0 for none.
  ///
  /// ```swift
  /// // Weight 2 on a feature that is 0, bias 0: log 2 + 0.5·2²
  /// LogisticLoss(l2Penalty: 0.5).value(at: [2.0, 0.0], on: try Dataset(rows: [[0]], labels: [1]))   // 2.6931471805599454
  /// ```
  public var l2Penalty: Double

  /// Creates a loss; the defaults are the mean binary cross-entropy without penalty.
  ///
  /// ```swift
  /// let theano = LogisticLoss(l2Penalty: 0.01)                 // mean cross-entropy + 0.01 Σw²
  /// let autograd = LogisticLoss(sampleLoss: .tutorialNegativeLogLikelihood, reduction: .sum)
  /// ```
  @inlinable
  public init(sampleLoss: SampleLoss = .crossEntropy, reduction: LossReduction = .mean, l2Penalty: Double = 0) {
    self.sampleLoss = sampleLoss
    self.reduction = reduction
    self.l2Penalty = l2Penalty
  }

  /// The loss at `parameters` on `data`, for any scalar type: `Double` gives
  /// the value, `Dual<Double>` with one tangent seeded the value and one
  /// directional derivative.
  ///
  /// ```swift
  /// let data = try Dataset(rows: [[1]], labels: [1])
  /// LogisticLoss().value(at: [Dual(0.0, derivative: 1)], on: data).derivative   // -0.5
  /// ```
  /// - Parameters:
  ///   - parameters: The weights, then the bias if the model has one.
  ///   - data: The samples.
  /// - Returns: The loss.
  /// - Complexity: O(`data.count` × `data.featureCount`), no allocation.
  @inlinable
  public func value<S: RealScalar>(at parameters: [S], on data: Dataset) -> S {
    let n = data.featureCount
    precondition(
      parameters.count == n || parameters.count == n + 1,
      "\(parameters.count) parameters for \(n) features: give \(n) weights and optionally a bias")
    let hasBias = parameters.count == n + 1
    var total: S = 0
    data.features.withUnsafeBufferPointer { x in
      data.labels.withUnsafeBufferPointer { labels in
        parameters.withUnsafeBufferPointer { w in
          // The addresses once (featureCount ≥ 1, so `w` is never empty and
          // `x` is not when there are rows); rows by a running pointer.
          guard !labels.isEmpty else { return }
          let weights = w.baseAddress!
          // The loop over samples is written once and inlined once per bias
          // or none and, for cross-entropy, per sample loss, so that these
          // are constants in it rather than tests per sample the compiler
          // left in the loop (callgrind, dualgrad-bench W2 `.perWeight`).
          // The same operations in the same order: every bit is the same.
          // `total` is passed inout (captured, it cost an exclusivity check
          // per call in `throughLogitValueWithGradient`).
          @inline(__always) func sumOverSamples(_ loss: SampleLoss, hasBias: Bool, into total: inout S) {
            var row = x.baseAddress!
            for i in 0..<labels.count {
              var z: S = 0
              for j in 0..<n { z += weights[j] * S(row[j]) }
              // The bias is added after the dot product, as `X @ w + b` does.
              if hasBias { z += weights[n] }
              total += loss(logit: z, label: labels[i])
              row += n
            }
          }
          switch (sampleLoss, hasBias) {
          case (.crossEntropy, true): sumOverSamples(.crossEntropy, hasBias: true, into: &total)
          case (.crossEntropy, false): sumOverSamples(.crossEntropy, hasBias: false, into: &total)
          default: sumOverSamples(sampleLoss, hasBias: hasBias, into: &total)
          }
        }
      }
      parameters.withUnsafeBufferPointer { w in
        if reduction == .mean { total /= S(data.count) }
        if l2Penalty != 0 {
          var squares: S = 0
          for j in 0..<n { squares += w[j] * w[j] }
          total += S(l2Penalty) * squares
        }
      }
    }
    return total
  }
}

// MARK: - Gradients

/// How ``LogisticLoss`` computes its gradient. Every strategy is exact (no
/// finite differences), is forward mode, and runs the same generic loss code;
/// they agree to about 1e-13 relative (tests) and differ only in cost.
///
/// ```swift
/// LogisticLoss().valueWithGradient(at: [0.0, 0.0], on: data, strategy: .throughLogit)
/// ```
///
/// With m samples and n parameters:
///
/// | strategy        | sweeps of the loss             | cost        |
/// |-----------------|--------------------------------|-------------|
/// | `.perWeight`    | n, one partial each            | O(m·n²)     |
/// | `.chunked`      | ⌈n/N⌉, N partials each         | O(m·n²), fewer passes |
/// | `.throughLogit` | one one-partial sweep of the sample loss per sample | O(m·n) |
public enum GradientStrategy: Sendable, Hashable, CaseIterable {
  /// One forward sweep of the loss per parameter, seeding that parameter's
  /// tangent with 1 and the others with 0: n weights + bias = n + 1 sweeps.
  /// Simple and the reference the others are checked against, but its cost
  /// grows as (number of parameters)² × samples.
  ///
  /// ```swift
  /// let data = try Dataset(rows: [[2]], labels: [1])
  /// LogisticLoss().valueWithGradient(at: [0.0, 0.0], on: data, strategy: .perWeight).gradient   // [-1.0, -0.5]
  /// ```
  case perWeight

  /// The same sweeps of the whole loss with `DualVector` numbers carrying
  /// ``chunkSize(forParameterCount:)`` partials at once, so ⌈n/N⌉ sweeps
  /// instead of n. Each elementary function (the sample loss's log-sigmoid) is
  /// evaluated once per sweep instead of once per parameter, which pays most
  /// when the model is small; the multiply–adds of the dot products remain
  /// O(m·n²) in total.
  ///
  /// N is fixed at compile time, so it cannot ride in an enum case that is
  /// picked at run time (from a command line, say); instead the strategy picks
  /// the smallest of 2, 4 and 8 that covers every parameter in one sweep, and 8
  /// for more parameters. Measured on the 785-parameter problem (dualgrad-bench
  /// W3): 4 and 8 partials cost the same, 85–90 ms per gradient, since the work
  /// per partial does not change; 16 took twice as long (numbers of 17 doubles
  /// are copied through memory). Each size is one specialisation of the loss.
  ///
  /// ```swift
  /// let data = try Dataset(rows: [[2]], labels: [1])
  /// LogisticLoss().valueWithGradient(at: [0.0, 0.0], on: data, strategy: .chunked).gradient   // [-1.0, -0.5]
  /// ```
  case chunked

  /// One one-partial sweep of the sample loss per sample, then the chain rule
  /// through the linear map z = X·w + b.
  ///
  /// The loss is Σᵢ ℓ(zᵢ, yᵢ) (or its mean) with zᵢ = xᵢ·w + b, so
  /// ∂loss/∂w_j = Σᵢ ℓ′(zᵢ)·x_ij and ∂loss/∂b = Σᵢ ℓ′(zᵢ). Seeding zᵢ's tangent
  /// with 1 and running the generic ``SampleLoss`` on `Dual<Double>` gives
  /// ℓ(zᵢ) and ℓ′(zᵢ) exactly; the L2 term's slope comes from a one-partial
  /// sweep of w_j·w_j. O(m·n) instead of O(m·n²): the strategy for wide models.
  ///
  /// ```swift
  /// let data = try Dataset(rows: [[2]], labels: [1])
  /// LogisticLoss().valueWithGradient(at: [0.0, 0.0], on: data, strategy: .throughLogit).gradient   // [-1.0, -0.5]
  /// ```
  case throughLogit

  /// The number of partials each ``chunked`` sweep carries for `parameterCount`
  /// parameters: the smallest of 2, 4, 8 that holds them all, else 8.
  ///
  /// ```swift
  /// GradientStrategy.chunkSize(forParameterCount: 3)     // 4
  /// GradientStrategy.chunkSize(forParameterCount: 785)   // 8
  /// ```
  @inlinable
  public static func chunkSize(forParameterCount parameterCount: Int) -> Int {
    parameterCount <= 2 ? 2 : parameterCount <= 4 ? 4 : 8
  }
}

extension LogisticLoss {
  /// The loss at `parameters` and its gradient, written into `gradient`
  /// (resized if needed); buffers are reused from `workspace`, so calling this
  /// in a loop allocates nothing after the first call.
  ///
  /// ```swift
  /// let data = try Dataset(rows: [[1, 2]], labels: [1])
  /// var gradient: [Double] = [], workspace = GradientWorkspace()
  /// LogisticLoss().valueWithGradient(at: [0, 0, 0], on: data, into: &gradient, workspace: &workspace)
  /// // 0.6931471805599453, gradient [-0.5, -1.0, -0.5]
  /// ```
  /// - Parameters:
  ///   - parameters: The weights, then the bias if the model has one.
  ///   - data: The samples.
  ///   - strategy: How to compute the gradient (by default the fastest,
  ///     `.throughLogit`); see ``GradientStrategy``.
  ///   - gradient: Receives ∂loss/∂parameter, in the order of `parameters`.
  ///   - workspace: Scratch buffers kept between calls.
  /// - Returns: The loss.
  /// - Complexity: With m = `data.count` and n = `parameters.count`:
  ///   `.perWeight` n sweeps of O(m·n); `.chunked` ⌈n/N⌉ sweeps of O(m·n·N);
  ///   `.throughLogit` O(m·n). No heap allocation once `gradient` and
  ///   `workspace` have the right sizes.
  @inlinable @inline(__always)
  public func valueWithGradient(
    at parameters: [Double], on data: Dataset, strategy: GradientStrategy = .throughLogit,
    into gradient: inout [Double], workspace: inout GradientWorkspace
  ) -> Double {
    valueWithGradient(
      at: parameters, on: data, strategy: strategy, into: &gradient, workspace: &workspace, valueNeeded: true)
  }

  /// The gradient, and the loss when `valueNeeded` (otherwise NaN): the one
  /// dispatch over strategies that `fit` calls every epoch.
  ///
  /// One call site matters: `fit` calling `valueWithGradient` for reported
  /// epochs and a gradient-only function for the others inlined the per-weight and
  /// chunked sweeps twice into its loop, and W2 ran slower although it ran no
  /// more instructions (`.throughLogit` 851,000 -> 694,000 epochs/s,
  /// `.perWeight` 265,000 -> 249,000; dualgrad-bench, same sitting).
  @inlinable @inline(__always)
  func valueWithGradient(
    at parameters: [Double], on data: Dataset, strategy: GradientStrategy,
    into gradient: inout [Double], workspace: inout GradientWorkspace, valueNeeded: Bool
  ) -> Double {
    if gradient.count != parameters.count { gradient = [Double](repeating: 0, count: parameters.count) }
    switch strategy {
    case .perWeight:
      return perWeightValueWithGradient(at: parameters, on: data, into: &gradient, sweep: &workspace.onePartial)
    case .chunked:
      switch GradientStrategy.chunkSize(forParameterCount: parameters.count) {
      case 2: return sweepValueWithGradient(at: parameters, on: data, into: &gradient, sweep: &workspace.twoPartials)
      case 4: return sweepValueWithGradient(at: parameters, on: data, into: &gradient, sweep: &workspace.fourPartials)
      default: return sweepValueWithGradient(at: parameters, on: data, into: &gradient, sweep: &workspace.eightPartials)
      }
    case .throughLogit:
      if valueNeeded { return throughLogitValueWithGradient(at: parameters, on: data, into: &gradient) }
      _ = throughLogitValueWithGradient(at: parameters, on: data, into: &gradient, value: WithoutLossValue.self)
      return .nan
    }
  }

  /// The loss at `parameters` and its gradient, in new arrays.
  ///
  /// ```swift
  /// let data = try Dataset(rows: [[1, 2]], labels: [1])
  /// LogisticLoss().valueWithGradient(at: [0, 0, 0], on: data).gradient   // [-0.5, -1.0, -0.5]
  /// ```
  /// - Parameters:
  ///   - parameters: The weights, then the bias if the model has one.
  ///   - data: The samples.
  ///   - strategy: How to compute the gradient (by default the fastest,
  ///     `.throughLogit`); see ``GradientStrategy``.
  /// - Returns: The loss and ∂loss/∂parameter.
  @inlinable
  public func valueWithGradient(
    at parameters: [Double], on data: Dataset, strategy: GradientStrategy = .throughLogit
  ) -> (value: Double, gradient: [Double]) {
    var gradient: [Double] = []
    var workspace = GradientWorkspace()
    let value = valueWithGradient(
      at: parameters, on: data, strategy: strategy, into: &gradient, workspace: &workspace)
    return (value, gradient)
  }

  /// The `.perWeight` strategy: the engine's sweeps of the whole loss, one
  /// partial at a time.
  ///
  /// Why this and `valueWithGradient(at:on:strategy:into:workspace:)` are
  /// always inlined, and this one is not the generic form below: a training
  /// loop (`fit`) then holds the whole sweep, so what its caller knows as a
  /// constant (the loss's settings, the feature count of the model) reaches
  /// the loop over samples. Left to the optimiser's judgement, the sweep went
  /// out of line and dualgrad-bench W2 `.perWeight` ran 8 % more instructions.
  @inlinable @inline(__always)
  func perWeightValueWithGradient(
    at parameters: [Double], on data: Dataset, into gradient: inout [Double], sweep: inout ForwardSweep<Dual<Double>>
  ) -> Double {
    sweep.load(count: parameters.count) { parameters[$0] }
    return sweep.valueWithGradient(of: { value(at: $0, on: data) }, into: &gradient)
  }

  /// The `.chunked` strategy: the engine's sweeps of the whole loss, N
  /// partials at a time.
  @inlinable
  func sweepValueWithGradient<Element: DualNumber>(
    at parameters: [Double], on data: Dataset, into gradient: inout [Double], sweep: inout ForwardSweep<Element>
  ) -> Double where Element.Scalar == Double {
    sweep.load(count: parameters.count) { parameters[$0] }
    return sweep.valueWithGradient(of: { value(at: $0, on: data) }, into: &gradient)
  }

  /// The `.throughLogit` strategy. With `WithoutLossValue` each sample
  /// gives its slope alone (`SampleLoss.slope(logit:label:)`, no log) and
  /// the result is meaningless (0). The choice is a type, not a `Bool`: the
  /// loop sits in closures (the buffer pointers'), which are specialised
  /// with their generic function but were not for a constant argument (one
  /// closure served both, the value still computed: callgrind, W2).
  @inlinable
  func throughLogitValueWithGradient<Value: LossValueDemand>(
    at parameters: [Double], on data: Dataset, into gradient: inout [Double], value: Value.Type = WithLossValue.self
  ) -> Double {
    let n = data.featureCount
    let m = data.count
    precondition(
      parameters.count == n || parameters.count == n + 1,
      "\(parameters.count) parameters for \(n) features: give \(n) weights and optionally a bias")
    let hasBias = parameters.count == n + 1
    var total = 0.0
    data.features.withUnsafeBufferPointer { x in
      data.labels.withUnsafeBufferPointer { labels in
        parameters.withUnsafeBufferPointer { w in
          gradient.withUnsafeMutableBufferPointer { g in
            for j in g.indices { g[j] = 0 }
            // The addresses once, outside the loop over samples (unwrapped
            // per sample, each was a test and a reload). featureCount ≥ 1,
            // so `w` and `g` are never empty, and `x` is not when m > 0.
            if m > 0 {
              let weights = w.baseAddress!
              let sums = g.baseAddress!
              // The loop over samples, specialised for each way of doing the
              // dense work: four rows at a time from 8 features on (see
              // `FourRowBlocks`; the same sums in the same order), one row at a
              // time below. One loop choosing per row cost W2's two-feature
              // rows 8 instructions each (5 % of an epoch; callgrind); two
              // loops cost it 0.5 % (14,749 -> 14,823 instructions an epoch:
              // this closure is no longer inlined into `fit`). `total` is
              // passed inout: captured, it cost an exclusivity check per call.
              @inline(__always) func loopOverSamples<Rows: RowKernels>(_ rows: inout Rows, _ total: inout Double) {
                var row = x.baseAddress!
                for i in 0..<m {
                  // The logit in plain Double, the bias added after the dot product
                  // as in `value(at:on:)`; from four features on, four running sums
                  // instead of one, so it can differ from there in the last bits.
                  var z = rows.dotProduct(ofRow: i, at: row)
                  if hasBias { z += weights[n] }
                  let slope: Double
                  if Value.isNeeded {
                    // One sweep of the generic sample loss: its value and dℓ/dz.
                    let sample = sampleLoss(logit: Dual(z, derivative: 1), label: labels[i])
                    total += sample.value
                    slope = sample.derivative
                  } else {
                    // dℓ/dz alone, the same bits without the value's log.
                    slope = sampleLoss.slope(logit: z, label: labels[i])
                  }
                  // The chain rule through z = x·w + b: ∂z/∂w_j = x_j, ∂z/∂b = 1.
                  rows.addMultiple(slope, ofRow: i, at: row)
                  if hasBias { sums[n] += slope }
                  row += n
                }
              }
              if n >= FourRowBlocks.minimumBlockedFeatureCount {
                var blocks = FourRowBlocks(rowCount: m, featureCount: n, weights: weights, gradient: sums)
                loopOverSamples(&blocks, &total)
              } else {
                var single = SingleRows(featureCount: n, weights: weights, gradient: sums)
                loopOverSamples(&single, &total)
              }
            }
            if reduction == .mean && m > 0 {
              let count = Double(m)
              total /= count
              for j in g.indices { g[j] /= count }
            }
            if l2Penalty != 0 {
              var squares = 0.0
              for j in 0..<n {
                // d(w_j·w_j)/dw_j by a one-partial sweep; Σ over the other
                // weights is constant in w_j.
                let wj = Dual(w[j], derivative: 1)
                let square = wj * wj
                squares += square.value
                g[j] += l2Penalty * square.derivative
              }
              total += l2Penalty * squares
            }
          }
        }
      }
    }
    return total
  }
}

/// Whether a gradient computation also needs the loss's value (a type, so
/// that the choice specialises the code; see `throughLogitValueWithGradient`).
@usableFromInline
protocol LossValueDemand {
  static var isNeeded: Bool { get }
}

/// The loss's value is wanted with the gradient.
@usableFromInline
enum WithLossValue: LossValueDemand {
  @inlinable static var isNeeded: Bool { true }
}

/// Only the gradient is wanted.
@usableFromInline
enum WithoutLossValue: LossValueDemand {
  @inlinable static var isNeeded: Bool { false }
}

// MARK: - Vector kernels of the through-the-logit gradient

/// Σ a[j]·b[j] with four running sums (lanes j mod 4), added pairwise at the
/// end: the additions no longer wait on one another, which made the 784-long
/// dot products of the wide example about twice as fast as one running sum.
@inlinable @inline(__always)
func dotProduct(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count: Int) -> Double {
  let rawA = UnsafeRawPointer(a)
  let rawB = UnsafeRawPointer(b)
  var sums = SIMD4<Double>()
  var j = 0
  while j + 4 <= count {
    sums +=
      rawA.loadUnaligned(fromByteOffset: j * 8, as: SIMD4<Double>.self)
      * rawB.loadUnaligned(fromByteOffset: j * 8, as: SIMD4<Double>.self)
    j += 4
  }
  // The remainder, at most three products, into lane 0, written out: as a
  // loop the compiler set up a vector loop for it with overlap checks, a
  // dozen instructions per call for the two features of W2.
  var first = sums[0]
  if j < count {
    first += a[j] * b[j]
    if j + 1 < count {
      first += a[j + 1] * b[j + 1]
      if j + 2 < count { first += a[j + 2] * b[j + 2] }
    }
  }
  // Below four the other lanes are 0, and adding them costs three additions
  // the compiler may not drop (−0 + 0 is +0); `first` starts at +0 and so is
  // never −0, and returning it alone changes no bit.
  if count < 4 { return first }
  return (first + sums[1]) + (sums[2] + sums[3])
}

/// y[j] += s·x[j] for j in 0..<count, four at a time. Each element gets the
/// same two roundings as the scalar loop; the vector form only spares the
/// compiler proving that x and y do not overlap.
@inlinable @inline(__always)
func addMultiple(_ s: Double, of x: UnsafePointer<Double>, to y: UnsafeMutablePointer<Double>, count: Int) {
  let rawX = UnsafeRawPointer(x)
  let rawY = UnsafeMutableRawPointer(y)
  let scale = SIMD4<Double>(repeating: s)
  var j = 0
  while j + 4 <= count {
    let sum =
      rawY.loadUnaligned(fromByteOffset: j * 8, as: SIMD4<Double>.self)
      + scale * rawX.loadUnaligned(fromByteOffset: j * 8, as: SIMD4<Double>.self)
    rawY.storeBytes(of: sum, toByteOffset: j * 8, as: SIMD4<Double>.self)
    j += 4
  }
  // The remainder written out, as in `dotProduct`.
  if j < count {
    y[j] += s * x[j]
    if j + 1 < count {
      y[j + 1] += s * x[j + 1]
      if j + 2 < count { y[j + 2] += s * x[j + 2] }
    }
  }
}

/// The result of trying to overfit one small batch.
public struct OverfitBatchReport: Sendable, Hashable {
    /// The training loss at each step, as the (possibly buggy) training code computed it.
    public var losses: [Double]
    /// The true loss on the batch after training (correct loss, real labels, no dropout).
    public var finalLoss: Double
    /// The accuracy on the batch after training, in [0, 1].
    public var finalAccuracy: Double
    /// Dense layers (0-based) whose parameters did not change at all.
    public var unchangedLayers: [Int]
    /// True when the run stopped on a NaN/∞ loss or gradient.
    public var diverged: Bool
    /// The loss the batch must get below.
    public var lossThreshold: Double

    /// True when the batch was memorised: true loss below the threshold, every row right, every
    /// layer updated, no divergence.
    public var passed: Bool {
        !diverged && finalLoss < lossThreshold && finalAccuracy == 1 && unchangedLayers.isEmpty
    }

    /// Why it failed (empty when it passed), in the course's words.
    public var findings: [String] {
        var result: [String] = []
        if diverged { result.append("the loss became NaN or infinite") }
        if !unchangedLayers.isEmpty {
            result.append("layers \(unchangedLayers.map { "dense\($0 + 1)" }.joined(separator: ", ")) never changed")
        }
        if finalLoss.isFinite && !(finalLoss < lossThreshold) {
            result.append("the loss on the batch stayed at \(finalLoss) (needs < \(lossThreshold))")
        }
        if finalAccuracy.isFinite && finalAccuracy < 1 {
            result.append("only \(Int((finalAccuracy * 100).rounded()))% of the batch is predicted right")
        }
        return result
    }
}

/// Triage step 1: a correct model and training loop can memorise a handful of examples (even
/// with random labels). If it cannot, there is a bug — in the loss, the data pipeline, the
/// optimiser or the backward pass.
public enum OverfitBatchTest {
    /// Trains a copy of `network` on `batch` alone (the whole batch every step) for `steps`
    /// steps with `configuration` (its faults included; batch size and validation ignored),
    /// then judges the result.
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func run<S: TrainingScalar>(
        network: Network<S>, batch: Dataset, configuration: TrainingConfiguration,
        steps: Int = 300, lossThreshold: Double = 0.05
    ) throws -> OverfitBatchReport {
        var config = configuration
        config.batchSize = batch.count
        config.validationInterval = 0
        config.earlyStopping = nil
        var trainer = try Trainer(network: network, training: batch, configuration: config)
        trainer.run(steps: steps)
        let final = trainer.evaluateTraining()
        var unchanged: [Int] = []
        for (d, info) in network.denseLayers.enumerated() {
            let same = info.parameterRange.allSatisfy {
                network.parameters[$0].bitPattern64 == trainer.network.parameters[$0].bitPattern64
            }
            if same { unchanged.append(d) }
        }
        var diverged = false
        if case .diverged = trainer.status { diverged = true }
        return OverfitBatchReport(losses: trainer.history.trainLoss, finalLoss: final.loss,
                                  finalAccuracy: final.accuracy, unchangedLayers: unchanged,
                                  diverged: diverged, lossThreshold: lossThreshold)
    }
}

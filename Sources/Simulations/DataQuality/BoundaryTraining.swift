import TrainingCore

/// A classifier of the plane being trained on one stage's data, streamable a few steps per
/// animation tick, with the probability map drawn from its current network.
///
/// MLP 2→32→32→2 (ReLU), Adam at lr 0.01, batches of 32: flexible enough to bend around
/// mislabeled points, which is how label noise costs accuracy. Deterministic in the seed.
struct BoundaryTraining: Sendable {
    /// Columns and rows of the probability map.
    static let gridColumns = 64
    static let gridRows = 40

    private(set) var trainer: Trainer<Float>
    let totalSteps: Int
    /// The cache key of the finished run.
    let key: String

    /// Nil when the core refuses the set-up (it cannot for this fixed architecture and data,
    /// but the simulation then shows the failure instead of crashing).
    init?(points: [TrainingPoint], steps: Int, seed: UInt64, key: String) {
        guard !points.isEmpty,
              let data = try? Dataset(features: points.flatMap { [$0.x, $0.y] }, featureCount: 2,
                                      labels: points.map(\.label), classCount: 2),
              let network = try? Network<Float>(architecture: .mlp(inputs: 2, hidden: [32, 32], outputs: 2), seed: seed),
              let trainer = try? Trainer(network: network, training: data, configuration: TrainingConfiguration(
                  optimizer: .adamDefault, learningRate: 0.01, batchSize: 32, evaluatesTrainingSet: false, seed: seed))
        else { return nil }
        self.trainer = trainer
        self.totalSteps = steps
        self.key = key
    }

    var stepsDone: Int { trainer.stepCount }
    var isFinished: Bool { stepsDone >= totalSteps || !trainer.status.isRunning }

    /// Runs up to `steps` more steps (never past the total).
    mutating func advance(steps: Int) {
        trainer.run(steps: min(steps, max(0, totalSteps - stepsDone)))
    }

    /// The mean training loss over the last 20 recorded steps.
    var recentLoss: Double {
        let losses = trainer.history.trainLoss.suffix(20)
        return losses.isEmpty ? .nan : losses.reduce(0, +) / Double(losses.count)
    }

    /// P(class 1) on a grid over the plane, row 0 at the top (largest y), by the core's
    /// ``DecisionGrid``; empty if the core refuses (it cannot for this 2-input network).
    func probabilityMap() -> [[Double]] {
        let grid = try? DecisionGrid.evaluate(trainer.network, x: NoisyMoons.xRange, y: NoisyMoons.yRange,
                                              columns: Self.gridColumns, rows: Self.gridRows)
        return grid?.probability ?? []
    }

    /// Accuracy on `test` (clean labels).
    func accuracy(on test: Dataset) -> Double {
        (try? trainer.network.evaluate(test).accuracy) ?? .nan
    }
}

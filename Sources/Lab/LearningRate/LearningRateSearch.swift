import Terminal
import TrainingCore

/// `lab lr-find`: Leslie Smith's learning-rate range test on a CSV table.
///
/// Trains a fresh copy of the spec's model on the training split while the learning rate
/// grows geometrically from 1e-6 to 10, one mini-batch per rate, and records the loss
/// (the training core's ``LearningRateFinder``: smoothed loss, stop on divergence, suggestion
/// one decade below the rate where the smoothed loss falls fastest). The sweep takes one epoch of
/// mini-batches, at least 100 and at most 300.
public struct LearningRateSearch: Sendable {
    /// The core's result: rates, raw and smoothed losses, minimum and suggestion.
    public var result: LearningRateFinderReport
    public var spec: ModelSpec
    /// "MLP 30→32→32→2 (ReLU)".
    public var modelSummary: String
    /// Training examples the sweep drew its mini-batches from.
    public var trainingCount: Int
    /// The target column (for the suggested command).
    public var target: String
    /// How the examples were made from the table (for the suggested command).
    public var data: LabDataset.Options

    /// Runs the range test on `table`.
    public static func run(_ table: DataTable, data options: LabDataset.Options, spec: ModelSpec) throws(LabError) -> LearningRateSearch {
        try spec.validate()
        let data = try LabDataset.prepare(table, options: options)
        try data.requireTrainable()
        let split = DataSplit.lab(data, seed: spec.seed)
        guard split.train.count >= 2 else {
            throw LabError(path: table.path, message: "\(data.count) labelled rows are too few for a range test")
        }
        let prepared = try PreparedSplit(data, split: split)
        let batch = min(spec.batchSize, prepared.training.count)
        let steps = min(300, max(100, prepared.training.count / max(1, batch)))
        let result: LearningRateFinderReport
        do {
            let network = try Network<Float>(architecture: spec.architecture(inputs: data.featureCount, classes: data.classCount),
                                             initializer: .he, seed: spec.seed)
            result = try LearningRateFinder.run(network: network, data: prepared.training,
                                                configuration: spec.configuration(validationInterval: 0),
                                                start: 1e-6, end: 10, steps: steps)
        } catch {
            throw LabError(message: "cannot run the range test: \(error)")
        }
        return LearningRateSearch(result: result, spec: spec,
                                  modelSummary: spec.summary(inputs: data.featureCount, classes: data.classCount),
                                  trainingCount: split.train.count, target: table.columnNames[data.targetColumn],
                                  data: options)
    }

    /// `lab lr-find --format json`.
    public var json: JSONValue {
        .object([
            ("model", .string(modelSummary)),
            ("optimizer", .string(spec.optimizer.rawValue)),
            ("batch_size", .int(spec.batchSize)),
            ("train_rows", .int(trainingCount)),
            ("learning_rates", .numbers(result.learningRates)),
            ("losses", .numbers(result.losses)),
            ("smoothed_losses", .numbers(result.smoothedLosses)),
            ("minimum_loss_lr", .number(result.minimumLossRate)),
            ("steepest_lr", .number(result.steepestDescentRate)),
            ("suggested_lr", .number(result.suggestedLearningRate)),
            ("stopped_at_divergence", .bool(result.stoppedAtDivergence)),
        ])
    }
}

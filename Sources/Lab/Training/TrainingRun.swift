import TrainingCore

/// One `lab train` run: the model trained on the training split, its curves, and its
/// evaluation on the validation split.
///
/// Built by ``train(_:split:spec:progress:)``: missing values are filled with the training
/// means and features standardised with statistics of the training split only (the core's
/// ``Standardizer``), so nothing about validation leaks into training; the network trains with ``ModelSpec``'s
/// settings, and both splits are evaluated before training (epoch 0) and after every epoch.
/// Deterministic: the same data, split and spec give the same run.
public struct TrainingRun: Sendable {
    /// Per-epoch curves (epoch 0 is before the first update).
    public struct Curves: Sendable, Hashable {
        public var epoch: [Int] = []
        public var trainLoss: [Double] = []
        public var validationLoss: [Double] = []
        public var trainAccuracy: [Double] = []
        public var validationAccuracy: [Double] = []
    }

    public var spec: ModelSpec
    /// "MLP 4→32→32→3 (ReLU)".
    public var modelSummary: String
    /// Epochs asked for, and completed (fewer when training diverged).
    public var plannedEpochs: Int
    public var completedEpochs: Int
    public var featureNames: [String]
    public var classNames: [String]
    /// Columns that did not become features, and rows left out for a missing label.
    public var skippedColumns: [LabDataset.SkippedColumn]
    public var droppedRows: Int
    public var trainingCount: Int
    public var validationCount: Int
    public var curves: Curves
    /// Accuracy of the final model on each split.
    public var trainAccuracy: Double
    public var validationAccuracy: Double
    /// The final model's predictions on the validation split, scored.
    public var validation: ClassificationReport
    /// The diagnosis of the curves.
    public var verdict: FitVerdict
    /// The loss of predicting the training class frequencies (the entropy), for reference.
    public var chanceLoss: Double
    /// The step at which the loss or gradient became non-finite, if it did.
    public var divergedAtStep: Int?
    /// Per dense layer: name and the gradient norm at each step.
    public var layerNames: [String]
    public var layerGradientNorms: [[Double]]
    /// The trained network and what it expects: missing values filled with ``fill`` (the
    /// training means), then ``standardizer``.
    public var network: Network<Float>
    public var fill: [Double]
    public var standardizer: Standardizer

    /// Trains `spec`'s model on `split.train` of `data` and evaluates it on
    /// `split.validation`. `progress` is called after each epoch with (done, planned).
    /// Throws a ``LabError`` when a split is empty or a setting is out of range.
    public static func train(_ data: LabDataset, split: DataSplit, spec: ModelSpec,
                             progress: ((Int, Int) -> Void)? = nil) throws(LabError) -> TrainingRun {
        try spec.validate()
        try data.requireTrainable()
        guard split.train.count >= 2, !split.validation.isEmpty else {
            throw LabError(message: "\(data.count) labelled rows are too few to train on some and validate on the rest",
                           hint: "the lab holds out 20% of the rows for validation; it needs at least 10 rows")
        }
        let prepared = try PreparedSplit(data, split: split)
        let training = prepared.training, validation = prepared.validation
        let architecture = spec.architecture(inputs: data.featureCount, classes: data.classCount)
        var trainer: Trainer<Float>
        do {
            let network = try Network<Float>(architecture: architecture, initializer: .he, seed: spec.seed)
            let batch = min(spec.batchSize, training.count)
            let stepsPerEpoch = max(1, training.count / batch)
            trainer = try Trainer(network: network, training: training, validation: validation,
                                  configuration: spec.configuration(validationInterval: stepsPerEpoch))
        } catch {
            throw LabError(message: "cannot set up training: \(error)")
        }
        let planned = spec.epochs(forTrainingRows: training.count)
        var curves = Curves()
        let start = trainer.evaluateTraining(), startValidation = trainer.evaluateValidation()
        curves.epoch.append(0)
        curves.trainLoss.append(start.loss)
        curves.trainAccuracy.append(start.accuracy)
        curves.validationLoss.append(startValidation?.loss ?? .nan)
        curves.validationAccuracy.append(startValidation?.accuracy ?? .nan)
        var completed = 0
        while completed < planned, trainer.status.isRunning {
            trainer.run(epochs: 1)
            guard trainer.status.isRunning else { break }
            completed += 1
            let h = trainer.history
            if let last = h.validationLoss.last, let trainLoss = h.trainEvaluationLoss.last {
                curves.epoch.append(completed)
                curves.trainLoss.append(trainLoss)
                curves.validationLoss.append(last)
                curves.trainAccuracy.append(h.trainEvaluationAccuracy.last ?? .nan)
                curves.validationAccuracy.append(h.validationAccuracy.last ?? .nan)
            }
            progress?(completed, planned)
        }
        let network = trainer.network
        let predicted = (try? network.predictedClasses(for: validation)) ?? []
        let report = try PredictionEvaluation.report(truth: validation.labels, predicted: predicted, classCount: data.classCount)
        let trainAccuracy = trainer.evaluateTraining().accuracy
        let validationAccuracy = report.accuracy
        var diverged: Int?
        if case .diverged(let step) = trainer.status { diverged = step }
        let chance = TrainingRun.entropy(training.classCounts)
        let verdict = FitVerdict.judge(trainLoss: curves.trainLoss, validationLoss: curves.validationLoss,
                                       trainAccuracy: trainAccuracy, validationAccuracy: validationAccuracy,
                                       chanceLoss: chance, diverged: diverged != nil)
        return TrainingRun(spec: spec, modelSummary: spec.summary(inputs: data.featureCount, classes: data.classCount),
                           plannedEpochs: planned, completedEpochs: completed, featureNames: data.featureNames,
                           classNames: data.classNames, skippedColumns: data.skippedColumns, droppedRows: data.droppedRows, trainingCount: split.train.count,
                           validationCount: split.validation.count, curves: curves, trainAccuracy: trainAccuracy,
                           validationAccuracy: validationAccuracy, validation: report, verdict: verdict, chanceLoss: chance,
                           divergedAtStep: diverged, layerNames: trainer.history.layerNames,
                           layerGradientNorms: trainer.history.layerGradientNorms, network: network,
                           fill: prepared.fill, standardizer: prepared.standardizer)
    }

    /// The entropy (nats) of class frequencies: the cross-entropy of always predicting them.
    public static func entropy(_ counts: [Int]) -> Double {
        let total = Double(counts.reduce(0, +))
        guard total > 0 else { return 0 }
        var h = 0.0
        for c in counts where c > 0 {
            let p = Double(c) / total
            h -= p * DeterministicMath.log(p)
        }
        return h
    }
}

/// A split made ready for the network: missing values filled with the training means, then
/// features standardised on the training part.
struct PreparedSplit {
    var fill: [Double]
    var standardizer: Standardizer
    var training: Dataset
    var validation: Dataset

    init(_ data: LabDataset, split: DataSplit) throws(LabError) {
        fill = data.trainingMeans(split.train)
        let rawTraining = try data.dataset(split.train, fill: fill)
        standardizer = Standardizer(fittedOn: rawTraining)
        training = standardizer.transform(rawTraining)
        validation = standardizer.transform(try data.dataset(split.validation, fill: fill))
    }
}

extension DataSplit {
    /// The lab's split for `data` (from the split stream of `seed`): by entity when the data
    /// has groups, so no entity is on both sides; else stratified by class.
    public static func lab(_ data: LabDataset, validationFraction: Double = 0.2, seed: UInt64) -> DataSplit {
        var rng = SplitMix64(seed: seed, stream: .split)
        if !data.groups.isEmpty {
            return byEntity(entities: data.groups, validationFraction: validationFraction, using: &rng)
        }
        return stratified(labels: data.labels, validationFraction: validationFraction, using: &rng)
    }

    /// The split by row a naive pipeline makes (stratified by class, groups ignored): the one
    /// the audit's leakage checks look at.
    public static func byRow(_ data: LabDataset, validationFraction: Double = 0.2, seed: UInt64) -> DataSplit {
        var rng = SplitMix64(seed: seed, stream: .split)
        return stratified(labels: data.labels, validationFraction: validationFraction, using: &rng)
    }
}

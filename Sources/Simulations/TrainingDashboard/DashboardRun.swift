import TrainingCore

/// What the dashboard shows of a run, finished or in progress: its history, a histogram of
/// the network's parameters now, and the training core's diagnosis of the history.
struct DashboardRun: Sendable {
    var history: TrainingHistory
    var histogram: ParameterHistogram
    var diagnosis: TrainingDiagnosis
    /// The batch size the trainer used (the setting clamped to the training-set size).
    var batchSize: Int
    /// The step at which the loss or gradient became NaN/∞, if it did.
    var divergedAt: Int?

    init(_ trainer: Trainer<Float>) {
        history = trainer.history
        histogram = ParameterHistogram.of(trainer.network, bins: 24)
        diagnosis = TrainingDiagnosis(history: trainer.history)
        batchSize = trainer.batchSize
        if case let .diverged(step) = trainer.status { divergedAt = step } else { divergedAt = nil }
    }
}

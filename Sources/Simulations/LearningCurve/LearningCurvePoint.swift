import TrainingCore

/// One point of a learning curve: a model trained on `size` points and scored on its training
/// set and on the validation set.
///
/// Scores are R² = 1 − MSE / variance of the scored targets (1 is perfect, 0 is no better than
/// predicting the mean, below 0 worse than that), as scikit-learn scores regressors.
struct LearningCurvePoint: Sendable, Hashable {
    var size: Int
    var trainScore: Double
    var validationScore: Double

    /// Training score minus validation score.
    var gap: Double { trainScore - validationScore }

    /// Trains the task's degree-`degree` model on the first `size` evenly spaced points of
    /// `pool` and scores it. Evaluates only at the end (no curves are needed here).
    static func train(task: CurveFittingTask, pool: CurveSamples, validation: CurveSamples,
                      size: Int, degree: Int, seed: UInt64) -> LearningCurvePoint {
        var finalOnly = task
        finalOnly.evaluationInterval = task.epochs
        let training = pool.evenlySpaced(size)
        guard let fit = finalOnly.fit(training: training, validation: validation, degree: degree,
                                      weightDecay: 0, seed: seed) else {
            return LearningCurvePoint(size: size, trainScore: .nan, validationScore: .nan)
        }
        let validationVariance = CurveFittingTask.variance(validation.y)
        return LearningCurvePoint(
            size: training.count,
            trainScore: fit.baseline > 0 ? 1 - fit.finalTrainLoss / fit.baseline : .nan,
            validationScore: validationVariance > 0 ? 1 - fit.finalValidationLoss / validationVariance : .nan)
    }
}

/// What a learning curve says about collecting more data, read from real trainings on more data.
///
/// The reference size is a small data set (40 points); the curve goes on to eight times as
/// much. With Δ the validation score gained from the reference size to the largest size:
/// - `moreDataHelps` when Δ > 0.05: training on more data really raised the validation score;
/// - otherwise `plateauLow` when the training score at the reference size is below 0.75: both
///   curves have flattened at a poor score, and only more capacity can help;
/// - otherwise `plateauHigh`: both scores are high and together; more data changes little.
enum LearningCurveReading: String, Sendable, CaseIterable {
    case moreDataHelps = "more-data-helps"
    case plateauLow = "plateau-low"
    case plateauHigh = "plateau-high"

    static let meaningfulGain = 0.05
    static let lowScore = 0.75

    /// The reading of `points` (in increasing size) with "your" data at `referenceSize`; nil
    /// when the curve does not reach past it yet.
    static func read(_ points: [LearningCurvePoint], referenceSize: Int) -> LearningCurveReading? {
        guard let reference = points.first(where: { $0.size == referenceSize }),
              let last = points.last, last.size > referenceSize else { return nil }
        let gain = last.validationScore - reference.validationScore
        guard gain.isFinite else { return .moreDataHelps }
        if gain > meaningfulGain { return .moreDataHelps }
        return reference.trainScore < lowScore ? .plateauLow : .plateauHigh
    }

    var moreDataHelps: Bool { self == .moreDataHelps }

    var explanation: String {
        switch self {
        case .moreDataHelps: return "more data helps: validation catches up with training as the set grows"
        case .plateauLow: return "more data would not help: both scores flatten low, the model is too simple"
        case .plateauHigh: return "both scores are high and together: more data changes little"
        }
    }
}

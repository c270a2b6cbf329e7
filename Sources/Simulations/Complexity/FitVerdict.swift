/// Whether a training run underfits, fits well or overfits, read from its loss curves.
///
/// The rule, with t the final training loss, v the final validation loss, v* the lowest
/// validation loss of the run and B the baseline (the loss of predicting the mean target):
/// - `underfit` when t ≥ 0.3·B: the model cannot even fit its own training data (it explains
///   less than 70 % of the variance), so both losses stay high;
/// - `overfit` when t ≤ 0.25·v (training loss near zero next to the validation loss) and the
///   validation loss has risen after its minimum (v ≥ 1.05·v*) or stays far above (v − t ≥ 0.3·B);
/// - `good` otherwise: both losses low and close.
/// A training loss that is not finite counts as `underfit`, a validation loss that is not
/// finite (with a finite training loss) as `overfit`.
public enum FitVerdict: String, Sendable, CaseIterable {
    case underfit
    case good
    case overfit

    /// The share of the baseline at or above which the training loss counts as high.
    static let highLoss = 0.3
    /// The training loss counts as near zero at or below this share of the validation loss.
    static let nearZero = 0.25
    /// The validation loss has risen when it ends this factor above its minimum.
    static let risen = 1.05
    /// A gap (v − t) this share of the baseline counts as large on its own.
    static let largeGap = 0.3

    /// The verdict for the final losses and lowest validation loss of a run (see the type).
    public static func judge(finalTrain t: Double, finalValidation v: Double,
                             lowestValidation vMin: Double, baseline b: Double) -> FitVerdict {
        guard t.isFinite, b > 0, t < highLoss * b else { return .underfit }
        guard v.isFinite else { return .overfit }
        if t <= nearZero * v && (v >= risen * vMin || v - t >= largeGap * b) { return .overfit }
        return .good
    }

    /// The verdict of a run's curves.
    static func judge(_ fit: CurveFit) -> FitVerdict {
        judge(finalTrain: fit.finalTrainLoss, finalValidation: fit.finalValidationLoss,
              lowestValidation: fit.validationLoss.filter(\.isFinite).min() ?? .nan, baseline: fit.baseline)
    }

    /// One line for the learner.
    var explanation: String {
        switch self {
        case .underfit: return "underfit: both losses stay high, the model is too simple for the curve"
        case .good: return "good: both losses are low and close together"
        case .overfit: return "overfit: training loss near zero while validation loss stays far above it or climbs"
        }
    }
}

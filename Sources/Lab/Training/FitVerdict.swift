/// What the training and validation curves say about the fit: the diagnosis of triage step 3.
///
/// Rules, on per-epoch losses (training loss over the whole training set, no dropout):
/// - `diverged`: the loss became NaN or infinite.
/// - `overfit`: validation loss (the mean of the last three epochs, against noise) ended above
///   its minimum by more than 10% of the minimum and more than 5% of the chance level, with the
///   minimum before the last fifth of the run; or training accuracy beats validation accuracy
///   by more than 10 points while validation loss is over 1.5× training loss.
/// - `underfit`: otherwise, training loss still above 60% of the chance level (the entropy of
///   the class frequencies: the loss of always predicting them), i.e. the model explains
///   less than 40% of the label uncertainty on data it trains on.
/// - `good`: neither.
public enum FitVerdict: String, Sendable, Hashable, CaseIterable {
    case underfit, overfit, good, diverged

    /// The verdict for a run's curves; `chanceLoss` is the entropy of the training classes.
    public static func judge(trainLoss: [Double], validationLoss: [Double], trainAccuracy: Double,
                             validationAccuracy: Double, chanceLoss: Double, diverged: Bool) -> FitVerdict {
        if diverged || trainLoss.contains(where: { !$0.isFinite }) || validationLoss.contains(where: { !$0.isFinite }) {
            return .diverged
        }
        guard let finalTrain = trainLoss.last, let finalValidation = validationLoss.last,
              let best = validationLoss.indices.min(by: { validationLoss[$0] < validationLoss[$1] }) else { return .good }
        let bestLoss = validationLoss[best]
        let tail = validationLoss.suffix(3)
        let smoothed = tail.reduce(0, +) / Double(tail.count)
        let rise = smoothed - bestLoss
        let risingAfterMinimum = rise > max(0.1 * bestLoss, 0.05 * chanceLoss) && Double(best) < 0.8 * Double(validationLoss.count - 1)
        let gap = trainAccuracy - validationAccuracy > 0.1 && finalValidation > 1.5 * finalTrain
        if risingAfterMinimum || gap { return .overfit }
        if finalTrain > 0.6 * chanceLoss { return .underfit }
        return .good
    }

    /// One line for the learner: what the curves show.
    public var meaning: String {
        switch self {
        case .underfit: return "both losses stay high: the model cannot fit even the training data"
        case .overfit: return "training loss is low but validation loss is higher and rising: the model memorises"
        case .good: return "both losses are low and close together"
        case .diverged: return "the loss became NaN or infinite: training blew up"
        }
    }

    /// What to try next.
    public var advice: String {
        switch self {
        case .underfit: return "Add capacity (--hidden 64,64), train longer (--epochs), raise the learning rate a little, or add better features; check the data (lab audit)."
        case .overfit: return "Regularise (--weight-decay 1e-4, --dropout 0.2), stop earlier (fewer --epochs), use a smaller model, or get more data."
        case .good: return "Evaluate it properly: per-class recall and F1 below, and a held-out test set you have not looked at."
        case .diverged: return "Lower the learning rate by 10× (lab lr-find suggests one) and look for NaN or huge values in the data (lab audit)."
        }
    }
}

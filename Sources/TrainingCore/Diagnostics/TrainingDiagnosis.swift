/// The six training pathologies of the dashboard lesson (plus healthy).
public enum Pathology: String, Sendable, Hashable, CaseIterable {
    /// Loss falls steadily and validation follows it.
    case healthy
    /// Updates overshoot: the loss jumps, rises above where it started, or turns NaN.
    case lrTooHigh = "lr-too-high"
    /// Updates are too small: the loss barely moves in the whole run.
    case lrTooLow = "lr-too-low"
    /// Training loss keeps falling while validation loss turns back up.
    case overfitting
    /// Gradients are huge from the very first steps (orders of magnitude above a healthy norm).
    case explodingGradients = "exploding-gradients"
    /// Gradients die out on the way back: the first layer gets almost nothing.
    case vanishingGradients = "vanishing-gradients"
}

/// One number the diagnosis looked at, with the rule it was compared against.
public struct DiagnosisEvidence: Sendable, Hashable {
    /// What was measured ("gradient norm over the first 3 steps (median)", ...).
    public var name: String
    /// The measured value.
    public var value: Double
    /// The rule, in words ("≥ 100 means exploding").
    public var rule: String
    /// Whether this measurement triggered the verdict.
    public var decisive: Bool
}

/// A verdict on a training history with the evidence behind it.
///
/// Computed from the ``TrainingHistory`` alone (losses, gradient norms per layer, validation
/// curve), never from the settings that produced it. Rules, in order:
/// 1. exploding-gradients: the gradient norm of the first steps (median of up to 3) ≥ 100;
/// 2. lr-too-high: the loss became NaN/∞ or rose above 2× its first value;
/// 3. vanishing-gradients: the first layer's gradient norm is < 1% of the last layer's
///    (median over steps);
/// 4. lr-too-high: the final loss (mean of the last tenth) is above 1.1× the initial one
///    (median of the first five), or above 0.8× while jumping by > 25% of its level per step;
/// 5. lr-too-low: the final loss is above 0.8× the initial one;
/// 6. overfitting: the validation loss ended ≥ 25% and ≥ 0.05 above its minimum, and above the
///    training loss;
/// 7. healthy otherwise.
public struct TrainingDiagnosis: Sendable, Hashable {
    /// The verdict.
    public var pathology: Pathology
    /// Every measurement considered, decisive ones marked.
    public var evidence: [DiagnosisEvidence]

    /// A one-line explanation built from the decisive evidence.
    public var summary: String {
        let decisive = evidence.filter(\.decisive)
        if decisive.isEmpty { return "\(pathology.rawValue): no warning sign" }
        return "\(pathology.rawValue): " + decisive.map { "\($0.name) = \(TrainingDiagnosis.format($0.value)) (\($0.rule))" }
            .joined(separator: "; ")
    }

    static func format(_ v: Double) -> String {
        if !v.isFinite { return v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
        let a = abs(v)
        if a != 0 && (a < 1e-3 || a >= 1e4) {
            var exponent = 0
            var m = a
            while m >= 10 { m /= 10; exponent += 1 }
            while m < 1 { m *= 10; exponent -= 1 }
            let rounded = (m * 100).rounded() / 100
            return "\(v < 0 ? "-" : "")\(rounded)e\(exponent)"
        }
        return "\((v * 1000).rounded() / 1000)"
    }

    /// Diagnoses `history`. An empty history is healthy with no evidence.
    public init(history: TrainingHistory) {
        var evidence: [DiagnosisEvidence] = []
        let losses = history.trainLoss
        guard let firstLoss = losses.first else {
            pathology = .healthy
            self.evidence = []
            return
        }
        func median(_ values: [Double]) -> Double {
            let finite = values.filter(\.isFinite).sorted()
            return finite.isEmpty ? .nan : finite[finite.count / 2]
        }
        func record(_ name: String, _ value: Double, _ rule: String, _ decisive: Bool) {
            evidence.append(DiagnosisEvidence(name: name, value: value, rule: rule, decisive: decisive))
        }

        // 1. Exploding gradients: huge from the start.
        let initialNorm = median(Array(history.gradientNorm.prefix(3)))
        let exploding = initialNorm >= 100 || (history.gradientNorm.first.map { !$0.isFinite } ?? false)
        record("gradient norm over the first 3 steps (median)", initialNorm, "≥ 100 means exploding gradients", exploding)
        if exploding {
            pathology = .explodingGradients
            self.evidence = evidence
            return
        }

        // 2. Learning rate too high (blow-up): NaN/∞ or a loss far above where it started.
        let nonFinite = history.nonFiniteStep != nil || losses.contains { !$0.isFinite }
        let peak = losses.dropFirst().filter(\.isFinite).max() ?? firstLoss
        let start = median(Array(losses.prefix(5)))
        let tail = losses.suffix(max(1, losses.count / 10)).filter(\.isFinite)
        let finalLoss = tail.isEmpty ? Double.nan : tail.reduce(0, +) / Double(tail.count)
        let progress = finalLoss / start
        var jumps: [Double] = []
        let half = losses.suffix(max(2, losses.count / 2))
        for (a, b) in zip(half, half.dropFirst()) where a.isFinite && b.isFinite {
            jumps.append(abs(b - a))
        }
        let level = median(Array(half))
        let roughness = jumps.isEmpty || !(level > 0) ? 0 : (jumps.reduce(0, +) / Double(jumps.count)) / level
        record("loss became NaN/∞", nonFinite ? 1 : 0, "1 means the run diverged", nonFinite)
        let rose = peak > 2 * firstLoss
        record("peak loss / first loss", peak / firstLoss, "> 2 means the loss blew up", rose)
        if nonFinite || rose {
            pathology = .lrTooHigh
            self.evidence = evidence
            return
        }

        // 3. Vanishing gradients: the first layer hears almost nothing.
        if history.layerGradientNorms.count >= 2,
           let first = history.layerGradientNorms.first, let last = history.layerGradientNorms.last {
            let ratios = zip(first, last).compactMap { f, l -> Double? in l > 0 ? f / l : nil }
            let ratio = median(ratios)
            let vanishing = ratio < 0.01
            record("first-layer / last-layer gradient norm", ratio, "< 0.01 means vanishing gradients", vanishing)
            if vanishing {
                pathology = .vanishingGradients
                self.evidence = evidence
                return
            }
        }

        // Learning rate too high (overshooting): worse than at the start, or jumpy and stuck.
        let endedHigher = progress > 1.1
        record("final loss / initial loss", progress, "> 1.1 means it got worse; > 0.8 means little progress", endedHigher)
        let jumpy = progress > 0.8 && roughness > 0.25
        record("step-to-step loss change / loss level", roughness, "> 0.25 with little progress means overshooting", jumpy)
        if endedHigher || jumpy {
            pathology = .lrTooHigh
            self.evidence = evidence
            return
        }

        // 4. Learning rate too low: hardly any progress.
        if progress > 0.8 {
            evidence = evidence.map { e in
                var e = e
                if e.name == "final loss / initial loss" { e.decisive = true }
                return e
            }
            pathology = .lrTooLow
            self.evidence = evidence
            return
        }

        // 5. Overfitting: validation turns back up while training goes on down.
        let validation = history.validationLoss.filter(\.isFinite)
        if validation.count >= 3, let minimum = validation.min(), let lastValidation = validation.last {
            let trainReference = history.trainEvaluationLoss.last ?? finalLoss
            let rise = lastValidation - minimum
            let overfit = lastValidation >= 1.25 * minimum && rise >= 0.05 && lastValidation > trainReference
            record("final / minimum validation loss", lastValidation / minimum, "≥ 1.25 (and above the training loss) means overfitting", overfit)
            record("validation − training loss", lastValidation - trainReference, "the generalisation gap", overfit)
            if overfit {
                pathology = .overfitting
                self.evidence = evidence
                return
            }
        }
        pathology = .healthy
        self.evidence = evidence
    }
}

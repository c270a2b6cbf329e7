import TrainingCore

/// The five-step triage on a learner's data, step by step, stopped at the first failure.
///
/// Steps: (1) overfit 10 examples, (2) overfit a subset of 100–500, (3) train on all the data
/// and read the curves, (4) gradient health, (5) the data audit. A failed step ends the
/// triage: later steps are ``Status/skipped`` and ``conclusion`` says what the failure points
/// to, as the course teaches. A warning (an overfitting verdict, dead units below the limit,
/// audit warnings) does not stop it.
public struct TriageReport: Sendable {
    /// How a step ended.
    public enum Status: String, Sendable, Hashable {
        case passed, warning, failed, skipped
    }

    /// One hidden layer's health in step 4.
    public struct LayerHealth: Sendable, Hashable {
        /// "dense1", ...
        public var name: String
        /// The median gradient norm over the first and the last epoch of step 3.
        public var firstGradientNorm: Double
        public var lastGradientNorm: Double
        /// The numerical gradient check's largest relative error for this layer.
        public var gradientCheckError: Double
        /// For the ReLU after this layer (nil for the output layer): dead units and total.
        public var deadUnits: Int?
        public var units: Int
        /// Mean, spread and share of zeros of the activation after this layer (nil for the output).
        public var activationMean: Double?
        public var activationStd: Double?
        public var fractionZero: Double?
    }

    /// One step's result.
    public struct Step: Sendable {
        /// 1 to 5.
        public var number: Int
        /// "Overfit 10 examples", ...
        public var name: String
        public var status: Status
        /// One line: what happened.
        public var summary: String
        /// Evidence, one line each.
        public var details: [String]
        /// For a failed or warning step: what it points to and what to do.
        public var pointsTo: String?
        /// Steps 1 and 2: the training loss at each update.
        public var losses: [Double] = []
        /// Step 3: the run's curves and verdict.
        public var curves: TrainingRun.Curves?
        public var verdict: FitVerdict?
        /// Step 4: per dense layer.
        public var layers: [LayerHealth] = []
        /// Step 5: the audit.
        public var audit: AuditReport?
    }

    /// The model the triage trained ("MLP 30→32→32→2 (ReLU)").
    public var modelSummary: String
    /// The five steps in order (skipped ones included).
    public var steps: [Step]
    /// The step that failed, if one did.
    public var stoppedAt: Int? { steps.first { $0.status == .failed }?.number }
    /// What the triage concludes, in a sentence or two.
    public var conclusion: String
}

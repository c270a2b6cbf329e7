/// One quiz question: what is asked, how many points it is worth, and what answers it.
public struct Question: Sendable {
    /// Unique in the quiz, `[a-z0-9-]`.
    public var id: String
    /// Markdown text of the question.
    public var prompt: String
    /// Full marks (default 1); partial credit scales it.
    public var points: Double
    /// Shown after the question is answered or skipped.
    public var explanation: String?
    /// Hints in the order they are offered.
    public var hints: [String]
    public var kind: QuestionKind
    /// Where the question's mapping starts in the quiz file.
    public var location: SourceLocation

    public init(id: String, prompt: String, points: Double = 1, explanation: String? = nil, hints: [String] = [],
                kind: QuestionKind, location: SourceLocation = .start) {
        self.id = id
        self.prompt = prompt
        self.points = points
        self.explanation = explanation
        self.hints = hints
        self.kind = kind
        self.location = location
    }
}

/// What kind of question it is and what answers it correctly (the `type` and its keys).
public enum QuestionKind: Sendable {
    /// Exactly one correct choice; all or nothing.
    case single([Choice])
    /// One or more correct choices; partial credit (see ``Choice/weight`` for GIFT weights).
    case multiple([Choice])
    case trueFalse(TrueFalseAnswer)
    case numeric(NumericAnswer)
    case text(TextAnswer)
    /// Items listed in the correct order.
    case order([OrderItem])
    case match(MatchAnswer)
    case simTask(SimTask)

    /// The `type` as written in a quiz file.
    public var typeName: String {
        switch self {
        case .single: "single"
        case .multiple: "multiple"
        case .trueFalse: "true-false"
        case .numeric: "numeric"
        case .text: "text"
        case .order: "order"
        case .match: "match"
        case .simTask: "sim-task"
        }
    }

    /// Every `type` a quiz file may name.
    public static let typeNames = ["single", "multiple", "true-false", "numeric", "text", "order", "match", "sim-task"]
}

/// A choice of a `single` or `multiple` question.
public struct Choice: Sendable, Hashable {
    public var id: String
    public var text: String
    public var isCorrect: Bool
    /// Shown when this choice is picked.
    public var feedback: String?
    /// For `multiple`: the share of the points this choice gives when picked, in percent
    /// (-100…100), as in a GIFT bank. When any choice of a question has a weight, the score is
    /// the sum of the picked choices' weights, clamped to 0…100 %.
    public var weight: Double?
    public var location: SourceLocation

    public init(id: String, text: String, isCorrect: Bool, feedback: String? = nil, weight: Double? = nil,
                location: SourceLocation = .start) {
        self.id = id
        self.text = text
        self.isCorrect = isCorrect
        self.feedback = feedback
        self.weight = weight
        self.location = location
    }
}

/// The answer of a `true-false` question.
public struct TrueFalseAnswer: Sendable, Hashable {
    public var answer: Bool
    /// Shown when the learner answers `true`.
    public var feedbackTrue: String?
    /// Shown when the learner answers `false`.
    public var feedbackFalse: String?

    public init(answer: Bool, feedbackTrue: String? = nil, feedbackFalse: String? = nil) {
        self.answer = answer
        self.feedbackTrue = feedbackTrue
        self.feedbackFalse = feedbackFalse
    }
}

/// The answer of a `numeric` question: a value with a tolerance, or a range.
public struct NumericAnswer: Sendable, Hashable {
    public enum Accepted: Sendable, Hashable {
        /// |given − value| ≤ tolerance.
        case absolute(value: Double, tolerance: Double)
        /// |given − value| ≤ fraction · |value| (`tolerance: 5%` is 0.05).
        case relative(value: Double, fraction: Double)
        /// low ≤ given ≤ high.
        case range(low: Double, high: Double)
    }

    public var accepted: Accepted
    /// A unit shown with the question; `%` lets learners type `10%`.
    public var unit: String?

    public init(accepted: Accepted, unit: String? = nil) {
        self.accepted = accepted
        self.unit = unit
    }

    /// A value that is accepted: the answer, or the middle of the range.
    public var referenceValue: Double {
        switch accepted {
        case .absolute(let value, _), .relative(let value, _): value
        case .range(let low, let high): low + (high - low) / 2
        }
    }
}

/// The answer of a `text` question: accepted answers and regular expressions.
public struct TextAnswer: Sendable, Hashable {
    /// Compared after normalisation (case, spaces, Unicode, a trailing full stop).
    public var accept: [String]
    /// Regular expressions (ICU syntax) matched case-insensitively against the normalised
    /// answer, anywhere in it unless anchored.
    public var patterns: [String]
    /// Where each pattern was written, for diagnostics.
    public var patternLocations: [SourceLocation]

    public init(accept: [String], patterns: [String] = [], patternLocations: [SourceLocation] = []) {
        self.accept = accept
        self.patterns = patterns
        self.patternLocations = patternLocations
    }
}

/// An item of an `order` question.
public struct OrderItem: Sendable, Hashable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// The pairs and options of a `match` question.
public struct MatchAnswer: Sendable, Hashable {
    public struct Pair: Sendable, Hashable {
        public var id: String
        public var text: String
        /// The id of the option this pair goes with.
        public var match: String

        public init(id: String, text: String, match: String) {
            self.id = id
            self.text = text
            self.match = match
        }
    }

    public struct Option: Sendable, Hashable {
        public var id: String
        public var text: String

        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    public var pairs: [Pair]
    public var options: [Option]

    public init(pairs: [Pair], options: [Option]) {
        self.pairs = pairs
        self.options = options
    }
}

/// A `sim-task`: adjust a simulation's settings until a goal on its snapshot holds.
public struct SimTask: Sendable, Hashable {
    /// A `NAME: VALUE` setting.
    public struct Setting: Sendable, Hashable {
        public var name: String
        public var value: String
        public var location: SourceLocation

        public init(name: String, value: String, location: SourceLocation = .start) {
            self.name = name
            self.value = value
            self.location = location
        }
    }

    /// One condition on the snapshot.
    public struct Goal: Sendable, Hashable {
        public enum Comparison: Sendable, Hashable {
            case equals(String)
            case atLeast(Double)
            case atMost(Double)
        }

        /// A dotted snapshot key: `diagnosis`, `random.best_loss`.
        public var key: String
        public var comparison: Comparison
        public var location: SourceLocation

        public init(key: String, comparison: Comparison, location: SourceLocation = .start) {
            self.key = key
            self.comparison = comparison
            self.location = location
        }

        /// `diagnosis = healthy`, `random.best_loss ≤ 0.2`.
        public var description: String {
            switch comparison {
            case .equals(let value): "\(key) = \(value)"
            case .atLeast(let value): "\(key) ≥ \(NumberText.format(value))"
            case .atMost(let value): "\(key) ≤ \(NumberText.format(value))"
            }
        }
    }

    /// The simulation id.
    public var simulation: String
    public var simulationLocation: SourceLocation
    /// The settings the task starts from.
    public var start: [Setting]
    /// The parameters the learner may change.
    public var adjust: [String]
    /// Where each name of ``adjust`` is written (same order; empty for a task built in memory).
    public var adjustLocations: [SourceLocation]
    public var goal: [Goal]
    /// A reference solution: settings that reach the goal.
    public var answer: [Setting]
    /// The seed the simulation runs with (default ``SimTask/defaultSeed``), so grades repeat.
    public var seed: UInt64

    /// The seed of a task that names none.
    public static let defaultSeed: UInt64 = 1

    public init(simulation: String, simulationLocation: SourceLocation = .start, start: [Setting], adjust: [String],
                adjustLocations: [SourceLocation] = [], goal: [Goal], answer: [Setting], seed: UInt64 = SimTask.defaultSeed) {
        self.simulation = simulation
        self.simulationLocation = simulationLocation
        self.start = start
        self.adjust = adjust
        self.adjustLocations = adjustLocations
        self.goal = goal
        self.answer = answer
        self.seed = seed
    }
}

import Course

/// The grading workload of SPEC.md's budget: grade 10,000 submissions of 10 questions (≤ 2 s).
///
/// `init` builds a ten-question quiz covering every question type but sim-tasks and the texts
/// of `submissions` YAML submission files with varied answers (right, wrong, partial, odd
/// shapes), deterministically. ``run()`` is the timed part: parse every submission, grade it,
/// and write the CSV gradebook, as `lesson grade` does minus the disk (on every core, like
/// ``GradingRun``). Time it from
/// `lesson bench`:
///
/// ```swift
/// let workload = GradingBenchmark(submissions: 10_000)
/// let start = ContinuousClock.now
/// let result = workload.run()
/// let elapsed = ContinuousClock.now - start
/// ```
public struct GradingBenchmark: Sendable {
    public let quiz: Quiz
    /// The submission files' texts.
    public let submissions: [String]

    /// What one run did, so the work cannot be optimised away and can be checked.
    public struct Result: Sendable, Equatable {
        public var graded: Int
        public var unreadable: Int
        public var totalScore: Double
        public var gradebookBytes: Int
    }

    public init(submissions count: Int) {
        self.quiz = GradingBenchmark.makeQuiz()
        var generator = BenchmarkRandom(seed: 2024)
        self.submissions = (0..<count).map { GradingBenchmark.makeSubmission(index: $0, random: &generator) }
    }

    /// Builds the workload and runs it once.
    public static func run(submissions: Int) -> Result {
        GradingBenchmark(submissions: submissions).run()
    }

    public func run() -> Result {
        let grader = QuizGrader(quiz: quiz)
        let submissions = self.submissions
        let quizID = quiz.id
        let grades = ParallelMap.map(count: submissions.count) { index -> SubmissionGrade in
            let path = "submissions/s\(index).yaml"
            switch SubmissionReader.parse(text: submissions[index], path: path) {
            case .success(let submission):
                return grader.grade(submission)
            case .failure(let failure):
                return SubmissionGrade(file: path, student: "s\(index)", quiz: quizID, outcome: .unreadable(failure.reason))
            }
        }
        let csv = GradebookCSVWriter.write(grades, questionIDs: quiz.questions.map(\.id))
        return Result(graded: grades.filter { $0.error == nil }.count, unreadable: grades.filter { $0.error != nil }.count,
                      totalScore: grades.reduce(0) { $0 + $1.score }, gradebookBytes: csv.utf8.count)
    }

    static func makeQuiz() -> Quiz {
        func choices(_ ids: [String], correct: Set<String>) -> [Choice] {
            ids.map { Choice(id: $0, text: "Choice \($0.uppercased()) text", isCorrect: correct.contains($0), feedback: "About \($0)") }
        }
        return Quiz(id: "bench/01-grading", questions: [
            Question(id: "why-random-wins", prompt: "Why?", kind: .single(choices(["a", "b", "c", "d"], correct: ["b"]))),
            Question(id: "regularizers", prompt: "Which?", points: 2, kind: .multiple(choices(["a", "b", "c", "d", "e"], correct: ["a", "c", "d"]))),
            Question(id: "more-data-helps", prompt: "True?", kind: .trueFalse(TrueFalseAnswer(answer: false, feedbackTrue: "No."))),
            Question(id: "distinct-rates", prompt: "How many?", kind: .numeric(NumericAnswer(accepted: .absolute(value: 9, tolerance: 0.5)))),
            Question(id: "best-split", prompt: "Percent?", kind: .numeric(NumericAnswer(accepted: .range(low: 8, high: 12), unit: "%"))),
            Question(id: "first-step", prompt: "Name it.", kind: .text(TextAnswer(accept: ["overfit one batch", "overfit a single batch"],
                                                                                 patterns: ["^overfit (one|a single|a) (mini-?)?batch"]))),
            Question(id: "stop-early", prompt: "Name it.", kind: .text(TextAnswer(accept: ["early stopping"], patterns: ["early[- ]?stop"]))),
            Question(id: "triage-order", prompt: "Order.", points: 3, kind: .order([
                OrderItem(id: "overfit-batch", text: "Overfit one batch"), OrderItem(id: "overfit-subset", text: "Overfit a subset"),
                OrderItem(id: "full-curves", text: "Read the full curves"), OrderItem(id: "gradients", text: "Check gradients"),
                OrderItem(id: "data", text: "Audit the data"),
            ])),
            Question(id: "symptoms", prompt: "Match.", points: 2, kind: .match(MatchAnswer(
                pairs: [.init(id: "rising-val", text: "Validation loss rises", match: "overfit"),
                        .init(id: "flat-loss", text: "Loss flat from the start", match: "low-lr"),
                        .init(id: "nan-loss", text: "Loss becomes NaN", match: "high-lr")],
                options: [.init(id: "overfit", text: "Overfitting"), .init(id: "low-lr", text: "LR too low"),
                          .init(id: "high-lr", text: "LR too high")]))),
            Question(id: "weighted", prompt: "Pick.", kind: .multiple([
                Choice(id: "a", text: "A", isCorrect: true, weight: 50), Choice(id: "b", text: "B", isCorrect: true, weight: 50),
                Choice(id: "c", text: "C", isCorrect: false, weight: -50), Choice(id: "d", text: "D", isCorrect: false, weight: -50),
            ])),
        ])
    }

    static func makeSubmission(index: Int, random: inout BenchmarkRandom) -> String {
        func pick(_ options: [String]) -> String { options[random.next(options.count)] }
        let order = ["overfit-batch", "overfit-subset", "full-curves", "gradients", "data"]
        var shuffled = order
        if random.next(2) == 0 {
            for i in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(i, random.next(i + 1)) }
        }
        let answers = [
            "why-random-wins: \(pick(["b", "B", "a", "Choice B text", "c", "2"]))",
            "regularizers: \(pick(["[a, c, d]", "[a, c]", "\"a, b\"", "[e]", "[a, c, d, b]"]))",
            "more-data-helps: \(pick(["false", "no", "True", "f", "maybe"]))",
            "distinct-rates: \(pick(["9", "9.0", "9.4", "3", "nine", "1e1"]))",
            "best-split: \(pick(["10%", "10", "0.1", "13", "8.0"]))",
            "first-step: \(pick(["Overfit one batch.", "overfit a mini-batch", "  OVERFIT   a single batch ", "check data"]))",
            "stop-early: \(pick(["Early stopping", "early-stop", "dropout", "EARLY STOPPING."]))",
            "triage-order: [\(shuffled.joined(separator: ", "))]",
            "symptoms: {rising-val: \(pick(["overfit", "low-lr"])), flat-loss: \(pick(["low-lr", "high-lr"])), nan-loss: high-lr}",
            "weighted: \(pick(["[a, b]", "[a]", "[a, c]", "[c, d]", "b"]))",
        ]
        return "quiz: bench/01-grading\nstudent: s\(index)\nanswers:\n" + answers.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
}

/// SplitMix64, for the benchmark's reproducible submissions.
struct BenchmarkRandom: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}

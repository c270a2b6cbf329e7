import Course
import Testing
@testable import Grading

@Suite struct QuestionGradingTests {
    private let choices = [
        Choice(id: "a", text: "Faster", isCorrect: false, feedback: "Same budget."),
        Choice(id: "b", text: "More distinct values", isCorrect: true, feedback: "Yes."),
        Choice(id: "c", text: "Less memory", isCorrect: false),
    ]

    @Test(arguments: [
        (s("b"), 2.0, ["Yes."]), (s("B"), 2, ["Yes."]), (s("more distinct values."), 2, ["Yes."]), (l("b"), 2, ["Yes."]),
        (s("a"), 0, ["Same budget."]), (s("z"), 0, ["'z' is not one of the choices (a, b, c)"]),
        (l("a", "b"), 0, ["pick one choice: a, b, c"]), (.map([]), 0, ["pick one choice: a, b, c"]),
    ] as [(AnswerValue, Double, [String])])
    func single(_ answer: AnswerValue, _ points: Double, _ feedback: [String]) {
        let result = grade(answer, question(.single(choices), points: 2))
        #expect(result.points == points)
        #expect(result.feedback == feedback)
        #expect(result.expected == "b")
    }

    @Test(arguments: [
        (l("a", "c", "d"), 1.0), (l("a", "c"), 2.0 / 3), (l("c", "a", "a"), 2.0 / 3), (s("a, c"), 2.0 / 3), (s("a c d"), 1),
        (l("a", "c", "d", "b"), 2.0 / 3), (l("a", "b"), 0), (l("b", "e"), 0), (l("a", "x"), 0), (l(), 0), (s("d"), 1.0 / 3),
    ] as [(AnswerValue, Double)])
    func multipleRightMinusWrongFlooredAtZero(_ answer: AnswerValue, _ fraction: Double) {
        let kind = QuestionKind.multiple(["a", "b", "c", "d", "e"].map { Choice(id: $0, text: $0.uppercased(), isCorrect: "acd".contains($0)) })
        let result = grade(answer, question(kind, points: 3))
        #expect(abs(result.points - 3 * fraction) < 1e-9, "\(answer)")
    }

    @Test(arguments: [
        (l("a", "b"), 1.0), (l("a"), 0.5), (l("a", "c"), 0), (l("a", "b", "c"), 0.5), (l("c", "d"), 0), (s("b"), 0.5),
    ] as [(AnswerValue, Double)])
    func multipleWithGIFTWeights(_ answer: AnswerValue, _ fraction: Double) {
        let weights: [(String, Double)] = [("a", 50), ("b", 50), ("c", -50), ("d", -100)]
        let kind = QuestionKind.multiple(weights.map { Choice(id: $0.0, text: $0.0, isCorrect: $0.1 > 0, weight: $0.1) })
        #expect(grade(answer, question(kind)).points == fraction)
    }

    @Test(arguments: [
        ("false", 1.0, ["Right."]), ("F", 1, ["Right."]), ("no", 1, ["Right."]), ("true", 0, ["Wrong."]), ("yes", 0, ["Wrong."]),
        ("perhaps", 0, ["answer true or false"]),
    ] as [(String, Double, [String])])
    func trueFalse(_ answer: String, _ points: Double, _ feedback: [String]) {
        let result = grade(s(answer), question(.trueFalse(TrueFalseAnswer(answer: false, feedbackTrue: "Wrong.", feedbackFalse: "Right."))))
        #expect(result.points == points)
        #expect(result.feedback == feedback)
    }

    @Test(arguments: [
        ("9", 1.0), ("9.0", 1), ("9.5", 1), ("8.5", 1), ("9.51", 0), ("1e1", 0), ("0.9e1", 1), ("nine", 0),
    ] as [(String, Double)])
    func numericWithAbsoluteTolerance(_ answer: String, _ points: Double) {
        #expect(grade(s(answer), question(.numeric(NumericAnswer(accepted: .absolute(value: 9, tolerance: 0.5))))).points == points)
    }

    @Test(arguments: [("0.001", 1.0), ("1e-3", 1), ("0.00104", 1), ("0.0011", 0), ("0.1%", 1)] as [(String, Double)])
    func numericWithRelativeTolerance(_ answer: String, _ points: Double) {
        #expect(grade(s(answer), question(.numeric(NumericAnswer(accepted: .relative(value: 0.001, fraction: 0.05))))).points == points)
    }

    @Test(arguments: [("10%", 1.0), ("10", 1), ("8", 1), ("12", 1), ("12.01", 0), ("0.1", 0)] as [(String, Double)])
    func numericRangeInPercent(_ answer: String, _ points: Double) {
        #expect(grade(s(answer), question(.numeric(NumericAnswer(accepted: .range(low: 8, high: 12), unit: "%")))).points == points)
    }

    @Test func numericExplainsWhatIsNotANumber() {
        let numeric = question(.numeric(NumericAnswer(accepted: .absolute(value: 0.5, tolerance: 0))))
        #expect(grade(s("0,5"), numeric).feedback == ["'0,5' is not a number (use a dot for decimals: 0.5)"])
        #expect(grade(l("1", "2"), numeric).feedback == ["give one number"])
        #expect(grade(s("0.5"), numeric).expected == "0.5")
    }

    @Test func anAnswerOfTheWrongShapeScoresZeroWithANote() {
        let numeric = question(.numeric(NumericAnswer(accepted: .absolute(value: 0.5, tolerance: 0))))
        let wrongShape = grade(l("1", "2"), numeric)
        #expect(wrongShape.points == 0 && wrongShape.unusable == "give one number")
        // A wrong number is a wrong answer, not a note.
        #expect(grade(s("0.7"), numeric).unusable == nil)
        let row = SubmissionGrade(file: "s.yaml", student: "ann", quiz: "q", outcome: .graded([wrongShape]))
        #expect(row.notesToShow == ["\(wrongShape.questionID): give one number; scored 0"])
        #expect(GradebookCSVWriter.write([row], questionIDs: [wrongShape.questionID]).contains("give one number; scored 0"))
    }

    @Test(arguments: [
        ("Early stopping", 1.0), ("  EARLY   STOPPING. ", 1), ("early-stop", 1), ("stop early", 0), ("earlystopping now", 1),
        ("dropout", 0), ("Éarly stopping", 0),
    ] as [(String, Double)])
    func textAcceptedAnswersAndPatterns(_ answer: String, _ points: Double) {
        let text = question(.text(TextAnswer(accept: ["early stopping"], patterns: ["^early[- ]?stop"])))
        #expect(grade(s(answer), text).points == points)
    }

    @Test func catastrophicPatternIsStoppedDeterministically() {
        let text = question(.text(TextAnswer(accept: [], patterns: ["^(a+)+$"])))
        let evil = String(repeating: "a", count: 60) + "b"
        let first = grade(s(evil), text)
        #expect(first.points == 0)
        #expect(first.feedback == ["a pattern took too long on this answer and was not counted"])
        #expect(grade(s(evil), text).feedback == first.feedback)
        #expect(grade(s("aaaa"), text).points == 1)
    }

    @Test func longAnswersAreCappedBeforeMatching() {
        let text = question(.text(TextAnswer(accept: [], patterns: ["x"])))
        #expect(grade(s(String(repeating: "y", count: 600)), text).feedback == ["answer too long to match (600 characters; the limit is 500)"])
        #expect(grade(s(String(repeating: "y", count: 20_000)), text).feedback == ["answer too long (20000 characters; the limit is 10000)"])
        #expect(grade(.list(Array(repeating: s("a"), count: 2_000)), text).feedback == ["answer has too many parts (2001; the limit is 1000)"])
    }

    @Test(arguments: [
        (l("a", "b", "c", "d"), 1.0), (l("b", "a", "c", "d"), 5.0 / 6), (l("d", "c", "b", "a"), 0), (s("a, b, d, c"), 5.0 / 6),
        (l("a", "b"), 1.0 / 6), (l("a", "a", "b", "c", "d"), 1), (l("A", "step two", "c", "d"), 1),
    ] as [(AnswerValue, Double)])
    func orderByFractionOfPairsInOrder(_ answer: AnswerValue, _ fraction: Double) {
        let items = [OrderItem(id: "a", text: "Step one"), OrderItem(id: "b", text: "Step two"), OrderItem(id: "c", text: "Step three"),
                     OrderItem(id: "d", text: "Step four")]
        #expect(abs(grade(answer, question(.order(items))).points - fraction) < 1e-9, "\(answer)")
    }

    @Test func orderItemsAreNotNamedByTheirPlaceInTheFile() {
        // The file lists the items in the right order: 1, 2, 3 would always be right.
        let items = [OrderItem(id: "overfit-batch", text: "Overfit one batch"), OrderItem(id: "full-curves", text: "Train on all data"),
                     OrderItem(id: "data", text: "Look at the data")]
        #expect(grade(s("1, 2, 3"), question(.order(items))).points == 0)
        #expect(grade(s("overfit-batch, full-curves, data"), question(.order(items))).points == 1)
    }

    @Test(arguments: [
        (AnswerValue.map([.init(key: "p1", value: s("o1")), .init(key: "p2", value: s("o2")), .init(key: "p3", value: s("o3"))]), 1.0),
        (.map([.init(key: "p1", value: s("o1")), .init(key: "p2", value: s("o3")), .init(key: "p3", value: s("o2"))]), 1.0 / 3),
        (s("p1=o1, p2=o2"), 2.0 / 3), (s("p1: Overfitting"), 1.0 / 3), (s("nonsense"), 0), (l("p1=o1", "p3=o3"), 2.0 / 3),
        // Places in the file are not names: they would give the key away (pair i ↔ option i).
        (l("p1=o1", "p3=c"), 1.0 / 3), (s("1=1, 2=2, 3=3"), 0),
    ] as [(AnswerValue, Double)])
    func matchByFractionOfPairsRight(_ answer: AnswerValue, _ fraction: Double) {
        let match = MatchAnswer(pairs: [.init(id: "p1", text: "Val loss rises", match: "o1"), .init(id: "p2", text: "Flat", match: "o2"),
                                        .init(id: "p3", text: "NaN", match: "o3")],
                                options: [.init(id: "o1", text: "Overfitting"), .init(id: "o2", text: "LR too low"), .init(id: "o3", text: "LR too high")])
        #expect(abs(grade(answer, question(.match(match))).points - fraction) < 1e-9, "\(answer)")
    }

    @Test func unansweredScoresZero() {
        let result = grade(nil, question(.trueFalse(TrueFalseAnswer(answer: true))))
        #expect(result.points == 0)
        #expect(result.feedback == ["not answered"])
        #expect(result.given == nil)
    }

    @Test func expectedAnswersAreDescribed() {
        #expect(grade(nil, question(.numeric(NumericAnswer(accepted: .absolute(value: 9, tolerance: 0.5))))).expected == "9 ± 0.5")
        #expect(grade(nil, question(.numeric(NumericAnswer(accepted: .relative(value: 5, fraction: 0.1), unit: "ms")))).expected == "5 ms ± 10%")
        #expect(grade(nil, question(.numeric(NumericAnswer(accepted: .range(low: 8, high: 10), unit: "%")))).expected == "8 to 10%")
        #expect(grade(nil, question(.text(TextAnswer(accept: [], patterns: ["^a"])))).expected == "/^a/")
    }
}

import Course
import Testing
@testable import Grading

/// A typed line of the wrong form is told apart from a wrong answer, so it costs no try.
@Suite struct AnswerFormTests {
    let choices = [Choice(id: "a", text: "Grid", isCorrect: false), Choice(id: "b", text: "Random", isCorrect: true),
                   Choice(id: "c", text: "Both", isCorrect: false)]
    let items = [OrderItem(id: "batch", text: "Overfit a batch"), OrderItem(id: "curves", text: "Read the curves"),
                 OrderItem(id: "data", text: "Check the data")]
    let task = SimTask(simulation: "training-dashboard", start: [], adjust: ["lr", "batch"], goal: [], answer: [], seed: 1)

    @Test func aNumberQuestionWantsANumber() throws {
        let numeric = question(.numeric(NumericAnswer(accepted: .absolute(value: 60, tolerance: 0))))
        let problem = try #require(AnswerForm.problem("abc", for: numeric))
        #expect(problem.contains("'abc' is not a number"))
        #expect(AnswerForm.problem("0,5", for: numeric)?.contains("dot") == true)
        for typed in ["12", "60.0", "1e-3", "10%"] { #expect(AnswerForm.problem(typed, for: numeric) == nil, "\(typed)") }
    }

    @Test func choiceQuestionsWantTheirIds() throws {
        let single = question(.single(choices))
        #expect(try #require(AnswerForm.problem("z", for: single)).contains("a, b, c"))
        for typed in ["a", "B", "Random", "3"] { #expect(AnswerForm.problem(typed, for: single) == nil, "\(typed)") }
        let multiple = question(.multiple(choices))
        #expect(try #require(AnswerForm.problem("a, z", for: multiple)).contains("'z'"))
        #expect(AnswerForm.problem("a, c", for: multiple) == nil)
        let truth = question(.trueFalse(TrueFalseAnswer(answer: true)))
        #expect(AnswerForm.problem("maybe", for: truth) != nil)
        #expect(AnswerForm.problem("no", for: truth) == nil)
    }

    @Test func anOrderWantsKnownItems() throws {
        let order = question(.order(items))
        #expect(try #require(AnswerForm.problem("batch, curvs, data", for: order)).contains("'curvs' is not one of the items"))
        // A wrong order is a wrong answer, not a slip of form.
        #expect(AnswerForm.problem("data, curves, batch", for: order) == nil)
        // Every item once: a missing or repeated item is a slip too, and says which.
        #expect(try #require(AnswerForm.problem("data", for: order)).contains("missing: batch, curves"))
        #expect(try #require(AnswerForm.problem("data, data, data", for: order)).contains("'data' is listed twice"))
    }

    @Test func aMatchWantsPairsOfKnownIds() {
        let match = question(.match(MatchAnswer(pairs: [.init(id: "p1", text: "x", match: "o1"), .init(id: "p2", text: "y", match: "o2")],
                                                options: [.init(id: "o1", text: "one"), .init(id: "o2", text: "two")])))
        #expect(AnswerForm.problem("p1 o2", for: match)?.contains("pair=option") == true)
        #expect(AnswerForm.problem("p3=o1", for: match)?.contains("'p3'") == true)
        #expect(AnswerForm.problem("p1=o9", for: match)?.contains("'o9'") == true)
        #expect(AnswerForm.problem("p1=o2, p2=o1", for: match) == nil)
    }

    @Test func aTypedSimTaskWantsAdjustableSettings() {
        let simTask = question(.simTask(task))
        #expect(AnswerForm.problem("lr", for: simTask)?.contains("NAME=VALUE") == true)
        #expect(AnswerForm.problem("pathology=healthy", for: simTask)?.contains("lr, batch") == true)
        #expect(AnswerForm.problem("lr=0.001 batch=32", for: simTask) == nil)
    }

    @Test func textAnswersAlwaysHaveTheirForm() {
        let text = question(.text(TextAnswer(accept: ["early stopping"])))
        #expect(AnswerForm.problem("anything at all", for: text) == nil)
    }
}

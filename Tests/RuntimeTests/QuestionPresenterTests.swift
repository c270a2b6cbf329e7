import Course
import Testing
@testable import Runtime

@Suite struct QuestionPresenterTests {
    private func match(_ options: [String]) -> MatchAnswer {
        MatchAnswer(pairs: [.init(id: "rising", text: "Val loss rises", match: "a-overfit"),
                            .init(id: "flat", text: "Flat loss", match: "b-low-lr"),
                            .init(id: "nan", text: "NaN", match: "c-high-lr")],
                    options: options.map { .init(id: $0, text: $0.uppercased()) })
    }

    @Test func matchOptionsNeverLineUpWithThePairs() {
        // In file order, and even sorted by id, option i answers pair i: the list is turned.
        let lined = match(["a-overfit", "b-low-lr", "c-high-lr"]).optionsForShowing.map(\.id)
        #expect(lined == ["b-low-lr", "c-high-lr", "a-overfit"])
        // Sorted by id otherwise.
        let shuffled = match(["c-high-lr", "a-overfit", "zz-extra"])
        #expect(shuffled.optionsForShowing.map(\.id) == ["a-overfit", "c-high-lr", "zz-extra"])
        let question = Question(id: "m", prompt: "Match.", kind: .match(match(["a-overfit", "b-low-lr", "c-high-lr"])),
                                location: SourceLocation(line: 1, column: 1))
        let text = QuestionPresenter.markdown(question)
        let b = text.range(of: "**b-low-lr**")!, a = text.range(of: "**a-overfit**")!
        #expect(b.lowerBound < a.lowerBound)
    }
}

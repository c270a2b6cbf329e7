import Testing
@testable import Course

@Suite struct GIFTImporterTests {
    private func importBank() throws -> GIFTImporter.Result {
        GIFTImporter.convert(try Fixture.source("golden/bank.gift", shownAs: "bank.gift"), quizID: "bank")
    }

    @Test func bankConvertsToTheGoldenQuiz() throws {
        let result = try importBank()
        Fixture.expectGolden(QuizYAMLWriter.write(result.quiz), "golden/bank.quiz.yaml")
        #expect(result.quiz.questions.map(\.id) == [
            "why-random-wins", "regularizers", "more-data", "rates", "range", "numeric-partial", "first-step", "match",
            "escapes", "q10",
        ])
    }

    /// Questions with no equivalent are warnings at their answer block; the block that never
    /// closes is an error at its brace.
    @Test func whatCannotBeConvertedIsReportedWithItsLine() throws {
        #expect(render(try importBank().diagnostics) == """
            bank.gift:22:52: warning: 'Numeric partial': only the full-credit answer 1956:0 is kept; other numeric answers have no equivalent
            bank.gift:36:43: warning: 'Essay' is an essay question, which cannot be graded automatically: skipped
            bank.gift:38:1: warning: 'Description' has no answers (a description): skipped
            bank.gift:40:45: error: '{' is never closed
              hint: end the answer block with '}' before the blank line that ends the question (write '\\{' for a brace in text)

            """)
    }

    @Test func typesFeedbackAndEscapesSurvive() throws {
        let questions = try importBank().quiz.questions
        guard case .single(let choices) = questions[0].kind else { Issue.record("single"); return }
        #expect(choices.map(\.isCorrect) == [false, true, false])
        #expect(choices[0].feedback == "No, same budget.")
        #expect(questions[0].explanation == "Bergstra and Bengio, 2012.")
        guard case .multiple(let weighted) = questions[1].kind else { Issue.record("multiple"); return }
        #expect(weighted.map(\.weight) == [50, 50, -100])
        guard case .trueFalse(let truth) = questions[2].kind else { Issue.record("tf"); return }
        #expect(truth == TrueFalseAnswer(answer: false, feedbackTrue: "It does not: a biased model stays biased.", feedbackFalse: "Right."))
        guard case .numeric(let range) = questions[4].kind else { Issue.record("range"); return }
        #expect(range.accepted == .range(low: 10, high: 30))
        guard case .text(let text) = questions[6].kind else { Issue.record("text"); return }
        #expect(text.accept == ["overfit one batch", "overfit a single batch"])
        guard case .match(let match) = questions[7].kind else { Issue.record("match"); return }
        #expect(match.pairs.map(\.match) == ["o1", "o2", "o3"])
        #expect(questions[8].prompt == "Is 2 = 1 \\+ 1 {really}?")
        #expect(questions[9].prompt == "Training stops when the validation loss _____ for too long.")
    }

    @Test func convertedQuizReadsBackIdentically() throws {
        let yaml = QuizYAMLWriter.write(try importBank().quiz)
        let (reparsed, diagnostics) = QuizParser.parse(SourceFile(path: "bank.yaml", text: yaml), id: "bank")
        #expect(render(diagnostics) == "")
        #expect(QuizYAMLWriter.write(try #require(reparsed)) == yaml)
    }

    @Test func exportedGIFTImportsToTheSameQuiz() throws {
        let quiz = try importBank().quiz
        let (gift, skipped) = GIFTExporter.export(quiz)
        #expect(skipped.isEmpty)
        let again = GIFTImporter.convert(SourceFile(path: "again.gift", text: gift), quizID: "bank")
        #expect(render(again.diagnostics) == "")
        #expect(QuizYAMLWriter.write(again.quiz) == QuizYAMLWriter.write(quiz))
    }

    @Test func exporterSkipsWhatGIFTCannotSay() {
        let quiz = Quiz(id: "x", questions: [
            Question(id: "o", prompt: "P", kind: .order([OrderItem(id: "a", text: "A"), OrderItem(id: "b", text: "B")])),
            Question(id: "t", prompt: "P", kind: .trueFalse(TrueFalseAnswer(answer: true))),
        ])
        let (gift, skipped) = GIFTExporter.export(quiz)
        #expect(skipped == ["o"])
        #expect(gift == "::t::[markdown]P {TRUE}\n\n")
    }

    @Test func emptyBankIsAnError() {
        let result = GIFTImporter.convert(SourceFile(path: "e.gift", text: "// only a comment\n"), quizID: "e")
        #expect(render(result.diagnostics) == "e.gift: error: no question could be converted\n")
    }
}

/// Malformed GIFT: each mistake is reported at its place, and none runs questions together.
@Suite struct GIFTMalformedInputTests {
    private func diagnostics(_ text: String) -> String {
        render(GIFTImporter.convert(SourceFile(path: "bank.gift", text: text), quizID: "bank").diagnostics)
    }

    @Test func anUnclosedBlockIsAnErrorAtItsBraceAndTheNextQuestionsStillConvert() {
        let text = "::Q7:: broken {=unterminated\n\n::Q8:: fine {T}\n\n::Q9:: also {=a ~b}\n"
        let result = GIFTImporter.convert(SourceFile(path: "bank.gift", text: text), quizID: "bank")
        #expect(result.diagnostics.map(\.summaryLine) == ["bank.gift:1:15: error: '{' is never closed"])
        #expect(result.quiz.questions.map(\.id) == ["q8", "q9"])
        #expect(result.quiz.questions.map(\.kind.typeName) == ["true-false", "single"])
    }

    @Test func questionsWithoutABlankLineBetweenThemStaySeparate() {
        let text = "::Q1:: T/F {T}\n::Q2:: second {F}\n::Q3:: third {=a ~b}\n"
        let result = GIFTImporter.convert(SourceFile(path: "bank.gift", text: text), quizID: "bank")
        #expect(result.quiz.questions.map(\.id) == ["q1", "q2", "q3"])
        #expect(result.diagnostics.map(\.summaryLine) == [
            "bank.gift:2:1: warning: a new question starts without a blank line before it",
            "bank.gift:3:1: warning: a new question starts without a blank line before it",
        ])
    }

    @Test(arguments: [
        ("::A:: one } two {T}\n", "bank.gift:1:11: error: '}' closes no answer block"),
        ("::A:: Q {=a {=b}\n", "bank.gift:1:9: error: '{' is never closed"),
        ("::A:: Q {right ~wrong}\n", "bank.gift:1:10: error: answer 'right' does not start with '=' (right) or '~' (wrong)"),
        ("::A:: Q {\n  =a\n  =\n}\n", "bank.gift:3:3: error: an answer is empty: '=' with no text after it"),
        ("::A:: Q {=a ~b\n", "bank.gift:1:9: error: '{' is never closed"),
        ("::A:: Essay {}\n", "bank.gift:1:13: warning: 'A' is an essay question, which cannot be graded automatically: skipped"),
        ("::M:: x {=a -> b =c -> }\n", "bank.gift:1:9: error: 'M': the answer '=c ->' has nothing after '->'"),
    ])
    func eachMistakeIsReportedAtItsPlace(text: String, expected: String) {
        let found = GIFTImporter.convert(SourceFile(path: "bank.gift", text: text), quizID: "bank").diagnostics
        #expect(found.map(\.summaryLine).contains(expected), "\(render(found))")
    }

    @Test func aBlankLineInsideABlockThatGoesOnIsAllowed() {
        #expect(diagnostics("::A:: Q {=a\n\n~b}\n\n::B:: R {T}\n") == "")
    }
}

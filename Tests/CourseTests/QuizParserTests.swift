import Testing
@testable import Course

@Suite struct QuizParserTests {
    private func parse(_ yaml: String) -> (Quiz?, [Diagnostic]) {
        QuizParser.parse(source(yaml, path: "q.yaml"), id: "les/01-a")
    }

    @Test func everyQuestionTypeParses() throws {
        let (quiz, diagnostics) = parse("""
            title: All types
            allow_skip: false
            questions:
              - id: single
                type: single
                prompt: Pick one.
                points: 2
                explanation: Because.
                hints: [first, second]
                choices:
                  - {id: a, text: A, feedback: No.}
                  - {id: b, text: B, correct: true}
              - id: multiple
                type: multiple
                prompt: Pick some.
                choices:
                  - {id: a, text: A, weight: 50%}
                  - {id: b, text: B, weight: 50%}
                  - {id: c, text: C, weight: -100%}
              - id: tf
                type: true-false
                prompt: True?
                answer: no
                feedback: {true: Wrong., false: Right.}
              - id: num
                type: numeric
                prompt: How many?
                answer: 9
                tolerance: 5%
                unit: "%"
              - id: range
                type: numeric
                prompt: Where?
                range: [8, 10]
              - id: text
                type: text
                prompt: Name it.
                accept: [early stopping]
                patterns: ["^early[- ]?stop"]
              - id: order
                type: order
                prompt: Order.
                items: [{id: x, text: X}, {id: y, text: Y}]
              - id: match
                type: match
                prompt: Match.
                pairs: [{id: p, text: P, match: o}]
                options: [{id: o, text: O}]
              - id: task
                type: sim-task
                prompt: Heal it.
                sim: training-dashboard
                start: {pathology: lr-too-high, lr: 1}
                adjust: [lr, batch]
                goal: [{key: diagnosis, equals: healthy}, {key: history.lr, at_most: 0.1}]
                answer: {lr: 0.001}
                seed: 7
            """)
        #expect(render(diagnostics) == "")
        let parsed = try #require(quiz)
        #expect(parsed.title == "All types")
        #expect(parsed.allowSkip == false)
        #expect(parsed.questions.map(\.kind.typeName) == ["single", "multiple", "true-false", "numeric", "numeric", "text", "order", "match", "sim-task"])
        #expect(parsed.questions[0].points == 2)
        #expect(parsed.questions[0].hints == ["first", "second"])
        guard case .multiple(let choices) = parsed.questions[1].kind else { Issue.record("multiple"); return }
        #expect(choices.map(\.weight) == [50, 50, -100])
        #expect(choices.map(\.isCorrect) == [true, true, false])
        guard case .trueFalse(let truth) = parsed.questions[2].kind else { Issue.record("tf"); return }
        #expect(truth == TrueFalseAnswer(answer: false, feedbackTrue: "Wrong.", feedbackFalse: "Right."))
        guard case .numeric(let numeric) = parsed.questions[3].kind else { Issue.record("numeric"); return }
        #expect(numeric == NumericAnswer(accepted: .relative(value: 9, fraction: 0.05), unit: "%"))
        guard case .simTask(let task) = parsed.questions[8].kind else { Issue.record("task"); return }
        #expect(task.seed == 7)
        #expect(task.goal.map(\.description) == ["diagnosis = healthy", "history.lr ≤ 0.1"])
        #expect(parsed.maximumScore == 10)
    }

    @Test func questionWithNoCorrectAnswer() {
        let (_, diagnostics) = parse("questions:\n  - id: q\n    type: single\n    prompt: P\n    choices: [{id: a, text: A}, {id: b, text: B}]\n")
        #expect(render(diagnostics) == """
            q.yaml:5:14: error: no choice is marked 'correct: true'
              hint: a single question needs exactly one correct choice

            """)
    }

    @Test func duplicateIdsAreErrorsAtTheSecondOne() {
        let (_, diagnostics) = parse("""
            questions:
              - {id: q, type: true-false, prompt: P, answer: true}
              - {id: q, type: true-false, prompt: P, answer: false}
            """)
        #expect(render(diagnostics) == "q.yaml:3:10: error: duplicate question id 'q' (first at line 2)\n")
    }

    @Test func numericAnswerThatIsNotANumber() {
        let (_, diagnostics) = parse("questions:\n  - {id: q, type: numeric, prompt: P, answer: 0x10}\n")
        #expect(diagnostics.map(\.message) == ["the answer of a numeric question must be a number, not '0x10'"])
        #expect(diagnostics.first?.location == SourceLocation(line: 2, column: 47))
    }

    @Test func pointsBeyondAMillionAreAnErrorAtTheirPlace() {
        // 1e308 points per question summed to infinity, and the gradebook trapped printing it.
        let (quiz, diagnostics) = parse("""
            questions:
              - {id: a, type: true-false, prompt: P, answer: true, points: 1e308}
              - {id: b, type: true-false, prompt: P, answer: true, points: 1000000}
            """)
        #expect(render(diagnostics) == "q.yaml:2:64: error: 'points' must be at most 1000000, not '1e308'\n")
        #expect(quiz?.questions.map(\.points) == [1, 1_000_000])
    }

    @Test func numericRangeAndToleranceProblems() {
        let (_, diagnostics) = parse("""
            questions:
              - {id: a, type: numeric, prompt: P, range: [10, 8]}
              - {id: b, type: numeric, prompt: P, answer: 1, tolerance: -1}
              - {id: c, type: numeric, prompt: P, answer: 1, tolerance: 1, range: [0, 2]}
              - {id: d, type: numeric, prompt: P}
            """)
        #expect(diagnostics.map(\.message) == [
            "'range' goes from 10 down to 8; write the low end first",
            "'tolerance' must be a non-negative number or percentage, not '-1'",
            "give either 'tolerance' or 'range', not both",
            "the numeric question has no 'answer' (or 'range')",
        ])
    }

    @Test func badRegularExpressionIsAnErrorAtItsLocation() {
        let (_, diagnostics) = parse("questions:\n  - id: q\n    type: text\n    prompt: P\n    patterns: [\"a(b\", \"(a+)+$\"]\n")
        #expect(render(diagnostics) == """
            q.yaml:5:16: error: invalid regular expression 'a(b': expected ')'
            q.yaml:5:23: warning: pattern '(a+)+$' repeats a group that itself repeats; some answers could make it slow (the grader stops such a match and scores it as not matching)

            """)
    }

    @Test func unknownKeysAndTypesGetHints() {
        let (_, diagnostics) = parse("questions:\n  - id: q\n    type: singel\n    prompt: P\n    promt: x\n")
        #expect(render(diagnostics) == """
            q.yaml:3:11: error: unknown question type 'singel'
              hint: did you mean 'single'?
            q.yaml:5:5: warning: unknown key 'promt' in the question; it is ignored
              hint: did you mean 'prompt'?

            """)
    }

    @Test func simTaskAnswerMustOnlySetAdjustableNames() {
        let (_, diagnostics) = parse("""
            questions:
              - id: t
                type: sim-task
                prompt: P
                sim: training-dashboard
                adjust: [lr]
                goal: [{key: diagnosis, equals: healthy, at_least: 1}]
                answer: {bacth: 32}
            """)
        #expect(diagnostics.map(\.message) == [
            "a goal condition needs exactly one of 'equals', 'at_least', 'at_most'",
            "the answer sets 'bacth', which is not in 'adjust'",
        ])
    }

    @Test func matchPairsMustNameOptions() {
        let (_, diagnostics) = parse("questions:\n  - {id: m, type: match, prompt: P, pairs: [{id: p, text: P, match: x}], options: [{id: o, text: O}]}\n")
        #expect(diagnostics.map(\.message) == ["pair 'p' matches 'x', which is not an option"])
    }

    @Test func emptyAndShapelessFiles() {
        #expect(parse("").1.map(\.message) == ["empty quiz file: a quiz is a mapping with a list of 'questions'"])
        #expect(parse("- a\n- b\n").1.map(\.message) == ["expected a mapping (key: value lines) for the quiz, found a list"])
        #expect(parse("title: x\n").1.map(\.message) == ["the quiz has no 'questions'"])
        #expect(parse("questions: []\n").1.map(\.message) == ["the quiz has no questions"])
    }

    @Test func everyProblemInAFileIsReported() {
        let (_, diagnostics) = parse("""
            questions:
              - {id: A, type: true-false, prompt: P, answer: maybe}
              - {id: b, type: order, prompt: P, items: [{id: x, text: X}]}
              - {id: c, type: text, prompt: P}
              - {id: d, type: multiple, prompt: P, choices: [{id: a, text: A}, {id: b, text: B}]}
            """)
        #expect(diagnostics.count == 5)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }
}

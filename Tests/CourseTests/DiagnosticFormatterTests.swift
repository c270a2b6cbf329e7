import Testing
@testable import Course
import Terminal

@Suite struct DiagnosticFormatterTests {
    private let file = SourceFile(path: "a.md", text: "line one\n\t::: insigth\u{1B}[2J\n")

    @Test func sourceExcerptWithCaretUnderTheColumn() {
        let diagnostic = Diagnostic.error("unknown directive 'insigth'", at: SourceLocation(line: 2, column: 6), in: "a.md",
                                          hint: "did you mean 'insight'?")
        let text = DiagnosticFormatter(style: .init(showsSource: true, usesColor: false)).format(diagnostic, source: file)
        #expect(text == """
            a.md:2:6: error: unknown directive 'insigth'
                2 | \t::: insigth\\e[2J
                  | \t    ^
              hint: did you mean 'insight'?

            """)
    }

    @Test func plainStyleIsOneLinePlusHint() {
        let diagnostic = Diagnostic.warning("w", at: SourceLocation(line: 1, column: 1), in: "a.md")
        #expect(DiagnosticFormatter().format(diagnostic, source: file) == "a.md:1:1: warning: w\n")
    }

    @Test func controlCharactersInMessagesAreEscaped() {
        let diagnostic = Diagnostic.error("bad '\u{1B}]0;title\u{7}'", at: nil, in: "x\u{1B}.md")
        #expect(DiagnosticFormatter().format(diagnostic) == "x\\e.md: error: bad '\\e]0;title\\u{7}'\n")
    }

    @Test func colourWrapsTheSeverity() {
        let diagnostic = Diagnostic.error("e", at: .start, in: "a")
        #expect(DiagnosticFormatter(style: .init(showsSource: false, usesColor: true)).format(diagnostic)
            == "a:1:1: \u{1B}[1;31merror\u{1B}[0m: e\n")
    }

    @Test func jsonHasTheSpecFields() {
        let json = DiagnosticFormatter.json([
            Diagnostic.error("quote \" and \n", at: SourceLocation(line: 3, column: 4), in: "q.yaml", hint: "h"),
            Diagnostic.warning("whole file", at: nil, in: "b.md"),
        ])
        #expect(json == """
            {"diagnostics":[
                {"path":"q.yaml","line":3,"column":4,"severity":"error","message":"quote \\" and \\n","hint":"h"},
                {"path":"b.md","line":0,"column":0,"severity":"warning","message":"whole file"}
            ]}

            """)
        #expect(DiagnosticFormatter.json([]) == "{\"diagnostics\":[]}\n")
    }

    @Test(arguments: [
        ("insigth", "insight"), ("qiuz", "quiz"), ("grid-vs-randm", "grid-vs-random"), ("trails", "trials"),
    ])
    func suggestionsFindTypos(_ typo: String, _ expected: String) {
        let candidates = Directive.names + ["grid-vs-random", "trials", "mode"]
        #expect(Suggestion.closest(to: typo, among: candidates) == expected)
    }

    @Test func suggestionsStayQuietWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "banana", among: Directive.names) == nil)
        #expect(Suggestion.closest(to: String(repeating: "x", count: 500), among: ["x"]) == nil)
    }

    @Test func yamlScalarsReadBackAsWritten() throws {
        for text in ["plain words", "yes", "0.5", "- dash", "a: b", "#hash", "multi\nline", "", " lead", "tab\there", "\u{1B}esc", "é ü"] {
            let yaml = "key: " + YAMLText.scalar(text) + "\n"
            var sink = DiagnosticSink(path: "x")
            let node = try #require(YAMLReader.parse(yaml, sink: &sink))
            #expect(node.mapping?.first?.value.scalarText == text, "\(yaml)")
        }
    }
}

import Testing
@testable import Course

@Suite struct YAMLReaderTests {
    private func parse(_ text: String) -> (YAMLNode?, [Diagnostic]) {
        var sink = DiagnosticSink(path: "x.yaml")
        let node = YAMLReader.parse(text, sink: &sink)
        return (node, sink.finish())
    }

    @Test func aliasBombIsRefusedBeforeParsing() {
        let bomb = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            ? *i
            : complex key
            """
        let (node, diagnostics) = parse(bomb)
        #expect(node == nil)
        #expect(render(diagnostics) == """
            x.yaml:1:4: error: YAML anchors and aliases (&name, *name) are not supported in course files
              hint: write the value out in full; if this '&' is text, put the value in quotes

            """)
    }

    @Test func ampersandInProseAndBlockScalarsIsFine() throws {
        let (node, diagnostics) = parse("""
            prompt: |
              Q&A, R & D, and - &lt; stay text here.
              - &anchor-looking line inside a block scalar
            title: "AT &T"
            """)
        #expect(diagnostics.isEmpty)
        #expect(node?.mapping?.first?.value.scalarText?.contains("&anchor-looking") == true)
    }

    @Test func deepFlowNestingIsRefused() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let (node, diagnostics) = parse("a: " + deep)
        #expect(node == nil)
        #expect(diagnostics.first?.message == "YAML nested more than 64 levels deep")
    }

    @Test func deepCompactSequencesAreRefused() {
        let (node, diagnostics) = parse(String(repeating: "- ", count: 5_000) + "x")
        #expect(node == nil)
        #expect(diagnostics.first?.message == "YAML nested more than 64 levels deep")
    }

    @Test func tabIndentationGetsAHint() {
        let (_, diagnostics) = parse("questions:\n  - id: a\n\ttype: single\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location?.line == 3)
        #expect(diagnostics.first?.hint == "line 3 is indented with a tab; YAML indents with spaces only")
    }

    @Test func duplicateKeysAreAnErrorAtTheSecondKey() {
        let (_, diagnostics) = parse("id: a\ntitle: b\nid: c\n")
        #expect(diagnostics.map(\.summaryLine) == ["x.yaml:3:1: error: duplicate key 'id' in the same mapping (first at line 1)"])
    }

    @Test(arguments: [
        ("questions:\n  - id: a\n    type: numeric\n    prompt: P\n    answer: 1\n    answer: 2\n", "6:5", 5),
        ("questions:\n  - id: a\n    answer: 1\n  - id: b\n    answer: 1\n    answer: 2\n", "6:5", 5),
        ("a: {x: 1, y: 2, x: 3}\n", "1:17", 1),
        ("{\n  \"quiz\": \"q\",\n  \"answers\": {\"a\": 1, \"a\": 2}\n}\n", "3:23", 3),
        ("answers:\n  q1: a\n  # a comment\n  q2:\n    - x\n  q1: b\n", "6:3", 2),
    ])
    func theDuplicateIsFoundInEveryStyle(text: String, place: String, firstLine: Int) {
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location?.description == place, "\(diagnostics.map(\.summaryLine))")
        #expect(diagnostics.first?.message.hasSuffix("(first at line \(firstLine))") == true)
    }

    @Test func nodesKeepTheirLocationsAndRawText() throws {
        let (node, _) = parse("id: x\nanswer: no\nlist:\n  - 1.0\n  - 'quoted'\n")
        let entries = try #require(node?.mapping)
        #expect(entries.map(\.name) == ["id", "answer", "list"])
        #expect(entries[1].value.scalarText == "no")
        #expect(entries[1].value.location == SourceLocation(line: 2, column: 9))
        let items = try #require(entries[2].value.sequence)
        #expect(items[0].scalarText == "1.0")
        #expect(items[1].location == SourceLocation(line: 5, column: 5))
        if case .scalar(let scalar) = items[1].content { #expect(!scalar.isPlain) }
    }

    @Test func lineOffsetShiftsLocations() {
        var sink = DiagnosticSink(path: "c.md")
        let node = YAMLReader.parse("id: x", lineOffset: 1, sink: &sink)
        #expect(node?.mapping?.first?.value.location == SourceLocation(line: 2, column: 5))
    }

    @Test func emptyDocumentIsNull() {
        let (node, diagnostics) = parse("")
        #expect(diagnostics.isEmpty)
        #expect(node?.isNull == true)
    }
}

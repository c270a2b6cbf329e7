import Testing
@testable import Terminal

@Suite struct TableTests {
    private let plain = Theme.dark.adapted(to: .plain())

    @Test func alignsAndWrapsCells() {
        let table = Table(columns: [.init("name"), .init("n", alignment: .right)],
                          rows: [["a long cell text", "7"], ["b", "12"]])
        let lines = table.rendered(width: 18, theme: plain).textLines
        #expect(lines == [
            "┌───────────┬────┐",
            "│ name      │  n │",
            "├───────────┼────┤",
            "│ a long    │  7 │",
            "│ cell text │    │",
            "│ b         │ 12 │",
            "└───────────┴────┘",
        ])
    }

    @Test func narrowTablesWrapTextColumnsBeforeSplittingNumbers() {
        let table = Table(columns: [.init("column"), .init("kind"), .init("mean", alignment: .right),
                                    .init("std", alignment: .right)],
                          rows: [["sepal_length_(cm)", "numeric", "5.84", "0.825"]])
        let lines = table.rendered(width: 30, theme: plain).textLines
        #expect(lines.allSatisfy { TextWidth.cells(of: $0) <= 30 })
        // Every number stays on one line; the name and the kind wrap instead.
        #expect(lines.contains { $0.contains(" 5.84 ") && $0.contains(" 0.825 ") })
        #expect(lines.count > 5)
    }

    @Test func marksHighlightsWithoutColour() {
        let table = Table(columns: [.init("x"), .init("y")], rows: [["1", "2"], ["3", "4"]], highlightedRow: 1,
                          tones: [[.good, .bad], [.normal, .normal]])
        let lines = table.rendered(width: 30, theme: plain).textLines
        #expect(lines[3] == "│ [1] │ 2! │")
        #expect(lines[4].hasPrefix("▶ 3"))
    }

    @Test func coloursTonesWithColour() {
        let table = Table(columns: [.init("x")], rows: [["1"]], tones: [[.heat(1)]])
        let frame = table.rendered(width: 10, theme: .dark)
        #expect(frame[x: 2, y: 3].style.bg == Theme.dark.heat(1))
        #expect(frame[x: 2, y: 3].glyph == "1")
    }

    @Test func sanitizesCellText() {
        let table = Table(columns: [.init("h\u{1B}[1m")], rows: [["\u{1B}]0;x\u{07}"]])
        let output = table.rendered(width: 30, theme: .dark).encoded(for: .trueColor(width: 30))
        #expect(!OutputChecks.strippingSGR(output).contains("\u{1B}"))
    }
}

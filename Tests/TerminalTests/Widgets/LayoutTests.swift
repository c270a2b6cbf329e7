import Testing
@testable import Terminal

@Suite struct LayoutTests {
    private let plain = Theme.dark.adapted(to: .plain())

    @Test func gridSplitsTheAreaAndClipsEachCell() {
        let big = Frame(lines: Array(repeating: String(repeating: "x", count: 50), count: 30))
        let grid = Grid(columns: 2, spacing: 1, [big, Frame(lines: ["b"]), Frame(lines: ["c"]), big])
        let frame = grid.rendered(width: 21, height: 6, theme: plain)
        #expect(frame.width == 21 && frame.height == 6)
        #expect(frame.textLines[0] == "xxxxxxxxxx b")
        #expect(frame.textLines[3] == "c          xxxxxxxxxx")
    }

    @Test func hStackSharesWidthByWeight() {
        let stack = HStack(spacing: 0, [StackItem(Frame(lines: ["aaaaaaaa"]), size: .fixed(2)),
                                        StackItem(Frame(lines: ["bbbbbbbb"]), size: .flexible(1)),
                                        StackItem(Frame(lines: ["cccccccc"]), size: .flexible(3))])
        #expect(stack.rendered(width: 10, theme: plain).textLines == ["aabbcccccc"])
    }

    @Test func vStackGivesFlexibleRowsWhatIsLeft() {
        let stack = VStack([StackItem(Frame(lines: ["top"])), StackItem(Paragraph("a b c d e f"), size: .flexible(1)),
                            StackItem(Frame(lines: ["end"]), size: .fixed(1))])
        let frame = stack.rendered(width: 3, height: 4, theme: plain)
        #expect(frame.textLines == ["top", "a b", "c d", "end"])
    }

    @Test func boxDrawsTitleAndClipsContent() {
        let box = Box(title: "Panel", content: Paragraph("one two three four five six"))
        let lines = box.rendered(width: 14, height: 4, theme: plain).textLines
        #expect(lines == ["╭─ Panel ────╮", "│ one two    │", "│ three four │", "╰────────────╯"])
        let ascii = box.rendered(width: 14, height: 3, theme: Theme.dark.adapted(to: .ascii()))
        #expect(ascii.textLines.first == "+- Panel ----+")
    }

    @Test func calloutsNameTheirKind() {
        let text = Callout(.warning, title: "Leak", body: "Split by *patient*.").rendered(width: 30, theme: plain).plainText
        #expect(text.contains("Warning: Leak"))
        #expect(text.contains("┃ Split by patient."))
    }

    @Test func stepCardsNumberAndMarkProgress() {
        let text = StepCards(steps: ["a", "b", "c"], current: 1).rendered(width: 30, theme: plain).plainText
        #expect(text.contains("Step 1 of 3 ✓"))
        #expect(text.contains("▶ Step 2 of 3"))
        #expect(text.contains("Step 3 of 3"))
    }

    @Test func customWidgetsAndFramesHonourTheSize() {
        let custom = CustomWidget { width, _, _ in Frame(width: width + 5, height: 9) }
        let frame = custom.rendered(width: 4, height: 2, theme: plain)
        #expect(frame.width == 4 && frame.height == 2)
    }
}

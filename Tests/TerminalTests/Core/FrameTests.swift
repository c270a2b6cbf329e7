import Testing
@testable import Terminal

@Suite struct FrameTests {
    @Test func drawsAndClipsText() {
        var frame = Frame(width: 5, height: 2)
        let drawn = frame.draw("hello world", x: 1, y: 0)
        #expect(drawn == 4)
        #expect(frame.textLines == [" hell", ""])
    }

    @Test func keepsWideGlyphsWhole() {
        var frame = Frame(width: 5, height: 1)
        frame.draw("日本語", x: 0, y: 0)
        #expect(frame.plainText == "日本")   // the third does not fit in one cell
        frame.draw("x", x: 1, y: 0)           // overwrite the right half of 日
        #expect(frame.plainText == " x本")
        #expect(frame[x: 0, y: 0].glyph == " ")
    }

    @Test func composesSideBySideAndStacked() {
        let a = Frame(lines: ["ab", "c"])
        let b = Frame(lines: ["XYZ"])
        let row = Frame.sideBySide([a, b], spacing: 1)
        #expect(row.width == 6 && row.height == 2)
        #expect(row.textLines == ["ab XYZ", "c"])
        let column = Frame.stacked([a, b], spacing: 1)
        #expect(column.textLines == ["ab", "c", "", "XYZ"])
        #expect(column.width == 3)
    }

    @Test func padsClipsAndPlaces() {
        let frame = Frame(lines: ["abcdef", "ghijkl"])
        #expect(frame.clipped(width: 3, height: 1).textLines == ["abc"])
        let padded = frame.padded(width: 8, height: 3)
        #expect(padded.width == 8 && padded.height == 3)
        var canvas = Frame(width: 4, height: 2)
        canvas.place(frame, x: 2, y: 1)
        #expect(canvas.textLines == ["", "  ab"])
        var cut = Frame(width: 3, height: 1)
        cut.place(Frame(lines: ["a日"]), x: 1, y: 0)
        #expect(cut.plainText == " a")
    }
}

import Testing
@testable import Terminal

@Suite struct FrameEncoderTests {
    private func sample() -> Frame {
        var frame = Frame(width: 12, height: 2)
        frame.draw("red", x: 0, y: 0, style: Style(fg: .rgb(255, 0, 0)))
        frame.draw("RED", x: 3, y: 0, style: Style(fg: .rgb(255, 0, 0), bold: true))
        frame.draw("x", x: 6, y: 0)
        frame.draw("bg", x: 0, y: 1, style: Style(bg: .palette(4)))
        return frame
    }

    @Test func plainOutputIsTheTrimmedText() {
        let text = sample().encoded(for: .plain(width: 12))
        #expect(text == "redREDx\nbg")
        #expect(sample().plainText == text)
    }

    @Test func truecolorEmitsOnlyChanges() {
        let text = sample().encoded(for: .trueColor(width: 12))
        #expect(text == "\u{1B}[38;2;255;0;0mred\u{1B}[1mRED\u{1B}[0mx\n\u{1B}[44mbg\u{1B}[0m")
    }

    @Test func neverLeavesStyleOnAtLineEnd() {
        var frame = Frame(width: 4, height: 2)
        frame.draw("ab", x: 0, y: 0, style: Style(fg: .palette(1), underline: true))
        frame.draw("cd", x: 0, y: 1, style: Style(inverse: true))
        for depth in [Capabilities.ColorDepth.ansi16, .palette256, .trueColor] {
            let lines = frame.encoded(for: Capabilities(colorDepth: depth, width: 4)).split(separator: "\n")
            #expect(lines.allSatisfy { $0.hasSuffix("\u{1B}[0m") })
        }
    }

    @Test func downsamplesColours() {
        var frame = Frame(width: 1, height: 1)
        frame.draw("x", x: 0, y: 0, style: Style(fg: .rgb(0, 0, 255)))
        #expect(frame.encoded(for: Capabilities(colorDepth: .palette256)) == "\u{1B}[38;5;21mx\u{1B}[0m")
        #expect(frame.encoded(for: Capabilities(colorDepth: .ansi16)) == "\u{1B}[94mx\u{1B}[0m")
    }

    @Test func sameColourAfterDownsamplingEmitsNothing() {
        var frame = Frame(width: 2, height: 1)
        frame.draw("a", x: 0, y: 0, style: Style(fg: .rgb(250, 10, 10)))
        frame.draw("b", x: 1, y: 0, style: Style(fg: .rgb(240, 20, 20)))
        #expect(frame.encoded(for: Capabilities(colorDepth: .ansi16)) == "\u{1B}[91mab\u{1B}[0m")
    }

    @Test func asciiReplacesEveryNonASCIIGlyphKeepingWidth() {
        let frame = Frame(lines: ["┌─┐ ⣿ █ → 日 é"])
        let text = frame.encoded(for: .ascii(width: 40))
        #expect(text == "+-+ : # > ?? e")
        #expect(text.utf8.allSatisfy { $0 < 0x80 })
    }

    @Test func clipsToTheOutputWidth() {
        let frame = Frame(lines: ["abcdefgh"])
        #expect(frame.encoded(for: .plain(width: 5)) == "abcde")
    }
}

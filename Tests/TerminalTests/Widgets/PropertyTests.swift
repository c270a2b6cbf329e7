import Testing
@testable import Terminal

/// Random content at random widths 20…200: the output never exceeds the width, plain output
/// has no escape byte, ASCII output is ASCII, colour output resets every line.
@Suite struct PropertyTests {
    /// Pieces random text is made of: words, wide characters, emoji, combining marks, and
    /// hostile input (escape sequences, controls, bidi overrides, tabs, newlines).
    static let pieces = [
        "loss", "learning", "rate", "überfit", "naïve", "日本語", "学習率", "😀", "👍🏽", "🇫🇷", "e\u{301}",
        "\u{1B}[31m", "\u{1B}]0;pwned\u{07}", "\u{07}", "\u{0}", "\u{7F}", "\u{9B}2J", "\u{202E}", "\t", "\n",
        "a-very-long-word-that-does-not-fit-anywhere-at-all-in-narrow-columns", "|", "**", "`", "─", "⣿", "█",
    ]

    static func text(_ rng: inout SplitMix64, words: ClosedRange<Int> = 1...12) -> String {
        (0..<rng.int(words)).map { _ in rng.pick(pieces) }.joined(separator: rng.bool() ? " " : "")
    }

    static func values(_ rng: inout SplitMix64, count: Int) -> [Double] {
        (0..<count).map { _ in
            switch rng.int(0...20) {
            case 0: return .nan
            case 1: return .infinity
            case 2: return -.infinity
            case 3: return 0
            default: return rng.double(-1...1) * (rng.bool() ? 1e-6 : 1e6) * rng.unit()
            }
        }
    }

    static func widget(_ rng: inout SplitMix64) -> any Widget {
        switch rng.int(0...13) {
        case 0:
            let n = rng.int(0...80)
            return LinePlot(title: rng.bool() ? text(&rng, words: 1...4) : nil,
                            series: (0..<rng.int(0...4)).map { _ in .init(text(&rng, words: 1...2), y: values(&rng, count: n)) },
                            markers: rng.bool() ? [.init(x: rng.double(0...80), label: text(&rng, words: 1...2))] : [],
                            logY: rng.bool())
        case 1:
            let rows = rng.int(0...12), columns = rng.int(0...15)
            return HeatMap(title: text(&rng, words: 1...3), values: (0..<rows).map { _ in values(&rng, count: columns) },
                           logScale: rng.bool(), xRange: rng.bool() ? 1e-4...1 : nil, yRange: 0...1, logX: true,
                           points: (0..<rng.int(0...6)).map { _ in .init(x: rng.unit(), y: rng.unit(), group: rng.int(0...3), mark: rng.pick([.dot, .outlier, .trial, .best, .custom("⣿")])) })
        case 2:
            return Scatter(points: (0..<rng.int(0...40)).map { _ in .init(x: values(&rng, count: 1)[0], y: rng.double(-5...5), group: rng.int(0...9)) },
                           groupNames: (0..<rng.int(0...3)).map { _ in text(&rng, words: 1...2) }, logX: rng.bool())
        case 3:
            return BarChart(title: text(&rng), bars: (0..<rng.int(0...8)).map { _ in .init(text(&rng, words: 1...3), values(&rng, count: 1)[0]) },
                            highlighted: rng.int(-1...8))
        case 4:
            let categories = (0..<rng.int(1...6)).map { _ in text(&rng, words: 1...2) }
            return StackedBar(categories: categories, rows: (0..<rng.int(0...3)).map { _ in
                .init(text(&rng, words: 1...2), values: values(&rng, count: categories.count)) }, highlighted: rng.int(-1...6))
        case 5:
            return Histogram(title: text(&rng), values: values(&rng, count: rng.int(0...200)).map { $0 / 1e6 }, bins: rng.int(1...60))
        case 6:
            let columns = rng.int(1...6)
            return Table(columns: (0..<columns).map { _ in .init(text(&rng, words: 1...3), alignment: rng.pick([.left, .right, .center])) },
                         rows: (0..<rng.int(0...5)).map { _ in (0..<columns).map { _ in text(&rng) } },
                         highlightedRow: rng.int(-1...5),
                         tones: (0..<5).map { _ in (0..<columns).map { _ in rng.pick([.normal, .good, .bad, .highlight, .heat(rng.unit())]) } })
        case 7:
            return Callout(rng.pick(Callout.Kind.allCases), title: rng.bool() ? text(&rng) : nil, body: text(&rng, words: 0...30))
        case 8:
            return StepCards(steps: (0..<rng.int(0...4)).map { _ in text(&rng) }, current: rng.int(-1...4))
        case 9:
            return VStack([Slider(text(&rng, words: 1...3), value: values(&rng, count: 1)[0], range: 1e-6...10, focused: rng.bool(), logarithmic: rng.bool()),
                           Toggle(text(&rng), isOn: rng.bool(), focused: rng.bool()),
                           Select(text(&rng, words: 1...2), options: (0..<rng.int(0...6)).map { _ in text(&rng, words: 1...2) }, selected: rng.int(0...5)),
                           StatusLine(status: StyledText(text(&rng)), keys: (0..<rng.int(0...8)).map { _ in .init(text(&rng, words: 1...1), text(&rng, words: 1...2)) })])
        case 10:
            var lines: [String] = []
            for _ in 0..<rng.int(1...20) {
                let prefix = rng.pick(["", "# ", "## ", "- ", "1. ", "> ", "    ", "```", "| ", "---", "  - ", "***"])
                lines.append(prefix + text(&rng) + (prefix == "| " ? " | " + text(&rng) + " |" : ""))
                if rng.int(0...4) == 0 { lines.append("|---|---|") }
                if rng.bool() { lines.append("") }
            }
            return Markdown(lines.joined(separator: "\n"))
        case 11:
            var inner = rng
            return Grid(columns: rng.int(1...3), (0..<rng.int(0...5)).map { _ in Box(title: text(&inner), content: widget(&inner)) })
        case 12:
            return Paragraph(text(&rng, words: 0...40), alignment: rng.pick([.left, .right, .center]))
        default:
            var inner = rng
            return HStack([widget(&inner), Frame(lines: [text(&inner), text(&inner)])])
        }
    }

    @Test(arguments: 0..<8)
    func randomWidgetsRespectTheOutputContract(batch: Int) {
        var rng = SplitMix64(seed: 0xC0FFEE + UInt64(batch))
        for _ in 0..<40 {
            let width = rng.int(20...200)
            let height: Int? = rng.bool() ? nil : rng.int(1...50)
            let widget = Self.widget(&rng)
            let capabilities = rng.pick([Capabilities.trueColor(width: width), Capabilities(colorDepth: .palette256, width: width),
                                         Capabilities(colorDepth: .ansi16, width: width), .plain(width: width), .ascii(width: width),
                                         Capabilities(colorDepth: .trueColor, glyphs: .ascii, width: width)])
            let theme = rng.pick([Theme.dark, .light, .mono]).adapted(to: capabilities)
            let frame = widget.rendered(width: width, height: height, theme: theme)
            #expect(frame.width == width)
            if let height { #expect(frame.height == height) }
            let output = frame.encoded(for: capabilities)
            let widths = OutputChecks.lineWidths(output)
            #expect(widths.allSatisfy { $0 <= width }, "a line is wider than \(width): \(widths.max() ?? 0)")
            let stripped = OutputChecks.strippingSGR(output)
            #expect(!stripped.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value) },
                    "control character left after removing SGR sequences")
            if !capabilities.usesEscapes {
                #expect(!output.utf8.contains(0x1B))
                if !capabilities.isASCII { #expect(output == frame.plainText) }
            } else {
                #expect(OutputChecks.resetsEveryLine(output))
                #expect(OutputChecks.trimmingLines(stripped) == frame.encoded(for: .init(colorDepth: .none, glyphs: capabilities.glyphs, width: width)))
            }
            if capabilities.isASCII {
                #expect(output.utf8.allSatisfy { $0 < 0x80 })
            }
        }
    }

    @Test func wrappingNeverExceedsTheWidth() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let width = rng.int(2...200)
            let text = Self.text(&rng, words: 0...60)
            let lines = TextWidth.wrap(text, width: width)
            #expect(lines.allSatisfy { TextWidth.cells(of: $0) <= width })
            // No visible character is lost (spaces may collapse).
            let visible = { (s: String) in TextSanitizer.sanitize(s).filter { $0 != " " && $0 != "\n" } }
            #expect(visible(lines.joined()) == visible(text))
        }
    }
}

/// Text made of styled runs (spans): what widgets and the Markdown renderer draw.
///
/// The text is sanitized on the way in (see ``TextSanitizer``; newlines are kept), so its
/// measured width is exactly the width it takes when drawn. Word wrapping works across spans:
/// `**bold**,` wraps as one word.
public struct StyledText: Hashable, Sendable, ExpressibleByStringLiteral {
    /// A run of text in one style.
    public struct Span: Hashable, Sendable {
        public var text: String
        public var style: Style
        public init(_ text: String, style: Style = .plain) {
            self.text = TextSanitizer.sanitize(text)
            self.style = style
        }
        init(sanitized text: String, style: Style) {
            self.text = text
            self.style = style
        }
    }

    public private(set) var spans: [Span]

    public init() { spans = [] }

    public init(_ text: String, style: Style = .plain) {
        spans = text.isEmpty ? [] : [Span(text, style: style)]
    }

    public init(spans: [Span]) {
        self.spans = spans.filter { !$0.text.isEmpty }
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// Appends a run of text.
    public mutating func append(_ text: String, style: Style = .plain) {
        guard !text.isEmpty else { return }
        appendSanitized(TextSanitizer.sanitize(text), style: style)
    }

    /// Appends another styled text.
    public mutating func append(_ other: StyledText) {
        for span in other.spans { appendSanitized(span.text, style: span.style) }
    }

    mutating func appendSanitized(_ text: String, style: Style) {
        guard !text.isEmpty else { return }
        if let last = spans.last, last.style == style {
            spans[spans.count - 1].text += text
        } else {
            spans.append(Span(sanitized: text, style: style))
        }
    }

    public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        var result = lhs
        result.append(rhs)
        return result
    }

    /// The text without styles.
    public var plainText: String { spans.map(\.text).joined() }

    public var isEmpty: Bool { spans.isEmpty }

    /// Width in cells (of the longest line when the text holds newlines).
    public var cells: Int {
        lines.map { line in line.spans.reduce(0) { $0 + TextWidth.cells(of: $1.text) } }.max() ?? 0
    }

    /// The text split at its newlines.
    public var lines: [StyledText] {
        var result: [StyledText] = [StyledText()]
        for span in spans {
            var first = true
            for part in span.text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { result.append(StyledText()) }
                first = false
                result[result.count - 1].appendSanitized(String(part), style: span.style)
            }
        }
        return result
    }

    /// Applies `style` under every span (span colours and attributes win).
    public func styled(under style: Style) -> StyledText {
        StyledText(spans: spans.map { Span(sanitized: $0.text, style: style.merged(with: $0.style)) })
    }

    /// Wraps by words to lines of at most `width` cells. Newlines are hard breaks; runs of
    /// spaces between words collapse to one; a word longer than the width is broken; wide
    /// characters may break anywhere (CJK has no spaces). Never returns a line wider than
    /// `width` (for `width ≥ 2`), and always at least one line.
    public func wrapped(width: Int) -> [StyledText] {
        let width = max(1, width)
        var output: [StyledText] = []
        for line in lines {
            output.append(contentsOf: Self.wrapParagraph(line, width: width))
        }
        return output.isEmpty ? [StyledText()] : output
    }

    /// Cuts the text to at most `maxCells` cells, ending with `ellipsis` when it was cut.
    public func truncated(toCells maxCells: Int, ellipsis: String = "…") -> StyledText {
        guard cells > maxCells else { return self }
        let ellipsisCells = TextWidth.cells(of: ellipsis)
        let budget = max(0, maxCells - ellipsisCells)
        var result = StyledText()
        var used = 0
        var lastStyle = Style.plain
        outer: for span in spans {
            var piece = ""
            for character in span.text {
                let w = TextWidth.cells(of: character)
                if used + w > budget { result.appendSanitized(piece, style: span.style); lastStyle = span.style; break outer }
                piece.append(character)
                used += w
            }
            result.appendSanitized(piece, style: span.style)
            lastStyle = span.style
        }
        if ellipsisCells <= maxCells { result.appendSanitized(ellipsis, style: lastStyle) }
        return result
    }

    // MARK: - Wrapping

    private struct Glyph {
        var character: Character
        var style: Style
        var cells: Int
    }

    private struct Token {
        var glyphs: [Glyph] = []
        var cells = 0
        var spaceBefore = false
        var spaceStyle = Style.plain
    }

    private static func wrapParagraph(_ line: StyledText, width: Int) -> [StyledText] {
        var tokens: [Token] = []
        var current = Token()
        var pendingSpace = false
        var pendingSpaceStyle = Style.plain
        func flush() {
            if !current.glyphs.isEmpty { tokens.append(current) }
            current = Token()
        }
        for span in line.spans {
            for character in span.text {
                if character == " " {
                    flush()
                    pendingSpace = true
                    pendingSpaceStyle = span.style
                    continue
                }
                let cells = TextWidth.cells(of: character)
                if cells == 0 && current.glyphs.isEmpty && tokens.isEmpty { continue }
                if cells == 2 { flush() }
                if current.glyphs.isEmpty {
                    current.spaceBefore = pendingSpace && !tokens.isEmpty
                    current.spaceStyle = pendingSpaceStyle
                    pendingSpace = false
                }
                current.glyphs.append(Glyph(character: character, style: span.style, cells: cells))
                current.cells += cells
                if cells == 2 { flush() }
            }
        }
        flush()

        var lines: [StyledText] = []
        var lineText = StyledText()
        var lineCells = 0
        func emit() {
            lines.append(lineText)
            lineText = StyledText()
            lineCells = 0
        }
        func add(_ glyphs: ArraySlice<Glyph>) {
            var run = ""
            var runStyle = glyphs.first?.style ?? .plain
            for glyph in glyphs {
                if glyph.style != runStyle {
                    lineText.appendSanitized(run, style: runStyle)
                    run = ""
                    runStyle = glyph.style
                }
                run.append(glyph.character)
                lineCells += glyph.cells
            }
            lineText.appendSanitized(run, style: runStyle)
        }
        for token in tokens {
            let separator = lineCells > 0 && token.spaceBefore ? 1 : 0
            if lineCells + separator + token.cells <= width {
                if separator == 1 {
                    lineText.appendSanitized(" ", style: token.spaceStyle)
                    lineCells += 1
                }
                add(token.glyphs[...])
                continue
            }
            if lineCells > 0 { emit() }
            // Break a word longer than the line into pieces.
            var start = 0
            while start < token.glyphs.count {
                var end = start
                var cells = 0
                while end < token.glyphs.count, cells + token.glyphs[end].cells <= width - lineCells {
                    cells += token.glyphs[end].cells
                    end += 1
                }
                if end == start { end = start + 1 }
                add(token.glyphs[start..<end])
                start = end
                if start < token.glyphs.count { emit() }
            }
        }
        if lineCells > 0 || lines.isEmpty { emit() }
        return lines
    }
}

extension TextWidth {
    /// Wraps plain text by words to lines of at most `width` cells (see
    /// ``StyledText/wrapped(width:)``). The text is sanitized first.
    public static func wrap(_ text: String, width: Int) -> [String] {
        StyledText(text).wrapped(width: width).map(\.plainText)
    }

    /// Cuts `text` to at most `maxCells` cells, ending with `ellipsis` when it was cut.
    public static func truncate(_ text: String, toCells maxCells: Int, ellipsis: String = "…") -> String {
        StyledText(text).truncated(toCells: maxCells, ellipsis: ellipsis).plainText
    }

    /// Pads (or truncates) `text` to exactly `cells` cells.
    public static func pad(_ text: String, toCells cells: Int, alignment: Alignment = .left) -> String {
        let text = truncate(text, toCells: cells)
        let gap = max(0, cells - TextWidth.cells(of: text))
        switch alignment {
        case .left: return text + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }
}

/// Markdown text rendered for the terminal: headings, paragraphs, **bold**, *italic*,
/// `code`, code blocks, lists, block quotes, pipe tables and rules.
///
/// A small parser of its own (``parse(_:)``, a CommonMark-like subset; it never fails) and a
/// renderer that wraps to the width. Styles carry emphasis on a colour terminal; the layout
/// alone keeps the text readable as plain ASCII: headings are underlined with `=`/`-` rules,
/// list items get `*`/`1.` markers, quotes a `>` bar, inline code keeps its backticks and
/// tables are GitHub pipe tables. All source text is sanitized before it is drawn.
public struct Markdown: Widget {
    public var source: String

    public init(_ source: String) {
        self.source = source
    }

    /// The blocks of `source`.
    public static func parse(_ source: String) -> [Block] {
        MarkdownBlockParser.parse(source)
    }

    /// The inline content of one line or paragraph of text.
    public static func parseInline(_ text: String) -> [Inline] {
        MarkdownInlineParser.parse(text)
    }

    /// `source` rendered at `width` (natural height).
    public static func render(_ source: String, width: Int, theme: Theme) -> Frame {
        Markdown(source).rendered(width: width, theme: theme)
    }

    /// Inline Markdown (a quiz prompt, a choice) as styled text over `style`.
    public static func inline(_ text: String, theme: Theme, style: Style = .plain) -> StyledText {
        MarkdownRenderer(theme: theme).inline(parseInline(text), base: style)
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let frame = MarkdownRenderer(theme: theme).render(Markdown.parse(source), width: max(1, width), depth: 0)
        return frame.resized(width: width, height: height ?? frame.height)
    }
}

/// Turns parsed Markdown into frames.
struct MarkdownRenderer {
    let theme: Theme

    var ascii: Bool { theme.glyphs == .ascii }

    /// Source text as drawn: spelled in ASCII for ASCII-only output (`λ` → `lambda`).
    func prose(_ text: String) -> String { ascii ? ASCIITransliteration.text(text) : text }

    func inline(_ nodes: [Markdown.Inline], base: Style) -> StyledText {
        var result = StyledText()
        for node in nodes {
            switch node {
            case let .text(text):
                result.append(prose(text), style: base)
            case let .strong(children):
                result.append(inline(children, base: base.with(bold: true)))
            case let .emphasis(children):
                result.append(inline(children, base: base.with(italic: true)))
            case let .code(code):
                if theme.usesColor {
                    result.append(prose(code), style: base.with(fg: theme[.code]))
                } else {
                    result.append("`" + prose(code) + "`", style: base)
                }
            case let .link(children, url):
                let label = inline(children, base: base.with(fg: theme.usesColor ? theme[.accent] : nil, underline: true))
                result.append(label)
                if label.plainText != url && !url.isEmpty {
                    result.append(" (" + url + ")", style: theme.style(.muted))
                }
            case .lineBreak:
                result.append("\n", style: base)
            }
        }
        return result
    }

    func render(_ blocks: [Markdown.Block], width: Int, depth: Int) -> Frame {
        var frames: [Frame] = []
        for block in blocks {
            frames.append(render(block, width: width, depth: depth))
        }
        return Frame.stacked(frames, spacing: 1, width: width)
    }

    private func lines(_ text: StyledText, width: Int) -> Frame {
        Frame(styledLines: text.wrapped(width: width), width: width)
    }

    func render(_ block: Markdown.Block, width: Int, depth: Int) -> Frame {
        let symbols = theme.symbols
        switch block {
        case let .heading(level, content):
            let style = level <= 2 ? theme.style(.heading, bold: true) : theme.style(.heading, bold: true, underline: level == 3)
            let text = inline(content, base: style)
            var frame = lines(text, width: width)
            if level <= 2 {
                let ruleWidth = min(width, max(3, frame.textLines.map(TextWidth.cells(of:)).max() ?? 0))
                let glyph = level == 1 ? symbols.doubleRule : symbols.rule
                let rule = Frame(lines: [String(repeating: String(glyph), count: ruleWidth)], width: width, style: theme.style(.heading))
                frame = Frame.stacked([frame, rule], width: width)
            }
            return frame
        case let .paragraph(content):
            return lines(inline(content, base: .plain), width: width)
        case let .codeBlock(_, code):
            // Indented like Markdown source: 4 spaces without colour, 2 with the code colour.
            let indent = theme.usesColor ? 2 : 4
            let codeStyle = theme.usesColor ? Style(fg: theme[.code]) : .plain
            var rows: [StyledText] = []
            for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
                for piece in hardWrap(TextSanitizer.sanitize(prose(String(line)), newlines: .space), width: max(1, width - indent)) {
                    rows.append(StyledText(String(repeating: " ", count: indent)) + StyledText(piece, style: codeStyle))
                }
            }
            return Frame(styledLines: rows, width: width)
        case let .list(ordered, start, items):
            var frames: [Frame] = []
            let bullets = ascii ? ["*", "-", "+"] : ["•", "◦", "▪"]
            let markerWidth = ordered ? String(start + max(0, items.count - 1)).count + 2 : 2
            for (index, item) in items.enumerated() {
                let marker = ordered ? TextWidth.pad(String(start + index) + ".", toCells: markerWidth - 1, alignment: .right) + " "
                                     : bullets[depth % bullets.count] + " "
                let body = renderTight(item, width: max(1, width - markerWidth), depth: depth + 1)
                var frame = Frame(width: width, height: max(1, body.height))
                frame.draw(marker, x: 0, y: 0, style: theme.style(ordered ? .accent : .muted, bold: ordered))
                frame.place(body, x: markerWidth, y: 0)
                frames.append(frame)
            }
            return Frame.stacked(frames, width: width)
        case let .quote(blocks):
            let body = render(blocks, width: max(1, width - 2), depth: depth)
            var frame = Frame(width: width, height: body.height)
            let bar: Character = ascii ? ">" : symbols.quoteBar
            for y in 0..<body.height { frame.put(Cell(bar, style: theme.style(.muted)), x: 0, y: y) }
            var quoted = body
            if theme.usesColor {
                quoted.restyle(x: 0, y: 0, width: body.width, height: body.height) { style in
                    style.with(fg: style.fg == .default ? theme[.muted] : nil, italic: true)
                }
            }
            frame.place(quoted, x: 2, y: 0)
            return frame
        case let .table(header, alignments, rows):
            let columns = zip(header, alignments).map { cell, alignment in
                Table.Column(inline(cell, base: .plain).plainText, alignment: alignment)
            }
            let body = rows.map { row in row.map { inline($0, base: .plain) } }
            return Table(columns: columns, rows: body).rendered(width: width, theme: theme)
        case .rule:
            return Frame(lines: [String(repeating: String(symbols.rule), count: width)], width: width, style: theme.style(.border))
        }
    }

    /// List items: paragraphs follow each other without blank lines.
    private func renderTight(_ blocks: [Markdown.Block], width: Int, depth: Int) -> Frame {
        var frames: [Frame] = []
        for block in blocks {
            frames.append(render(block, width: width, depth: depth))
        }
        return Frame.stacked(frames, spacing: 0, width: width)
    }

    /// Breaks a code line into pieces of at most `width` cells, keeping every space.
    private func hardWrap(_ line: String, width: Int) -> [String] {
        var pieces: [String] = []
        var current = ""
        var cells = 0
        for character in line {
            let w = TextWidth.cells(of: character)
            if cells + w > width, !current.isEmpty {
                pieces.append(current)
                current = ""
                cells = 0
            }
            current.append(character)
            cells += w
        }
        pieces.append(current)
        return pieces
    }
}

/// A table in the GitHub pipe style: a header, aligned columns, text wrapped inside cells,
/// a highlighted row and per-cell tones (confusion matrices: diagonal vs errors, heat).
///
/// Unicode output draws light box lines (`│ ─ ┼`); ASCII output is a valid GitHub pipe table
/// (`| a | b |`, `| --- | ---: |`). Column widths start from the content and shrink (widest
/// first, never below 3 cells) to fit the width; cells wrap by words. Without colour,
/// meaning moves into glyphs: the highlighted row starts with the pointer, `.good` and
/// `.highlight` cells read `[12]`, `.bad` cells `3!`.
public struct Table: Widget {
    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        /// Upper bound for this column's width in cells (nil: no bound).
        public var maxWidth: Int?

        public init(_ title: String, alignment: Alignment = .left, maxWidth: Int? = nil) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    /// How a cell is emphasised.
    public enum Tone: Sendable, Hashable {
        case normal, highlight, good, bad, warning, muted
        /// Background from the theme's colour map at 0…1 (e.g. a confusion-matrix count over
        /// its row total).
        case heat(Double)
    }

    public var columns: [Column]
    public var rows: [[StyledText]]
    public var highlightedRow: Int?
    /// Tone of the cell at (row, column); nil or missing entries are `.normal`.
    public var tones: [[Tone]]
    public var title: String?

    public init(title: String? = nil, columns: [Column], rows: [[StyledText]], highlightedRow: Int? = nil, tones: [[Tone]] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.highlightedRow = highlightedRow
        self.tones = tones
    }

    /// A table of plain strings.
    public init(title: String? = nil, columns: [Column], rows: [[String]], highlightedRow: Int? = nil, tones: [[Tone]] = []) {
        self.init(title: title, columns: columns, rows: rows.map { $0.map { StyledText($0) } },
                  highlightedRow: highlightedRow, tones: tones)
    }

    private func tone(_ row: Int, _ column: Int) -> Tone {
        row < tones.count && column < tones[row].count ? tones[row][column] : .normal
    }

    /// The cell text, decorated for output without colour.
    private func content(_ row: Int, _ column: Int, theme: Theme) -> StyledText {
        let text = column < rows[row].count ? rows[row][column] : StyledText()
        guard !theme.usesColor else { return text }
        switch tone(row, column) {
        case .good, .highlight: return StyledText("[") + text + StyledText("]")
        case .bad: return text + StyledText("!")
        default: return text
        }
    }

    /// Column widths fitted to `available` cells of content. Right-aligned columns hold
    /// numbers, which must not break across lines: they give up width only after every
    /// wrapping column is down to 3 cells.
    private func widths(available: Int, theme: Theme) -> [Int] {
        var floors: [Int] = []
        var widths = columns.enumerated().map { index, column -> Int in
            var widest = TextWidth.cells(of: TextSanitizer.sanitize(column.title, newlines: .space))
            var widestCell = 0
            for row in rows.indices { widestCell = max(widestCell, content(row, index, theme: theme).cells) }
            widest = max(widest, widestCell)
            if let cap = column.maxWidth { widest = min(widest, max(1, cap)) }
            let width = max(theme.glyphs == .ascii ? 3 : 1, widest)
            floors.append(column.alignment == .right ? min(width, max(3, widestCell)) : min(width, 3))
            return width
        }
        var excess = widths.reduce(0, +) - available
        func shrinkWidest(above floor: (Int) -> Int) {
            while excess > 0 {
                guard let widest = widths.indices.filter({ widths[$0] > floor($0) })
                    .max(by: { (widths[$0], -$0) < (widths[$1], -$1) }) else { return }
                widths[widest] -= 1
                excess -= 1
            }
        }
        shrinkWidest(above: { floors[$0] })
        shrinkWidest(above: { _ in 3 })
        shrinkWidest(above: { _ in 1 })  // still too wide: squeeze to 1 cell
        return widths
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let ascii = theme.glyphs == .ascii
        let box = theme.symbols.box
        let count = columns.count
        guard count > 0 else { return Frame(width: width, height: height ?? 0) }
        // Layout: "│ a │ b │" → 3 cells per column plus 1.
        let widths = self.widths(available: width - (3 * count + 1), theme: theme)
        let border = theme.style(.border)

        var frameLines: [Frame] = []
        if let title {
            frameLines.append(Frame(styledLines: [StyledText(title, style: theme.style(.heading, bold: true))], width: width))
        }
        func rule(_ left: Character, _ middle: Character, _ right: Character, alignmentMarks: Bool) -> Frame {
            var frame = Frame(width: width, height: 1)
            var x = 0
            frame.put(Cell(left, style: border), x: x, y: 0)
            x += 1
            for (index, w) in widths.enumerated() {
                var segment = [Character](repeating: box.horizontal, count: w + 2)
                if alignmentMarks {
                    switch columns[index].alignment {
                    case .left: break
                    case .right: segment[w + 1] = ":"
                    case .center: segment[0] = ":"; segment[w + 1] = ":"
                    }
                }
                for glyph in segment {
                    frame.put(Cell(glyph, style: border), x: x, y: 0)
                    x += 1
                }
                frame.put(Cell(index == count - 1 ? right : middle, style: border), x: x, y: 0)
                x += 1
            }
            return frame
        }
        func row(_ cells: [StyledText], styles: [Style], alignments: [Alignment], rowStyle: Style?, pointer: Bool) -> Frame {
            let wrapped = cells.enumerated().map { index, text in text.wrapped(width: widths[index]) }
            let rowHeight = wrapped.map(\.count).max() ?? 1
            var frame = Frame(width: width, height: rowHeight)
            for line in 0..<rowHeight {
                var x = 0
                let leftGlyph: Character = pointer ? (ascii ? ">" : "▶") : box.vertical
                frame.put(Cell(leftGlyph, style: pointer ? theme.style(.accent, bold: true) : border), x: x, y: line)
                x += 1
                for index in 0..<count {
                    let cellStyle = rowStyle.map { $0.merged(with: styles[index]) } ?? styles[index]
                    if cellStyle.bg != .default || cellStyle.inverse {
                        frame.fill(x: x, y: line, width: widths[index] + 2, height: 1, with: Cell(" ", style: Style(bg: cellStyle.bg, inverse: cellStyle.inverse)))
                    }
                    if line < wrapped[index].count {
                        let text = wrapped[index][line].styled(under: cellStyle)
                        let gap = max(0, widths[index] - text.cells)
                        let offset = alignments[index] == .left ? 0 : alignments[index] == .right ? gap : gap / 2
                        frame.draw(text, x: x + 1 + offset, y: line, maxWidth: widths[index])
                    }
                    x += widths[index] + 2
                    frame.put(Cell(box.vertical, style: border), x: x, y: line)
                    x += 1
                }
            }
            return frame
        }

        if !ascii { frameLines.append(rule(box.topLeft, box.teeDown, box.topRight, alignmentMarks: false)) }
        let headerStyle = theme.style(.heading, bold: true)
        frameLines.append(row(columns.map { StyledText($0.title) }, styles: Array(repeating: headerStyle, count: count),
                              alignments: columns.map(\.alignment), rowStyle: nil, pointer: false))
        frameLines.append(ascii ? rule("|", "|", "|", alignmentMarks: true) : rule(box.teeRight, box.cross, box.teeLeft, alignmentMarks: false))
        for index in rows.indices {
            let isHighlighted = index == highlightedRow
            let styles = (0..<count).map { column -> Style in
                switch tone(index, column) {
                case .normal: return .plain
                case .highlight: return theme.highlightStyle
                case .good: return theme.style(.good, bold: true)
                case .bad: return theme.style(.bad, bold: true)
                case .warning: return theme.style(.warning)
                case .muted: return theme.style(.muted)
                case let .heat(t):
                    guard theme.usesColor else { return .plain }
                    let bg = theme.heat(t)
                    let ink: Color = (bg.luminance ?? 0) > 0.5 ? .rgb(16, 16, 16) : .rgb(240, 240, 240)
                    return Style(fg: ink, bg: bg)
                }
            }
            let cells = (0..<count).map { content(index, $0, theme: theme) }
            frameLines.append(row(cells, styles: styles, alignments: columns.map(\.alignment),
                                  rowStyle: isHighlighted ? theme.highlightStyle : nil, pointer: isHighlighted))
        }
        if !ascii { frameLines.append(rule(box.bottomLeft, box.teeUp, box.bottomRight, alignmentMarks: false)) }
        let frame = Frame.stacked(frameLines, width: width)
        return frame.resized(width: width, height: height ?? frame.height)
    }
}

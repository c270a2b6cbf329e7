/// A rectangle of styled cells: what every widget draws into and every encoder writes out.
///
/// A frame has a fixed width and height; every drawing operation clips to it, so nothing
/// drawn can make a line wider than the frame. Text is sanitized as it is drawn (control
/// characters and escape sequences become visible, see ``TextSanitizer``). Frames are values:
/// compose them with ``stacked(_:spacing:)``, ``sideBySide(_:spacing:)``, ``place(_:x:y:)``,
/// ``padded(width:height:)`` and ``clipped(width:height:)``.
public struct Frame: Hashable, Sendable {
    /// Width in cells.
    public let width: Int
    /// Height in rows.
    public let height: Int
    /// The cells, row by row (`width × height`).
    private var cells: [Cell]

    /// The rows of cells, top to bottom; each row has exactly `width` cells.
    public var lines: [[Cell]] {
        (0..<height).map { y in Array(cells[(y * width)..<((y + 1) * width)]) }
    }

    /// One row of cells.
    public func line(_ y: Int) -> ArraySlice<Cell> {
        guard y >= 0, y < height else { return [] }
        return cells[(y * width)..<((y + 1) * width)]
    }

    /// A frame of `width × height` cells filled with `fill` (negative sizes count as zero).
    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = [Cell](repeating: fill.isContinuation ? .blank : fill, count: self.width * self.height)
    }

    /// A frame showing `lines` of text in one style; `width` defaults to the widest line.
    public init(lines text: [String], width: Int? = nil, style: Style = .plain) {
        let sanitized = text.map { TextSanitizer.sanitize($0, newlines: .space) }
        let natural = sanitized.map(TextWidth.cells(of:)).max() ?? 0
        self.init(width: width ?? natural, height: sanitized.count)
        for (y, line) in sanitized.enumerated() { drawSanitized(line, x: 0, y: y, style: style, limit: self.width) }
    }

    /// A frame showing lines of styled text; `width` defaults to the widest line.
    public init(styledLines text: [StyledText], width: Int? = nil) {
        let natural = text.map(\.cells).max() ?? 0
        self.init(width: width ?? natural, height: text.count)
        for (y, line) in text.enumerated() { draw(line, x: 0, y: y) }
    }

    /// An empty frame of the given width and no rows.
    public static func empty(width: Int = 0) -> Frame { Frame(width: width, height: 0) }

    // MARK: Cells

    /// The cell at column `x`, row `y`; reading outside gives a blank cell, writing outside is
    /// ignored. Writing keeps wide glyphs whole (a half that is overwritten blanks the other).
    public subscript(x x: Int, y y: Int) -> Cell {
        get {
            guard y >= 0, y < height, x >= 0, x < width else { return .blank }
            return cells[y * width + x]
        }
        set { put(newValue, x: x, y: y) }
    }

    /// Writes one cell (and the continuation of a wide glyph); returns the cells advanced.
    @discardableResult
    public mutating func put(_ cell: Cell, x: Int, y: Int) -> Int {
        guard y >= 0, y < height, x >= 0, x < width, !cell.isContinuation else { return 0 }
        let cellWidth = cell.width
        if cellWidth == 0 { return 0 }
        let index = y * width + x
        breakWideGlyph(index, x: x)
        if cellWidth == 2 {
            guard x + 1 < width else {
                cells[index] = Cell(" ", style: cell.style)
                return 1
            }
            breakWideGlyph(index + 1, x: x + 1)
            cells[index] = cell
            cells[index + 1] = .continuation(cell.style)
            return 2
        }
        cells[index] = cell
        return 1
    }

    /// Blanks the other half of a wide glyph that covers `index`, before it is overwritten.
    @inline(__always)
    private mutating func breakWideGlyph(_ index: Int, x: Int) {
        if cells[index].isContinuation {
            if x > 0 { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
            cells[index] = Cell(" ", style: cells[index].style)
        } else if cells[index].width == 2, x + 1 < width {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
    }

    // MARK: Drawing

    /// Draws one line of text from column `x` of row `y`, clipped to the frame and to
    /// `maxWidth` cells; line breaks become spaces. Returns the cells drawn.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        let limit = maxWidth.map { min($0, width - x) } ?? (width - x)
        return drawSanitized(TextSanitizer.sanitize(text, newlines: .space), x: x, y: y, style: style, limit: limit)
    }

    /// Draws one line of styled text from column `x` of row `y`, clipped like
    /// ``draw(_:x:y:style:maxWidth:)``. Returns the cells drawn.
    @discardableResult
    public mutating func draw(_ text: StyledText, x: Int, y: Int, maxWidth: Int? = nil) -> Int {
        var column = x
        let end = maxWidth.map { min(x + $0, width) } ?? width
        for span in text.spans {
            let piece = span.text.contains("\n") ? span.text.replacingNewlines() : span.text
            column += drawSanitized(piece, x: column, y: y, style: span.style, limit: end - column)
            if column >= end { break }
        }
        return column - x
    }

    @discardableResult
    mutating func drawSanitized(_ text: String, x: Int, y: Int, style: Style, limit: Int) -> Int {
        guard y >= 0, y < height, limit > 0 else { return 0 }
        var column = x
        let end = min(width, x + limit)
        for character in text {
            let cells = TextWidth.cells(of: character)
            if cells == 0 { continue }
            if column + cells > end {
                // A wide glyph that does not fit leaves a blank rather than half a glyph.
                if column < end, column >= 0 { put(Cell(" ", style: style), x: column, y: y); column += 1 }
                break
            }
            if column >= 0 { put(Cell(character, style: style), x: column, y: y) }
            column += cells
        }
        return column - x
    }

    /// Fills a rectangle (clipped to the frame) with `cell`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell) {
        let x0 = max(0, x), x1 = min(width, x + w)
        let y0 = max(0, y), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return }
        for row in y0..<y1 {
            var column = x0
            while column < x1 { column += max(1, put(cell, x: column, y: row)) }
        }
    }

    /// Changes the style of every cell in a rectangle (clipped), keeping the glyphs.
    public mutating func restyle(x: Int, y: Int, width w: Int, height h: Int, _ transform: (Style) -> Style) {
        let x0 = max(0, x), x1 = min(width, x + w)
        let y0 = max(0, y), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return }
        for row in y0..<y1 {
            for column in x0..<x1 { cells[row * width + column].style = transform(cells[row * width + column].style) }
        }
    }

    /// Copies `other` into this frame with its top-left corner at (x, y), clipped.
    public mutating func place(_ other: Frame, x: Int, y: Int) {
        let rowStart = max(0, -y), rowEnd = min(other.height, height - y)
        let columnStart = max(0, -x), columnEnd = min(other.width, width - x)
        guard rowStart < rowEnd, columnStart < columnEnd else { return }
        for row in rowStart..<rowEnd {
            let source = row * other.width
            let target = (y + row) * width + x
            var column = columnStart
            // A continuation cut off at the left edge has no glyph to continue.
            if other.cells[source + column].isContinuation {
                put(Cell(" ", style: other.cells[source + column].style), x: x + column, y: y + row)
                column += 1
            }
            while column < columnEnd {
                let cell = other.cells[source + column]
                let cellWidth = cell.width
                if cellWidth == 1, !cells[target + column].isContinuation, cells[target + column].width == 1 {
                    cells[target + column] = cell          // the common case: no wide glyphs involved
                } else if cellWidth == 2, column + 1 >= columnEnd {
                    put(Cell(" ", style: cell.style), x: x + column, y: y + row)
                } else if !cell.isContinuation {
                    put(cell, x: x + column, y: y + row)
                }
                column += 1
            }
        }
    }

    // MARK: Composition

    /// This frame cut to at most `width × height` (nil keeps that dimension).
    public func clipped(width w: Int? = nil, height h: Int? = nil) -> Frame {
        resized(width: min(w ?? width, width), height: min(h ?? height, height))
    }

    /// This frame grown to at least `width × height` with `fill` (nil keeps that dimension).
    public func padded(width w: Int? = nil, height h: Int? = nil, fill: Cell = .blank) -> Frame {
        resized(width: max(w ?? width, width), height: max(h ?? height, height), fill: fill)
    }

    /// This frame at exactly `width × height`: clipped where smaller, padded where larger.
    public func resized(width w: Int, height h: Int, fill: Cell = .blank) -> Frame {
        if w == width, h == height { return self }
        var result = Frame(width: w, height: h, fill: fill)
        result.place(self, x: 0, y: 0)
        return result
    }

    /// Frames one under another, `spacing` blank rows apart; the result is as wide as the
    /// widest frame (or `width`, clipping wider ones).
    public static func stacked(_ frames: [Frame], spacing: Int = 0, width: Int? = nil) -> Frame {
        let w = width ?? frames.map(\.width).max() ?? 0
        let h = frames.reduce(0) { $0 + $1.height } + max(0, spacing) * max(0, frames.count - 1)
        var result = Frame(width: w, height: h)
        var y = 0
        for frame in frames {
            result.place(frame, x: 0, y: y)
            y += frame.height + max(0, spacing)
        }
        return result
    }

    /// Frames side by side, `spacing` blank columns apart, top-aligned; as tall as the tallest.
    public static func sideBySide(_ frames: [Frame], spacing: Int = 0) -> Frame {
        let w = frames.reduce(0) { $0 + $1.width } + max(0, spacing) * max(0, frames.count - 1)
        let h = frames.map(\.height).max() ?? 0
        var result = Frame(width: w, height: h)
        var x = 0
        for frame in frames {
            result.place(frame, x: x, y: 0)
            x += frame.width + max(0, spacing)
        }
        return result
    }

    /// The text of the frame: one string per row, trailing spaces trimmed, no styles.
    public var textLines: [String] {
        (0..<height).map { y in
            var bytes: [UInt8] = []
            for cell in line(y) where !cell.isContinuation { cell.appendUTF8(to: &bytes) }
            while bytes.last == 0x20 { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The text of the frame, rows joined by `\n` (same as encoding without colour).
    public var plainText: String { textLines.joined(separator: "\n") }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}

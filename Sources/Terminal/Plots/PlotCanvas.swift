/// A grid of sub-cell pixels that series are drawn into, then turned into glyphs.
///
/// Three resolutions: braille (2×4 dots per cell, Unicode), ASCII (2×3 sub-pixels per cell
/// mapped to `' - . _ / \ | :`-style characters) and markers (1×1: each series draws its own
/// character, for output without colour where dots could not be told apart). Each cell
/// remembers the last series drawn into it, which gives its colour, and whether another
/// series was drawn there too (markers show such a cell as shared).
struct PlotCanvas {
    enum Mode {
        case braille, ascii, markers
    }

    let mode: Mode
    let columns: Int
    let rows: Int
    let pixelsPerColumn: Int
    let pixelsPerRow: Int
    private(set) var bits: [UInt8]
    private(set) var owner: [Int16]
    private(set) var shared: [Bool]

    init(mode: Mode, columns: Int, rows: Int) {
        self.mode = mode
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        switch mode {
        case .braille: (pixelsPerColumn, pixelsPerRow) = (2, 4)
        case .ascii: (pixelsPerColumn, pixelsPerRow) = (2, 3)
        case .markers: (pixelsPerColumn, pixelsPerRow) = (1, 1)
        }
        bits = [UInt8](repeating: 0, count: self.columns * self.rows)
        owner = [Int16](repeating: -1, count: self.columns * self.rows)
        shared = [Bool](repeating: false, count: self.columns * self.rows)
    }

    var pixelWidth: Int { columns * pixelsPerColumn }
    var pixelHeight: Int { rows * pixelsPerRow }

    /// Pixel x for a fraction 0…1 of the width.
    func pixelX(_ fraction: Double) -> Double { fraction * Double(pixelWidth - 1) }
    /// Pixel y for a fraction 0…1 of the height, 0 at the bottom.
    func pixelY(_ fraction: Double) -> Double { (1 - fraction) * Double(pixelHeight - 1) }

    /// Lights one pixel (ignored outside the canvas).
    mutating func set(_ px: Int, _ py: Int, series: Int) {
        guard px >= 0, py >= 0, px < pixelWidth, py < pixelHeight else { return }
        let column = px / pixelsPerColumn, row = py / pixelsPerRow
        let index = row * columns + column
        let dx = px - column * pixelsPerColumn, dy = py - row * pixelsPerRow
        switch mode {
        case .braille: bits[index] |= PlotCanvas.brailleBit[dy][dx]
        case .ascii: bits[index] |= UInt8(1) << UInt8(dy * 2 + dx)
        case .markers: bits[index] = 1
        }
        let id = Int16(truncatingIfNeeded: series)
        if owner[index] >= 0 && owner[index] != id { shared[index] = true }
        owner[index] = id
    }

    /// A straight line between two pixel positions, clipped to the canvas.
    mutating func line(from p0: (Double, Double), to p1: (Double, Double), series: Int) {
        guard let (a, b) = clip(p0, p1) else { return }
        let dx = b.0 - a.0, dy = b.1 - a.1
        let steps = Int(max(abs(dx), abs(dy)).rounded(.up))
        if steps == 0 {
            set(Int(a.0.rounded()), Int(a.1.rounded()), series: series)
            return
        }
        for i in 0...steps {
            let t = Double(i) / Double(steps)
            set(Int((a.0 + dx * t).rounded()), Int((a.1 + dy * t).rounded()), series: series)
        }
    }

    /// Liang–Barsky clipping of a segment to the pixel rectangle (with half a pixel margin).
    private func clip(_ p0: (Double, Double), _ p1: (Double, Double)) -> ((Double, Double), (Double, Double))? {
        guard p0.0.isFinite, p0.1.isFinite, p1.0.isFinite, p1.1.isFinite else { return nil }
        let xmin = -0.5, ymin = -0.5, xmax = Double(pixelWidth) - 0.5, ymax = Double(pixelHeight) - 0.5
        var t0 = 0.0, t1 = 1.0
        let dx = p1.0 - p0.0, dy = p1.1 - p0.1
        for (p, q) in [(-dx, p0.0 - xmin), (dx, xmax - p0.0), (-dy, p0.1 - ymin), (dy, ymax - p0.1)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil }; if r > t0 { t0 = r } } else { if r < t0 { return nil }; if r < t1 { t1 = r } }
            }
        }
        return ((p0.0 + t0 * dx, p0.1 + t0 * dy), (p0.0 + t1 * dx, p0.1 + t1 * dy))
    }

    /// Whether the cell at (column, row) has anything drawn.
    func isLit(column: Int, row: Int) -> Bool { bits[row * columns + column] != 0 }

    /// Copies the lit cells into `frame` with the top-left at (x, y); empty cells are left as
    /// they were (so markers drawn earlier stay visible behind the data).
    func draw(into frame: inout Frame, x: Int, y: Int, color: (Int) -> Style, marker: (Int) -> Character,
              sharedMarker: Character) {
        for row in 0..<rows {
            for column in 0..<columns {
                let index = row * columns + column
                let value = bits[index]
                guard value != 0 else { continue }
                let series = Int(owner[index])
                let cell: Cell
                switch mode {
                case .braille: cell = Cell(scalar: Unicode.Scalar(0x2800 + UInt32(value))!, style: color(series))
                case .ascii: cell = Cell(PlotCanvas.asciiGlyphs[Int(value)], style: color(series))
                case .markers:
                    cell = shared[index] ? Cell(sharedMarker, style: .plain) : Cell(marker(series), style: color(series))
                }
                frame.put(cell, x: x + column, y: y + row)
            }
        }
    }

    /// Braille dot bits by [row][column] inside a cell.
    static let brailleBit: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// A character for each 2×3 sub-pixel pattern (bit = row * 2 + column).
    static let asciiGlyphs: [Character] = (0..<64).map { asciiGlyph(UInt8($0)) }

    private static func asciiGlyph(_ pattern: UInt8) -> Character {
        if pattern == 0 { return " " }
        func lit(_ row: Int, _ column: Int) -> Bool { pattern & (1 << UInt8(row * 2 + column)) != 0 }
        let litRows = (0..<3).filter { lit($0, 0) || lit($0, 1) }
        if litRows.count == 1 {
            switch litRows[0] {
            case 0: return "'"
            case 1: return "-"
            default: return lit(2, 0) && lit(2, 1) ? "_" : "."
            }
        }
        let top = litRows.first ?? 0, bottom = litRows.last ?? 0
        let topLeft = lit(top, 0), topRight = lit(top, 1)
        let bottomLeft = lit(bottom, 0), bottomRight = lit(bottom, 1)
        if topRight && !topLeft && bottomLeft && !bottomRight { return "/" }
        if topLeft && !topRight && bottomRight && !bottomLeft { return "\\" }
        if litRows.count == 2 && bottom - top == 2 && !lit(1, 0) && !lit(1, 1) { return ":" }
        return "|"
    }
}

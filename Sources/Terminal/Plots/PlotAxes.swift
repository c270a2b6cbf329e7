/// Axis drawing shared by the plots: a left axis with tick labels, a bottom axis with tick
/// marks and labels, laid out around a rectangular plot area.
struct PlotAxes {
    /// A tick: where it sits along the axis (cell index inside the plot area) and its label.
    struct Tick {
        var position: Int
        var label: String
    }

    /// The y ticks of `scale` placed on rows of a plot area `rows` tall with `pixelsPerRow`
    /// pixels per row, dropping ticks that would share a row with an earlier one.
    static func yTicks(_ scale: NiceScale, rows: Int, pixelsPerRow: Int) -> [Tick] {
        let labels = scale.labels
        var ticks: [Tick] = []
        var used = Set<Int>()
        let pixelHeight = rows * pixelsPerRow
        for (value, label) in zip(scale.ticks, labels) {
            let f = scale.fraction(of: value)
            guard f.isFinite, f >= -1e-9, f <= 1 + 1e-9 else { continue }
            let py = ((1 - f) * Double(pixelHeight - 1)).rounded()
            let row = min(rows - 1, max(0, Int(py) / pixelsPerRow))
            if used.insert(row).inserted { ticks.append(Tick(position: row, label: label)) }
        }
        return ticks
    }

    /// The x ticks of `scale` placed on columns of a plot area `columns` wide.
    static func xTicks(_ scale: NiceScale, columns: Int, pixelsPerColumn: Int) -> [Tick] {
        var ticks: [Tick] = []
        let pixelWidth = columns * pixelsPerColumn
        for (value, label) in zip(scale.ticks, scale.labels) {
            let f = scale.fraction(of: value)
            guard f.isFinite, f >= -1e-9, f <= 1 + 1e-9 else { continue }
            let px = (f * Double(pixelWidth - 1)).rounded()
            let column = min(columns - 1, max(0, Int(px) / pixelsPerColumn))
            if ticks.last?.position != column { ticks.append(Tick(position: column, label: label)) }
        }
        return ticks
    }

    /// Draws the left axis (column `x - 1`, labels right-aligned before it) and the bottom axis
    /// (row `y + rows`, labels on the row below) around the plot area at (x, y).
    static func draw(into frame: inout Frame, x: Int, y: Int, columns: Int, rows: Int,
                     yTicks: [Tick], xTicks: [Tick], theme: Theme, drawBottom: Bool = true) {
        let box = theme.symbols.box
        let axisStyle = theme.style(.border)
        let labelStyle = theme.style(.muted)
        let tickRows = Dictionary(yTicks.map { ($0.position, $0.label) }, uniquingKeysWith: { a, _ in a })
        for row in 0..<rows {
            if let label = tickRows[row] {
                frame.put(Cell(box.teeLeft, style: axisStyle), x: x - 1, y: y + row)
                let cells = TextWidth.cells(of: label)
                frame.draw(label, x: max(0, x - 1 - cells), y: y + row, style: labelStyle, maxWidth: x - 1)
            } else {
                frame.put(Cell(box.vertical, style: axisStyle), x: x - 1, y: y + row)
            }
        }
        guard drawBottom else { return }
        let axisRow = y + rows
        frame.put(Cell(box.bottomLeft, style: axisStyle), x: x - 1, y: axisRow)
        for column in 0..<columns {
            frame.put(Cell(box.horizontal, style: axisStyle), x: x + column, y: axisRow)
        }
        var nextFree = 0
        for (index, tick) in xTicks.enumerated() {
            frame.put(Cell(box.teeDown, style: axisStyle), x: x + tick.position, y: axisRow)
            let cells = TextWidth.cells(of: tick.label)
            var start = x + tick.position - cells / 2
            if index == xTicks.count - 1 { start = min(start, frame.width - cells) }
            start = max(start, 0)
            guard start >= nextFree, start + cells <= frame.width else { continue }
            frame.draw(tick.label, x: start, y: axisRow + 1, style: labelStyle)
            nextFree = start + cells + 1
        }
    }
}

/// Histogram with fixed bins, drawn as vertical bars in eighths of a cell, plus the counts
/// that fall outside the bins: underflow, overflow and non-finite values.
///
/// Build it from counts already made (``init(title:edges:counts:underflow:overflow:nonFinite:)``,
/// e.g. from a simulation snapshot) or from raw values (``init(title:values:bins:range:)``).
/// Bins are `[edge_i, edge_{i+1})`, the last one closed. When there are more bins than
/// columns, neighbouring bins share a column (their counts add up).
public struct Histogram: Widget {
    public var title: String?
    /// `counts.count + 1` increasing edges.
    public var edges: [Double]
    public var counts: [Int]
    public var underflow: Int
    public var overflow: Int
    public var nonFinite: Int

    public init(title: String? = nil, edges: [Double], counts: [Int], underflow: Int = 0, overflow: Int = 0, nonFinite: Int = 0) {
        self.title = title
        self.edges = edges
        self.counts = counts
        self.underflow = underflow
        self.overflow = overflow
        self.nonFinite = nonFinite
    }

    /// Counts `values` into `bins` equal bins over `range` (nil: the finite min…max).
    public init(title: String? = nil, values: [Double], bins: Int, range: ClosedRange<Double>? = nil) {
        let finite = values.filter(\.isFinite)
        let lo = range?.lowerBound ?? finite.min() ?? 0
        var hi = range?.upperBound ?? finite.max() ?? 1
        if hi <= lo { hi = lo + 1 }
        let bins = max(1, bins)
        let width = (hi - lo) / Double(bins)
        var counts = [Int](repeating: 0, count: bins)
        var under = 0, over = 0, bad = 0
        for v in values {
            if !v.isFinite { bad += 1; continue }
            if v < lo { under += 1; continue }
            if v > hi { over += 1; continue }
            counts[min(bins - 1, Int((v - lo) / width))] += 1
        }
        self.init(title: title, edges: (0...bins).map { lo + Double($0) * width }, counts: counts,
                  underflow: under, overflow: over, nonFinite: bad)
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        let titleRows = title == nil ? 0 : 1
        let fixedRows = titleRows + 3
        let plotRows = max(1, (height ?? (max(6, min(12, width / 5)) + fixedRows)) - fixedRows)
        let totalHeight = height ?? plotRows + fixedRows
        var frame = Frame(width: width, height: totalHeight)
        if let title { frame.draw(title, x: 0, y: 0, style: theme.style(.heading, bold: true)) }

        let maxCount = max(1, counts.max() ?? 1)
        let yScale = NiceScale(lower: 0, upper: Double(maxCount), count: max(2, min(5, plotRows / 2 + 1)))
        let yTicks = PlotAxes.yTicks(yScale, rows: plotRows, pixelsPerRow: 8)
        let labelWidth = min(width / 3, yTicks.map { TextWidth.cells(of: $0.label) }.max() ?? 1)
        let plotX = labelWidth + 1
        let plotColumns = max(1, width - plotX - 1)
        let bins = counts.count
        // Columns per bin (≥1), or bins per column when bins outnumber columns.
        let binsPerColumn = max(1, (bins + plotColumns - 1) / max(1, plotColumns))
        let groups = max(1, (bins + binsPerColumn - 1) / binsPerColumn)
        var groupCounts = [Int](repeating: 0, count: groups)
        for (index, count) in counts.enumerated() { groupCounts[index / binsPerColumn] += count }
        // Group g spans columns [g·W/G, (g+1)·W/G): the bars fill the whole width.
        func firstColumn(_ group: Int) -> Int { group * plotColumns / groups }
        let narrowest = (0..<groups).map { firstColumn($0 + 1) - firstColumn($0) }.min() ?? 1
        let gap = narrowest >= 3 ? 1 : 0

        let barStyle = theme.style(.series(0))
        for (group, count) in groupCounts.enumerated() {
            let f = yScale.fraction(of: Double(count))
            let eighths = Int((max(0, f) * Double(plotRows * 8)).rounded())
            let columnsHere = firstColumn(group + 1) - firstColumn(group)
            for c in 0..<max(0, columnsHere - gap) {
                let x = plotX + firstColumn(group) + c
                for r in 0..<plotRows {
                    let level = min(8, max(0, eighths - (plotRows - 1 - r) * 8))
                    if level > 0 {
                        let glyph = symbols.verticalEighths[level] == " " && count > 0 ? "." : symbols.verticalEighths[level]
                        frame.put(Cell(glyph, style: barStyle), x: x, y: titleRows + r)
                    }
                }
                if count > 0, eighths == 0 {
                    frame.put(Cell(symbols.verticalEighths[1] == " " ? "." : symbols.verticalEighths[1], style: barStyle),
                              x: x, y: titleRows + plotRows - 1)
                }
            }
        }
        // x ticks: the first, middle and last edges, at their columns.
        var xTicks: [PlotAxes.Tick] = []
        if let first = edges.first, let last = edges.last {
            let used = plotColumns
            let middleIndex = edges.count / 2
            let step = edges.count > 2 ? abs(edges[middleIndex] - first) : abs(last - first)
            let middle = edges[middleIndex]
            let labels = NumberFormat.ticks([first, middle, last], step: step)
            xTicks.append(.init(position: 0, label: labels[0]))
            if edges.count > 2 {
                let position = firstColumn(middleIndex / binsPerColumn)
                xTicks.append(.init(position: min(used - 1, position), label: labels[1]))
            }
            xTicks.append(.init(position: max(0, min(plotColumns - 1, used - 1)), label: labels[2]))
        }
        PlotAxes.draw(into: &frame, x: plotX, y: titleRows, columns: plotColumns, rows: plotRows,
                      yTicks: yTicks, xTicks: xTicks, theme: theme)
        // "below range 0" where it fits: a bare "below 0" under an axis through 0 reads as
        // "values below zero". Narrow plots keep the short words rather than lose nan/inf.
        let muted = theme.style(.muted)
        let warn = theme.style(.bad, bold: true)
        func footerText(_ range: String) -> StyledText {
            var footer = StyledText()
            footer.append("below\(range) \(underflow)", style: underflow > 0 ? warn : muted)
            footer.append("  above\(range) \(overflow)", style: overflow > 0 ? warn : muted)
            footer.append("  nan/inf \(nonFinite)", style: nonFinite > 0 ? warn : muted)
            return footer
        }
        let long = footerText(" range")
        let footer = long.cells <= width ? long : footerText("")
        frame.draw(footer, x: 0, y: titleRows + plotRows + 2)
        return frame
    }
}

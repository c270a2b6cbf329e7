/// Scatter plot: points marked per cell, with axes and an optional legend of groups.
///
/// Points are marked at cell resolution so each mark stays readable (`●` per class colour,
/// `✕` outliers/mislabeled, `◆` trials, `★` best). Without colour each class gets its own
/// glyph (`● ○ ▲ △ …`, ASCII `o + * # …`) and a cell two classes share shows `&` ("overlap"
/// in the legend). Points with non-finite coordinates are counted in the legend, never drawn
/// at a wrong place. `logX` suits learning-rate axes; a log x axis with an explicit `xRange`
/// runs over exactly that range, else over whole decades.
public struct Scatter: Widget {
    public var title: String?
    public var points: [ScatterPoint]
    /// Legend names of the groups (classes), by group index.
    public var groupNames: [String]
    /// Legend names of the outlier, trial and best marks.
    public var markLabels: MarkLabels
    public var xRange: ClosedRange<Double>?
    public var yRange: ClosedRange<Double>?
    public var logX: Bool
    public var logY: Bool
    public var xLabel: String?

    public init(title: String? = nil, points: [ScatterPoint], groupNames: [String] = [], markLabels: MarkLabels = MarkLabels(),
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                logX: Bool = false, logY: Bool = false, xLabel: String? = nil) {
        self.title = title
        self.points = points
        self.groupNames = groupNames
        self.markLabels = markLabels
        self.xRange = xRange
        self.yRange = yRange
        self.logX = logX
        self.logY = logY
        self.xLabel = xLabel
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        func usable(_ v: Double, log: Bool) -> Bool { v.isFinite && (!log || v > 0) }
        let finite = points.filter { usable($0.x, log: logX) && usable($0.y, log: logY) }
        let skipped = points.count - finite.count
        let xs = finite.map(\.x), ys = finite.map(\.y)
        let xLo = xRange?.lowerBound ?? xs.min() ?? 0, xHi = xRange?.upperBound ?? xs.max() ?? 1
        let yLo = yRange?.lowerBound ?? ys.min() ?? 0, yHi = yRange?.upperBound ?? ys.max() ?? 1

        var legend = Legend(entries: [])
        for (group, name) in groupNames.enumerated() {
            let (glyph, style) = ScatterPoint(x: 0, y: 0, group: group).appearance(theme)
            legend.entries.append(.init(symbol: String(glyph), symbolStyle: style, label: name))
        }
        var seenMarks: [ScatterPoint.Mark] = []
        for point in points where point.mark != .dot && !seenMarks.contains(point.mark) {
            seenMarks.append(point.mark)
        }
        for mark in [ScatterPoint.Mark.outlier, .trial, .best] where seenMarks.contains(mark) {
            let (glyph, style) = ScatterPoint(x: 0, y: 0, mark: mark).appearance(theme)
            let label = markLabels.label(mark)
            legend.entries.append(.init(symbol: String(glyph), symbolStyle: style, label: label))
        }
        // Without colour, a cell where dots of two groups meet shows `&`: the later dot would
        // otherwise hide the first group's.
        let marksOverlap = !theme.usesColor && Set(finite.filter { $0.mark == .dot }.map(\.group)).count > 1
        if marksOverlap {
            legend.entries.append(.init(symbol: String(LinePlot.sharedMarker), symbolStyle: .plain, label: "overlap"))
        }
        if skipped > 0 {
            legend.entries.append(.init(symbol: "!", symbolStyle: theme.style(.bad, bold: true), label: "\(skipped) not finite"))
        }
        let legendLines = legend.lines(width: width)
        let titleRows = title == nil ? 0 : 1
        let fixedRows = titleRows + 2 + legendLines.count + (xLabel == nil ? 0 : 1)
        let plotRows = max(1, (height ?? (max(8, min(16, width / 3)) + fixedRows)) - fixedRows)
        let totalHeight = height ?? plotRows + fixedRows

        let yCount = max(2, min(6, plotRows / 2 + 1))
        let yScale = logY ? NiceScale(logLower: yLo, upper: yHi, count: yCount) : NiceScale(lower: yLo, upper: yHi, count: yCount)
        let yTicks = PlotAxes.yTicks(yScale, rows: plotRows, pixelsPerRow: 1)
        let labelWidth = min(width / 3, yTicks.map { TextWidth.cells(of: $0.label) }.max() ?? 0)
        let plotX = labelWidth + 1
        let plotColumns = max(1, width - plotX - 1)
        let xCount = max(2, min(8, plotColumns / 10 + 1))
        let xScale = !logX ? NiceScale(lower: xLo, upper: xHi, count: xCount)
            : xRange != nil ? NiceScale(tightLogLower: xLo, upper: xHi, count: xCount)
            : NiceScale(logLower: xLo, upper: xHi, count: xCount)
        let xTicks = PlotAxes.xTicks(xScale, columns: plotColumns, pixelsPerColumn: 1)

        var frame = Frame(width: width, height: totalHeight)
        if let title { frame.draw(title, x: 0, y: 0, style: theme.style(.heading, bold: true)) }
        PlotAxes.draw(into: &frame, x: plotX, y: titleRows, columns: plotColumns, rows: plotRows,
                      yTicks: yTicks, xTicks: xTicks, theme: theme)
        let ordered = finite.enumerated().sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
        var dotGroups: [Int: Int] = [:]  // cell index → the group of the last dot drawn there
        var overlapped = Set<Int>()      // cells where dots of two groups met
        for (_, point) in ordered {
            let fx = xScale.fraction(of: point.x), fy = yScale.fraction(of: point.y)
            guard fx >= 0, fx <= 1, fy >= 0, fy <= 1 else { continue }
            let column = Int((fx * Double(plotColumns - 1)).rounded())
            let row = Int(((1 - fy) * Double(plotRows - 1)).rounded())
            var (glyph, style) = point.appearance(theme)
            let cell = row * plotColumns + column
            if point.mark == .dot && marksOverlap {
                if let other = dotGroups[cell], other != point.group { overlapped.insert(cell) }
                dotGroups[cell] = point.group
                if overlapped.contains(cell) { (glyph, style) = (LinePlot.sharedMarker, .plain) }
            } else {
                dotGroups[cell] = nil  // a special mark (outlier, trial, best) covers the cell
                overlapped.remove(cell)
            }
            frame.put(Cell(glyph, style: style), x: plotX + column, y: titleRows + row)
        }
        var row = titleRows + plotRows + 2
        if let xLabel {
            frame.draw(xLabel, x: plotX + max(0, (plotColumns - TextWidth.cells(of: xLabel)) / 2), y: row, style: theme.style(.muted))
            row += 1
        }
        for line in legendLines {
            frame.draw(line, x: 0, y: row)
            row += 1
        }
        return frame
    }
}

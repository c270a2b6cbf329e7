/// Heat map of a grid of values on half-block cells (two pixels per cell: `▀` with the top
/// pixel as foreground and the bottom one as background), coloured by a perceptual map
/// (viridis), with a colour bar, optional axes and scatter points overlaid.
///
/// - `values[row][column]`, row 0 at the **top**. The grid is resampled (nearest) to the area.
/// - Without colour every cell shows a shade character for its value (` ·░▒▓█`, ASCII
///   ` .:-=+*#%@`) and the colour bar shows the same shades with their values.
/// - NaN and infinite cells are drawn as `?` in the `.bad` colour and counted under the map.
/// - Axes appear when `xRange` and `yRange` (the data coordinates the grid spans) are given;
///   overlaid points are placed in those coordinates (else in 0…1 fractions, y up).
public struct HeatMap: Widget {
    public var title: String?
    public var values: [[Double]]
    /// Colour range; nil uses the finite minimum and maximum.
    public var range: ClosedRange<Double>?
    /// Colour by log10 of the value (values ≤ 0 count as not finite).
    public var logScale: Bool
    public var xRange: ClosedRange<Double>?
    public var yRange: ClosedRange<Double>?
    public var logX: Bool
    public var logY: Bool
    public var xLabel: String?
    public var points: [ScatterPoint]
    public var groupNames: [String]
    /// Legend names of the outlier, trial and best marks.
    public var markLabels: MarkLabels
    public var showColorBar: Bool

    public init(title: String? = nil, values: [[Double]], range: ClosedRange<Double>? = nil, logScale: Bool = false,
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                logX: Bool = false, logY: Bool = false, xLabel: String? = nil,
                points: [ScatterPoint] = [], groupNames: [String] = [], markLabels: MarkLabels = MarkLabels(), showColorBar: Bool = true) {
        self.title = title
        self.values = values
        self.range = range
        self.logScale = logScale
        self.xRange = xRange
        self.yRange = yRange
        self.logX = logX
        self.logY = logY
        self.xLabel = xLabel
        self.points = points
        self.groupNames = groupNames
        self.markLabels = markLabels
        self.showColorBar = showColorBar
    }

    static let unicodeShades: [Character] = [" ", "·", "░", "▒", "▓", "█"]
    static let asciiShades: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let gridRows = values.count
        let gridColumns = values.map(\.count).max() ?? 0
        // Colour normalisation.
        var lo = Double.infinity, hi = -Double.infinity, bad = 0
        for row in values {
            for v in row {
                if v.isFinite && (!logScale || v > 0) { lo = min(lo, v); hi = max(hi, v) } else { bad += 1 }
            }
        }
        if let range { lo = range.lowerBound; hi = range.upperBound }
        if !lo.isFinite { lo = 0; hi = 1 }
        let transform: (Double) -> Double = logScale ? { DecimalMath.log10($0) } : { $0 }
        let tLo = transform(logScale ? max(lo, 1e-300) : lo)
        let tHi = transform(logScale ? max(hi, 1e-300) : hi)
        func normalized(_ v: Double) -> Double? {
            guard v.isFinite, !logScale || v > 0 else { return nil }
            if tHi - tLo <= 0 { return 0.5 }
            return min(1, max(0, (transform(v) - tLo) / (tHi - tLo)))
        }

        let axes = xRange != nil && yRange != nil
        var legend = Legend(entries: [])
        for (group, name) in groupNames.enumerated() {
            let (glyph, style) = ScatterPoint(x: 0, y: 0, group: group).appearance(theme)
            legend.entries.append(.init(symbol: String(glyph), symbolStyle: style, label: name))
        }
        for mark in [ScatterPoint.Mark.outlier, .trial, .best] where points.contains(where: { $0.mark == mark }) {
            let (glyph, style) = ScatterPoint(x: 0, y: 0, mark: mark).appearance(theme)
            let label = markLabels.label(mark)
            legend.entries.append(.init(symbol: String(glyph), symbolStyle: style, label: label))
        }
        let nanGlyph: Character = "?"
        if bad > 0 {
            legend.entries.append(.init(symbol: String(nanGlyph), symbolStyle: theme.style(.bad, bold: true), label: "\(bad) not finite"))
        }
        let legendLines = legend.lines(width: width)
        let titleRows = title == nil ? 0 : 1
        let fixedRows = titleRows + (axes ? 2 : 0) + legendLines.count + (axes && xLabel != nil ? 1 : 0)

        // Colour bar labels decide its width.
        let barLabels = [hi, logScale ? DecimalMath.exp10((tLo + tHi) / 2) : (lo + hi) / 2, lo].map { NumberFormat.compact($0) }
        let barWidth = showColorBar ? 4 + (barLabels.map { TextWidth.cells(of: $0) }.max() ?? 0) : 0

        // Axis labels (y) decide the left margin; rows follow the width for square pixels.
        var yScale: NiceScale? = nil
        var labelWidth = 0
        var plotRows = 0
        func plotColumnsFor(_ labelWidth: Int) -> Int { max(1, width - barWidth - (axes ? labelWidth + 2 : 0)) }
        let naturalRows = max(4, min(20, plotColumnsFor(6) / 2))
        plotRows = max(1, (height ?? (naturalRows + fixedRows)) - fixedRows)
        var yTicks: [PlotAxes.Tick] = []
        if axes, let yRange {
            let count = max(2, min(6, plotRows / 2 + 1))
            let scale = logY ? NiceScale(logLower: yRange.lowerBound, upper: yRange.upperBound, count: count)
                             : NiceScale(tightLower: yRange.lowerBound, upper: yRange.upperBound, count: count)
            yScale = scale
            yTicks = PlotAxes.yTicks(scale, rows: plotRows, pixelsPerRow: 2)
            labelWidth = min(width / 4, yTicks.map { TextWidth.cells(of: $0.label) }.max() ?? 0)
        }
        let plotX = axes ? labelWidth + 1 : 0
        let plotColumns = plotColumnsFor(labelWidth)
        let totalHeight = height ?? plotRows + fixedRows
        var frame = Frame(width: width, height: totalHeight)
        if let title { frame.draw(title, x: 0, y: 0, style: theme.style(.heading, bold: true)) }
        let plotY = titleRows

        // The cells.
        let shades = theme.glyphs == .ascii ? HeatMap.asciiShades : HeatMap.unicodeShades
        func shade(_ t: Double) -> Character { shades[min(shades.count - 1, Int(t * Double(shades.count)))] }
        func value(pixelRow: Int, column: Int) -> Double? {
            guard gridRows > 0, gridColumns > 0 else { return nil }
            let r = min(gridRows - 1, pixelRow * gridRows / (2 * plotRows))
            let c = min(gridColumns - 1, column * gridColumns / plotColumns)
            return c < values[r].count ? values[r][c] : .nan
        }
        let upperHalf: Character = "▀"
        for row in 0..<plotRows {
            for column in 0..<plotColumns {
                guard let top = value(pixelRow: 2 * row, column: column),
                      let bottom = value(pixelRow: 2 * row + 1, column: column) else { continue }
                let tTop = normalized(top), tBottom = normalized(bottom)
                let cell: Cell
                if tTop == nil || tBottom == nil {
                    let other = tTop ?? tBottom
                    let bg = theme.usesColor ? (other.map { theme.heat($0) } ?? .default) : .default
                    cell = Cell(nanGlyph, style: Style(fg: theme[.bad], bg: bg, bold: true))
                } else if let tTop, let tBottom {
                    if theme.usesColor {
                        let fg = theme.heat(tTop), bg = theme.heat(tBottom)
                        cell = fg == bg ? Cell(" ", style: Style(bg: bg)) : Cell(upperHalf, style: Style(fg: fg, bg: bg))
                    } else {
                        cell = Cell(shade((tTop + tBottom) / 2))
                    }
                } else { continue }
                frame.put(cell, x: plotX + column, y: plotY + row)
            }
        }

        // Axes.
        var xScale: NiceScale? = nil
        if axes, let xRange, yScale != nil {
            let count = max(2, min(8, plotColumns / 10 + 1))
            let scale = logX ? NiceScale(logLower: xRange.lowerBound, upper: xRange.upperBound, count: count)
                             : NiceScale(tightLower: xRange.lowerBound, upper: xRange.upperBound, count: count)
            xScale = scale
            let xTicks = PlotAxes.xTicks(scale, columns: plotColumns, pixelsPerColumn: 1)
            PlotAxes.draw(into: &frame, x: plotX, y: plotY, columns: plotColumns, rows: plotRows,
                          yTicks: yTicks, xTicks: xTicks, theme: theme)
        }

        // Points over the map.
        let ordered = points.enumerated().sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
        for (_, point) in ordered {
            let fx: Double, fy: Double
            if let xScale, let yScale {
                fx = xScale.fraction(of: point.x)
                fy = yScale.fraction(of: point.y)
            } else {
                fx = point.x
                fy = point.y
            }
            guard fx.isFinite, fy.isFinite, fx >= 0, fx <= 1, fy >= 0, fy <= 1 else { continue }
            let column = Int((fx * Double(plotColumns - 1)).rounded())
            let row = Int(((1 - fy) * Double(plotRows - 1)).rounded())
            var (glyph, style) = point.appearance(theme)
            if theme.usesColor {
                style.bg = frame[x: plotX + column, y: plotY + row].style.fg
            }
            frame.put(Cell(glyph, style: style), x: plotX + column, y: plotY + row)
        }

        // Colour bar.
        if showColorBar, plotRows > 0 {
            let barX = width - barWidth + 1
            for row in 0..<plotRows {
                let denominator = Double(max(1, 2 * plotRows - 1))
                let tTop = 1 - Double(2 * row) / denominator
                let tBottom = 1 - Double(2 * row + 1) / denominator
                for dx in 0..<2 {
                    if theme.usesColor {
                        frame.put(Cell(upperHalf, style: Style(fg: theme.heat(tTop), bg: theme.heat(tBottom))), x: barX + dx, y: plotY + row)
                    } else {
                        frame.put(Cell(shade(min(1, (tTop + tBottom) / 2 + 0.0001))), x: barX + dx, y: plotY + row)
                    }
                }
            }
            let labelStyle = theme.style(.muted)
            frame.draw(barLabels[0], x: barX + 3, y: plotY, style: labelStyle)
            if plotRows >= 5 { frame.draw(barLabels[1], x: barX + 3, y: plotY + (plotRows - 1) / 2, style: labelStyle) }
            if plotRows >= 2 { frame.draw(barLabels[2], x: barX + 3, y: plotY + plotRows - 1, style: labelStyle) }
        }

        var row = plotY + plotRows + (axes ? 2 : 0)
        if axes, let xLabel {
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

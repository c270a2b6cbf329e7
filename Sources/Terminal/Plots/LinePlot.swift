/// Line plot of one or more series on a braille canvas (2×4 dots per cell), with axes, nice
/// tick labels, a legend, optional log-scale y and vertical marker lines.
///
/// - Non-finite values are never dropped silently: NaN and +∞ are drawn as `✕` / `▲` on the
///   top row and −∞ (and, on a log axis, values ≤ 0) as `▼` on the bottom row, in the `.bad`
///   colour, at their x position; the legend counts them. Lines break at them.
/// - Without colour and with several series, each series is drawn at cell resolution with
///   its own marker (`*`, `+`, `o`, …) so the series stay distinguishable, and a cell two
///   series share shows `&` ("overlap" in the legend); with ASCII glyphs
///   the canvas uses 2×3 sub-pixels mapped to ASCII strokes.
/// - Height nil gives the natural height (about a third of the width, 8–16 plot rows).
public struct LinePlot: Widget {
    /// One line: y values at x positions (x defaults to 0, 1, 2, …).
    public struct Series: Sendable {
        public var name: String
        public var x: [Double]?
        public var y: [Double]
        /// Colour role; default `.series(index)`.
        public var role: Theme.Role?

        public init(_ name: String, x: [Double]? = nil, y: [Double], role: Theme.Role? = nil) {
            self.name = name
            self.x = x
            self.y = y
            self.role = role
        }
    }

    /// A vertical line at an x value, e.g. the early-stopping epoch.
    public struct Marker: Sendable {
        public var x: Double
        public var label: String
        public var role: Theme.Role

        public init(x: Double, label: String, role: Theme.Role = .warning) {
            self.x = x
            self.label = label
            self.role = role
        }
    }

    public var title: String?
    public var series: [Series]
    public var markers: [Marker]
    /// Logarithmic y axis (decades), for losses and gradient norms.
    public var logY: Bool
    /// Fixed axis ranges; nil fits the data.
    public var xRange: ClosedRange<Double>?
    public var yRange: ClosedRange<Double>?
    public var xLabel: String?
    public var showLegend: Bool

    public init(title: String? = nil, series: [Series], markers: [Marker] = [], logY: Bool = false,
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                xLabel: String? = nil, showLegend: Bool = true) {
        self.title = title
        self.series = series
        self.markers = markers
        self.logY = logY
        self.xRange = xRange
        self.yRange = yRange
        self.xLabel = xLabel
        self.showLegend = showLegend
    }

    /// Characters for series in marker mode (no colour, several series).
    static let markerGlyphs: [Character] = ["*", "+", "o", "#", "%", "@", "=", "~"]
    /// The marker of a cell two or more series pass through.
    static let sharedMarker: Character = "&"


    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        let ascii = theme.glyphs == .ascii
        let markerMode = !theme.usesColor && series.count > 1
        let mode: PlotCanvas.Mode = markerMode ? .markers : (ascii ? .ascii : .braille)
        let nanGlyph: Character = ascii ? "X" : "✕"
        let upGlyph: Character = ascii ? "^" : "▲"
        let downGlyph: Character = ascii ? "v" : "▼"

        // Gather points and the extents of the finite data.
        var xMin = Double.infinity, xMax = -Double.infinity
        var yMin = Double.infinity, yMax = -Double.infinity
        var nanCount = 0, upCount = 0, downCount = 0
        for s in series {
            for i in 0..<s.y.count {
                let x = s.x.map { i < $0.count ? $0[i] : .nan } ?? Double(i)
                if x.isFinite { xMin = min(xMin, x); xMax = max(xMax, x) }
                let y = s.y[i]
                if y.isNaN { nanCount += 1; continue }
                if y == .infinity { upCount += 1; continue }
                if y == -.infinity || (logY && y <= 0) { downCount += 1; continue }
                yMin = min(yMin, y)
                yMax = max(yMax, y)
            }
        }
        if let xRange { xMin = xRange.lowerBound; xMax = xRange.upperBound }
        if let yRange { yMin = yRange.lowerBound; yMax = yRange.upperBound }
        if !xMin.isFinite { xMin = 0; xMax = 1 }
        if !yMin.isFinite { yMin = logY ? 0.1 : 0; yMax = logY ? 10 : 1 }

        // Header and footer rows.
        var legend = Legend(entries: [])
        if showLegend {
            for (index, s) in series.enumerated() where !s.name.isEmpty || series.count > 1 {
                let role = s.role ?? .series(index)
                let symbol = markerMode ? String(LinePlot.markerGlyphs[index % 8]) : (ascii ? "--" : "━━")
                legend.entries.append(.init(symbol: symbol, symbolStyle: theme.style(role, bold: true), label: s.name))
            }
            if markerMode {
                legend.entries.append(.init(symbol: String(LinePlot.sharedMarker), symbolStyle: .plain, label: "overlap"))
            }
            for marker in markers {
                legend.entries.append(.init(symbol: String(symbols.box.vertical), symbolStyle: theme.style(marker.role), label: marker.label))
            }
            let bad = theme.style(.bad, bold: true)
            if nanCount > 0 { legend.entries.append(.init(symbol: String(nanGlyph), symbolStyle: bad, label: "\(nanCount) nan")) }
            if upCount > 0 { legend.entries.append(.init(symbol: String(upGlyph), symbolStyle: bad, label: "\(upCount) +inf")) }
            if downCount > 0 {
                legend.entries.append(.init(symbol: String(downGlyph), symbolStyle: bad, label: "\(downCount) " + (logY ? (ascii ? "<=0/-inf" : "≤0/-inf") : "-inf")))
            }
        }
        let legendLines = legend.lines(width: width)
        let titleRows = title == nil ? 0 : 1
        let xLabelRows = xLabel == nil ? 0 : 1
        let fixedRows = titleRows + 2 + legendLines.count + xLabelRows
        let naturalPlotRows = max(8, min(16, width / 3))
        let plotRows = max(1, (height ?? (naturalPlotRows + fixedRows)) - fixedRows)
        let totalHeight = height ?? (plotRows + fixedRows)

        // Y scale and the label column.
        let tickCount = max(2, min(7, plotRows / 2 + 1))
        let yScale = logY ? NiceScale(logLower: yMin, upper: yMax, count: tickCount)
                          : (yRange != nil ? NiceScale(tightLower: yMin, upper: yMax, count: tickCount)
                                           : NiceScale(lower: yMin, upper: yMax, count: tickCount))
        let probe = PlotCanvas(mode: mode, columns: 1, rows: plotRows)
        let yTicks = PlotAxes.yTicks(yScale, rows: plotRows, pixelsPerRow: probe.pixelsPerRow)
        let labelWidth = min(width / 3, yTicks.map { TextWidth.cells(of: $0.label) }.max() ?? 0)
        let plotX = labelWidth + 1
        let plotColumns = max(1, width - plotX - 1)
        let plotY = titleRows

        var frame = Frame(width: width, height: totalHeight)
        if let title {
            frame.draw(title, x: 0, y: 0, style: theme.style(.heading, bold: true))
        }
        var canvas = PlotCanvas(mode: mode, columns: plotColumns, rows: plotRows)
        let xScale = NiceScale(tightLower: xMin, upper: xMax, count: max(2, min(8, plotColumns / 10 + 1)))
        let xTicks = PlotAxes.xTicks(xScale, columns: plotColumns, pixelsPerColumn: canvas.pixelsPerColumn)
        PlotAxes.draw(into: &frame, x: plotX, y: plotY, columns: plotColumns, rows: plotRows,
                      yTicks: yTicks, xTicks: xTicks, theme: theme)

        // Vertical markers behind the data.
        for marker in markers {
            let f = xScale.fraction(of: marker.x)
            guard f.isFinite, f >= 0, f <= 1 else { continue }
            let column = Int(canvas.pixelX(f).rounded()) / canvas.pixelsPerColumn
            let style = theme.style(marker.role)
            for row in 0..<plotRows {
                frame.put(Cell(ascii ? ":" : "┆", style: style), x: plotX + column, y: plotY + row)
            }
        }

        // The series.
        var specials: [(column: Int, top: Bool, glyph: Character)] = []
        for (index, s) in series.enumerated() {
            var previous: (Double, Double)? = nil
            for i in 0..<s.y.count {
                let x = s.x.map { i < $0.count ? $0[i] : .nan } ?? Double(i)
                let fx = xScale.fraction(of: x)
                guard fx.isFinite else { previous = nil; continue }
                let px = canvas.pixelX(fx)
                let y = s.y[i]
                let fy = yScale.fraction(of: y)
                if !fy.isFinite {
                    let column = min(plotColumns - 1, max(0, Int(px.rounded()) / canvas.pixelsPerColumn))
                    if y.isNaN { specials.append((column, true, nanGlyph)) }
                    else if y == .infinity { specials.append((column, true, upGlyph)) }
                    else { specials.append((column, false, downGlyph)) }
                    previous = nil
                    continue
                }
                let point = (px, canvas.pixelY(fy))
                if let previous {
                    canvas.line(from: previous, to: point, series: index)
                } else {
                    canvas.set(Int(point.0.rounded()), Int(point.1.rounded()), series: index)
                }
                previous = point
            }
        }
        let styles = series.enumerated().map { theme.style($1.role ?? .series($0)) }
        canvas.draw(into: &frame, x: plotX, y: plotY,
                    color: { styles.indices.contains($0) ? styles[$0] : .plain },
                    marker: { LinePlot.markerGlyphs[$0 % 8] }, sharedMarker: LinePlot.sharedMarker)
        let bad = theme.style(.bad, bold: true)
        for special in specials {
            frame.put(Cell(special.glyph, style: bad), x: plotX + special.column, y: plotY + (special.top ? 0 : plotRows - 1))
        }
        // Marker labels on the top row, right of their line when there is room, else left of
        // it; a label that would run into one already drawn is left out (the legend names it).
        var taken: [ClosedRange<Int>] = []
        for marker in markers {
            let f = xScale.fraction(of: marker.x)
            guard f.isFinite, f >= 0, f <= 1, plotRows > 2 else { continue }
            let column = plotX + Int(canvas.pixelX(f).rounded()) / canvas.pixelsPerColumn
            let cells = TextWidth.cells(of: marker.label)
            guard cells > 0 else { continue }
            let candidates = [column + 1, column - cells].filter { $0 >= plotX && $0 + cells <= width }
            let free = candidates.first { start in
                !taken.contains { $0.overlaps((start - 1)...(start + cells)) }
            }
            if let start = free {
                frame.draw(marker.label, x: start, y: plotY, style: theme.style(marker.role))
                taken.append(start...(start + cells - 1))
            }
        }

        var row = plotY + plotRows + 2
        if let xLabel {
            let cells = TextWidth.cells(of: xLabel)
            frame.draw(xLabel, x: max(plotX, plotX + (plotColumns - cells) / 2), y: row, style: theme.style(.muted))
            row += 1
        }
        for line in legendLines {
            frame.draw(line, x: 0, y: row)
            row += 1
        }
        return frame
    }
}

import Testing
@testable import Terminal

@Suite struct PlotTests {
    private let plain = Theme.dark.adapted(to: .plain())

    @Test func linePlotShowsNonFiniteValuesExplicitly() {
        let plot = LinePlot(series: [.init("loss", y: [1, 2, .nan, 3, .infinity, -.infinity, 2])])
        let text = plot.rendered(width: 40, theme: plain).plainText
        #expect(text.contains("✕"))
        #expect(text.contains("▲"))
        #expect(text.contains("▼"))
        #expect(text.contains("1 nan") && text.contains("1 +inf") && text.contains("1 -inf"))
    }

    @Test func logAxisLabelsDecadesAndMarksNonPositiveValues() {
        let plot = LinePlot(series: [.init("grad", y: [1e-4, 1e-2, 1, 0, 100])], logY: true)
        let text = plot.rendered(width: 50, height: 14, theme: plain).plainText
        #expect(text.contains("1e-4") && text.contains("1e2"))
        #expect(text.contains("1 ≤0/-inf"))
    }

    @Test func linePlotDrawsBrailleAndTheMarkerLine() {
        let plot = LinePlot(series: [.init("a", y: [0, 1, 2, 3])], markers: [.init(x: 2, label: "stop")])
        let frame = plot.rendered(width: 30, height: 10, theme: .dark)
        let glyphs = frame.plainText.unicodeScalars
        #expect(glyphs.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(frame.plainText.contains("┆stop"))
    }

    @Test func seriesStayDistinctWithoutColour() {
        let plot = LinePlot(series: [.init("a", y: [0, 1, 2]), .init("b", y: [2, 1, 0])])
        let text = plot.rendered(width: 30, height: 10, theme: plain).plainText
        #expect(text.contains("* a") && text.contains("+ b"))
        #expect(!text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
    }

    @Test func cellsTwoSeriesShareAreMarkedWithoutColour() {
        // Crossing lines share the middle cell; equal tails share every cell.
        let plot = LinePlot(series: [.init("a", y: [0, 1, 2, 2, 2]), .init("b", y: [2, 1, 0, 2, 2])])
        let lines = plot.rendered(width: 30, height: 10, theme: plain).textLines
        #expect(lines.contains { $0.contains("& overlap") })
        let plotted = lines.prefix(10).joined()
        #expect(plotted.contains("&") && plotted.contains("*") && plotted.contains("+"))
        let coloured = plot.rendered(width: 30, height: 10, theme: .dark).plainText
        #expect(!coloured.contains("overlap"))
    }

    @Test func asciiPlotUsesOnlyASCII() {
        let caps = Capabilities(colorDepth: .trueColor, glyphs: .ascii, width: 40)
        let plot = LinePlot(title: "t", series: [.init("a", y: [0, 3, 1, .nan, 2])], logY: false)
        let output = plot.rendered(width: 40, theme: Theme.dark.adapted(to: caps)).encoded(for: caps)
        #expect(output.utf8.allSatisfy { $0 < 0x80 })
        #expect(OutputChecks.strippingSGR(output).contains("X 1 nan"))
    }

    @Test func heatMapUsesHalfBlocksWithColourAndShadesWithout() {
        let values = [[0.0, 1.0], [0.5, .nan]]
        let coloured = HeatMap(values: values, showColorBar: false).rendered(width: 4, theme: .dark)
        #expect(coloured.height == 5)   // 4 rows of cells (8 pixel rows) and the legend
        #expect(coloured[x: 0, y: 0].style.bg == Theme.dark.heat(0))
        #expect(coloured[x: 2, y: 0].style.bg == Theme.dark.heat(1))
        #expect(coloured[x: 2, y: 2].glyph == "?")
        let shaded = HeatMap(values: values).rendered(width: 20, height: 4, theme: plain).plainText
        #expect(shaded.contains("█") && shaded.contains("?"))
        #expect(shaded.contains("1 not finite"))
    }

    @Test func heatMapOverlaysMarks() {
        let map = HeatMap(values: [[0, 1], [1, 0]], points: [.init(x: 0, y: 1, mark: .best), .init(x: 1, y: 0, mark: .outlier)],
                          showColorBar: false)
        let frame = map.rendered(width: 10, height: 6, theme: .dark)   // 4 plot rows, 2 legend rows
        #expect(frame[x: 0, y: 0].glyph == "★")
        #expect(frame[x: 9, y: 3].glyph == "✕")
        #expect(frame.plainText.contains("★ best"))
    }

    @Test func histogramCountsOutsideValues() {
        let histogram = Histogram(values: [0, 0.5, 1, 1, -2, 3, .nan, .infinity], bins: 2, range: 0...1)
        #expect(histogram.counts == [1, 3])   // 1 is in the last, closed bin
        #expect(histogram.underflow == 1 && histogram.overflow == 1 && histogram.nonFinite == 2)
        #expect(histogram.rendered(width: 40, theme: plain).plainText.contains("below range 1  above range 1  nan/inf 2"))
    }

    @Test func barChartHighlightsWithThePointer() {
        let chart = BarChart(bars: [.init("a", 1), .init("b", 2)], highlighted: 1)
        let lines = chart.rendered(width: 30, theme: plain).textLines
        #expect(lines[1].hasPrefix("▶ b"))
        #expect(lines[1].filter { $0 == "█" }.count > lines[0].filter { $0 == "█" }.count)
    }

    @Test func stackedBarSegmentsFillTheWidthExactly() {
        #expect(StackedBar.apportion([10, 10, 60, 20], total: 33).reduce(0, +) == 33)
        #expect(StackedBar.apportion([1, 1, 1], total: 10) == [4, 3, 3])
        #expect(StackedBar.apportion([0, .nan, 5], total: 7) == [0, 0, 7])
        let bar = StackedBar(categories: ["a", "b"], rows: [.init("r", values: [1, 3])]).rendered(width: 41, theme: plain)
        let line = bar.textLines[0]
        #expect(line.filter { $0 == "█" }.count + line.filter { $0 == "▓" }.count + 6 == 39)   // 41 − label and gap, minus "25%", "75%"
    }

    @Test func scatterMarksACellTwoGroupsShareWithoutColour() {
        let points = [ScatterPoint(x: 0, y: 0, group: 0), ScatterPoint(x: 0, y: 0, group: 1), ScatterPoint(x: 0, y: 0, group: 0),
                      ScatterPoint(x: 1, y: 1, group: 0), ScatterPoint(x: 1, y: 1, group: 0)]
        let text = Scatter(points: points, groupNames: ["train", "validation"]).rendered(width: 30, height: 8, theme: plain).plainText
        #expect(text.contains("&"))            // the shared cell, even after a third dot
        #expect(text.contains("●"))            // the cell only one group uses
        #expect(text.contains("& overlap"))
        let coloured = Scatter(points: points, groupNames: ["a", "b"]).rendered(width: 30, height: 8, theme: .dark).plainText
        #expect(!coloured.contains("&"))
    }

    @Test func scatterCountsPointsItCannotPlace() {
        let scatter = Scatter(points: [.init(x: 0, y: 0), .init(x: .nan, y: 1), .init(x: 1, y: .infinity)])
        #expect(scatter.rendered(width: 30, height: 8, theme: plain).plainText.contains("2 not finite"))
    }
}

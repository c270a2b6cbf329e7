@testable import Terminal

/// Fixed sample widgets for golden files: deterministic data from arithmetic only (no
/// platform `sin`/`exp`), so the pixels are the same on every machine.
enum Samples {
    /// A smooth bump in 0…1 from arithmetic: 1 / (1 + x²).
    static func bump(_ x: Double) -> Double { 1 / (1 + x * x) }

    static func lossCurves() -> LinePlot {
        var train: [Double] = [], validation: [Double] = []
        for epoch in 0..<60 {
            let t = Double(epoch)
            train.append(2.3 / (1 + t * 0.35) + 0.02)
            validation.append(2.3 / (1 + t * 0.25) + 0.08 + (t > 35 ? (t - 35) * 0.012 : 0))
        }
        validation[20] = .nan
        train[50] = .infinity
        return LinePlot(title: "Loss (log)", series: [.init("train", y: train), .init("validation", y: validation)],
                        markers: [.init(x: 35, label: "early stop")], logY: true, xLabel: "epoch")
    }

    static func learningRate() -> LinePlot {
        let steps = (0..<100).map(Double.init)
        let rate = steps.map { $0 < 10 ? 0.1 * $0 / 10 : 0.1 * (1 - ($0 - 10) / 90) }
        return LinePlot(series: [.init("learning rate", x: steps, y: rate)], xLabel: "step")
    }

    static func heatMap() -> HeatMap {
        var values: [[Double]] = []
        for row in 0..<16 {
            values.append((0..<24).map { column in
                let x = Double(column - 15) / 4, y = Double(row - 5) / 4
                return 0.1 + 2 * (1 - bump(x) * bump(y))
            })
        }
        values[2][3] = .nan
        let points: [ScatterPoint] = [
            .init(x: 1e-3, y: 0.4, mark: .trial), .init(x: 1e-2, y: 0.7, mark: .trial),
            .init(x: 3e-2, y: 0.25, mark: .best), .init(x: 1e-5, y: 0.9, mark: .trial),
        ]
        return HeatMap(title: "Validation loss", values: values, logScale: true, xRange: 1e-5...1, yRange: 0...1,
                       logX: true, xLabel: "learning rate", points: points)
    }

    static func scatter() -> Scatter {
        var rng = SplitMix64(seed: 7)
        var points: [ScatterPoint] = []
        for i in 0..<80 {
            let group = i % 2
            let x = rng.double(-1...1) + (group == 0 ? -0.5 : 0.5)
            let y = rng.double(-1...1) * 0.8 + (group == 0 ? 0.3 : -0.3)
            points.append(.init(x: x, y: y, group: group, mark: i % 17 == 0 ? .outlier : .dot))
        }
        points.append(.init(x: .nan, y: 0))
        return Scatter(title: "Two classes", points: points, groupNames: ["healthy", "sick"])
    }

    static func barChart() -> BarChart {
        BarChart(title: "Per-class recall", bars: [
            .init("cat", 0.92), .init("dog", 0.88), .init("rabbit (rare)", 0.31), .init("hamster", 0.75),
        ], highlighted: 2, maxValue: 1)
    }

    static func stackedBar() -> StackedBar {
        StackedBar(title: "Where the time goes", categories: ["design", "code", "debug & tune", "evaluate"],
                   rows: [.init("experts", values: [10, 10, 60, 20]), .init("beginners", values: [50, 30, 10, 10])],
                   highlighted: 2)
    }

    static func histogram() -> Histogram {
        var rng = SplitMix64(seed: 3)
        var values: [Double] = []
        for _ in 0..<600 { values.append((rng.unit() + rng.unit() + rng.unit() - 1.5) * 1.2) }
        values += [.nan, .infinity, 5, -7]
        return Histogram(title: "Weights of layer 2", values: values, bins: 24, range: -1.5...1.5)
    }

    static func confusionTable() -> Table {
        let matrix = [[50, 3, 0, 2], [4, 41, 1, 0], [9, 2, 6, 3], [1, 0, 0, 38]]
        let names = ["cat", "dog", "rabbit", "hamster"]
        var rows: [[String]] = []
        var tones: [[Table.Tone]] = []
        for (i, row) in matrix.enumerated() {
            let total = Double(row.reduce(0, +))
            rows.append([names[i]] + row.map(String.init) + [NumberFormat.percent(Double(row[i]) / total)])
            tones.append([.normal] + row.enumerated().map { j, count in
                i == j ? .good : (count == 0 ? .muted : .heat(Double(count) / total))
            } + [.normal])
        }
        return Table(title: "Confusion matrix (rows: true class)",
                     columns: [.init("true \\ predicted")] + names.map { .init($0, alignment: .right) } + [.init("recall", alignment: .right)],
                     rows: rows, highlightedRow: 2, tones: tones)
    }

    static func wrappingTable() -> Table {
        Table(columns: [.init("symptom"), .init("likely cause"), .init("first check", alignment: .center)],
              rows: [["loss is NaN after a few steps", "learning rate too high or a log of zero", "lower the rate 10×"],
                     ["train accuracy stuck at chance", "labels shuffled or a frozen layer", "overfit one batch"]])
    }

    static func callouts() -> VStack {
        VStack(spacing: 1, [
            Callout(.insight, title: "Learning rate first", body: "Tune the **learning rate** before anything else: it matters *most*."),
            Callout(.warning, body: "Never look at the `test` set while tuning.\n\n- not once\n- not even a peek"),
            Callout(.note, body: "Beginners guess 10% of the time goes to debugging; experts report 60%."),
        ])
    }

    static func stepCards() -> StepCards {
        StepCards(steps: ["Overfit **one batch** until the loss is near zero.",
                          "Overfit a small subset of the data.",
                          "Train on everything and read the curves."], current: 1)
    }

    static func controls() -> VStack {
        VStack([
            Slider("learning rate", value: 1e-3, range: 1e-6...10, focused: true, logarithmic: true, labelWidth: 14),
            Slider("batch size", value: 32, range: 1...512, labelWidth: 14),
            Toggle("dropout", isOn: true),
            Toggle("weight decay", isOn: false, focused: true),
            Select("view", options: ["expert", "beginner", "compare"], selected: 1),
            StatusLine(status: StyledText("diagnosis: lr-too-high", style: Style(bold: true)),
                       keys: [.init("←/→", "adjust"), .init("↑/↓", "focus"), .init("space", "toggle"),
                              .init("t", "train"), .init("r", "new samples"), .init("q", "continue")]),
        ])
    }

    static let markdownSource = """
        # Hyperparameter Tuning

        Random search beats grid search when **one axis matters much more** than the others: it
        tries *more distinct values* of it. Run `lesson sim grid-vs-random` to see it.

        ## What to tune first

        1. The learning rate
        2. The batch size and
           the number of hidden units
        3. Regularization:
           - weight decay
           - dropout

        > A grid of 9 trials tries only **3** learning rates.

        ```python
        for lr in [1e-4, 1e-3, 1e-2]:
            train(lr=lr)   # three values only
        ```

        | search | trials | distinct rates |
        | :----- | -----: | :------------: |
        | grid   |      9 |       3        |
        | random |      9 |       9        |

        ---
        Escape attempt: \u{1B}[31mred\u{1B}[0m and a bell\u{07}.
        """

    static func markdown() -> Markdown { Markdown(markdownSource) }

    static func dashboard() -> Grid {
        Grid(columns: 2, [
            Panel(title: "Loss", border: .light, content: lossCurves()),
            Panel(title: "Learning rate", border: .light, content: learningRate()),
            Panel(title: "Weights", border: .light, content: histogram()),
            Panel(title: "Recall", border: .light, content: barChart()),
        ])
    }

    /// Every sample with its golden-file stem and the height to render at (nil: natural).
    static var all: [(name: String, height: Int?, widget: any Widget)] { [
        ("line-plot", nil, lossCurves()),
        ("line-plot-linear", 12, learningRate()),
        ("heat-map", nil, heatMap()),
        ("scatter", 16, scatter()),
        ("bar-chart", nil, barChart()),
        ("stacked-bar", nil, stackedBar()),
        ("histogram", nil, histogram()),
        ("table-confusion", nil, confusionTable()),
        ("table-wrapping", nil, wrappingTable()),
        ("callouts", nil, callouts()),
        ("step-cards", nil, stepCards()),
        ("controls", nil, controls()),
        ("markdown", nil, markdown()),
        ("dashboard", 36, dashboard()),
    ] }
}

import Terminal
import TrainingCore

/// Dead ReLUs, vanishing and exploding signals: what each hidden layer of a deep ReLU network
/// outputs right after initialisation.
///
/// The learner picks an initialisation (`he`, `too-small` = He × 0.1, `too-large` = He × 3,
/// `dead-relu` = He with every bias at −3, the training core's presets) and reads per-layer
/// mean, standard deviation and fraction of zeros, a small histogram per layer on a shared
/// scale, and a verdict computed from those statistics by the training core's rule
/// (``ActivationStatistics/verdict(_:)``, quoted under `?`). `r` draws new weights and
/// inputs. Cheap (forward passes of 256 rows), so it recomputes on every change.
public struct Activations: Simulation {
    public static let id = "activations"
    public static let title = "Activations through a deep network"
    public static let summary = "Pick an initialisation; read each layer's mean, std and fraction of dead ReLUs."

    /// The share of zeros at which the core's rule calls a layer dead (for marking cells).
    static let deadFraction = 0.9

    /// The network and batch measured (tests use a smaller one).
    var probe = ActivationProbe()

    public init() {}

    init(probe: ActivationProbe) { self.probe = probe }

    public var parameters: [ParameterSpec] {
        [
            .choice("init", ["he", "too-small", "too-large", "dead-relu"], default: "he",
                    help: "Weight initialisation: He, He × 0.1, He × 3, or He with biases at −3."),
        ]
    }

    public struct State: Sendable, Equatable {
        public var settings: Settings
        var focus = ControlFocus()
        let seed: UInt64
        var reseeds: UInt64 = 0
        var layers: [LayerActivations] = []
        var edges: [Double] = []
        var verdict: ActivationVerdict = .healthy
        var failure: String?
        var showHelp = false

        /// The seed the current weights and inputs were drawn with.
        var drawSeed: UInt64 { seed &+ reseeds }
    }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        var state = State(settings: settings, seed: seed)
        measure(&state)
        return state
    }

    public func settings(of state: State) -> Settings { state.settings }

    private func measure(_ state: inout State) {
        let name = state.settings.choice("init")
        guard let initializer = Initializer.preset(named: name) else {
            state.failure = "unknown initialisation \(name)"
            return
        }
        do {
            let result = try probe.measure(initializer: initializer, seed: state.drawSeed)
            state.layers = result.layers
            state.edges = result.edges
            state.verdict = result.verdict
            state.failure = nil
        } catch {
            state.layers = []
            state.failure = "\(error)"
        }
    }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .reseed:
            state.reseeds &+= 1
            measure(&state)
        case .help:
            state.showHelp.toggle()
        default:
            if state.focus.handle(action, settings: &state.settings) != nil { measure(&state) }
        }
    }

    public func snapshot(_ state: State) -> JSONValue {
        .object([
            ("init", .string(state.settings.choice("init"))),
            ("layers", .array(state.layers.map { layer in
                .object([
                    ("name", .string(layer.name)),
                    ("mean", .number(layer.mean)),
                    ("std", .number(layer.standardDeviation)),
                    ("fraction_zero", .number(layer.fractionZero)),
                    ("counts", .integers(layer.counts)),
                    ("overflow", .int(layer.overflow)),
                    ("non_finite", .int(layer.nonFinite)),
                ])
            })),
            ("edges", .numbers(state.edges)),
            ("verdict", .string(state.verdict.rawValue)),
            ("draw_seed", .number(Double(state.drawSeed))),
        ])
    }

    // MARK: - Drawing

    func reading(_ state: State) -> String {
        if let failure = state.failure { return "Could not build the network: \(failure)" }
        guard let first = state.layers.first, let last = state.layers.last else { return "No layers." }
        let depth = state.layers.count
        let span = "std \(NumberText.short(first.standardDeviation)) in \(first.name) → \(NumberText.short(last.standardDeviation)) in \(last.name)"
        switch state.verdict {
        case .healthy:
            return "healthy: \(span); about half of each layer's ReLUs are zero, as ReLU should leave them."
        case .vanishing:
            return "vanishing: \(span); the signal shrinks layer after layer, so \(depth) layers deep there is almost nothing left."
        case .exploding:
            return "exploding: \(span); each layer multiplies the signal, so the deepest layers saturate every scale."
        case .dead:
            let firstDead = state.layers.first { $0.fractionZero >= Self.deadFraction } ?? first
            let silent = state.layers.filter { $0.fractionZero == 1 }.count
            let after = silent > 0 ? "; \(silent) of \(depth) layers output nothing at all" : ""
            return "dead: \(NumberText.percent(firstDead.fractionZero, digits: 0)) of \(firstDead.name)'s outputs are zero\(after). Dead ReLUs pass no signal and get no gradient."
        }
    }

    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(
            title: Self.title, settings: state.settings, focus: state.focus.index, reading: reading(state),
            keyHelp: "←/→ Space change init  r new weights  ? the verdict's rule  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    private func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        let compact = width < 60
        var parts: [any Widget] = []
        let table = statisticsTable(state, showDistribution: !compact, theme: theme)
        if compact {
            parts.append(table)
        } else if width >= 100 {
            let charts = VStack(spacing: 1, [stdChart(state), zeroChart(state)])
            let tableWidth = min(width * 3 / 5, Self.usedWidth(table.rendered(width: width * 3 / 5, theme: theme)))
            parts.append(HStack(spacing: 3, [StackItem(table, size: .fixed(tableWidth)), StackItem(charts, size: .flexible(1))]))
        } else {
            parts.append(table)
            parts.append(stdChart(state))
        }
        if state.showHelp {
            parts.append(Paragraph(SimulationChrome.text(ruleText, theme: theme), style: theme.style(.muted)))
        }
        return VStack(spacing: 1, parts).rendered(width: width, theme: theme)
    }

    /// The columns a drawing actually uses (its widest line without trailing blanks).
    static func usedWidth(_ frame: Frame) -> Int {
        frame.textLines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return TextWidth.cells(of: String(trimmed))
        }.max() ?? 0
    }

    /// The core's rule, in words.
    private var ruleText: String {
        "Verdict rule: dead if some layer has ≥ 90% zeros; exploding if any value is NaN/inf or the last layer's "
            + "std is > 10 and > 10× the first's; vanishing if the last layer's std is < 0.05 and < 0.1× the first's; "
            + "healthy otherwise."
    }

    private func statisticsTable(_ state: State, showDistribution: Bool, theme: Theme) -> Table {
        var columns = [Table.Column("layer"), Table.Column("mean", alignment: .right),
                       Table.Column("std", alignment: .right), Table.Column("zero", alignment: .right)]
        if showDistribution { columns.append(Table.Column(SimulationChrome.text("values 0→\(NumberText.short(state.edges.last ?? 0))", theme: theme))) }
        let firstStd = state.layers.first?.standardDeviation ?? 0
        var rows: [[String]] = []
        var tones: [[Table.Tone]] = []
        for layer in state.layers {
            var row = [layer.name, NumberText.short(layer.mean), NumberText.short(layer.standardDeviation),
                       NumberText.percent(layer.fractionZero, digits: 0)]
            let ratio = firstStd > 0 ? layer.standardDeviation / firstStd : 0
            let stdTone: Table.Tone = ratio > 10 || ratio < 0.1 ? .bad : .normal
            let zeroTone: Table.Tone = layer.fractionZero >= Self.deadFraction ? .bad : .normal
            var rowTones: [Table.Tone] = [.normal, .normal, stdTone, zeroTone]
            if showDistribution {
                row.append(Self.sparkline(layer, symbols: theme.symbols))
                rowTones.append(layer.overflow > 0 ? .warning : .normal)
            }
            rows.append(row)
            tones.append(rowTones)
        }
        return Table(columns: columns, rows: rows, tones: tones)
    }

    /// A histogram in one line: one eighth-block column per bin (height ∝ √count, so the ReLU
    /// zeros do not flatten the rest), then `|` and the share above the range.
    /// Sparkline glyphs by level 1…8 where only ASCII can be shown.
    static let asciiRamp: [Character] = [" ", ".", ".", ":", ":", "=", "=", "#", "#"]

    static func sparkline(_ layer: LayerActivations, symbols: Symbols) -> String {
        let top = max(1, layer.counts.max() ?? 1)
        var text = ""
        for count in layer.counts {
            if count == 0 { text.append(" "); continue }
            let level = min(8, max(1, Int((Double(count) / Double(top)).squareRoot() * 8 + 0.999)))
            // ASCII's eighths collapse ▁▂▃▄ into blanks and dots; a ramp keeps the shape.
            text.append(symbols.verticalEighths[1] == " " ? Self.asciiRamp[level] : symbols.verticalEighths[level])
        }
        let total = layer.counts.reduce(0, +) + layer.overflow + layer.nonFinite
        if layer.overflow > 0, total > 0 {
            text += " >" + NumberText.percent(Double(layer.overflow) / Double(total), digits: 0)
        }
        return text
    }

    private func stdChart(_ state: State) -> BarChart {
        BarChart(title: "std per layer", bars: state.layers.map {
            BarChart.Bar($0.name, $0.standardDeviation.isFinite ? $0.standardDeviation : .nan,
                         valueText: NumberText.short($0.standardDeviation))
        })
    }

    private func zeroChart(_ state: State) -> BarChart {
        BarChart(title: "fraction zero", bars: state.layers.map {
            BarChart.Bar($0.name, $0.fractionZero, valueText: NumberText.percent($0.fractionZero, digits: 0),
                         role: $0.fractionZero >= Self.deadFraction ? .bad : nil)
        }, maxValue: 1)
    }
}

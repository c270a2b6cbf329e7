import Terminal
import TrainingCore

/// Finite differences against backprop: the learner plants a slip in one layer's backward
/// pass and reads which layer's gradient disagrees.
///
/// `bug` picks the slip (none, transposed-backward, missing-bias-grad), `layer` the dense
/// layer it goes into (1–3). The table lists each layer's largest relative error with a
/// pass/fail mark against the tolerance (1e-6), split into weights and biases; the check is
/// the training core's ``GradientCheck`` and ``FiniteDifferenceCheck`` documents its setup,
/// the formula and the tolerance. `r` draws a
/// new batch and initialisation. Cheap (112 forward passes of 16 rows), so it recomputes on
/// every change.
///
/// Named `…Simulation` so it does not shadow a gradient-check type of the training core.
public struct GradientCheckSimulation: Simulation {
    public static let id = "gradient-check"
    public static let title = "Gradient check"
    public static let summary = "Plant a backward-pass bug; compare each layer's backprop gradient with finite differences."

    var check = FiniteDifferenceCheck()

    public init() {}

    public var parameters: [ParameterSpec] {
        [
            .choice("bug", GradientCheckBug.allCases.map(\.rawValue), default: "none",
                    help: "The backward-pass slip: none, transposed-backward or missing-bias-grad."),
            .integer("layer", 1...3, default: 2, help: "The dense layer the slip is planted in (1 = nearest the input)."),
        ]
    }

    public struct State: Sendable, Equatable {
        public var settings: Settings
        var focus = ControlFocus()
        let seed: UInt64
        var reseeds: UInt64 = 0
        var layers: [LayerGradientError] = []
        var failure: String?
        var showHelp = false

        var drawSeed: UInt64 { seed &+ reseeds }
        var bug: GradientCheckBug { GradientCheckBug(rawValue: settings.choice("bug")) ?? .none }
        var passed: Bool { failure == nil && !layers.isEmpty && layers.allSatisfy(\.passed) }
    }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        var state = State(settings: settings, seed: seed)
        compute(&state)
        return state
    }

    public func settings(of state: State) -> Settings { state.settings }

    private func compute(_ state: inout State) {
        do {
            state.layers = try check.run(bug: state.bug, layer: state.settings.int("layer") - 1, seed: state.drawSeed)
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
            compute(&state)
        case .help:
            state.showHelp.toggle()
        default:
            if state.focus.handle(action, settings: &state.settings) != nil { compute(&state) }
        }
    }

    public func snapshot(_ state: State) -> JSONValue {
        .object([
            ("bug", .string(state.bug.rawValue)),
            ("layer", .int(state.settings.int("layer"))),
            ("layers", .array(state.layers.map { layer in
                .object([
                    ("name", .string(layer.name)),
                    ("max_rel_error", .number(layer.maxRelativeError)),
                    ("weight_error", .number(layer.weightError)),
                    ("bias_error", .number(layer.biasError)),
                    ("passed", .bool(layer.passed)),
                    ("planted", .bool(layer.hasPlantedBug)),
                ])
            })),
            ("passed", .bool(state.passed)),
            ("tolerance", .number(FiniteDifferenceCheck.tolerance)),
        ])
    }

    // MARK: - Drawing

    func reading(_ state: State) -> String {
        if let failure = state.failure { return "Could not run the check: \(failure)" }
        let tolerance = NumberText.short(FiniteDifferenceCheck.tolerance)
        if state.passed {
            let largest = state.layers.map(\.maxRelativeError).max() ?? 0
            return "PASSED: every layer agrees with finite differences (largest relative error \(NumberText.short(largest)) < \(tolerance)); backprop is right."
        }
        let failing = state.layers.filter { !$0.passed }
        let names = failing.map(\.name).joined(separator: ", ")
        let others = state.layers.count - failing.count
        let parts = failing.map { layer -> String in
            let weights = layer.weightError >= FiniteDifferenceCheck.tolerance
            let biases = layer.biasError >= FiniteDifferenceCheck.tolerance
            let which = weights && biases ? "weights and biases" : weights ? "weights" : "biases"
            return "\(layer.name)'s \(which) are off (error \(NumberText.short(layer.maxRelativeError)))"
        }
        return "FAILED in \(names): " + parts.joined(separator: "; ")
            + (others > 0 ? "; the other \(others) layer\(others == 1 ? "" : "s") pass, so the bug is in \(failing.count == 1 ? "that layer's" : "those layers'") backward pass." : ".")
    }

    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(
            title: Self.title, settings: state.settings, focus: state.focus.index, reading: reading(state),
            keyHelp: "←/→ change  ↑/↓ Tab focus  r new batch  ? how it is measured  q done")
        return chrome.frame(size: size, theme: theme) { width, _ in
            body(state, width: width, theme: theme)
        }
    }

    private func body(_ state: State, width: Int, theme: Theme) -> Frame {
        let symbols = theme.symbols
        let compact = width < 60
        var columns = [Table.Column("layer"), Table.Column("shape"), Table.Column("max rel error", alignment: .right),
                       Table.Column("check")]
        if !compact {
            columns += [Table.Column("weights", alignment: .right), Table.Column("biases", alignment: .right)]
        }
        var rows: [[String]] = []
        var tones: [[Table.Tone]] = []
        for layer in state.layers {
            let ok = layer.passed
            var row = [layer.name, SimulationChrome.text("\(layer.inputs)→\(layer.outputs)", theme: theme), NumberText.short(layer.maxRelativeError),
                       ok ? symbols.check + " pass" : symbols.cross + " FAIL"]
            var tone: [Table.Tone] = [.normal, .muted, ok ? .normal : .bad, ok ? .good : .bad]
            if !compact {
                row += [NumberText.short(layer.weightError), NumberText.short(layer.biasError)]
                tone += [layer.weightError < FiniteDifferenceCheck.tolerance ? .muted : .warning,
                         layer.biasError < FiniteDifferenceCheck.tolerance ? .muted : .warning]
            }
            rows.append(row)
            tones.append(tone)
        }
        var parts: [Frame] = [Table(columns: columns, rows: rows, tones: tones).rendered(width: width, theme: theme)]
        parts.append(scale(state, width: width, theme: theme))
        if state.showHelp {
            let text = "Relative error = |backprop − numeric| / max(|backprop|, |numeric|, 1e-4); numeric = (L(θ+h) − L(θ−h)) / 2h with h = 1e-5, "
                + "in Double on 16 points through a 2→6→4→2 tanh network (the training core's gradient check). A layer passes below 1e-6. "
                + "Bug \(state.bug.rawValue): \(state.bug.explanation)"
            parts.append(Paragraph(SimulationChrome.text(text, theme: theme), style: theme.style(.muted)).rendered(width: width, theme: theme))
        }
        return Frame.stacked(parts, spacing: 1, width: width)
    }

    /// Each layer's error on a log scale from 1e-12 to 1, with the tolerance marked.
    private func scale(_ state: State, width: Int, theme: Theme) -> Frame {
        let labelWidth = 8
        let barWidth = max(10, width - labelWidth - 10)
        let low = -12.0, high = 0.0
        func column(_ error: Double) -> Int {
            guard error > 0 else { return 0 }
            let exponent = error.isFinite ? min(high, max(low, log10(error))) : high
            return Int(((exponent - low) / (high - low) * Double(barWidth - 1)).rounded())
        }
        let toleranceColumn = column(FiniteDifferenceCheck.tolerance)
        var frame = Frame(width: width, height: state.layers.count + 2)
        frame.draw(SimulationChrome.text("log₁₀ relative error", theme: theme), x: 0, y: 0, style: theme.style(.heading, bold: true))
        for (row, layer) in state.layers.enumerated() {
            let y = row + 1
            frame.draw(layer.name, x: 0, y: y, style: theme.style(.text))
            let ok = layer.passed
            let end = column(layer.maxRelativeError)
            for x in 0...end {
                frame.put(Cell(theme.symbols.horizontalEighths[8] == " " ? "#" : theme.symbols.horizontalEighths[8],
                               style: theme.style(ok ? .good : .bad)), x: labelWidth + x, y: y)
            }
            if end < toleranceColumn {
                frame.put(Cell(theme.glyphs == .ascii ? ":" : "┆", style: theme.style(.warning)), x: labelWidth + toleranceColumn, y: y)
            }
        }
        let axis = state.layers.count + 1
        frame.draw("1e-12", x: labelWidth, y: axis, style: theme.style(.muted))
        let marker = (theme.glyphs == .ascii ? "^" : "↑") + (barWidth > 40 ? " 1e-6 tolerance" : " 1e-6")
        let markerEnd = labelWidth + toleranceColumn + frame.draw(marker, x: labelWidth + toleranceColumn, y: axis, style: theme.style(.warning))
        if markerEnd < labelWidth + barWidth - 2 {
            frame.draw("1", x: labelWidth + barWidth - 1, y: axis, style: theme.style(.muted))
        }
        return frame
    }
}

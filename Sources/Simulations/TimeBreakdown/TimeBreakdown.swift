import Terminal

/// Where the time of an ML project goes: experts' 10/10/60/20 against beginners' 50/30/10/10.
///
/// The one simulation without training: its figures are survey data, read from the course's
/// assets. ↑/↓ select a phase to read what its days are made of; ←/→ or Space switch the view;
/// `?` shows how to read it.
public struct TimeBreakdown: Simulation {
    public static let id = "time-breakdown"
    public static let title = "Where ML time goes"
    public static let summary = "Experts' time per project phase against beginners' guess; select a phase to see its work."

    public let phases: [TimeBreakdownPhase]

    public init(phases: [TimeBreakdownPhase]) {
        self.phases = phases
    }

    public var parameters: [ParameterSpec] {
        [
            .choice("view", ["expert", "beginner", "compare"], default: "compare",
                    help: "Whose breakdown to show: the experts', the beginners' guess, or both."),
            .choice("select", ["none"] + phases.map(\.name), default: "none",
                    help: "The phase whose day-to-day work is listed."),
        ]
    }

    public struct State: Sendable, Equatable {
        public var settings: Settings
        public var showHelp = false
    }

    public func initialState(_ settings: Settings, seed: UInt64) -> State {
        State(settings: settings)
    }

    public func settings(of state: State) -> Settings { state.settings }

    public func update(_ state: inout State, _ action: SimAction) {
        switch action {
        case .up, .down, .tab:
            // Move the selection through the phases (with "none" before the first).
            state.settings.step(index: 1, by: action == .up ? -1 : 1)
        case .left, .right:
            state.settings.step(index: 0, by: action == .left ? -1 : 1)
        case .space:
            state.settings.step(index: 0, by: 1)
        case .help:
            state.showHelp.toggle()
        default:
            break
        }
    }

    private func selected(_ state: State) -> TimeBreakdownPhase? {
        let name = state.settings.choice("select")
        return phases.first { $0.name == name }
    }

    public func snapshot(_ state: State) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("view", .string(state.settings.choice("view"))),
            ("phases", .array(phases.map { phase in
                .object([("name", .string(phase.name)), ("expert_pct", .int(phase.expertPercent)),
                         ("beginner_pct", .int(phase.beginnerPercent))])
            })),
        ]
        if let phase = selected(state) {
            pairs.append(("selected", .object([("name", .string(phase.name)), ("details", .strings(phase.details))])))
        } else {
            pairs.append(("selected", .null))
        }
        return .object(pairs)
    }

    func reading(_ state: State) -> String {
        guard let largest = phases.max(by: { $0.expertPercent < $1.expertPercent }) else { return "No phases." }
        if let phase = selected(state) {
            let factor = phase.beginnerPercent > 0 ? Double(phase.expertPercent) / Double(phase.beginnerPercent) : 0
            let comparison = factor >= 1.5 ? "\(NumberText.short(factor))× the beginners' guess"
                : factor <= 0.67 && factor > 0 ? "\(NumberText.short(1 / factor))× less than beginners guess" : "about what beginners guess"
            return "\(phase.name): experts spend \(phase.expertPercent)% here, \(comparison)."
        }
        return "Experts spend \(largest.expertPercent)% of their time on \(largest.name); beginners guess \(largest.beginnerPercent)%."
    }

    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(
            title: Self.title, settings: state.settings, focus: nil, reading: reading(state),
            keyHelp: "↑/↓ select a phase  ←/→ Space switch view  ? help  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            state.showHelp ? help(width: width, theme: theme) : bars(state, width: width, theme: theme)
        }
    }

    /// What the bars are, what each control does, and the keys; `?` shows and hides it.
    private func help(width: Int, theme: Theme) -> Frame {
        var lines: [StyledText] = [StyledText("How to read it", style: theme.style(.heading, bold: true))]
        for spec in parameters {
            lines.append(StyledText("\(spec.name): ", style: theme.style(.accent, bold: true)) + StyledText(spec.help))
        }
        lines.append(StyledText("Each bar is one phase's share of a project's time, in percent: the experts' figures against what beginners guess. "
            + "Experienced practitioners spend most of their time debugging and tuning; beginners expect to spend it designing and coding."))
        lines.append(StyledText(SimulationChrome.text("Keys: ↑/↓ select a phase and list its work, ←/→ or Space switch the view, ? closes this help.", theme: theme),
                                style: theme.style(.muted)))
        return Frame(styledLines: lines.flatMap { $0.wrapped(width: width) }, width: width)
    }

    /// Horizontal bars per phase (one or two per phase), then the selected phase's details.
    private func bars(_ state: State, width: Int, theme: Theme) -> Frame {
        let view = state.settings.choice("view")
        let labelWidth = min(24, (phases.map(\.name.count).max() ?? 8) + 3)
        let barSpace = max(10, width - labelWidth - 16)
        let chosen = selected(state)?.name
        var lines: [StyledText] = []
        let rows: [(String, KeyPath<TimeBreakdownPhase, Int>, Int)] = view == "compare"
            ? [("expert", \.expertPercent, 0), ("beginner", \.beginnerPercent, 1)]
            : view == "expert" ? [("expert", \.expertPercent, 0)] : [("beginner", \.beginnerPercent, 1)]
        for phase in phases {
            let isChosen = phase.name == chosen
            for (rowIndex, (who, path, series)) in rows.enumerated() {
                let pct = phase[keyPath: path]
                var line = StyledText()
                let label = rowIndex == 0 ? (isChosen ? theme.symbols.pointer + " " : "  ") + phase.name : ""
                line.append(TextWidth.pad(label, toCells: labelWidth), style: theme.style(isChosen ? .accent : .text, bold: isChosen))
                let cells = Double(barSpace) * Double(pct) / 100
                line.append(Self.bar(cells: cells, symbols: theme.symbols), style: theme.style(.series(series)))
                line.append(" \(pct)% \(who)", style: theme.style(.muted))
                lines.append(line)
            }
            if rows.count > 1 { lines.append(StyledText()) }
        }
        if let phase = selected(state) {
            lines.append(StyledText("What \(phase.name) is made of:", style: theme.style(.heading, bold: true)))
            for detail in phase.details {
                for (i, piece) in StyledText(detail).wrapped(width: width - 4).enumerated() {
                    lines.append(StyledText((i == 0 ? "  " + theme.symbols.bullet + " " : "    ")) + piece)
                }
            }
        }
        return Frame(styledLines: lines, width: width)
    }

    /// A bar `cells` long in eighth-cell steps (whole blocks only in ASCII).
    static func bar(cells: Double, symbols: Symbols) -> String {
        let eighths = Int((cells * 8).rounded())
        var text = String(repeating: String(symbols.horizontalEighths.last ?? "#"), count: eighths / 8)
        let rest = eighths % 8
        if rest > 0, symbols.horizontalEighths.count > rest { text.append(symbols.horizontalEighths[rest]) }
        return text
    }
}

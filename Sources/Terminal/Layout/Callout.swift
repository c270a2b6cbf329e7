/// A boxed takeaway: an insight, a warning or a note, with a title and a Markdown body.
///
/// The kind is named in the border (`Insight`, `Warning`, `Note`, or the given title after
/// it), so it reads without colour; colour and border weight add to it (warnings are heavy
/// and in the warning colour).
public struct Callout: Widget {
    public enum Kind: String, Sendable, CaseIterable {
        case insight, warning, note

        var label: String {
            switch self {
            case .insight: return "Insight"
            case .warning: return "Warning"
            case .note: return "Note"
            }
        }

        var role: Theme.Role {
            switch self {
            case .insight: return .accent
            case .warning: return .warning
            case .note: return .info
            }
        }
    }

    public var kind: Kind
    public var title: String?
    /// Markdown.
    public var body: String

    public init(_ kind: Kind, title: String? = nil, body: String) {
        self.kind = kind
        self.title = title
        self.body = body
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let heading = title.map { kind.label + ": " + $0 } ?? kind.label
        return Box(title: heading, border: kind == .warning ? .heavy : .rounded, role: kind.role, padding: 1,
                   content: Markdown(body)).render(width: width, height: height, theme: theme)
    }
}

/// Numbered step cards for a procedure, one box per step (`Step 2 of 5`), the current step
/// highlighted and earlier ones checked off.
public struct StepCards: Widget {
    /// Markdown of each step.
    public var steps: [String]
    /// Index of the current step; nil shows all steps alike.
    public var current: Int?

    public init(steps: [String], current: Int? = nil) {
        self.steps = steps
        self.current = current
    }

    public func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        var frames: [Frame] = []
        for (index, step) in steps.enumerated() {
            var title = "Step \(index + 1) of \(steps.count)"
            var role = Theme.Role.border
            var border = Box.Border.rounded
            if let current {
                if index < current { title += " " + symbols.check; role = .good }
                if index == current { title = symbols.pointer + " " + title; role = .accent; border = .heavy }
                if index > current { role = .muted }
            }
            frames.append(Box(title: title, border: border, role: role, padding: 1, content: Markdown(step))
                .rendered(width: width, theme: theme))
        }
        let frame = Frame.stacked(frames, width: width)
        return frame.resized(width: width, height: height ?? frame.height)
    }
}

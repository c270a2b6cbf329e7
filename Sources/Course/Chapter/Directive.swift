/// A `:::` directive of a chapter script (Docs/FORMATS.md): a simulation, a callout, step
/// cards, a pause, one question or the whole quiz.
public struct Directive: Sendable {
    public enum Kind: Sendable {
        case sim(SimulationEmbed)
        case callout(Callout)
        /// The items of the body's numbered list, one card each.
        case steps([ListItem])
        case pause
        /// Asks one question of the chapter's quiz.
        case question(id: String, location: SourceLocation)
        /// Asks every question of the chapter's quiz not yet asked.
        case quiz
    }

    public var kind: Kind
    /// The directive's name as written (`sim`, `insight`, …).
    public var name: String
    public var nameRange: SourceRange
    /// From the opening `:::` line to the end of the closing one.
    public var range: SourceRange

    public init(kind: Kind, name: String, nameRange: SourceRange, range: SourceRange) {
        self.kind = kind
        self.name = name
        self.nameRange = nameRange
        self.range = range
    }

    /// Every directive name, for did-you-mean hints.
    public static let names = ["sim", "insight", "warning", "note", "steps", "pause", "question", "quiz"]
}

/// `::: sim ID NAME=VALUE...`: a simulation shown in the chapter, with a caption.
public struct SimulationEmbed: Sendable {
    public var id: String
    public var idRange: SourceRange
    /// The settings in written order; values are text, checked against the simulation's
    /// parameters by the validator.
    public var settings: [SimulationSetting]
    public var caption: [Block]

    public init(id: String, idRange: SourceRange, settings: [SimulationSetting], caption: [Block]) {
        self.id = id
        self.idRange = idRange
        self.settings = settings
        self.caption = caption
    }
}

/// One `NAME=VALUE` setting of a simulation.
public struct SimulationSetting: Sendable, Hashable {
    public var name: String
    public var value: String
    /// The whole `NAME=VALUE` token.
    public var range: SourceRange
    /// Where the value starts.
    public var valueLocation: SourceLocation

    public init(name: String, value: String, range: SourceRange, valueLocation: SourceLocation) {
        self.name = name
        self.value = value
        self.range = range
        self.valueLocation = valueLocation
    }
}

/// An `insight`, `warning` or `note` box.
public struct Callout: Sendable {
    public enum Style: String, Sendable, CaseIterable {
        case insight, warning, note
    }

    public var style: Style
    /// The optional title after the directive's name.
    public var title: String?
    public var body: [Block]

    public init(style: Style, title: String?, body: [Block]) {
        self.style = style
        self.title = title
        self.body = body
    }
}

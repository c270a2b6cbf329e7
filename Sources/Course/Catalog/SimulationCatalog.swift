import Terminal
/// The simulations a course may name, with their parameters: what `lesson check` validates
/// `::: sim` directives and sim-tasks against.
///
/// Course does not depend on the Simulations module; the executable builds a catalog from the
/// simulation registry and injects it (tests use ``SpecSimulationCatalog``).
public struct SimulationCatalog: Sendable {
    public var entries: [SimulationDescriptor]

    public init(entries: [SimulationDescriptor]) {
        self.entries = entries
    }

    /// The simulation with `id`, if any.
    public func simulation(_ id: String) -> SimulationDescriptor? {
        entries.first { $0.id == id }
    }

    /// Every simulation id, in catalog order.
    public var ids: [String] { entries.map(\.id) }
}

/// One simulation: its id, parameters and (optionally) its snapshot's top-level keys.
public struct SimulationDescriptor: Sendable {
    public var id: String
    public var parameters: [ParameterDescriptor]
    /// Top-level snapshot keys, used to warn about a sim-task goal on a key that does not exist;
    /// nil when unknown (no check).
    public var snapshotKeys: [String]?

    public init(id: String, parameters: [ParameterDescriptor], snapshotKeys: [String]? = nil) {
        self.id = id
        self.parameters = parameters
        self.snapshotKeys = snapshotKeys
    }

    /// The parameter called `name`, if any.
    public func parameter(_ name: String) -> ParameterDescriptor? {
        parameters.first { $0.name == name }
    }
}

/// One parameter of a simulation: its name, the values it takes, and its default.
public struct ParameterDescriptor: Sendable {
    /// The values a parameter takes.
    public enum Kind: Sendable {
        /// A decimal number in the closed range.
        case number(ClosedRange<Double>)
        /// A whole number in the closed range.
        case integer(ClosedRange<Int>)
        /// One of these words (`on`/`off` toggles are choices too).
        case choice([String])
        /// Any text (not checked).
        case text
    }

    public var name: String
    public var kind: Kind
    /// The default value, as it would be written in `NAME=VALUE`.
    public var defaultValue: String

    public init(name: String, kind: Kind, defaultValue: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
    }

    /// Why `value` is not a valid value of this parameter, or nil when it is.
    public func problem(with value: String) -> String? {
        let trimmed = value.trimmingSpaces()
        switch kind {
        case .number(let range):
            guard let number = NumberText.parse(trimmed) else {
                return "'\(value)' is not a number; \(name) takes a number from \(NumberText.format(range.lowerBound)) to \(NumberText.format(range.upperBound))"
            }
            if !range.contains(number) {
                return "\(name)=\(value) is out of range: \(name) goes from \(NumberText.format(range.lowerBound)) to \(NumberText.format(range.upperBound))"
            }
        case .integer(let range):
            guard let number = Int(trimmed) else {
                return "'\(value)' is not a whole number; \(name) takes \(range.lowerBound) to \(range.upperBound)"
            }
            if !range.contains(number) {
                return "\(name)=\(value) is out of range: \(name) goes from \(range.lowerBound) to \(range.upperBound)"
            }
        case .choice(let choices):
            if !choices.contains(trimmed) {
                return "'\(value)' is not a value of \(name); it takes \(choices.joined(separator: ", "))"
            }
        case .text:
            break
        }
        return nil
    }

    /// A did-you-mean hint for a bad value of a choice parameter.
    public func hint(for value: String) -> String? {
        if case .choice(let choices) = kind { return Suggestion.hint(for: value, among: choices) }
        return nil
    }

    /// `4–64`, `grid|random|both`: the accepted values in short.
    public var valuesDescription: String {
        switch kind {
        case .number(let range): "\(NumberText.format(range.lowerBound))–\(NumberText.format(range.upperBound))"
        case .integer(let range): "\(range.lowerBound)–\(range.upperBound)"
        case .choice(let choices): choices.joined(separator: "|")
        case .text: "text"
        }
    }
}

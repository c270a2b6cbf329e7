import Terminal

/// The values of a simulation's parameters, in the order the simulation declares them.
///
/// Built from the defaults, then overridden by `--set NAME=VALUE` assignments (or a quiz's
/// sim-task settings); every value has been checked against its `ParameterSpec`.
public struct Settings: Sendable, Hashable {
    public let specs: [ParameterSpec]
    public private(set) var values: [ParameterValue]
    /// The names given explicitly (by `--set`, a sim-task, or a control the learner moved), as
    /// opposed to left at their defaults: a preset (the dashboard's pathology) fills only the
    /// others.
    public private(set) var explicitNames: [String] = []

    public static func == (lhs: Settings, rhs: Settings) -> Bool {
        lhs.specs.map(\.name) == rhs.specs.map(\.name) && lhs.values == rhs.values
    }

    /// Whether `name` was given explicitly rather than left at its default.
    public func isExplicit(_ name: String) -> Bool { explicitNames.contains(name) }

    /// Sets `name` as a preset would: the value changes but does not count as explicit.
    public mutating func applyPreset(_ name: String, _ value: ParameterValue) {
        guard let index = specs.firstIndex(where: { $0.name == name }) else { return }
        values[index] = value
    }

    private mutating func markExplicit(_ name: String) {
        if !explicitNames.contains(name) { explicitNames.append(name) }
    }

    public func hash(into hasher: inout Hasher) {
        for spec in specs { hasher.combine(spec.name) }
        hasher.combine(values)
    }

    /// Every parameter at its default.
    public init(defaults specs: [ParameterSpec]) {
        self.specs = specs
        self.values = specs.map(\.defaultValue)
    }

    /// The defaults overridden by `assignments`, each `NAME=VALUE`.
    public init(_ specs: [ParameterSpec], simulation: String, assignments: [String]) throws(SettingsError) {
        var pairs: [(String, String)] = []
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else { throw .notAnAssignment(assignment) }
            pairs.append((String(assignment[..<equals]).trimmingSpaces, String(assignment[assignment.index(after: equals)...])))
        }
        try self.init(specs, simulation: simulation, pairs: pairs)
    }

    /// The defaults overridden by `(name, value text)` pairs, applied in order.
    public init(_ specs: [ParameterSpec], simulation: String, pairs: [(String, String)]) throws(SettingsError) {
        self.init(defaults: specs)
        for (name, text) in pairs {
            guard let index = specs.firstIndex(where: { $0.name == name }) else {
                throw .unknownParameter(name: name, simulation: simulation, known: specs.map(\.name))
            }
            switch specs[index].parse(text) {
            case let .success(value):
                values[index] = value
                markExplicit(name)
            case let .failure(error): throw error
            }
        }
    }

    /// The value of parameter `name`. Asking for a name the simulation did not declare is a
    /// programming error caught by the simulation tests; it answers the first value then.
    public subscript(name: String) -> ParameterValue {
        get { values[specs.firstIndex { $0.name == name } ?? 0] }
        set {
            guard let index = specs.firstIndex(where: { $0.name == name }) else { return }
            values[index] = newValue
            markExplicit(name)
        }
    }

    /// A real-valued parameter's value (integers convert; a choice gives 0).
    public func double(_ name: String) -> Double { self[name].double ?? 0 }

    /// A whole-number parameter's value.
    public func int(_ name: String) -> Int {
        if case let .integer(value) = self[name] { return value }
        return Int(self[name].double ?? 0)
    }

    /// A choice parameter's value.
    public func choice(_ name: String) -> String { self[name].text }

    /// Whether an on/off parameter is on.
    public func isOn(_ name: String) -> Bool { self[name].text == "on" }

    /// Moves parameter number `index` one step in `direction` (+1 or −1).
    public mutating func step(index: Int, by direction: Int) {
        guard specs.indices.contains(index) else { return }
        values[index] = specs[index].stepped(values[index], by: direction)
        markExplicit(specs[index].name)
    }

    /// `{name: value, ...}` for the JSON output's `settings` key.
    public var json: JSONValue {
        .object(zip(specs, values).map { ($0.name, $1.json) })
    }

    /// A stable text key, for caches: `name=value;name=value`.
    public var cacheKey: String {
        zip(specs, values).map { "\($0.name)=\($1.text)" }.joined(separator: ";")
    }
}

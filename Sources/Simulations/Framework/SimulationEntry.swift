/// A simulation as the registry lists it: its description and a way to start a session.
public struct SimulationEntry: Sendable {
    public let id: String
    public let title: String
    public let summary: String
    public let parameters: [ParameterSpec]
    private let start: @Sendable (Settings, UInt64) -> SimulationSession

    public init<S: Simulation>(_ simulation: S) {
        id = S.id
        title = S.title
        summary = S.summary
        parameters = simulation.parameters
        start = { settings, seed in SimulationSession(simulation, settings: settings, seed: seed) }
    }

    /// Starts a session from `NAME=VALUE` assignments over the defaults.
    public func session(assignments: [String] = [], seed: UInt64) throws(SettingsError) -> SimulationSession {
        start(try Settings(parameters, simulation: id, assignments: assignments), seed)
    }

    /// Starts a session from `(name, value)` pairs over the defaults.
    public func session(pairs: [(String, String)], seed: UInt64) throws(SettingsError) -> SimulationSession {
        start(try Settings(parameters, simulation: id, pairs: pairs), seed)
    }
}

import Grading
import Simulations
import Terminal

/// Grades sim-tasks by re-running the course's simulations: builds the simulation from the
/// settings with the task's seed and reads the goal keys from its snapshot.
public struct RegistrySimTaskRunner: SimTaskRunner {
    public let registry: SimulationRegistry

    public init(registry: SimulationRegistry) {
        self.registry = registry
    }

    public func snapshotValue(simulation: String, settings: [String: String], seed: UInt64) throws -> SimSnapshotLookup {
        let entry = try registry.entry(simulation)
        // Apply settings in the simulation's own parameter order, so the result does not
        // depend on dictionary order.
        let order = entry.parameters.map(\.name)
        let known = settings.keys.filter { order.contains($0) }
        if let unknown = settings.keys.sorted().first(where: { !order.contains($0) }) {
            throw SettingsError.unknownParameter(name: unknown, simulation: simulation, known: order)
        }
        let pairs = order.filter { known.contains($0) }.compactMap { name in settings[name].map { (name, $0) } }
        var session = try entry.session(pairs: pairs, seed: seed)
        session.applyToEnd([])
        return Self.lookup(session.snapshot)
    }

    /// A lookup of dotted keys into a snapshot.
    public static func lookup(_ snapshot: JSONValue) -> SimSnapshotLookup {
        SimSnapshotLookup { key in
            switch snapshot.value(atPath: key) {
            case let .number(value)?: return .number(value)
            case let .string(text)?: return .string(text)
            case let .bool(flag)?: return .bool(flag)
            default: return nil
            }
        }
    }
}

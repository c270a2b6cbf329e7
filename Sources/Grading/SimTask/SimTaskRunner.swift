/// Runs a simulation for a `sim-task` question and answers questions about its snapshot.
///
/// Grading does not depend on the Simulations module: the executable injects a runner built on
/// the simulation registry; tests inject a fake. A runner must be deterministic (same
/// simulation, settings and seed give the same snapshot), which makes sim-task grades repeat.
public protocol SimTaskRunner: Sendable {
    /// Builds `simulation` from `settings` (every parameter the task sets; the rest default) with
    /// `seed`, runs it to its final state and returns a lookup into its snapshot.
    ///
    /// - Throws: when the settings are invalid or the simulation fails; the message is shown as
    ///   the question's feedback.
    func snapshotValue(simulation: String, settings: [String: String], seed: UInt64) throws -> SimSnapshotLookup
}

/// One value of a simulation's snapshot.
public enum SnapshotValue: Sendable, Hashable {
    case number(Double)
    case string(String)
    case bool(Bool)

    /// The value as text: `0.25`, `healthy`, `true`.
    public var description: String {
        switch self {
        case .number(let value): NumberFormatting.short(value)
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        }
    }
}

/// Answers a dotted snapshot key (`diagnosis`, `random.best_loss`, `layers.0.std`) with its value,
/// or nil when the snapshot has no such scalar.
public struct SimSnapshotLookup: Sendable {
    private let lookup: @Sendable (String) -> SnapshotValue?

    /// A lookup backed by a function (e.g. walking the simulation's JSON snapshot).
    public init(_ lookup: @escaping @Sendable (String) -> SnapshotValue?) {
        self.lookup = lookup
    }

    /// A lookup over flat `dotted.key: value` pairs.
    public init(values: [String: SnapshotValue]) {
        self.lookup = { values[$0] }
    }

    public func value(at key: String) -> SnapshotValue? {
        lookup(key)
    }
}

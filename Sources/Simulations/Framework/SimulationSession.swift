import Terminal

/// One running simulation behind a type-erased face, for the player and the command line.
///
/// A session owns its state; it is a plain value with a mutable state inside, used from one
/// thread at a time.
public struct SimulationSession: Sendable {
    public let id: String
    public let title: String
    private var box: any SessionBox

    /// Builds the simulation's state from its settings and seed (this is where it trains).
    public init<S: Simulation>(_ simulation: S, settings: Settings, seed: UInt64) {
        id = S.id
        title = S.title
        box = Box(simulation: simulation, state: simulation.initialState(settings, seed: seed))
    }

    /// Applies one key action.
    public mutating func apply(_ action: SimAction) { box.apply(action) }

    /// Finishes any running animation, then applies actions in order, finishing the
    /// animation each one starts (at most `maxTicks` ticks each), so a headless run shows
    /// finished trainings and complete sweeps.
    public mutating func applyToEnd(_ actions: [SimAction], maxTicks: Int = 10_000) {
        finishAnimation(maxTicks: maxTicks)
        for action in actions {
            apply(action)
            finishAnimation(maxTicks: maxTicks)
        }
    }

    private mutating func finishAnimation(maxTicks: Int) {
        var ticks = 0
        while isAnimating, ticks < maxTicks {
            apply(.tick)
            ticks += 1
        }
    }

    public func frame(size: ViewSize, theme: Theme) -> Frame { box.frame(size: size, theme: theme) }
    public var snapshot: JSONValue { box.snapshot }
    public var settings: Settings { box.settings }
    public var isAnimating: Bool { box.isAnimating }

    /// The JSON of `lesson sim --format json`: `id`, `seed`, `settings`, then the snapshot's keys.
    public func json(seed: UInt64) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(id)), ("seed", .integer(seed)), ("settings", settings.json)]
        if case let .object(snapshotPairs) = snapshot { pairs += snapshotPairs }
        return .object(pairs)
    }
}

private protocol SessionBox: Sendable {
    mutating func apply(_ action: SimAction)
    func frame(size: ViewSize, theme: Theme) -> Frame
    var snapshot: JSONValue { get }
    var settings: Settings { get }
    var isAnimating: Bool { get }
}

private struct Box<S: Simulation>: SessionBox {
    let simulation: S
    var state: S.State

    mutating func apply(_ action: SimAction) { simulation.update(&state, action) }

    func frame(size: ViewSize, theme: Theme) -> Frame { simulation.view(state, size: size, theme: theme) }
    var snapshot: JSONValue { simulation.snapshot(state) }
    var settings: Settings { simulation.settings(of: state) }
    var isAnimating: Bool { simulation.isAnimating(state) }
}

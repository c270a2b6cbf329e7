import Terminal

/// A simulation in the Elm shape (DESIGN.md): a state built from settings and a seed, key-level
/// updates, a pure drawing and a snapshot of the numbers behind the drawing.
///
/// Implementations are pure: no I/O, no clocks, no global state; randomness enters only through
/// the seed. Heavy work (training runs, sweeps) happens in `initialState` or in `update` when a
/// setting changes, never in `view`.
public protocol Simulation: Sendable {
    associatedtype State: Sendable

    /// The id of SPEC.md, e.g. `grid-vs-random`.
    static var id: String { get }
    /// A short title for headers and `lesson sims`.
    static var title: String { get }
    /// One line: what the learner sees and does.
    static var summary: String { get }
    /// The parameters, in the order the controls show them. An instance property, since some
    /// depend on the data a simulation is built with (the time breakdown's phase names).
    var parameters: [ParameterSpec] { get }

    /// Builds the state (and trains what it shows) from checked settings.
    func initialState(_ settings: Settings, seed: UInt64) -> State
    /// Applies one key action.
    func update(_ state: inout State, _ action: SimAction)
    /// Draws the state at `size` (60 to 200 columns; narrower gets a compact layout).
    func view(_ state: State, size: ViewSize, theme: Theme) -> Frame
    /// The numbers behind the frame: at least SPEC.md's keys for this simulation.
    func snapshot(_ state: State) -> JSONValue
    /// The current settings (they change as the learner moves controls).
    func settings(of state: State) -> Settings
    /// Whether a training animation is running, so the player keeps sending `.tick`.
    func isAnimating(_ state: State) -> Bool
}

extension Simulation {
    public func isAnimating(_ state: State) -> Bool { false }
}

/// The size a simulation draws at, in terminal cells, and whether keys work where it is shown.
public struct ViewSize: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// True in a live simulation; false for a frame printed once (a pipe, `TERM=dumb`,
    /// `--format`), where the chrome leaves out the key help line because no key can be pressed.
    public var keysWork: Bool
    public init(width: Int, height: Int, keysWork: Bool = true) {
        self.width = width
        self.height = height
        self.keysWork = keysWork
    }
}

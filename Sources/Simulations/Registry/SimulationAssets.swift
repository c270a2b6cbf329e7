/// The data some simulations are built from, read by the caller from the course's Assets/
/// (the Simulations module itself reads no files).
public struct SimulationAssets: Sendable {
    /// The project phases of the time breakdown, in display order.
    public var timeBreakdown: [TimeBreakdownPhase]

    public init(timeBreakdown: [TimeBreakdownPhase]) {
        self.timeBreakdown = timeBreakdown
    }
}

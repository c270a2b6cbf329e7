/// Every simulation of the course, in the order `lesson sims` lists them (SPEC.md's table).
public struct SimulationRegistry: Sendable {
    public let entries: [SimulationEntry]

    /// The course's simulations, built with `assets`.
    public init(assets: SimulationAssets) {
        entries = [
            SimulationEntry(TimeBreakdown(phases: assets.timeBreakdown)),
            SimulationEntry(DataQuality()),
            SimulationEntry(Leakage()),
            SimulationEntry(Complexity()),
            SimulationEntry(LearningCurve()),
            SimulationEntry(GridVsRandom()),
            SimulationEntry(Regularization()),
            SimulationEntry(TrainingDashboard()),
            SimulationEntry(ConfusionMatrixSimulation()),
            SimulationEntry(PrecisionRecallSimulation()),
            SimulationEntry(OverfitBatch()),
            SimulationEntry(LRFinder()),
            SimulationEntry(GradientCheckSimulation()),
            SimulationEntry(Activations()),
        ]
    }

    /// The ids, in order.
    public var ids: [String] { entries.map(\.id) }

    /// The simulation with `id`, or an error that lists the ids (with a did-you-mean).
    public func entry(_ id: String) throws(SettingsError) -> SimulationEntry {
        guard let entry = entries.first(where: { $0.id == id }) else {
            throw .unknownSimulation(id, known: ids)
        }
        return entry
    }
}

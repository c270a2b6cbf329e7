import TrainingCore

/// Recomputes which units dropout zeroed in a given training step, from the seed.
///
/// The core keeps its dropout masks private, so this replays its dropout stream: the trainer
/// draws from `SplitMix64(seed:stream: .dropout)` only in training forward passes, one
/// `uniform()` per unit and row (a unit is dropped when the draw is below the rate), for each
/// dropout layer in order, rows × units row-major, one mini-batch of `batch` rows per step;
/// evaluations draw nothing. The tests check the replay against a real training (a dropped
/// unit's outgoing weights do not move under plain SGD), so a change in the core's order would
/// fail them rather than draw wrong masks. A core accessor for the last masks would replace it.
enum DropoutReplay {
    /// The masks of step `step` (1-based): for each row of the batch, for each dropout layer
    /// (of the given widths), whether each unit was dropped.
    static func masks(seed: UInt64, step: Int, batch: Int, widths: [Int], rate: Double) -> [[[Bool]]] {
        guard step > 0, batch > 0, rate > 0 else {
            return Array(repeating: widths.map { [Bool](repeating: false, count: $0) }, count: max(0, batch))
        }
        var rng = SplitMix64(seed: seed, stream: .dropout)
        let perStep = batch * widths.reduce(0, +)
        for _ in 0..<((step - 1) * perStep) { _ = rng.next() }
        var rows = Array(repeating: widths.map { [Bool](repeating: false, count: $0) }, count: batch)
        for (layer, width) in widths.enumerated() {
            for row in 0..<batch {
                for unit in 0..<width { rows[row][layer][unit] = rng.uniform() < rate }
            }
        }
        return rows
    }

    /// The masks of the first example of the last step of a run of `steps` steps.
    static func lastStepMasks(seed: UInt64, steps: Int, batch: Int, widths: [Int], rate: Double) -> [[Bool]] {
        masks(seed: seed, step: steps, batch: batch, widths: widths, rate: rate).first
            ?? widths.map { [Bool](repeating: false, count: $0) }
    }
}

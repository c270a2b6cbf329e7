/// What a learner may type at a question besides an answer, so the player offers only that:
/// `hint` when the question has hints, `skip` when the quiz allows skipping, and for a
/// simulation task on a live terminal, Enter or `again` to reopen the simulation.
///
/// Pure: the sentences shown under a question and after a wrong try.
public struct RetryOffer: Equatable, Sendable {
    public var hints: Bool
    public var skip: Bool
    /// Enter or `again` reopens the task's simulation with the learner's last settings.
    public var reopensSimulation: Bool

    public init(hints: Bool, skip: Bool, reopensSimulation: Bool = false) {
        self.hints = hints
        self.skip = skip
        self.reopensSimulation = reopensSimulation
    }

    /// The words besides an answer, for Tab completion.
    public var words: [String] {
        (reopensSimulation ? ["again"] : []) + (hints ? ["hint"] : []) + (skip ? ["skip"] : [])
    }

    /// `hint` and `skip` as a sentence under the question (empty when neither is offered).
    public var introduction: String {
        switch (hints, skip) {
        case (true, true): return "`hint` for a hint, `skip` to move on."
        case (true, false): return "`hint` for a hint."
        case (false, true): return "`skip` to move on."
        case (false, false): return ""
        }
    }

    /// The line after a wrong try with `left` tries to go (at least 1).
    public func afterWrongTry(left: Int) -> String {
        let tries = "\(left) more \(left == 1 ? "try" : "tries")"
        let typed = [hints ? "hint" : nil, skip ? "skip" : nil].compactMap { $0 }.joined(separator: " or ")
        if reopensSimulation {
            return "Try again (\(tries)): press Enter (or type again) to reopen the simulation with your settings"
                + (typed.isEmpty ? "." : ", or type \(typed).")
        }
        return "Try again (\(tries))" + (typed.isEmpty ? "." : ", or type \(typed).")
    }
}

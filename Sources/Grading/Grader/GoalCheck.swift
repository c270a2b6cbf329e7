import Course

/// Evaluates one sim-task goal condition on a snapshot.
enum GoalCheck {
    /// Whether the condition holds, and if not, what was found instead.
    static func evaluate(_ goal: SimTask.Goal, snapshot: SimSnapshotLookup) -> (Bool, String) {
        guard let value = snapshot.value(at: goal.key) else {
            return (false, "the snapshot has no value '\(goal.key)'")
        }
        let found = "\(goal.key) is \(value.description) (goal: \(goal.description))"
        switch goal.comparison {
        case .equals(let expected):
            switch value {
            case .number(let number):
                guard let target = NumberText.parse(expected) else { return (false, found) }
                return (abs(number - target) <= 1e-9 * max(1, abs(target)), found)
            case .string(let text):
                return (AnswerNormalizer.normalize(text) == AnswerNormalizer.normalize(expected), found)
            case .bool(let flag):
                return (AnswerNormalizer.truth(expected) == flag, found)
            }
        case .atLeast(let bound):
            guard case .number(let number) = value else { return (false, "\(goal.key) is not a number") }
            return (number >= bound, found)
        case .atMost(let bound):
            guard case .number(let number) = value else { return (false, "\(goal.key) is not a number") }
            return (number <= bound, found)
        }
    }
}

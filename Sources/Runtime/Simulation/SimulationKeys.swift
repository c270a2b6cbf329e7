import Simulations

/// What a key means inside a live simulation: an action for the simulation, or leave.
public enum SimulationKeys {
    public enum Meaning: Equatable, Sendable {
        case action(SimAction)
        case leave
        case ignore
    }

    /// SPEC.md's keys: arrows, Tab/Shift-Tab, Space, `r`, `t`, `?`; Enter, `q` or Escape leave.
    public static func meaning(of key: Key) -> Meaning {
        switch key {
        case .left: return .action(.left)
        case .right: return .action(.right)
        case .up, .shiftTab: return .action(.up)
        case .down: return .action(.down)
        case .tab: return .action(.tab)
        case .space: return .action(.space)
        case .enter, .escape: return .leave
        case let .character(character):
            switch character {
            case "q", "Q": return .leave
            case "r", "R": return .action(.reseed)
            case "t", "T": return .action(.train)
            case "?": return .action(.help)
            case "h": return .action(.left)
            case "l": return .action(.right)
            case "k": return .action(.up)
            case "j": return .action(.down)
            default: return .ignore
            }
        case .control("d"): return .leave
        default: return .ignore
        }
    }
}

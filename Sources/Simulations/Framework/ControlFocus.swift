/// The standard handling of the control keys over a simulation's parameter list: ↑/↓/Tab move
/// the focus, ←/→ step the focused parameter, Space cycles a choice or toggle.
public struct ControlFocus: Sendable, Equatable {
    /// The index of the focused parameter.
    public var index: Int = 0

    public init(index: Int = 0) { self.index = index }

    /// Applies `action` to `settings`; returns the name of the parameter whose value changed, or
    /// nil when the action only moved the focus or is not a control key.
    public mutating func handle(_ action: SimAction, settings: inout Settings) -> String? {
        let count = settings.specs.count
        guard count > 0 else { return nil }
        switch action {
        case .up: index = (index + count - 1) % count
        case .down, .tab: index = (index + 1) % count
        case .left, .right:
            let before = settings.values[index]
            settings.step(index: index, by: action == .right ? 1 : -1)
            return settings.values[index] == before ? nil : settings.specs[index].name
        case .space:
            guard case .choice = settings.specs[index].kind else { return nil }
            settings.step(index: index, by: 1)
            return settings.specs[index].name
        default: break
        }
        return nil
    }
}

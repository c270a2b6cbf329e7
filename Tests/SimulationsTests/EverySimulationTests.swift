import Simulations
import Terminal
import Testing

/// What every simulation in the registry owes its users, checked once for all of them: a seed
/// gives the same bytes every run, every frame fits the width it is given, and a setting that
/// is not allowed is refused with what would be.
@Suite struct EverySimulationTests {
    static let registry = SimulationRegistry(assets: SimulationAssets(timeBreakdown: [
        TimeBreakdownPhase(name: "design", expertPercent: 10, beginnerPercent: 50, details: ["Choose a baseline"]),
        TimeBreakdownPhase(name: "debug-and-tune", expertPercent: 90, beginnerPercent: 50, details: ["Overfit one batch"]),
    ]))

    @Test(arguments: registry.ids)
    func theSameSeedGivesTheSameBytesAndEveryFrameFitsItsWidth(id: String) throws {
        // Two sessions of the registry's entry: nothing in common but the settings and the seed
        // (most simulations train their first model as they start).
        let entry = try Self.registry.entry(id)
        var a = try entry.session(seed: 7)
        let b = try entry.session(seed: 7)
        #expect(a.json(seed: 7).encoded() == b.json(seed: 7).encoded())
        let size = ViewSize(width: 120, height: 40)
        #expect(a.frame(size: size, theme: .dark) == b.frame(size: size, theme: .dark))

        a.apply(.help)
        for width in [40, 72, 120, 200] {
            for theme in [Theme.dark, .mono] {
                let frame = a.frame(size: ViewSize(width: width, height: 40), theme: theme)
                #expect(frame.width == width && frame.height <= 40, "\(id) at \(width)")
                #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width }, "\(id) at \(width)")
            }
        }
    }

    @Test(arguments: registry.ids)
    func aSettingThatIsNotAllowedIsRefusedWithWhatIs(id: String) throws {
        let entry = try Self.registry.entry(id)
        #expect(throws: SettingsError.self, "\(id)") { try entry.session(assignments: ["no_such_setting=1"], seed: 1) }
        for spec in entry.parameters {
            let bad: String
            switch spec.kind {
            case .choice(let choices): bad = choices.joined() + "x"
            case .integer(let range, _): bad = String(range.upperBound + 1)
            case .number(let range, _, _): bad = String(range.upperBound * 2 + 1)
            }
            do {
                _ = try entry.session(assignments: ["\(spec.name)=\(bad)"], seed: 1)
                Issue.record("\(id) accepted \(spec.name)=\(bad)")
            } catch {
                #expect(error.description.contains(spec.allowedDescription.replacingOccurrences(of: "one of ", with: "")),
                        "\(id): \(error)")
            }
        }
    }
}

import Terminal
import Testing
@testable import Simulations

/// A smaller batch than the default keeps the debug build quick; the sim-task test below
/// uses the real default network.
private func session(_ assignments: [String], seed: UInt64 = 7) throws -> SimulationSession {
    try SimulationEntry(Activations(probe: ActivationProbe(rows: 64))).session(assignments: assignments, seed: seed)
}

@Suite struct ActivationsTests {
    @Test func theCourseSimTaskHeIsHealthyWithTheDefaultNetwork() throws {
        let snapshot = try SimulationEntry(Activations()).session(assignments: ["init=he"], seed: 0).snapshot
        #expect(snapshot["verdict"] == .string("healthy"))
    }

    private func layers(_ snapshot: JSONValue) -> [(name: String, mean: Double, std: Double, zero: Double)] {
        guard case let .array(items)? = snapshot["layers"] else { return [] }
        return items.compactMap { item in
            guard case let .string(name)? = item["name"], case let .number(mean)? = item["mean"],
                  case let .number(std)? = item["std"], case let .number(zero)? = item["fraction_zero"] else { return nil }
            return (name, mean, std, zero)
        }
    }

    @Test(arguments: [("he", "healthy"), ("too-small", "vanishing"), ("too-large", "exploding"), ("dead-relu", "dead")])
    func eachInitialisationGetsItsVerdict(initialisation: String, verdict: String) throws {
        for seed: UInt64 in [1, 7] {
            let snapshot = try session(["init=\(initialisation)"], seed: seed).snapshot
            #expect(snapshot["verdict"] == .string(verdict), "seed \(seed)")
            #expect(layers(snapshot).count == 8)
        }
    }

    @Test func heKeepsTheSignalWhileBadScalesShrinkOrGrowItLayerByLayer() throws {
        let he = layers(try session(["init=he"]).snapshot)
        let stds = he.map(\.std)
        #expect(stds.allSatisfy { $0 > 0.2 && $0 < 5 })
        // ReLU on a symmetric pre-activation silences about half the units.
        #expect(he.allSatisfy { $0.zero > 0.3 && $0.zero < 0.7 })

        let small = layers(try session(["init=too-small"]).snapshot).map(\.std)
        #expect(zip(small, small.dropFirst()).allSatisfy { $1 < $0 * 0.2 })
        let large = layers(try session(["init=too-large"]).snapshot).map(\.std)
        #expect(zip(large, large.dropFirst()).allSatisfy { $1 > $0 * 2 })

        let dead = layers(try session(["init=dead-relu"]).snapshot)
        #expect(dead[0].zero > 0.9)
        #expect(dead.last?.zero == 1)
    }

    @Test func keysCycleTheInitialisationAndReseedKeepsTheVerdict() throws {
        var s = try session([])
        s.applyToEnd([.right])
        #expect(s.settings.choice("init") == "too-small")
        #expect(s.snapshot["verdict"] == .string("vanishing"))
        let before = s.snapshot["layers"]
        s.applyToEnd([.left, .reseed])
        #expect(s.snapshot["verdict"] == .string("healthy"))
        #expect(s.snapshot["layers"] != before)
    }

    @Test func sameSettingsAndSeedGiveTheSameBytes() throws {
        let a = try session(["init=too-large"], seed: 11)
        let b = try session(["init=too-large"], seed: 11)
        #expect(a.json(seed: 11).encoded() == b.json(seed: 11).encoded())
        let size = ViewSize(width: 120, height: 40)
        #expect(a.frame(size: size, theme: .dark) == b.frame(size: size, theme: .dark))
        let c = try session(["init=too-large"], seed: 12)
        #expect(a.json(seed: 11)["layers"] != c.json(seed: 12)["layers"])
    }

    @Test func framesFitEveryWidth() throws {
        var s = try session(["init=dead-relu"])
        s.apply(.help)
        for width in [40, 60, 80, 120, 200] {
            for theme in [Theme.dark, Theme.mono] {
                let frame = s.frame(size: ViewSize(width: width, height: 40), theme: theme)
                #expect(frame.width == width && frame.height <= 40)
                #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
                let text = frame.plainText
                #expect(text.contains("relu8"))
                #expect(text.contains("dead:"))
            }
        }
        let wide = s.frame(size: ViewSize(width: 120, height: 40), theme: .dark).plainText
        #expect(wide.contains("std per layer") && wide.contains("fraction zero") && wide.contains("Verdict rule"))
    }

    @Test func badSettingsSayWhatIsAllowed() {
        do {
            _ = try session(["init=xavier"])
            Issue.record("accepted init=xavier")
        } catch {
            #expect(String(describing: error).contains("he, too-small, too-large, dead-relu"))
        }
        do {
            _ = try session(["int=he"])
            Issue.record("accepted int")
        } catch {
            #expect(String(describing: error).contains("did you mean 'init'?"))
        }
    }
}

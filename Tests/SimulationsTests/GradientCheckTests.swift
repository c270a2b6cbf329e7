import Terminal
import Testing
@testable import Simulations

private func session(_ assignments: [String], seed: UInt64 = 0) throws -> SimulationSession {
    try SimulationEntry(GradientCheckSimulation()).session(assignments: assignments, seed: seed)
}

private func errors(_ snapshot: JSONValue) -> [String: Double] {
    guard case let .array(items)? = snapshot["layers"] else { return [:] }
    var result: [String: Double] = [:]
    for item in items {
        if case let .string(name)? = item["name"], case let .number(error)? = item["max_rel_error"] { result[name] = error }
    }
    return result
}

@Suite struct GradientCheckTests {
    @Test(arguments: [UInt64(0), 1, 5, 11])
    func aCorrectBackwardPassPasses(seed: UInt64) throws {
        let snapshot = try session(["bug=none"], seed: seed).snapshot
        #expect(snapshot["passed"] == .bool(true))
        let values = errors(snapshot)
        #expect(values.count == 3)
        #expect(values.values.allSatisfy { $0 < 1e-6 })
    }

    @Test(arguments: ["transposed-backward", "missing-bias-grad"], [1, 2, 3])
    func eachBugFailsInTheLayerItTouches(bug: String, layer: Int) throws {
        let snapshot = try session(["bug=\(bug)", "layer=\(layer)"]).snapshot
        #expect(snapshot["passed"] == .bool(false))
        let values = errors(snapshot)
        for index in 1...3 {
            let error = values["dense\(index)"] ?? .nan
            if index == layer {
                #expect(error > 0.1, "dense\(index) \(error)")
            } else {
                #expect(error < 1e-6, "dense\(index) \(error)")
            }
        }
    }

    @Test func eachBugShowsInTheParametersItTouches() throws {
        let missing = try session(["bug=missing-bias-grad", "layer=1"]).snapshot.value(atPath: "layers.0")
        #expect(missing?["planted"] == .bool(true))
        if case let .number(w)? = missing?["weight_error"], case let .number(b)? = missing?["bias_error"] {
            #expect(w < 1e-6 && b == 1)  // backprop says 0 where the loss moves: off by 100%
        } else { Issue.record("no errors") }
        let transposed = try session(["bug=transposed-backward", "layer=3"]).snapshot.value(atPath: "layers.2")
        if case let .number(w)? = transposed?["weight_error"], case let .number(b)? = transposed?["bias_error"] {
            #expect(w > 0.1 && b < 1e-6)
        } else { Issue.record("no errors") }
    }

    @Test func keysMoveTheBugAndReseedKeepsTheOutcome() throws {
        var s = try session([])
        s.applyToEnd([.right])
        #expect(s.settings.choice("bug") == "transposed-backward")
        #expect(s.snapshot["passed"] == .bool(false))
        s.applyToEnd([.down, .left])
        #expect(s.settings.int("layer") == 1)
        #expect((errors(s.snapshot)["dense1"] ?? 0) > 0.1)
        let before = s.snapshot["layers"]
        s.apply(.reseed)
        #expect(s.snapshot["layers"] != before)
        #expect((errors(s.snapshot)["dense1"] ?? 0) > 0.1)
    }


    @Test func framesFitEveryWidth() throws {
        var s = try session(["bug=transposed-backward"])
        s.apply(.help)
        for width in [40, 60, 80, 120, 200] {
            for theme in [Theme.dark, Theme.mono] {
                let frame = s.frame(size: ViewSize(width: width, height: 40), theme: theme)
                #expect(frame.width == width && frame.height <= 40)
                #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
                #expect(frame.plainText.contains("FAIL"))
            }
        }
    }

    @Test func badSettingsSayWhatIsAllowed() {
        for (assignment, expected) in [("bug=transposed", "none, transposed-backward, missing-bias-grad"),
                                       ("layer=4", "a whole number from 1 to 3")] {
            do {
                _ = try session([assignment])
                Issue.record("accepted \(assignment)")
            } catch {
                #expect(String(describing: error).contains(expected))
            }
        }
    }
}

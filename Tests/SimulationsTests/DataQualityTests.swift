import Terminal
import Testing
@testable import Simulations

/// The real data sizes, with fewer training steps so debug builds stay quick (the behaviour
/// holds from a few hundred steps on).
private let quick: DataQuality = {
    var simulation = DataQuality()
    simulation.trainingSteps = 400
    simulation.stepsPerTick = 100
    return simulation
}()
private let shared = SimulationEntry(quick)

private func session(_ assignments: [String], seed: UInt64 = 1) throws(SettingsError) -> SimulationSession {
    try shared.session(assignments: assignments, seed: seed)
}

private func number(_ value: JSONValue?) -> Double {
    if case let .number(x)? = value { return x }
    Issue.record("not a number: \(String(describing: value))")
    return .nan
}

@Suite struct DataQualityTests {
    @Test func lowQualityRawDataHasManyMislabeledPointsMarkedApart() throws {
        let s = try session(["quality=30", "stage=raw"])
        let snapshot = s.snapshot
        // (100 − 30)% × ½ of 200 moon points, plus round(12 × 0.7) outliers.
        #expect(snapshot["mislabeled"] == .number(70))
        #expect(snapshot["outliers"] == .number(8))
        #expect(snapshot["train_size"] == .number(208))
        #expect(snapshot["quality"] == .number(30) && snapshot["stage"] == .string("raw"))
        // The frame marks them with their own glyph (without colour too).
        let text = s.frame(size: ViewSize(width: 120, height: 40), theme: .mono).plainText
        #expect(text.filter { $0 == "✕" }.count >= 30)
        let clean = try session(["quality=100", "stage=raw"]).frame(size: ViewSize(width: 120, height: 40), theme: .mono).plainText
        #expect(clean.filter { $0 == "✕" }.count <= 1)  // the legend's own mark at most
    }

    @Test func testAccuracyRisesWithQuality() throws {
        let accuracies = try [0, 50, 100].map { q in number(try session(["quality=\(q)"]).snapshot["test_accuracy"]) }
        #expect(accuracies[0] < accuracies[1] && accuracies[1] < accuracies[2])
        #expect(accuracies[0] < 0.75)
        #expect(accuracies[2] > 0.95)
    }

    @Test func cleaningBeatsRawDataAtLowQuality() throws {
        let raw = try session(["quality=30", "stage=raw"]).snapshot
        let cleaned = try session(["quality=30", "stage=cleaned"]).snapshot
        #expect(number(cleaned["test_accuracy"]) > number(raw["test_accuracy"]) + 0.05)
        // The cleaning never saw the true labels, yet it removed mostly bad points.
        #expect(number(cleaned["mislabeled"]) * 5 < number(raw["mislabeled"]))
        #expect(cleaned["outliers"] == .number(0))
        #expect(number(cleaned["removed_mislabeled"]) + number(cleaned["removed_outliers"]) > 3 * number(cleaned["removed_clean"]))
        #expect(number(cleaned["removed"]) == number(raw["train_size"]) - number(cleaned["train_size"]))
    }

    @Test func augmentationAddsTwoJitteredCopiesOfTheCleanedSet() throws {
        let cleaned = try session(["quality=60", "stage=cleaned"]).snapshot
        let augmented = try session(["quality=60", "stage=augmented"]).snapshot
        #expect(number(augmented["train_size"]) == 3 * number(cleaned["train_size"]))
        #expect(number(augmented["mislabeled"]) == 3 * number(cleaned["mislabeled"]))
        #expect(number(augmented["test_accuracy"]) > 0.9)
    }

    @Test func aChangedSettingRetrainsOverTicksToTheSameResult() throws {
        var s = try session(["quality=30"])
        s.apply(.right)
        #expect(s.isAnimating)
        #expect(s.snapshot["test_accuracy"] == .null)
        #expect(s.snapshot.value(atPath: "training.running") == .bool(true))
        var ticks = 0
        while s.isAnimating && ticks < 100 { s.apply(.tick); ticks += 1 }
        #expect(ticks == 400 / 100)
        // Streamed training equals training in one go (a fresh simulation, nothing cached).
        let direct = try SimulationEntry(quick.fresh()).session(assignments: ["quality=40"], seed: 1)
        #expect(s.snapshot.encoded() == direct.snapshot.encoded())
        // Coming back is instant: the finished run is cached.
        s.apply(.left)
        #expect(!s.isAnimating)
        #expect(s.snapshot.encoded() == (try session(["quality=30"])).snapshot.encoded())
    }

    @Test func sameSettingsAndSeedGiveTheSameBytes() throws {
        // Two separate simulation values (short trainings): nothing shared but settings and seed.
        var tiny = quick.fresh()
        tiny.trainingSteps = 100
        let a = try SimulationEntry(tiny).session(assignments: ["quality=20", "stage=cleaned"], seed: 5)
        let b = try SimulationEntry(tiny.fresh()).session(assignments: ["quality=20", "stage=cleaned"], seed: 5)
        #expect(a.json(seed: 5).encoded() == b.json(seed: 5).encoded())
        #expect(a.frame(size: ViewSize(width: 120, height: 40), theme: .dark) == b.frame(size: ViewSize(width: 120, height: 40), theme: .dark))
        var c = try SimulationEntry(tiny.fresh()).session(assignments: ["quality=20", "stage=cleaned"], seed: 5)
        c.applyToEnd([.reseed])
        #expect(c.snapshot["seed"] == .number(6))
        #expect(c.snapshot["mislabeled"] != a.snapshot["mislabeled"] || c.snapshot["test_accuracy"] != a.snapshot["test_accuracy"])
    }

    @Test(arguments: [40, 60, 80, 120, 200])
    func framesFitTheWidth(width: Int) throws {
        for assignments in [["quality=30"], ["quality=30", "stage=cleaned"]] {
            var s = try session(assignments)
            s.apply(.help)
            for theme in [Theme.dark, .mono] {
                let frame = s.frame(size: ViewSize(width: width, height: 40), theme: theme)
                #expect(frame.width == width)
                #expect(frame.height <= 40 && frame.height > 12)
                #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
            }
        }
    }

    @Test func badSettingsSayWhatIsAllowed() {
        #expect(throws: SettingsError.outOfRange(name: "quality", value: "101", allowed: "a whole number from 0 to 100")) {
            try session(["quality=101"])
        }
        do {
            _ = try session(["stage=cleand"])
            Issue.record("accepted stage=cleand")
        } catch {
            #expect(error.description.contains("did you mean 'cleaned'"))
            #expect(error.description.contains("raw, cleaned, augmented"))
        }
    }
}

import Terminal
import Testing
@testable import Simulations

/// One simulation (and so one cache of trainings) for the tests that only read its frames.
private let shared = Complexity()

/// A simulation that skips the sweep, for the tests that read only the run's curves.
private func withoutSweep() -> Complexity {
    var simulation = Complexity()
    simulation.sweepComplexities = []
    return simulation
}

private func session(_ assignments: [String], seed: UInt64 = 1, simulation: Complexity = Complexity()) throws -> SimulationSession {
    try SimulationEntry(simulation).session(assignments: assignments, seed: seed)
}

private func number(_ value: JSONValue?) -> Double {
    if case let .number(v)? = value { return v }
    return .nan
}

private func numbers(_ value: JSONValue?) -> [Double] {
    guard case let .array(items)? = value else { return [] }
    return items.map { number($0) }
}

@Suite struct ComplexityTests {
    /// The settings the course's chapters and quizzes use, with the verdict they promise.
    @Test(arguments: [
        (50, 0, 100, "good"), (40, 30, 100, "good"), (45, 25, 100, "good"),
        (10, 0, 100, "underfit"),
        (95, 0, 20, "overfit"), (90, 0, 20, "overfit"), (85, 0, 20, "overfit"),
    ])
    func courseSettingsGiveTheVerdictsTheCoursePromises(complexity: Int, regularization: Int, data: Int, verdict: String) throws {
        let snapshot = try session(["complexity=\(complexity)", "regularization=\(regularization)", "data=\(data)"],
                                   simulation: withoutSweep()).snapshot
        #expect(snapshot["verdict"] == .string(verdict))
    }

    @Test func anOverfitRunMemorisesWhileValidationRisesAfterItsMinimum() throws {
        let snapshot = try session(["complexity=85", "data=20"], simulation: withoutSweep()).snapshot
        let train = numbers(snapshot.value(atPath: "curves.train_loss"))
        let validation = numbers(snapshot.value(atPath: "curves.val_loss"))
        let epochs = numbers(snapshot.value(atPath: "curves.epoch"))
        #expect(train.count == validation.count && epochs.count == train.count && train.count > 20)
        // Training loss falls to (nearly) zero: the 12 noisy points are memorised.
        #expect(try #require(train.last) < 0.01)
        #expect(try #require(train.first) > 0.3)
        // Validation falls first, then climbs after its minimum.
        let lowest = try #require(validation.min())
        let at = try #require(validation.firstIndex(of: lowest))
        #expect(at > 0 && at < validation.count - 1)
        #expect(try #require(validation.last) > lowest * 1.05)
    }

    @Test func moreRegularizationOrMoreDataMovesAnOverfitTowardGood() throws {
        func gap(_ snapshot: JSONValue) -> Double { number(snapshot["final_val_loss"]) - number(snapshot["final_train_loss"]) }
        let overfit = try session(["complexity=95", "data=20"], simulation: withoutSweep()).snapshot
        let regularized = try session(["complexity=95", "regularization=90", "data=20"], simulation: withoutSweep()).snapshot
        let moreData = try session(["complexity=95", "data=100"], simulation: withoutSweep()).snapshot
        #expect(overfit["verdict"] == .string("overfit"))
        #expect(regularized["verdict"] == .string("good"))
        #expect(gap(regularized) < gap(overfit) * 0.7)
        #expect(gap(moreData) < gap(overfit) * 0.7)
        #expect(number(moreData["final_val_loss"]) < number(overfit["final_val_loss"]))
    }

    @Test func tooMuchRegularizationUnderfits() throws {
        let snapshot = try session(["complexity=95", "regularization=100", "data=20"], simulation: withoutSweep()).snapshot
        #expect(snapshot["verdict"] == .string("underfit"))
    }

    @Test func theSweepOverComplexityIsUShaped() throws {
        let snapshot = try session([]).snapshot
        guard case let .array(points)? = snapshot["sweep"] else { Issue.record("no sweep"); return }
        #expect(points.count == Complexity.sweepComplexities.count)
        #expect(snapshot["sweep_complete"] == .bool(true))
        let complexities = points.map { number($0["complexity"]) }
        #expect(complexities == Complexity.sweepComplexities.map(Double.init))
        let validation = points.map { number($0["val_loss"]) }
        let train = points.map { number($0["train_loss"]) }
        let lowest = try #require(validation.min())
        let at = try #require(validation.firstIndex(of: lowest))
        #expect(at > 1 && at < validation.count - 2)
        #expect(validation[0] > 2 * lowest)
        #expect(try #require(validation.last) > 1.3 * lowest)
        // Training loss keeps falling with capacity.
        #expect(try #require(train.last) < train[0] / 4)
    }

    @Test func theSameSettingsAndSeedGiveTheSameBytes() throws {
        let keys: [SimAction] = [.right, .down, .right, .tick, .tick, .tick, .tick, .tick, .tick, .reseed, .tick, .tick]
        var a = try session(["data=50"], seed: 7)
        var b = try session(["data=50"], seed: 7)
        a.applyToEnd(keys)
        b.applyToEnd(keys)
        #expect(a.snapshot.encoded() == b.snapshot.encoded())
        let size = ViewSize(width: 120, height: 40)
        #expect(a.frame(size: size, theme: .dark) == b.frame(size: size, theme: .dark))
        let other = try session(["data=50"], seed: 8).snapshot
        #expect(other["curves"] != a.snapshot["curves"])
    }

    @Test func keysRetrainAndTicksFillTheSweep() throws {
        var live = try session([])
        let before = live.snapshot
        live.apply(.right)
        #expect(live.snapshot["complexity"] == .number(55))
        #expect(live.snapshot["curves"] != before["curves"])
        // A new regularization needs a new sweep: it fills over ticks, never inside the key.
        live.apply(.down)
        live.apply(.right)
        #expect(live.snapshot["regularization"] == .number(5))
        #expect(live.isAnimating)
        #expect(live.snapshot["sweep_complete"] == .bool(false))
        var ticks = 0
        while live.isAnimating && ticks < 20 {
            live.apply(.tick)
            ticks += 1
        }
        #expect(ticks == 6)
        #expect(live.snapshot["sweep_complete"] == .bool(true))
        // `r` draws a new data sample.
        let seedBefore = live.snapshot["data_seed"]
        live.apply(.reseed)
        #expect(live.snapshot["data_seed"] != seedBefore)
    }

    @Test func replayShowsTheCurvesEpochByEpoch() throws {
        var live = try session([])
        live.apply(.train)
        #expect(live.isAnimating)
        let early = live.frame(size: ViewSize(width: 120, height: 40), theme: .mono).plainText
        #expect(early.contains("replay"))
        live.applyToEnd([.tick])
        #expect(!live.isAnimating)
    }

    @Test(arguments: [40, 60, 80, 120, 200])
    func framesFitTheWidth(width: Int) throws {
        let live = try session(["complexity=90", "data=20"], simulation: shared)
        for theme in [Theme.dark, Theme.mono] {
            let frame = live.frame(size: ViewSize(width: width, height: 40), theme: theme)
            #expect(frame.width == width)
            #expect(frame.height <= 40 && frame.height >= 12)
            #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
            #expect(frame.plainText.contains("overfit"))
        }
    }

    @Test(arguments: [
        ("complexity=0", "complexity=0 is out of range; complexity takes a whole number from 1 to 100"),
        ("data=101", "data=101 is out of range; data takes a whole number from 1 to 100"),
        ("regularization=lots", "regularization=lots: not a valid value; regularization takes a whole number from 0 to 100"),
        ("complexty=5", "complexity has no parameter 'complexty' (did you mean 'complexity'?)"),
    ])
    func badSettingsSayWhatIsAllowed(assignment: String, message: String) {
        do {
            _ = try session([assignment], simulation: shared)
            Issue.record("accepted \(assignment)")
        } catch {
            #expect(String(describing: error).contains(message))
        }
    }
}

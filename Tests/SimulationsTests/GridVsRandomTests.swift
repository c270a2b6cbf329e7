import Terminal
import Testing
@testable import Simulations

/// A coarser landscape (16 learning rates × 4 weight decays, 60 steps each) that keeps the
/// landscape's shape and trains in about a second in a debug build.
private func smallSimulation() -> GridVsRandom {
    var simulation = GridVsRandom()
    simulation.plan.learningRateCells = 16
    simulation.plan.weightDecayCells = 4
    simulation.plan.steps = 60
    return simulation
}

/// One small simulation (one cached landscape) shared by the tests that do not compare instances.
private let shared = smallSimulation()

private func session(_ assignments: [String], seed: UInt64 = 1, simulation: GridVsRandom = shared) throws -> SimulationSession {
    try SimulationEntry(simulation).session(assignments: assignments, seed: seed)
}

private func number(_ value: JSONValue?) -> Double {
    if case let .number(v)? = value { return v }
    return .nan
}

private func count(_ value: JSONValue?) -> Int {
    if case let .array(items)? = value { return items.count }
    return -1
}

@Suite struct GridVsRandomTests {
    @Test func aGridOf25TrialsTestsFiveLearningRatesAndRandomTests25() throws {
        let snapshot = try session(["trials=25", "mode=grid"]).snapshot
        #expect(snapshot.value(atPath: "grid.unique_lr") == .number(5))
        #expect(count(snapshot.value(atPath: "grid.trials")) == 25)
        #expect(snapshot.value(atPath: "random.unique_lr") == .number(25))
        #expect(snapshot["evaluation"] == .string("nearest-landscape-cell"))
    }

    @Test(arguments: [(4, 2), (9, 3), (24, 4), (35, 5), (64, 8)])
    func aBudgetThatIsNotASquareUsesTheLargestSquareGrid(trials: Int, side: Int) throws {
        let snapshot = try session(["trials=\(trials)"]).snapshot
        #expect(snapshot.value(atPath: "grid.side") == .number(Double(side)))
        #expect(count(snapshot.value(atPath: "grid.trials")) == side * side)
        #expect(snapshot.value(atPath: "grid.unique_lr") == .number(Double(side)))
        #expect(count(snapshot.value(atPath: "random.trials")) == trials)
    }

    @Test func overManyDrawsRandomSearchBeatsTheGridMostOfTheTime() throws {
        for trials in [9, 16, 25] {
            let snapshot = try session(["trials=\(trials)", "repeats=200"]).snapshot
            #expect(snapshot.value(atPath: "repeated.runs") == .number(200))
            let wins = number(snapshot.value(atPath: "repeated.random_wins"))
            #expect(wins > 120, "trials=\(trials): random won \(wins) of 200")
        }
        #expect(try session([]).snapshot["repeated"] == nil)
    }

    @Test func theLandscapeIsRealTrainingAndTheLearningRateMattersMost() throws {
        let snapshot = try session([]).snapshot
        guard case let .array(rows)? = snapshot.value(atPath: "landscape.loss") else { Issue.record("no loss"); return }
        let loss = rows.map { row -> [Double] in
            guard case let .array(cells) = row else { return [] }
            return cells.map { number($0) }
        }
        #expect(loss.count == 16 && loss.allSatisfy { $0.count == 4 })
        #expect(count(snapshot.value(atPath: "landscape.lr")) == 16)
        #expect(count(snapshot.value(atPath: "landscape.wd")) == 4)
        // Best loss over weight decay for each learning rate, and over learning rate for each decay.
        let byRate = loss.map { $0.min() ?? .infinity }
        let byDecay = (0..<4).map { j in loss.map { $0[j] }.min() ?? .infinity }
        let rateSpread = (byRate.max() ?? 0) - (byRate.min() ?? 0)
        let decaySpread = (byDecay.max() ?? 0) - (byDecay.min() ?? 0)
        #expect(rateSpread > 0.1)
        #expect(rateSpread > 5 * decaySpread)
        // Too small a learning rate barely trains in 100 steps; the valley lies in between.
        let best = try #require(byRate.min())
        let at = try #require(byRate.firstIndex(of: best))
        #expect(at > 2 && at < 15)
        #expect(byRate[0] > best + 0.1)
        #expect(number(snapshot.value(atPath: "landscape.best.loss")) == best)
    }

    @Test func newRandomSamplesLeaveTheGridAndTheLandscapeAlone() throws {
        var live = try session([])
        let before = live.snapshot
        live.apply(.reseed)
        let after = live.snapshot
        #expect(after["random"] != before["random"])
        #expect(after["grid"] == before["grid"])
        #expect(after["landscape"] == before["landscape"])
        #expect(after.value(atPath: "random.sampler_draw") == .number(1))
    }

    @Test func theSameSettingsAndSeedGiveTheSameBytes() throws {
        let keys: [SimAction] = [.right, .reseed, .down, .space, .down, .right]
        var a = try session([], seed: 5, simulation: smallSimulation())
        var b = try session([], seed: 5, simulation: smallSimulation())
        a.applyToEnd(keys)
        b.applyToEnd(keys)
        #expect(a.snapshot.encoded() == b.snapshot.encoded())
        #expect(a.snapshot["repeats"] == .number(50))
        #expect(a.snapshot["mode"] == .string("grid"))
        let size = ViewSize(width: 120, height: 40)
        #expect(a.frame(size: size, theme: .dark) == b.frame(size: size, theme: .dark))
        let other = try session([], seed: 6).snapshot
        #expect(other["landscape"] != a.snapshot["landscape"])
    }

    @Test(arguments: [40, 60, 80, 120, 200])
    func framesFitTheWidth(width: Int) throws {
        for mode in ["grid", "random", "both"] {
            let live = try session(["mode=\(mode)", "repeats=50"])
            for theme in [Theme.dark, Theme.mono] {
                let frame = live.frame(size: ViewSize(width: width, height: 40), theme: theme)
                #expect(frame.width == width)
                #expect(frame.height <= 40 && frame.height >= 12)
                #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
                #expect(frame.plainText.contains("learning rates"))
            }
        }
    }

    @Test(arguments: [
        ("trials=3", "trials=3 is out of range; trials takes a whole number from 4 to 64"),
        ("mode=grd", "mode=grd is not allowed (did you mean 'grid'?); mode takes one of grid, random, both"),
        ("repeats=-1", "repeats=-1 is out of range; repeats takes a whole number from 0 to 500"),
    ])
    func badSettingsSayWhatIsAllowed(assignment: String, message: String) {
        do {
            _ = try session([assignment])
            Issue.record("accepted \(assignment)")
        } catch {
            #expect(String(describing: error).contains(message))
        }
    }
}

import Terminal
import Testing
@testable import Simulations

/// One simulation (and so one cache of trainings) shared by the tests of the default capacity.
private let shared = LearningCurve()

private func session(_ assignments: [String], seed: UInt64 = 1, simulation: LearningCurve = LearningCurve()) throws -> SimulationSession {
    try SimulationEntry(simulation).session(assignments: assignments, seed: seed)
}

private func numbers(_ value: JSONValue?) -> [Double] {
    guard case let .array(items)? = value else { return [] }
    return items.map { if case let .number(v) = $0 { return v } else { return .nan } }
}

@Suite struct LearningCurveTests {
    @Test func aHighCapacityModelsGapNarrowsAsDataGrows() throws {
        let snapshot = try session([], simulation: shared).snapshot
        #expect(snapshot["complexity"] == .number(90))
        #expect(numbers(snapshot["sizes"]) == LearningCurve.sizes.map(Double.init))
        let train = numbers(snapshot["train_score"]), validation = numbers(snapshot["val_score"])
        let gap = numbers(snapshot["gap"])
        #expect(train.count == LearningCurve.sizes.count && validation.count == train.count)
        // It memorises the smallest set and generalises poorly from it...
        #expect(train[0] > 0.99)
        #expect(gap[0] > 0.3)
        // ...and the gap closes as the set grows, because validation rises.
        #expect(try #require(gap.last) < 0.1)
        #expect(try #require(gap.last) < gap[0] / 3)
        #expect(try #require(validation.last) > validation[0] + 0.2)
        #expect(snapshot["more_data_helps"] == .bool(true))
        #expect(snapshot["reading"] == .string("more-data-helps"))
    }

    @Test func aTinyModelPlateausLowAndMoreDataWouldNotHelp() throws {
        let snapshot = try session(["complexity=5"]).snapshot
        let train = numbers(snapshot["train_score"]), validation = numbers(snapshot["val_score"])
        #expect(train.count == LearningCurve.sizes.count)
        for index in 2..<train.count {
            #expect(train[index] < 0.6 && validation[index] < 0.6)
            #expect(abs(train[index] - validation[index]) < 0.1)
        }
        #expect(abs(try #require(validation.last) - validation[2]) < 0.05)
        #expect(snapshot["more_data_helps"] == .bool(false))
        #expect(snapshot["reading"] == .string("plateau-low"))
    }

    @Test func aChangedCapacityTrainsOverTicksAndRepeatsExactly() throws {
        // Small capacities keep this cheap in debug builds.
        var a = try session(["complexity=5"], seed: 3)
        var b = try session(["complexity=5"], seed: 3)
        a.apply(.right)
        #expect(a.isAnimating)
        #expect(a.snapshot["complete"] == .bool(false))
        var ticks = 0
        while a.isAnimating && ticks < 50 {
            a.apply(.tick)
            ticks += 1
        }
        #expect(ticks == 9)
        #expect(a.snapshot["complexity"] == .number(10))
        b.applyToEnd([.right])
        #expect(a.snapshot.encoded() == b.snapshot.encoded())
        let size = ViewSize(width: 120, height: 40)
        #expect(a.frame(size: size, theme: .dark) == b.frame(size: size, theme: .dark))
        var c = try session(["complexity=5"], seed: 4)
        c.applyToEnd([.right])
        #expect(c.snapshot["val_score"] != a.snapshot["val_score"])
    }

    @Test(arguments: [40, 60, 80, 120, 200])
    func framesFitTheWidth(width: Int) throws {
        let live = try session([], simulation: shared)
        for theme in [Theme.dark, Theme.mono] {
            let frame = live.frame(size: ViewSize(width: width, height: 40), theme: theme)
            #expect(frame.width == width)
            #expect(frame.height <= 40 && frame.height >= 10)
            #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
            #expect(frame.plainText.contains("more data helps"))
        }
    }

    @Test(arguments: [
        ("complexity=101", "complexity=101 is out of range; complexity takes a whole number from 1 to 100"),
        ("size=10", "learning-curve has no parameter 'size'; its parameters are: complexity"),
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

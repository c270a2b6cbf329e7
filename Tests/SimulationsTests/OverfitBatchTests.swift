import Terminal
import Testing
@testable import Simulations

/// One simulation value for all tests, so its cache trains each (bug, seed) once.
private let shared = OverfitBatch()

private func session(_ assignments: [String], seed: UInt64 = 0, simulation: OverfitBatch = shared) throws -> SimulationSession {
    try SimulationEntry(simulation).session(assignments: assignments, seed: seed)
}

private func losses(_ snapshot: JSONValue) -> [Double] {
    guard case let .array(items)? = snapshot["loss"] else { return [] }
    return items.compactMap { if case let .number(v) = $0 { return v } else { return nil } }
}

@Suite struct OverfitBatchTests {
    @Test(arguments: [UInt64(0), 5])
    func aCorrectLoopMemorisesTheBatch(seed: UInt64) throws {
        let snapshot = try session(["bug=none"], seed: seed).snapshot
        #expect(snapshot["passed"] == .bool(true))
        let curve = losses(snapshot)
        #expect(curve.count == 300)
        #expect(curve.last! < 0.01 && curve.first! > 0.3)
    }

    @Test(arguments: ["wrong-loss", "shuffled-labels", "zero-lr", "frozen-layer", "no-zero-grad"])
    func everyPlantedBugFails(bug: String) throws {
        let snapshot = try session(["bug=\(bug)"]).snapshot
        #expect(snapshot["bug"] == .string(bug))
        #expect(snapshot["passed"] == .bool(false))
        guard case let .number(final)? = snapshot["final_loss"] else { Issue.record("no final loss"); return }
        #expect(!(final < 0.04), "final loss \(final)")
    }

    @Test func eachBugLeavesItsOwnMark() throws {
        // Zero learning rate: the loss never changes (up to the order the batch is summed in).
        let flat = losses(try session(["bug=zero-lr"]).snapshot)
        #expect(flat.allSatisfy { abs($0 - flat[0]) < 1e-6 * flat[0] })
        // Labels reshuffled every step: nothing to memorise, the loss stays at guessing (ln 2).
        let shuffled = losses(try session(["bug=shuffled-labels"]).snapshot)
        let tail = shuffled.suffix(100)
        #expect(tail.allSatisfy { abs($0 - 0.693) < 0.15 })
        // Softmax twice: bounded below by the wrong loss's floor (0.31 for two classes).
        let wrong = losses(try session(["bug=wrong-loss"]).snapshot)
        #expect(wrong.allSatisfy { $0 > 0.31 })
    }

    @Test func trainingAgainStreamsTheSameRunStepByStep() throws {
        var s = try session(["bug=frozen-layer"], seed: 3)
        let finished = s.snapshot
        s.apply(.train)
        #expect(s.isAnimating)
        #expect(losses(s.snapshot).isEmpty)
        s.apply(.tick)
        #expect(losses(s.snapshot).count == OverfitBatch.stepsPerTick)
        #expect(s.snapshot["running"] == .bool(true) && s.snapshot["passed"] == .bool(false))
        s.applyToEnd([.tick])
        #expect(!s.isAnimating)
        #expect(s.snapshot.encoded() == finished.encoded())
    }

    @Test func newBatchKeepsTheOutcome() throws {
        var s = try session(["bug=none"])
        let before = losses(s.snapshot)
        s.apply(.reseed)
        #expect(losses(s.snapshot) != before)
        #expect(s.snapshot["passed"] == .bool(true))
        s.apply(.right)
        #expect(s.settings.choice("bug") == "wrong-loss")
        #expect(s.snapshot["passed"] == .bool(false))
    }


    @Test func framesFitEveryWidth() throws {
        var s = try session(["bug=shuffled-labels"])
        s.apply(.help)
        for width in [40, 60, 80, 120, 200] {
            let frame = s.frame(size: ViewSize(width: width, height: 40), theme: .dark)
            #expect(frame.width == width && frame.height <= 40)
            #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
            #expect(frame.plainText.contains("FAILED"))
        }
    }

    @Test func badSettingsSayWhatIsAllowed() {
        do {
            _ = try session(["bug=shuffled"])
            Issue.record("accepted bug=shuffled")
        } catch {
            #expect(String(describing: error).contains("none, wrong-loss, shuffled-labels, zero-lr, frozen-layer, no-zero-grad"))
        }
    }
}

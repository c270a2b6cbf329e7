import Terminal
import Testing
@testable import Simulations

/// One simulation value for all tests, so its cache runs each sweep once.
private let shared = LRFinder()

private func session(_ assignments: [String], seed: UInt64 = 0, simulation: LRFinder = shared) throws -> SimulationSession {
    try SimulationEntry(simulation).session(assignments: assignments, seed: seed)
}

private func number(_ value: JSONValue?) -> Double {
    if case let .number(v)? = value { return v }
    return .nan
}

private func numbers(_ value: JSONValue?) -> [Double] {
    guard case let .array(items)? = value else { return [] }
    return items.map { if case let .number(v) = $0 { return v } else { return .nan } }
}

@Suite struct LRFinderTests {
    @Test(arguments: ["sgd", "adam"], [UInt64(0), 3, 6, 7])  // 3 and 6 once suggested 1e-7, below the sweep
    func theSuggestionLiesBelowTheBlowUpAndTrainsWell(optimizer: String, seed: UInt64) throws {
        let snapshot = try session(["optimizer=\(optimizer)"], seed: seed).snapshot
        let suggested = number(snapshot["suggested_lr"])
        let minimum = number(snapshot["min_loss_lr"])
        #expect(suggested > 1e-6 && suggested < minimum)
        // The suggestion is well below the rate where the loss blew up (or the sweep's end).
        let divergence = snapshot["divergence_lr"] == .null ? 10 : number(snapshot["divergence_lr"])
        #expect(suggested < divergence / 3)
        // Beyond the minimum the smoothed loss rises to the stopping point.
        let losses = numbers(snapshot["losses"])
        let lrs = numbers(snapshot["lrs"])
        #expect(losses.count == lrs.count && lrs.count > 20)
        if let lowest = losses.indices.min(by: { losses[$0] < losses[$1] }) {
            #expect(lrs[lowest] == minimum)
            #expect(losses.last! > 2 * losses[lowest])
        }
        // Training at the suggestion reduces the loss.
        let start = number(snapshot.value(atPath: "check.start"))
        let end = number(snapshot.value(atPath: "check.end"))
        #expect(end < 0.6 * start, "\(optimizer): \(start) → \(end)")
    }

    @Test func theSweepRaisesTheRateGeometrically() throws {
        let lrs = numbers(try session([]).snapshot["lrs"])
        #expect(abs(lrs[0] - 1e-6) < 1e-12)
        let ratios = zip(lrs, lrs.dropFirst()).map { $1 / $0 }
        #expect(ratios.allSatisfy { abs($0 - ratios[0]) < 1e-9 * ratios[0] })
        #expect(abs(ratios[0] - 1.1768119524349985) < 1e-6)  // 10^(7/99): 1e-6 to 10 in 100 steps
    }

    @Test func adamWantsASmallerRateThanSGD() throws {
        let sgd = number(try session(["optimizer=sgd"]).snapshot["suggested_lr"])
        let adam = number(try session(["optimizer=adam"]).snapshot["suggested_lr"])
        #expect(adam < sgd)
    }

    @Test func replayShowsTheSweepStepByStep() throws {
        var s = try session(["optimizer=adam"])
        let finished = s.snapshot.encoded()
        s.apply(.train)
        #expect(s.isAnimating && s.snapshot["replaying"] == .bool(true))
        let text = s.frame(size: ViewSize(width: 100, height: 40), theme: .mono).plainText
        #expect(text.contains("Sweeping… step 0"))
        s.applyToEnd([.tick])
        #expect(!s.isAnimating)
        #expect(s.snapshot.encoded() == finished)
    }

    @Test func newDataGivesANewSweep() throws {
        var s = try session([])
        let before = s.snapshot["losses"]
        s.apply(.reseed)
        #expect(s.snapshot["losses"] != before)
    }


    @Test func framesFitEveryWidth() throws {
        var s = try session([])
        s.apply(.help)
        for width in [40, 60, 80, 120, 200] {
            let frame = s.frame(size: ViewSize(width: width, height: 40), theme: .dark)
            #expect(frame.width == width && frame.height <= 40)
            #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
            #expect(frame.plainText.contains("Suggested lr"))
        }
    }

    @Test func badSettingsSayWhatIsAllowed() {
        do {
            _ = try session(["optimizer=adamw"])
            Issue.record("accepted adamw")
        } catch {
            #expect(String(describing: error).contains("sgd, adam"))
        }
    }
}

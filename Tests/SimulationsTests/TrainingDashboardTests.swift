import Terminal
import Testing
@testable import Simulations

/// One simulation value for all tests, so its cache trains each distinct run once.
private let shared = TrainingDashboard()

private func session(_ assignments: [String], seed: UInt64 = 0, simulation: TrainingDashboard = shared) throws -> SimulationSession {
    try SimulationEntry(simulation).session(assignments: assignments, seed: seed)
}

private func numbers(_ value: JSONValue?) -> [Double] {
    guard case let .array(items)? = value else { return [] }
    return items.map { item in
        switch item {
        case let .number(v): return v
        case .string("nan"): return .nan
        case .string("inf"): return .infinity
        case .string("-inf"): return -.infinity
        default: return .nan
        }
    }
}

@Suite struct TrainingDashboardTests {
    @Test(arguments: ["healthy", "lr-too-high", "lr-too-low", "overfitting", "exploding-gradients", "vanishing-gradients"])
    func eachPresetIsDiagnosedAsItself(pathology: String) throws {
        let snapshot = try session(["pathology=\(pathology)"]).snapshot
        #expect(snapshot["diagnosis"] == .string(pathology))
        #expect(snapshot["pathology"] == .string(pathology))
        // The verdict rests on evidence that decided it (healthy: none decisive).
        guard case let .array(evidence)? = snapshot["evidence"] else { Issue.record("no evidence"); return }
        let decisive = evidence.filter { $0["decisive"] == .bool(true) }
        #expect(pathology == "healthy" ? decisive.isEmpty : !decisive.isEmpty)
    }

    /// The course's sim-tasks: these three are cured by the learning rate alone.
    @Test(arguments: ["lr-too-high", "lr-too-low", "exploding-gradients"])
    func anExplicitLearningRateOfOneThousandthAndBatch32IsHealthy(pathology: String) throws {
        let snapshot = try session(["pathology=\(pathology)", "lr=0.001", "batch=32"]).snapshot
        #expect(snapshot["diagnosis"] == .string("healthy"))
        #expect(snapshot["lr"] == .number(0.001))
        #expect(snapshot["batch"] == .number(32))
    }

    @Test func theDiagnosisComesFromTheHistoryNotThePresetName() throws {
        // The healthy preset with the exploding preset's learning rate is no longer healthy.
        let snapshot = try session(["pathology=healthy", "lr=3"]).snapshot
        #expect(snapshot["diagnosis"] != .string("healthy"))
    }

    @Test func presetsFillOnlyWhatWasNotSetAndMovedControlsStayPut() throws {
        let preset = try session(["pathology=lr-too-low"])
        #expect(preset.snapshot["lr"] == .number(3e-6))
        #expect(preset.settings.double("lr") == 3e-6)

        var moved = try session(["pathology=lr-too-high"])
        #expect(moved.snapshot["lr"] == .number(1))
        moved.applyToEnd([.down, .left])  // lr one step down: now the learner's value
        let chosen = moved.settings.double("lr")
        #expect(chosen < 1 && chosen > 0.5)
        moved.applyToEnd([.up, .right])  // pathology → lr-too-low keeps the learner's lr
        #expect(moved.settings.choice("pathology") == "lr-too-low")
        #expect(moved.settings.double("lr") == chosen)
        #expect(moved.settings.int("batch") == 32)
    }

    @Test func aDivergingRunRecordsNaNWithoutCrashing() throws {
        // The exploding preset's gradients overflow within a few steps.
        let s = try session(["pathology=exploding-gradients"])
        let snapshot = s.snapshot
        let losses = numbers(snapshot.value(atPath: "history.train_loss")) + numbers(snapshot.value(atPath: "history.grad_norm"))
        #expect(losses.contains { !$0.isFinite })
        #expect(snapshot["diagnosis"] == .string("exploding-gradients"))
        #expect(snapshot["diverged_at"] != .null)
        let json = s.json(seed: 0).encoded()
        #expect(json.contains("\"nan\"") || json.contains("\"inf\""))
        for width in [40, 80, 120] {
            let frame = s.frame(size: ViewSize(width: width, height: 40), theme: .dark)
            #expect(frame.width == width && frame.plainText.contains("Diagnosis: exploding-gradients"))
        }
    }

    @Test func snapshotHasTheFourPanelsNumbers() throws {
        let snapshot = try session(["pathology=overfitting"]).snapshot
        let steps = numbers(snapshot.value(atPath: "history.step"))
        #expect(steps.count == 600 && steps.first == 1 && steps.last == 600)
        for key in ["train_loss", "grad_norm", "lr"] {
            #expect(numbers(snapshot.value(atPath: "history.\(key)")).count == 600, "\(key)")
        }
        let validation = numbers(snapshot.value(atPath: "history.val_loss"))
        #expect(validation.count == 30)
        // Overfitting: validation loss rises after its minimum.
        if let best = validation.indices.min(by: { validation[$0] < validation[$1] }) {
            #expect(best < validation.count - 1 && validation.last! > validation[best] * 1.25)
        }
        // Cosine schedule: from the rate down to a tenth of it.
        let rates = numbers(snapshot.value(atPath: "history.lr"))
        #expect(abs(rates.first! - 0.01) < 1e-9 && abs(rates.last! - 0.001) < 1e-4)
        let edges = numbers(snapshot.value(atPath: "histogram.edges"))
        let counts = numbers(snapshot.value(atPath: "histogram.counts"))
        #expect(edges.count == counts.count + 1)
        #expect(Int(counts.reduce(0, +)) == 2 * 32 + 32 + 32 * 32 + 32 + 32 * 2 + 2)
    }

    @Test func trainingAgainStreamsTheSameRunStepByStep() throws {
        var s = try session(["pathology=lr-too-low"])
        let finished = s.snapshot.encoded()
        s.apply(.train)
        #expect(s.isAnimating)
        s.apply(.tick)
        #expect(numbers(s.snapshot.value(atPath: "history.step")).count == TrainingDashboard.stepsPerTick)
        #expect(s.snapshot["running"] == .bool(true))
        s.applyToEnd([.tick])
        #expect(!s.isAnimating)
        #expect(s.snapshot.encoded() == finished)
    }


    @Test func framesFitEveryWidth() throws {
        var s = try session(["pathology=healthy"])
        for help in [false, true] {
            if help { s.apply(.help) }
            for width in [40, 60, 80, 120, 200] {
                let frame = s.frame(size: ViewSize(width: width, height: 40), theme: .dark)
                #expect(frame.width == width && frame.height <= 40)
                #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
                #expect(frame.plainText.contains("Diagnosis: healthy"))
            }
        }
        let wide = s.frame(size: ViewSize(width: 120, height: 40), theme: .mono).plainText
        for panel in ["loss", "gradient norm (log)", "learning rate", "parameters ("] {
            #expect(wide.contains(panel), "\(panel)")
        }
    }

    @Test func badSettingsSayWhatIsAllowed() {
        for (assignment, expected) in [("pathology=healthyy", "did you mean 'healthy'?"),
                                       ("lr=20", "out of range"), ("batch=0", "a whole number from 1 to 512")] {
            do {
                _ = try session([assignment])
                Issue.record("accepted \(assignment)")
            } catch {
                #expect(String(describing: error).contains(expected), "\(error)")
            }
        }
    }
}

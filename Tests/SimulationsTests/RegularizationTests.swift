import Terminal
import Testing
import TrainingCore
@testable import Simulations

/// A smaller set-up (16-unit layers, 300 epochs, 150 validation points, patience 5) that keeps
/// the behaviour and trains its 16 combinations in a few seconds in a debug build.
private func smallSimulation() -> Regularization {
    var simulation = Regularization()
    simulation.setup.hidden = [16, 16]
    simulation.setup.epochs = 300
    simulation.setup.learningRate = 0.01
    simulation.setup.validationPoints = 150
    simulation.setup.patience = 5
    return simulation
}

/// A tiny set-up for the tests of mechanics (ticks, determinism), not of behaviour.
private func tinySimulation() -> Regularization {
    var simulation = Regularization()
    simulation.setup.hidden = [8, 8]
    simulation.setup.epochs = 60
    simulation.setup.validationPoints = 60
    simulation.setup.patience = 2
    return simulation
}

/// One small simulation (one cache of the 16 trainings) shared by tests that read it.
private let shared = smallSimulation()

private func session(_ assignments: [String], seed: UInt64 = 1, simulation: Regularization = shared) throws -> SimulationSession {
    try SimulationEntry(simulation).session(assignments: assignments, seed: seed)
}

private func number(_ value: JSONValue?) -> Double {
    if case let .number(v)? = value { return v }
    return .nan
}

private func settings(_ set: RegularizerSet) -> [String] {
    zip(Regularization.names, [set.dropout, set.weightDecay, set.earlyStopping, set.augmentation]).map { "\($0)=\($1 ? "on" : "off")" }
}

@Suite struct RegularizationTests {
    @Test func eachRegularizerNarrowsTheGapAndAllFourNarrowItMost() throws {
        var gaps: [Int: Double] = [:]
        for set in RegularizerSet.all {
            gaps[set.index] = number(try session(settings(set)).snapshot["gap"])
        }
        let none = try #require(gaps[0])
        #expect(none > 0.5)
        for set in RegularizerSet.all where set.index != 0 {
            #expect(try #require(gaps[set.index]) < none, "\(set.code) gap \(gaps[set.index] ?? .nan) vs none \(none)")
        }
        let smallest = try #require(gaps.values.min())
        let all = try #require(gaps[15])
        #expect(all <= smallest + 0.05)
        #expect(all < none / 4)
        // The snapshot lists every combination's gap too.
        guard case let .array(listed)? = try session([]).snapshot["gaps"] else { Issue.record("no gaps"); return }
        #expect(listed.count == 16)
    }

    @Test func earlyStoppingMarksWhereItStoppedAndKeepsTheBestWeights() throws {
        let off = try session([]).snapshot
        #expect(off["stopped_epoch"] == .null)
        #expect(number(off.value(atPath: "curves.epoch.30")) == 300)
        let on = try session(["early_stopping=on"]).snapshot
        let stopped = number(on["stopped_epoch"]), best = number(on["best_epoch"])
        #expect(stopped > 0 && stopped < 300)
        #expect(best < stopped)
        guard case let .array(epochs)? = on.value(atPath: "curves.epoch") else { Issue.record("no epochs"); return }
        #expect(number(epochs.last) == stopped)
        // The kept model is the one with the lowest validation loss of the run.
        guard case let .array(validation)? = on.value(atPath: "curves.val_loss") else { Issue.record("no curve"); return }
        let lowest = validation.map { number($0) }.min() ?? .nan
        #expect(abs(number(on["val_loss"]) - lowest) < 1e-9)
    }

    @Test func weightDecayShrinksTheWeightsAndDropoutDropsAboutHalf() throws {
        func rms(_ snapshot: JSONValue) -> Double {
            guard case let .array(layers)? = snapshot.value(atPath: "network.weight_rms") else { return .nan }
            var sum = 0.0, count = 0.0
            for layer in layers {
                guard case let .array(units) = layer else { continue }
                for unit in units { sum += number(unit); count += 1 }
            }
            return sum / count
        }
        func dropped(_ snapshot: JSONValue) -> [Bool] {
            guard case let .array(layers)? = snapshot.value(atPath: "network.dropped_last_step") else { return [] }
            return layers.flatMap { layer -> [Bool] in
                guard case let .array(units) = layer else { return [] }
                return units.map { $0 == .bool(true) }
            }
        }
        let plain = try session([]).snapshot
        let decayed = try session(["weight_decay=on"]).snapshot
        #expect(rms(decayed) < 0.8 * rms(plain))
        #expect(dropped(plain).count == 32 && !dropped(plain).contains(true))
        let withDropout = dropped(try session(["dropout=on"]).snapshot)
        let share = Double(withDropout.filter { $0 }.count) / Double(withDropout.count)
        #expect(share > 0.25 && share < 0.75)
    }

    /// Under plain SGD, the outgoing weights of a unit that dropout zeroed for every row of
    /// the batch do not move in that step: the replayed masks must match exactly that.
    @Test(arguments: [1, 2])
    func theReplayedDropoutMasksAreTheOnesTheCoreUsed(batch: Int) throws {
        let widths = [6, 5]
        var rng = SplitMix64(seed: 9, stream: .data)
        let data = SyntheticData.twoMoons(count: batch, noise: 0.1, using: &rng)
        let network = try Network<Float>(architecture: .mlp(inputs: 2, hidden: widths, outputs: 2, activation: .tanh, dropout: 0.5), seed: 4)
        var trainer = try Trainer(network: network, training: data,
                                  configuration: TrainingConfiguration(optimizer: .sgd, learningRate: 0.1, batchSize: batch, seed: 11))
        for step in 1...6 {
            let before = trainer.network
            trainer.run(steps: 1)
            let masks = DropoutReplay.masks(seed: 11, step: step, batch: batch, widths: widths, rate: 0.5)
            for (layer, width) in widths.enumerated() {
                // Dense layer layer+1 takes hidden layer `layer` as input: row k of its weights.
                let old = before.weights(ofDenseLayer: layer + 1), new = trainer.network.weights(ofDenseLayer: layer + 1)
                let outputs = old.count / width
                for unit in 0..<width {
                    let unchanged = (0..<outputs).allSatisfy { old[unit * outputs + $0] == new[unit * outputs + $0] }
                    let droppedEverywhere = masks.allSatisfy { $0[layer][unit] }
                    #expect(unchanged == droppedEverywhere, "step \(step) layer \(layer) unit \(unit)")
                }
            }
        }
    }

    @Test func togglesLookUpAndNewDataRetrainsOverTicks() throws {
        var live = try session([], simulation: tinySimulation())
        #expect(!live.isAnimating)
        let before = live.snapshot
        live.apply(.space)
        #expect(live.snapshot["dropout"] == .bool(true))
        #expect(live.snapshot["gap"] != before["gap"])
        #expect(!live.isAnimating)
        live.apply(.reseed)
        #expect(live.isAnimating)
        #expect(live.snapshot["complete"] == .bool(false))
        live.apply(.tick)
        // The shown combination trains first.
        #expect(live.snapshot["gap"] != .null)
        var ticks = 1
        while live.isAnimating && ticks < 20 {
            live.apply(.tick)
            ticks += 1
        }
        #expect(ticks == 8)
        #expect(live.snapshot["complete"] == .bool(true))
        #expect(live.snapshot["data_seed"] != before["data_seed"])
    }

    @Test func theSameSettingsAndSeedGiveTheSameBytes() throws {
        var a = try session([], seed: 2, simulation: tinySimulation())
        var b = try session([], seed: 2, simulation: tinySimulation())
        a.applyToEnd([.down, .space, .train])
        b.applyToEnd([.down, .space, .train])
        #expect(a.snapshot["weight_decay"] == .bool(true))
        #expect(a.snapshot.encoded() == b.snapshot.encoded())
        let size = ViewSize(width: 120, height: 40)
        #expect(a.frame(size: size, theme: .dark) == b.frame(size: size, theme: .dark))
    }

    @Test(arguments: [40, 60, 80, 120, 200])
    func framesFitTheWidth(width: Int) throws {
        for assignments in [[], ["dropout=on", "early_stopping=on"]] {
            let live = try session(assignments)
            for theme in [Theme.dark, Theme.mono] {
                let frame = live.frame(size: ViewSize(width: width, height: 40), theme: theme)
                #expect(frame.width == width)
                #expect(frame.height <= 40 && frame.height >= 12)
                #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
                #expect(frame.plainText.contains("Overfitting gap"))
            }
        }
    }

    @Test(arguments: [
        ("dropout=maybe", "dropout=maybe is not allowed; dropout takes one of on, off"),
        ("weight_decay=0.1", "weight_decay=0.1 is not allowed; weight_decay takes one of on, off"),
        ("early_stop=on", "regularization has no parameter 'early_stop'"),
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

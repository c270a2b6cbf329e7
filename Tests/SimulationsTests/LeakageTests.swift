import Terminal
import Testing
@testable import Simulations

private let shared = SimulationEntry(Leakage())

/// A smaller set-up for the tests of mechanics (streaming, bytes), not of the lesson.
private func small() -> Leakage {
    var simulation = Leakage()
    simulation.entityCount = 40
    simulation.newEntityCount = 20
    simulation.trainingSteps = 100
    simulation.stepsPerTick = 25
    return simulation
}

private func session(_ assignments: [String], seed: UInt64 = 1) throws(SettingsError) -> SimulationSession {
    try shared.session(assignments: assignments, seed: seed)
}

private func number(_ value: JSONValue?) -> Double {
    if case let .number(x)? = value { return x }
    Issue.record("not a number: \(String(describing: value))")
    return .nan
}

@Suite struct LeakageTests {
    @Test func splittingBySampleLeaksAndSplittingByEntityDoesNot() throws {
        let bySample = try session(["split=sample"]).snapshot
        let byEntity = try session(["split=entity"]).snapshot
        let sampleGap = number(bySample["val_accuracy"]) - number(bySample["new_entity_accuracy"])
        let entityGap = number(byEntity["val_accuracy"]) - number(byEntity["new_entity_accuracy"])
        // By sample the model recognises entities it has seen: validation far above new ones.
        #expect(number(bySample["val_accuracy"]) > 0.9)
        #expect(sampleGap > 0.12)
        // By entity the validation entities are as new as the new ones: the gap closes.
        #expect(abs(entityGap) < 0.08)
        #expect(entityGap < sampleGap - 0.1)
        // The new-entity accuracy is what the model really gets either way (well above chance,
        // well below the leaky validation score).
        for snapshot in [bySample, byEntity] {
            #expect(number(snapshot["new_entity_accuracy"]) > 0.6)
            #expect(number(snapshot["new_entity_accuracy"]) < 0.9)
            #expect(number(snapshot["train_accuracy"]) > 0.95)
        }
        #expect(bySample["split"] == .string("sample") && byEntity["split"] == .string("entity"))
    }

    @Test func theSplitPutsEntitiesOnBothSidesOnlyWhenSplittingBySample() throws {
        let bySample = try session(["split=sample"]).snapshot
        let byEntity = try session(["split=entity"]).snapshot
        #expect(number(bySample["entities_in_both"]) > 100)
        #expect(byEntity["entities_in_both"] == .number(0))
        for snapshot in [bySample, byEntity] {
            guard case let .array(counts)? = snapshot["val_samples_per_entity"] else { Issue.record("no counts"); continue }
            #expect(counts.count == 200)
            #expect(counts.reduce(0) { $0 + number($1) } == number(snapshot["val_size"]))
            #expect(number(snapshot["train_size"]) + number(snapshot["val_size"]) == 800)
        }
        guard case let .array(entityCounts)? = byEntity["val_samples_per_entity"] else { return }
        #expect(entityCounts.allSatisfy { $0 == .number(0) || $0 == .number(4) })
        // The picture shows it: partial cells only for the sample split.
        let partial: Set<Character> = ["▂", "▄", "▆"]
        let size = ViewSize(width: 120, height: 40)
        let sampleText = try session(["split=sample"]).frame(size: size, theme: .mono).plainText
        let entityText = try session(["split=entity"]).frame(size: size, theme: .mono).plainText
        #expect(sampleText.filter { partial.contains($0) }.count > 100)
        #expect(entityText.filter { partial.contains($0) }.count == 3)  // the legend: ▂▄▆
    }

    @Test func switchingTheSplitIsInstantAndANewSampleRetrainsOverTicks() throws {
        let entry = SimulationEntry(small())
        var s = try entry.session(assignments: ["split=sample"], seed: 1)
        s.apply(.right)
        #expect(!s.isAnimating)
        #expect(s.snapshot["split"] == .string("entity"))
        #expect(s.snapshot.encoded() == (try entry.session(assignments: ["split=entity"], seed: 1)).snapshot.encoded())
        s.apply(.reseed)
        #expect(s.isAnimating)
        #expect(s.snapshot["val_accuracy"] == .null)
        var ticks = 0
        while s.isAnimating && ticks < 100 { s.apply(.tick); ticks += 1 }
        #expect(ticks == 100 / 25)
        // The streamed run equals a fresh simulation trained in one go from seed 2.
        let direct = try SimulationEntry(small()).session(assignments: ["split=entity"], seed: 2)
        #expect(s.snapshot.encoded() == direct.snapshot.encoded())
    }


    @Test(arguments: [40, 60, 80, 120, 200])
    func framesFitTheWidth(width: Int) throws {
        for assignments in [["split=sample"], ["split=entity"]] {
            var s = try session(assignments)
            s.apply(.help)
            for theme in [Theme.dark, .mono] {
                let frame = s.frame(size: ViewSize(width: width, height: 40), theme: theme)
                #expect(frame.width == width)
                #expect(frame.height <= 40 && frame.height > 10)
                #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
                #expect(frame.plainText.contains("new entities"))
            }
        }
    }

    @Test func badSettingsSayWhatIsAllowed() {
        do {
            _ = try session(["split=entty"])
            Issue.record("accepted split=entty")
        } catch {
            #expect(error.description.contains("did you mean 'entity'"))
            #expect(error.description.contains("sample, entity"))
        }
    }
}

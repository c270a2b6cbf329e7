import Terminal
import Testing
@testable import Simulations

/// One simulation value for all tests, so its cache trains each (seed, reweight) once.
private let shared = SimulationEntry(ConfusionMatrixSimulation())

private func session(_ assignments: [String], seed: UInt64 = 1) throws(SettingsError) -> SimulationSession {
    try shared.session(assignments: assignments, seed: seed)
}

private func number(_ value: JSONValue?) -> Double {
    if case let .number(x)? = value { return x }
    Issue.record("not a number: \(String(describing: value))")
    return .nan
}

private func matrix(_ snapshot: JSONValue) -> [[Int]] {
    guard case let .array(rows)? = snapshot["matrix"] else { return [] }
    return rows.map { row in
        guard case let .array(cells) = row else { return [] }
        return cells.map { Int(number($0)) }
    }
}

@Suite struct ConfusionMatrixTests {
    @Test func aRareFailingClassHidesBehindHighAccuracy() throws {
        let snapshot = try session(["acc_a=95", "acc_b=90", "acc_c=85", "acc_d=10"]).snapshot
        #expect(number(snapshot["accuracy"]) > 0.85)
        #expect(number(snapshot.value(atPath: "per_class.3.recall")) <= 0.10)
        #expect(snapshot.value(atPath: "per_class.3.class") == .string("D"))
        // Macro F1 weighs D like the others and drops; weighted F1 follows accuracy.
        #expect(number(snapshot["macro_f1"]) < number(snapshot["weighted_f1"]) - 0.15)
    }

    @Test func slidersSetEachRowAndSpreadErrorsOverTheOtherClasses() throws {
        let snapshot = try session(["acc_a=95", "acc_b=90", "acc_c=85", "acc_d=10"]).snapshot
        let m = matrix(snapshot)
        #expect(snapshot["classes"] == .strings(["A", "B", "C", "D"]))
        #expect(m.map { $0.reduce(0, +) } == [700, 200, 80, 20])
        #expect(m[0][0] == 665 && m[1][1] == 180 && m[2][2] == 68 && m[3][3] == 2)
        // D's 18 misses go 6/6/6 to A, B, C; A's 35 misses go 12/12/11 to B, C, D.
        #expect(m[3] == [6, 6, 6, 2])
        #expect(m[0] == [665, 12, 12, 11])
        // Precision of D: 2 correct among everything predicted D.
        let predictedD = m.reduce(0) { $0 + $1[3] }
        #expect(abs(number(snapshot.value(atPath: "per_class.3.precision")) - 2.0 / Double(predictedD)) < 1e-12)
        #expect(number(snapshot.value(atPath: "per_class.3.support")) == 20)
    }

    @Test func theArrowKeysMoveTheFocusedRecall() throws {
        var s = try session(["acc_a=95"])
        s.apply(.right)
        #expect(s.snapshot.value(atPath: "per_class.0.recall") == .number(1))
        #expect(matrix(s.snapshot)[0] == [700, 0, 0, 0])
        s.apply(.down); s.apply(.down); s.apply(.down)
        for _ in 0..<30 { s.apply(.left) }
        #expect(s.settings.int("acc_d") == 0)
        #expect(s.snapshot.value(atPath: "per_class.3.recall") == .number(0))
        #expect(s.snapshot.value(atPath: "per_class.3.f1") == .number(0))
    }

    @Test func reweightingRaisesTheRareClassRecallOfARealClassifier() throws {
        var s = try session(["source=model", "view=per-class"])
        let before = s.snapshot
        // The focus starts on reweight in model mode: Space toggles it.
        s.apply(.space)
        let after = s.snapshot
        #expect(after["reweight"] == .bool(true))
        let recallBefore = number(before.value(atPath: "per_class.3.recall"))
        let recallAfter = number(after.value(atPath: "per_class.3.recall"))
        #expect(recallBefore < 0.5)
        #expect(recallAfter >= recallBefore + 0.15)
        // The common class pays: its recall falls.
        #expect(number(after.value(atPath: "per_class.0.recall")) < number(before.value(atPath: "per_class.0.recall")))
        // A real network was trained (not an identity): the matrix is not the sliders' one, and
        // the held-out supports are the same.
        #expect(matrix(after).map { $0.reduce(0, +) } == [700, 200, 80, 20])
        #expect(after.value(atPath: "model.class_weights") != .null)
        #expect(before.value(atPath: "model.class_weights") == .null)
    }

    @Test func reweightingHelpsTheRareClassOverSeveralDraws() throws {
        var gains = 0
        for seed: UInt64 in 1...3 {
            let off = number(try session(["source=model"], seed: seed).snapshot.value(atPath: "per_class.3.recall"))
            let on = number(try session(["source=model", "reweight=on"], seed: seed).snapshot.value(atPath: "per_class.3.recall"))
            if on > off { gains += 1 }
        }
        #expect(gains == 3)
    }

    @Test func sameSettingsAndSeedGiveTheSameBytes() throws {
        for assignments in [["acc_d=10", "view=per-class"], ["source=model", "reweight=on"]] {
            // Two separate simulation values: nothing is shared but the settings and the seed.
            let a = try SimulationEntry(ConfusionMatrixSimulation()).session(assignments: assignments, seed: 7)
            let b = try SimulationEntry(ConfusionMatrixSimulation()).session(assignments: assignments, seed: 7)
            #expect(a.json(seed: 7).encoded() == b.json(seed: 7).encoded())
            let size = ViewSize(width: 120, height: 40)
            #expect(a.frame(size: size, theme: .dark) == b.frame(size: size, theme: .dark))
        }
        var r = try session(["source=model"], seed: 7)
        r.apply(.reseed)
        #expect(r.snapshot["matrix"] != (try session(["source=model"], seed: 7)).snapshot["matrix"])
    }

    @Test(arguments: [40, 60, 80, 120, 200])
    func framesFitTheWidth(width: Int) throws {
        for assignments in [["view=overall"], ["view=per-class", "acc_d=10"], ["source=model", "view=per-class"]] {
            var s = try session(assignments)
            s.apply(.help)
            for theme in [Theme.dark, .mono] {
                let frame = s.frame(size: ViewSize(width: width, height: 40), theme: theme)
                #expect(frame.width == width)
                #expect(frame.height <= 40 && frame.height > 10)
                #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
                #expect(frame.plainText.contains("Confusion matrix"))
            }
        }
    }

    @Test func theFrameShowsTheMatrixAndTheFailingClass() throws {
        let text = try session(["acc_d=10", "view=per-class"]).frame(size: ViewSize(width: 120, height: 40), theme: .mono).plainText
        #expect(text.contains("[665]"))
        #expect(text.contains("macro avg"))
        #expect(text.contains("Class D: recall 10% (2 of 20 found)"))
    }

    @Test func badSettingsSayWhatIsAllowed() {
        #expect(throws: SettingsError.outOfRange(name: "acc_d", value: "120", allowed: "a whole number from 0 to 100")) {
            try session(["acc_d=120"])
        }
        do {
            _ = try session(["source=modl"])
            Issue.record("accepted source=modl")
        } catch {
            #expect(error.description.contains("did you mean 'model'"))
            #expect(error.description.contains("sliders, model"))
        }
        do {
            _ = try session(["acc_e=10"])
            Issue.record("accepted acc_e")
        } catch {
            #expect(error.description.contains("confusion-matrix has no parameter 'acc_e'"))
        }
    }
}

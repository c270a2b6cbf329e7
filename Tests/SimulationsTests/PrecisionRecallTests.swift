import Terminal
import Testing
import TrainingCore
@testable import Simulations

private let shared = SimulationEntry(PrecisionRecallSimulation())

private func session(_ assignments: [String], seed: UInt64 = 1) throws(SettingsError) -> SimulationSession {
    try shared.session(assignments: assignments, seed: seed)
}

private func number(_ value: JSONValue?) -> Double {
    if case let .number(x)? = value { return x }
    Issue.record("not a number: \(String(describing: value))")
    return .nan
}

private func numbers(_ value: JSONValue?) -> [Double] {
    guard case let .array(items)? = value else { return [] }
    return items.map { number($0) }
}

@Suite struct PrecisionRecallTests {
    @Test func raisingTheThresholdTradesRecallForPrecision() throws {
        let thresholds = stride(from: 0.1, through: 0.9, by: 0.1).map { ($0 * 10).rounded() / 10 }
        let snapshots = try thresholds.map { try session(["threshold=\($0)"]).snapshot }
        let precision = snapshots.map { number($0["precision"]) }
        let recall = snapshots.map { number($0["recall"]) }
        // Recall never rises as the threshold rises; it falls a lot overall.
        for i in 1..<recall.count { #expect(recall[i] <= recall[i - 1]) }
        #expect(recall[0] >= 0.85 && recall[recall.count - 1] < 0.5)
        // Precision does not fall much on the way, and ends well above where it started.
        for i in 1..<precision.count { #expect(precision[i] >= precision[i - 1] - 0.1) }
        #expect(precision[precision.count - 1] > precision[0] + 0.2)
    }

    @Test func theNumbersAreTheCoresMetricsOfTheSnapshotsScores() throws {
        for threshold in [0.15, 0.35, 0.5, 0.65, 0.85] {
            let snapshot = try session(["threshold=\(threshold)"]).snapshot
            let labels = numbers(snapshot["labels"]).map { Int($0) }
            let scores = numbers(snapshot["scores"])
            #expect(labels.count == 400 && scores.count == 400)
            let core = try BinaryScores(truth: labels, scores: scores).metrics(atThreshold: threshold)
            #expect(number(snapshot["precision"]) == core.precision)
            #expect(number(snapshot["recall"]) == core.recall)
            #expect(number(snapshot["f1"]) == core.f1)
            // And by hand, a score at the threshold counting as positive.
            var tp = 0, fp = 0, fn = 0
            for (label, score) in zip(labels, scores) {
                if score >= threshold { if label == 1 { tp += 1 } else { fp += 1 } } else if label == 1 { fn += 1 }
            }
            #expect(snapshot["true_positives"] == .number(Double(tp)))
            let handPrecision: Double = Double(tp) / Double(max(1, tp + fp))
            let handRecall: Double = Double(tp) / Double(tp + fn)
            let handF1: Double = 2 * Double(tp) / Double(2 * tp + fp + fn)
            let shownPrecision = number(snapshot["precision"]), shownRecall = number(snapshot["recall"]), shownF1 = number(snapshot["f1"])
            #expect(abs(shownPrecision - handPrecision) < 1e-12)
            #expect(abs(shownRecall - handRecall) < 1e-12)
            #expect(abs(shownF1 - handF1) < 1e-12)
        }
    }

    @Test func theScoresComeFromATrainedClassifier() throws {
        let snapshot = try session([]).snapshot
        let labels = numbers(snapshot["labels"])
        let scores = numbers(snapshot["scores"])
        #expect(labels.filter { $0 == 1 }.count == 100)
        #expect(scores.allSatisfy { $0 >= 0 && $0 <= 1 })
        // It ranks: positives score higher on average, the PR curve beats the base rate.
        let positive = zip(labels, scores).filter { $0.0 == 1 }.map(\.1)
        let negative = zip(labels, scores).filter { $0.0 == 0 }.map(\.1)
        let positiveMean: Double = positive.reduce(0, +) / Double(positive.count)
        let negativeMean: Double = negative.reduce(0, +) / Double(negative.count)
        #expect(positiveMean > negativeMean + 0.3)
        #expect(number(snapshot["average_precision"]) > 0.6)
        let curvePoints = numbers(snapshot.value(atPath: "curve.recall")).count
        let curveThresholds = numbers(snapshot.value(atPath: "curve.thresholds")).count
        #expect(curvePoints == curveThresholds + 1)
        // A new draw retrains: different scores.
        var s = try session([])
        s.apply(.reseed)
        #expect(s.snapshot["scores"] != snapshot["scores"])
        #expect(s.snapshot["seed"] == .number(2))
    }

    @Test func theArrowKeysMoveTheThresholdOnAGridOfHundredths() throws {
        var s = try session(["threshold=0.5"])
        s.apply(.left)
        #expect(s.snapshot["threshold"] == .number(0.45))
        for _ in 0..<6 { s.apply(.left) }
        #expect(s.snapshot["threshold"] == .number(0.15))
        #expect(s.snapshot["precision"] == (try session(["threshold=0.15"])).snapshot["precision"])
        for _ in 0..<30 { s.apply(.right) }
        #expect(s.snapshot["threshold"] == .number(1))
        #expect(s.json(seed: 1).encoded().contains("\"threshold\":1,"))
    }


    @Test(arguments: [40, 60, 80, 120, 200])
    func framesFitTheWidth(width: Int) throws {
        var s = try session(["threshold=0.35"])
        s.apply(.help)
        for theme in [Theme.dark, .mono] {
            let frame = s.frame(size: ViewSize(width: width, height: 40), theme: theme)
            #expect(frame.width == width)
            #expect(frame.height <= 40 && frame.height > 12)
            #expect(frame.textLines.allSatisfy { TextWidth.cells(of: $0) <= width })
            #expect(frame.plainText.contains("precision"))
        }
    }

    @Test func badSettingsSayWhatIsAllowed() {
        #expect(throws: SettingsError.outOfRange(name: "threshold", value: "1.5", allowed: "a number from 0 to 1")) {
            try session(["threshold=1.5"])
        }
        #expect(throws: SettingsError.wrongType(name: "threshold", value: "high", allowed: "a number from 0 to 1")) {
            try session(["threshold=high"])
        }
    }
}

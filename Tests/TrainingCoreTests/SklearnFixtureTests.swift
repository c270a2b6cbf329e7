import Foundation
import Testing
@testable import TrainingCore

/// The scikit-learn fixtures in `<repo parent>/shared/fixtures/sklearn/` (found by walking up
/// from this file, so a git worktree works too). Missing fixtures fail loudly.
enum SklearnFixtures {
    static func folder() -> URL? {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            dir = dir.deletingLastPathComponent()
            let candidate = dir.appendingPathComponent("shared/fixtures/sklearn")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("classification.json").path) {
                return candidate
            }
        }
        return nil
    }

    static func cases(_ file: String) throws -> [[String: Any]] {
        guard let folder = folder() else {
            throw FixtureError("the scikit-learn fixtures were not found: expected shared/fixtures/sklearn/\(file) beside the repository (the repo root's parent + /shared)")
        }
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = root["cases"] as? [[String: Any]], !cases.isEmpty else {
            throw FixtureError("\(file) has no \"cases\" array")
        }
        return cases
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

func doubles(_ any: Any?) -> [Double] {
    (any as? [Any] ?? []).map { v in
        if let s = v as? String { return s == "inf" ? .infinity : (s == "-inf" ? -.infinity : .nan) }
        return (v as? NSNumber)?.doubleValue ?? .nan
    }
}

func ints(_ any: Any?) -> [Int] { (any as? [Any] ?? []).map { ($0 as? NSNumber)?.intValue ?? -999 } }

func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    if a.isNaN && b.isNaN { return true }
    if a.isInfinite || b.isInfinite { return a == b }
    return abs(a - b) <= tolerance * max(1, abs(b))
}

func allClose(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance) }
}

@Suite struct SklearnFixtureTests {
    @Test func classificationFixturesMatch() throws {
        let cases = try SklearnFixtures.cases("classification.json")
        #expect(cases.count >= 40)
        for (n, c) in cases.enumerated() {
            let labels = ints(c["labels"])
            let report = try ClassificationReport(truth: ints(c["y_true"]), predicted: ints(c["y_pred"]), labels: labels)
            let expectedConfusion = (c["confusion"] as? [Any] ?? []).map { ints($0) }
            #expect(report.confusion.counts == expectedConfusion, "case \(n): confusion")
            let per = c["per_class"] as? [String: Any] ?? [:]
            #expect(allClose(report.perClass.map(\.precision), doubles(per["precision"])), "case \(n): precision")
            #expect(allClose(report.perClass.map(\.recall), doubles(per["recall"])), "case \(n): recall")
            #expect(allClose(report.perClass.map(\.f1), doubles(per["f1"])), "case \(n): f1")
            #expect(report.perClass.map(\.support) == ints(per["support"]), "case \(n): support")
            #expect(close(report.accuracy, (c["accuracy"] as? NSNumber)?.doubleValue ?? .nan), "case \(n): accuracy")
            #expect(close(report.balancedAccuracy, (c["balanced_accuracy"] as? NSNumber)?.doubleValue ?? .nan),
                    "case \(n): balanced accuracy")
            for (name, average) in [("macro", report.macro), ("weighted", report.weighted), ("micro", report.micro)] {
                let e = c[name] as? [String: Any] ?? [:]
                #expect(close(average.precision, (e["precision"] as? NSNumber)?.doubleValue ?? .nan), "case \(n): \(name) precision")
                #expect(close(average.recall, (e["recall"] as? NSNumber)?.doubleValue ?? .nan), "case \(n): \(name) recall")
                #expect(close(average.f1, (e["f1"] as? NSNumber)?.doubleValue ?? .nan), "case \(n): \(name) f1")
            }
        }
    }

    @Test func scoreFixturesMatch() throws {
        let cases = try SklearnFixtures.cases("scores.json")
        #expect(cases.count >= 40)
        for (n, c) in cases.enumerated() {
            let scores = try BinaryScores(truth: ints(c["y_true"]), scores: doubles(c["scores"]))
            let pr = c["pr_curve"] as? [String: Any] ?? [:]
            let curve = scores.precisionRecallCurve()
            #expect(allClose(curve.precision, doubles(pr["precision"])), "case \(n): PR precision")
            #expect(allClose(curve.recall, doubles(pr["recall"])), "case \(n): PR recall")
            #expect(allClose(curve.thresholds, doubles(pr["thresholds"])), "case \(n): PR thresholds")
            let rocExpected = c["roc_curve"] as? [String: Any] ?? [:]
            let roc = scores.rocCurve()
            #expect(allClose(roc.falsePositiveRate, doubles(rocExpected["fpr"])), "case \(n): fpr")
            #expect(allClose(roc.truePositiveRate, doubles(rocExpected["tpr"])), "case \(n): tpr")
            #expect(allClose(roc.thresholds, doubles(rocExpected["thresholds"])), "case \(n): ROC thresholds")
            #expect(close(scores.rocAUC(), (c["roc_auc"] as? NSNumber)?.doubleValue ?? .nan), "case \(n): ROC AUC")
            // Average precision: NumPy sums pairwise, so the last bits may differ.
            #expect(close(scores.averagePrecision(), (c["average_precision"] as? NSNumber)?.doubleValue ?? .nan, 1e-12),
                    "case \(n): average precision")
            let at = c["at_threshold"] as? [String: Any] ?? [:]
            let m = scores.metrics(atThreshold: (at["threshold"] as? NSNumber)?.doubleValue ?? .nan)
            #expect(close(m.precision, (at["precision"] as? NSNumber)?.doubleValue ?? .nan), "case \(n): precision at threshold")
            #expect(close(m.recall, (at["recall"] as? NSNumber)?.doubleValue ?? .nan), "case \(n): recall at threshold")
            #expect(close(m.f1, (at["f1"] as? NSNumber)?.doubleValue ?? .nan), "case \(n): f1 at threshold")
        }
    }

    @Test func averagePrecisionOfAPerfectRankingIsOne() throws {
        let s = try BinaryScores(truth: [0, 0, 1, 1], scores: [0.1, 0.2, 0.8, 0.9])
        #expect(s.averagePrecision() == 1)
        #expect(s.rocAUC() == 1)
    }

    @Test func mismatchedLengthsAreAnErrorNotACrash() {
        #expect(throws: TrainingCoreError.self) { try BinaryScores(truth: [0, 1], scores: [0.5]) }
        #expect(throws: TrainingCoreError.self) { try ClassificationReport(truth: [0, 1], predicted: [1]) }
        #expect(throws: TrainingCoreError.self) { try BinaryScores(truth: [0, 1], scores: [0.5, .nan]) }
    }
}

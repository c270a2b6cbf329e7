import Foundation
import Testing
import TrainingCore
@testable import Lab

@Suite("Evaluation against scikit-learn")
struct EvaluationTests {
    static let tolerance = 1e-12

    static func close(_ a: Double, _ b: Any?) -> Bool {
        guard let b = (b as? NSNumber)?.doubleValue else { return false }
        return abs(a - b) <= tolerance
    }

    static func close(_ a: [Double], _ b: Any?) -> Bool {
        guard let b = b as? [Any], a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            if let text = y as? String { return text == "inf" ? x == .infinity : false }
            return close(x, y)
        }
    }

    /// Every case of classification.json through `lab evaluate`'s core: a table of true and
    /// predicted labels in, the scikit-learn numbers out.
    @Test func classificationCasesMatch() throws {
        guard let fixture = SharedFixtures.json("sklearn/classification.json"),
              let cases = fixture["cases"] as? [[String: Any]] else { return }
        #expect(cases.count > 10)
        for (n, c) in cases.enumerated() {
            let labels = c["labels"] as? [Int] ?? []
            let rows = zip(c["y_true"] as? [Int] ?? [], c["y_pred"] as? [Int] ?? []).map { ["\($0)", "\($1)"] }
            let table = DataTable(path: "case\(n).csv", columnNames: ["y_true", "y_pred"], rows: rows)
            let result = try PredictionEvaluation.run(table, options: .init(truth: "y_true", predicted: "y_pred",
                                                                            labels: labels.map(String.init)))
            let report = result.report
            #expect(result.labels == labels.map(String.init))
            #expect(report.confusion.counts == c["confusion"] as? [[Int]], "case \(n): confusion")
            let perClass = c["per_class"] as? [String: Any] ?? [:]
            #expect(Self.close(report.perClass.map(\.precision), perClass["precision"]), "case \(n): precision")
            #expect(Self.close(report.perClass.map(\.recall), perClass["recall"]), "case \(n): recall")
            #expect(Self.close(report.perClass.map(\.f1), perClass["f1"]), "case \(n): f1")
            #expect(report.perClass.map(\.support) == perClass["support"] as? [Int], "case \(n): support")
            #expect(Self.close(report.accuracy, c["accuracy"]), "case \(n): accuracy")
            #expect(Self.close(report.balancedAccuracy, c["balanced_accuracy"]), "case \(n): balanced accuracy")
            for (name, scores) in [("macro", report.macro), ("weighted", report.weighted), ("micro", report.micro)] {
                let expected = c[name] as? [String: Any] ?? [:]
                #expect(Self.close(scores.precision, expected["precision"]), "case \(n): \(name) precision")
                #expect(Self.close(scores.recall, expected["recall"]), "case \(n): \(name) recall")
                #expect(Self.close(scores.f1, expected["f1"]), "case \(n): \(name) f1")
            }
        }
    }

    /// Every case of scores.json through `lab evaluate --score`.
    @Test func scoreCasesMatch() throws {
        guard let fixture = SharedFixtures.json("sklearn/scores.json"),
              let cases = fixture["cases"] as? [[String: Any]] else { return }
        #expect(cases.count > 10)
        for (n, c) in cases.enumerated() {
            let truth = c["y_true"] as? [Int] ?? []
            let scores = (c["scores"] as? [NSNumber] ?? []).map(\.doubleValue)
            let at = c["at_threshold"] as? [String: Any] ?? [:]
            let threshold = (at["threshold"] as? NSNumber)?.doubleValue ?? .nan
            let rows = zip(truth, scores).map { ["\($0)", "\($1)"] }
            let table = DataTable(path: "scores\(n).csv", columnNames: ["y", "score"], rows: rows)
            let result = try PredictionEvaluation.run(table, options: .init(truth: "y", score: "score", threshold: threshold))
            guard let curves = result.curves else {
                Issue.record("case \(n): no curves")
                continue
            }
            #expect(result.positiveLabel == "1")
            #expect(Self.close(curves.rocAUC, c["roc_auc"]), "case \(n): ROC AUC \(curves.rocAUC)")
            #expect(Self.close(curves.averagePrecision, c["average_precision"]), "case \(n): average precision")
            let pr = c["pr_curve"] as? [String: Any] ?? [:]
            #expect(Self.close(curves.pr.precision, pr["precision"]), "case \(n): PR precision")
            #expect(Self.close(curves.pr.recall, pr["recall"]), "case \(n): PR recall")
            #expect(Self.close(curves.pr.thresholds, pr["thresholds"]), "case \(n): PR thresholds")
            let roc = c["roc_curve"] as? [String: Any] ?? [:]
            #expect(Self.close(curves.roc.falsePositiveRate, roc["fpr"]), "case \(n): ROC fpr")
            #expect(Self.close(curves.roc.truePositiveRate, roc["tpr"]), "case \(n): ROC tpr")
            #expect(Self.close(curves.roc.thresholds, roc["thresholds"]), "case \(n): ROC thresholds")
            // The report at the threshold: the positive class is label 1 (class id 1).
            let positive = result.report.perClass[1]
            #expect(Self.close(positive.precision, at["precision"]) && Self.close(positive.recall, at["recall"])
                    && Self.close(positive.f1, at["f1"]), "case \(n): scores at threshold")
        }
    }

    @Test func evaluateReadsColumnsFromATable() throws {
        guard let fixture = SharedFixtures.json("sklearn/scores.json"),
              let first = (fixture["cases"] as? [[String: Any]])?.first else { return }
        let truth = first["y_true"] as? [Int] ?? []
        let scores = (first["scores"] as? [NSNumber] ?? []).map(\.doubleValue)
        let rows = zip(truth, scores).map { ["\($0)", "\($1)"] }
        let table = DataTable(path: "s.csv", columnNames: ["y", "score"], rows: rows)
        let result = try PredictionEvaluation.run(table, options: .init(truth: "y", score: "score"))
        #expect(result.labels == ["0", "1"])
        #expect(result.positiveLabel == "1")
        #expect(Self.close(result.curves?.rocAUC ?? .nan, first["roc_auc"]))
        #expect(result.report.confusion.support.reduce(0, +) == truth.count)
    }

    @Test func evaluateWithTextLabels() throws {
        let rows = [["cat", "cat"], ["cat", "dog"], ["dog", "dog"], ["bird", "dog"]]
        let table = DataTable(path: "p.csv", columnNames: ["truth", "guess"], rows: rows)
        let result = try PredictionEvaluation.run(table, options: .init(truth: "truth", predicted: "guess"))
        #expect(result.labels == ["bird", "cat", "dog"])
        #expect(result.report.confusion.counts == [[0, 0, 1], [0, 1, 1], [0, 0, 1]])
        #expect(result.report.accuracy == 0.5)
    }

    @Test func badCellsAreErrorsWithTheirPlace() throws {
        let text = "y,score\n1,0.9\n0,abc\n"
        let table = try CSVTableReader.parse(text, path: "bad.csv")
        do {
            _ = try PredictionEvaluation.run(table, options: .init(truth: "y", score: "score"))
            Issue.record("a text score was accepted")
        } catch {
            #expect(error.description.hasPrefix("bad.csv:3:3: error: the score 'abc' is not a number"))
        }
        let three = DataTable(path: "t.csv", columnNames: ["y", "s"], rows: [["a", "1"], ["b", "2"], ["c", "3"]])
        #expect(throws: LabError.self) { try PredictionEvaluation.run(three, options: .init(truth: "y", score: "s")) }
        let unlisted = DataTable(path: "u.csv", columnNames: ["y", "p"], rows: [["a", "b"], ["c", "a"]])
        #expect(throws: LabError.self) { try PredictionEvaluation.run(unlisted, options: .init(truth: "y", predicted: "p", labels: ["a", "b"])) }
        let missing = try CSVTableReader.parse("y,p\n1,1\n,0\n", path: "m.csv")
        do {
            _ = try PredictionEvaluation.run(missing, options: .init(truth: "y", predicted: "p"))
            Issue.record("a missing label was accepted")
        } catch {
            #expect(error.line == 3 && error.column == 1)
        }
    }
}

import Foundation
import Terminal
import Testing
import TrainingCore
@testable import Lab

@Suite("Views and JSON")
struct ViewAndJSONTests {
    /// A CSV whose header and labels try to drive the terminal.
    static let hostile = "\"\u{1B}[2Jx\",\"label\u{1B}]0;pwned\u{07}\"\n1,\"\u{1B}[31mred\"\n2,blue\n3,\"\u{1B}[31mred\"\n4,blue\n"

    @Test func untrustedTextIsDrawnAsText() throws {
        let table = try CSVTableReader.parse(Self.hostile, path: "evil.csv")
        let report = try DataAudit.run(table, options: .init(target: table.columnNames[1]))
        let frame = AuditView.frame(report, width: 100, theme: .dark)
        for capabilities in [Capabilities.plain(width: 100), Capabilities.trueColor(width: 100)] {
            let text = frame.encoded(for: capabilities)
            #expect(!text.contains("\u{1B}[2J"))
            #expect(!text.contains("\u{1B}]0;"))
            #expect(!text.contains("\u{07}"))
            #expect(!text.contains("\u{1B}[31mred"))
            #expect(text.contains("^[[2Jx"))
        }
        #expect(!frame.encoded(for: .plain(width: 100)).contains("\u{1B}"))
        let json = report.json.encoded()
        #expect(!json.contains("\u{1B}") && json.contains("\\u001b[2Jx"))
    }

    @Test func jsonWritesNonFiniteNumbersAsStrings() {
        let value = JSONValue.object([("a", .number(.nan)), ("b", .number(.infinity)), ("c", .number(-.infinity)),
                                    ("d", .number(0.5)), ("e", .number(3)), ("f", .string("q\"\\\n\u{9B}"))])
        #expect(value.encoded(pretty: false) == #"{"a":"nan","b":"inf","c":"-inf","d":0.5,"e":3,"f":"q\"\\\n\u009b"}"#)
        #expect(JSONValue.labels(["0", "1", "2.5"]).encoded(pretty: false) == "[0,1,2.5]")
        #expect(JSONValue.labels(["0", "01"]).encoded(pretty: false) == #"["0","01"]"#)
    }

    @Test func evaluateJSONHasTheSpecKeys() throws {
        let rows = [["1", "0.9"], ["0", "0.2"], ["1", "0.4"], ["0", "0.7"], ["1", "0.8"]]
        let evaluation = try PredictionEvaluation.run(DataTable(columnNames: ["y", "s"], rows: rows),
                                                      options: .init(truth: "y", score: "s"))
        let object = try JSONSerialization.jsonObject(with: Data(evaluation.json.encoded().utf8)) as? [String: Any] ?? [:]
        for key in ["labels", "confusion", "per_class", "accuracy", "balanced_accuracy", "macro", "weighted", "micro",
                    "roc_auc", "average_precision", "pr_curve"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["confusion"] as? [[Int]] == [[1, 1], [1, 2]])
        let perClass = object["per_class"] as? [[String: Any]] ?? []
        #expect(perClass.count == 2 && Set(perClass[0].keys) == ["label", "precision", "recall", "f1", "support"])
        #expect(Set((object["pr_curve"] as? [String: Any] ?? [:]).keys) == ["precision", "recall", "thresholds"])
        #expect(abs((object["roc_auc"] as? Double ?? 0) - 5.0 / 6.0) < 1e-12)   // 5 of 6 positive-negative pairs ranked right
    }

    @Test func trainJSONAndViewOnIris() throws {
        guard let path = SharedFixtures.path("datasets/iris.csv") else { return }
        let table = try CSVFile.read(path: path)
        let data = try LabDataset.prepare(table, options: .init(target: "label"))
        let run = try TrainingRun.train(data, split: .lab(data, seed: 1), spec: ModelSpec(epochs: 5))
        let object = try JSONSerialization.jsonObject(with: Data(run.json.encoded().utf8)) as? [String: Any] ?? [:]
        for key in ["val_accuracy", "train_accuracy", "per_class", "confusion", "history"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let history = object["history"] as? [String: Any] ?? [:]
        #expect((history["epoch"] as? [Int]) == [0, 1, 2, 3, 4, 5])
        #expect((history["train_loss"] as? [Double])?.count == 6 && (history["val_loss"] as? [Double])?.count == 6)
        let text = TrainView.frame(run, path: "iris.csv", group: nil, width: 90, theme: .mono).plainText
        #expect(text.contains("Validation accuracy"))
        #expect(text.contains("Loss per epoch"))
        #expect(text.contains("virginica"))
        #expect(text.split(separator: "\n").allSatisfy { TextWidth.cells(of: String($0)) <= 90 })
    }
}

@Suite("lr-find's suggested command")
struct LearningRateCommandTests {
    /// 60 rows: an id, a patient, a colour, two features and a label.
    static func table() -> DataTable {
        let rows = (0..<60).map { i -> [String] in
            let y = i % 3 == 0 ? 1 : 0
            return [String(i), "p\(i % 12)", ["r", "g"][i % 2], String(Double(y) + Double(i % 7) / 10), String(Double(i % 5) / 5), String(y)]
        }
        return DataTable(columnNames: ["id", "patient", "colour", "x1", "x2", "label"], rows: rows)
    }

    @Test func theTrainCommandKeepsTheColumnsAndModelOfTheSweep() throws {
        // It named only --target, so `lab train` would have used the ignored id as a feature,
        // split by row instead of by patient and trained another model.
        let spec = ModelSpec(kind: .mlp, optimizer: .sgd, hidden: [16], batchSize: 8, seed: 3)
        let data = LabDataset.Options(target: "label", group: "patient", ignore: ["id"], oneHot: true)
        let search = try LearningRateSearch.run(Self.table(), data: data, spec: spec)
        let rate = LabFormat.short(search.result.suggestedLearningRate)
        #expect(LearningRateView.trainCommand(search, path: "my data.csv", delimiter: ";")
                == "lesson lab train 'my data.csv' --delimiter ';' --target label --group patient --ignore id --one-hot --hidden 16 --batch-size 8 --optimizer sgd --seed 3 --lr \(rate)")
        let plain = try LearningRateSearch.run(Self.table(), data: .init(target: "label"), spec: ModelSpec())
        #expect(LearningRateView.trainCommand(plain, path: "d.csv")
                == "lesson lab train d.csv --target label --lr \(LabFormat.short(plain.result.suggestedLearningRate))")
        let text = LearningRateView.frame(search, path: "my data.csv", delimiter: ";", width: 200, theme: .dark).encoded(for: .plain(width: 200))
        #expect(text.contains("--group patient --ignore id --one-hot"))
    }
}

import Testing
import TrainingCore
@testable import Lab

@Suite("Training on a CSV")
struct TrainingRunTests {
    static func iris() throws -> LabDataset? {
        guard let path = SharedFixtures.path("datasets/iris.csv") else { return nil }
        return try LabDataset.prepare(CSVFile.read(path: path), options: .init(target: "label"))
    }

    @Test func irisWithDefaultsBeatsNinetyPercent() throws {
        guard let data = try Self.iris() else { return }
        let spec = ModelSpec()
        let run = try TrainingRun.train(data, split: .lab(data, seed: spec.seed), spec: spec)
        #expect(run.validationAccuracy > 0.9)
        #expect(run.trainingCount == 120 && run.validationCount == 30)
        #expect(run.validation.confusion.support == [10, 10, 10])
        #expect(run.curves.epoch.count == run.completedEpochs + 1)
        #expect(run.curves.trainLoss.first! > run.curves.trainLoss.last!)
        #expect(run.verdict != .diverged && run.verdict != .underfit)
        #expect(run.modelSummary == "MLP 4→32→32→3 (ReLU)")
    }

    @Test func logisticRegressionOnIrisToo() throws {
        guard let data = try Self.iris() else { return }
        let spec = ModelSpec(kind: .logistic, seed: 3)
        let run = try TrainingRun.train(data, split: .lab(data, seed: 3), spec: spec)
        #expect(run.validationAccuracy > 0.85)
        #expect(run.network.denseLayers.count == 1)
    }

    @Test func runsRepeatExactly() throws {
        guard let data = try Self.iris() else { return }
        let spec = ModelSpec(epochs: 5, seed: 9)
        let a = try TrainingRun.train(data, split: .lab(data, seed: 9), spec: spec)
        let b = try TrainingRun.train(data, split: .lab(data, seed: 9), spec: spec)
        #expect(a.curves == b.curves)
        #expect(a.network == b.network)
        let c = try TrainingRun.train(data, split: .lab(data, seed: 10), spec: ModelSpec(epochs: 5, seed: 10))
        #expect(a.curves != c.curves)
    }

    /// XOR: a linear model cannot do better than chance, so the verdict is underfit.
    @Test func linearModelOnXORUnderfits() throws {
        var rng = SplitMix64(seed: 4, stream: .data)
        let rows: [[String]] = (0..<400).map { _ in
            let x = rng.uniform(-1, 1), y = rng.uniform(-1, 1)
            return ["\(x)", "\(y)", (x > 0) == (y > 0) ? "same" : "different"]
        }
        let data = try LabDataset.prepare(DataTable(columnNames: ["x", "y", "quadrant"], rows: rows), options: .init(target: "quadrant"))
        let run = try TrainingRun.train(data, split: .lab(data, seed: 1), spec: ModelSpec(kind: .logistic, epochs: 30))
        #expect(run.verdict == .underfit)
        let mlp = try TrainingRun.train(data, split: .lab(data, seed: 1), spec: ModelSpec(epochs: 60))
        #expect(mlp.verdict == .good)
        #expect(mlp.validationAccuracy > 0.9)
    }

    /// Random labels: a big network memorises them and validation loss climbs: overfit.
    @Test func bigModelOnRandomLabelsOverfits() throws {
        var rng = SplitMix64(seed: 5, stream: .data)
        let rows: [[String]] = (0..<100).map { _ in
            (0..<5).map { _ in "\(rng.normal())" } + [rng.bernoulli(0.5) ? "yes" : "no"]
        }
        let data = try LabDataset.prepare(DataTable(columnNames: ["a", "b", "c", "d", "e", "y"], rows: rows), options: .init(target: "y"))
        let run = try TrainingRun.train(data, split: .lab(data, seed: 2), spec: ModelSpec(hidden: [64, 64], epochs: 150))
        #expect(run.trainAccuracy > 0.95)
        #expect(run.verdict == .overfit)
    }

    @Test func tooFewRowsIsABadInput() throws {
        let data = try LabDataset.prepare(DataTable(columnNames: ["x", "y"], rows: [["1", "a"], ["2", "b"]]), options: .init(target: "y"))
        #expect(throws: LabError.self) { try TrainingRun.train(data, split: .lab(data, seed: 1), spec: ModelSpec()) }
    }

    @Test func missingValuesAreFilledWithTrainingMeans() throws {
        let rows = (0..<10).map { ["\($0 < 8 ? 2 : 100)", $0 == 3 ? "" : "\($0)", $0 % 2 == 0 ? "a" : "b"] }
        let data = try LabDataset.prepare(DataTable(columnNames: ["x", "z", "y"], rows: rows), options: .init(target: "y"))
        let training = Array(0..<8)
        #expect(data.trainingMeans(training) == [2, 25.0 / 7])   // z = 0...7 without the missing 3
        let filled = try data.dataset([3, 9], fill: data.trainingMeans(training))
        #expect(filled.features == [2, 25.0 / 7, 100, 9])
    }

    @Test func textColumnsAreSkippedOrOneHotEncoded() throws {
        let rows = [["1.5", "red", "7", "a"], ["2.5", "blue", "8", "b"], ["", "red", "9", "a"], ["0.5", "", "10", "b"]]
        let table = DataTable(columnNames: ["x", "color", "id", "y"], rows: rows)
        let plain = try LabDataset.prepare(table, options: .init(target: "y", ignore: ["id"]))
        #expect(plain.featureNames == ["x"])
        #expect(plain.skippedColumns.map(\.name) == ["color", "id"])
        #expect(plain.features[2].isNaN)
        let encoded = try LabDataset.prepare(table, options: .init(target: "y", ignore: ["id"], oneHot: true))
        #expect(encoded.featureNames == ["x", "color=blue", "color=red"])
        #expect(Array(encoded.features[0..<3]) == [1.5, 0, 1])
        #expect(encoded.features[10].isNaN && encoded.features[11].isNaN)   // colour missing in row 4
        #expect(throws: LabError.self) { try LabDataset.prepare(table, options: .init(target: "y", ignore: ["x", "color", "id"])) }
    }

    @Test func anIDAsTheTargetIsRefusedForTraining() throws {
        let rows = (0..<150).map { ["\($0 % 7)", "row\($0)"] }
        let data = try LabDataset.prepare(DataTable(columnNames: ["x", "id"], rows: rows), options: .init(target: "id"))
        do {
            _ = try TrainingRun.train(data, split: .lab(data, seed: 1), spec: ModelSpec())
            Issue.record("150 classes were trained")
        } catch {
            #expect(error.message.contains("150 classes"))
        }
    }
}

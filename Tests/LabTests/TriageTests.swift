import Foundation
import Testing
import TrainingCore
@testable import Lab

@Suite("Triage and the range test")
struct TriageTests {
    /// 120 rows, two standard-normal features and a label a small MLP can learn (the sign of
    /// x1 + x2), plus a noise column.
    static func learnable(rows: Int = 120, seed: UInt64 = 11) -> PlantedData {
        var data = PlantedData(rows: rows, seed: seed)
        data.header = ["x1", "x2", "noise", "label"]
        data.rows = data.rows.map { r in
            let x1 = Double(r[0]) ?? 0, x2 = Double(r[1]) ?? 0
            return [r[0], r[1], r[2], x1 + x2 > 0 ? "up" : "down"]
        }
        return data
    }

    static let small = ModelSpec(hidden: [16], epochs: 15)

    static func triage(_ data: PlantedData, spec: ModelSpec = small) throws -> TriageReport {
        try Triage.run(data.table(), options: Triage.Options(data: .init(target: "label"), spec: spec))
    }

    @Test func aHealthyPipelineRunsAllFiveSteps() throws {
        let report = try Self.triage(Self.learnable())
        #expect(report.steps.map(\.number) == [1, 2, 3, 4, 5])
        #expect(report.stoppedAt == nil, "\(report.steps.map { "\($0.number) \($0.status): \($0.summary)" })")
        #expect(report.steps[0].status == .passed && report.steps[1].status == .passed)
        #expect(report.steps[0].losses.count == 500)
        #expect(report.steps[2].curves?.epoch.count == 16)
        #expect(report.steps[3].layers.map(\.name) == ["dense1", "dense2"])
        #expect(report.steps[3].layers[0].gradientCheckError < Triage.gradientTolerance)
        #expect(report.steps[3].layers[0].units == 16)
        #expect(report.steps[4].audit?.passed == true)
    }

    @Test func contradictoryLabelsStopTheTriageAtStepOne() throws {
        var data = Self.learnable()
        for i in data.rows.indices { data.rows[i][0] = "1"; data.rows[i][1] = "2"; data.rows[i][2] = "3" }
        let report = try Self.triage(data)
        #expect(report.stoppedAt == 1)
        #expect(report.steps[0].status == .failed)
        #expect(report.steps[0].pointsTo?.contains("same inputs but different labels") == true)
        #expect(report.steps[1...].allSatisfy { $0.status == .skipped })
        #expect(report.conclusion.hasPrefix("Step 1 failed"))
    }

    @Test func aLinearModelOnXORFailsStepOneForWhatItIs() throws {
        var data = Self.learnable()
        data.rows = data.rows.map { r in
            let x1 = Double(r[0]) ?? 0, x2 = Double(r[1]) ?? 0
            return [r[0], r[1], r[2], (x1 > 0) == (x2 > 0) ? "same" : "different"]
        }
        let report = try Self.triage(data, spec: ModelSpec(kind: .logistic, epochs: 10))
        #expect(report.stoppedAt == 1)
        #expect(report.steps[0].pointsTo?.contains("linear model") == true)
    }

    @Test func badDataFailsStepFive() throws {
        var data = Self.learnable()
        data.set("noise", row: 7, "inf")
        let report = try Self.triage(data)
        #expect(report.stoppedAt == 5, "\(report.steps.map { "\($0.number) \($0.status): \($0.summary)" })")
        #expect(report.steps[4].audit?.findings(of: .nonFinite).count == 1)
        #expect(report.conclusion.hasPrefix("Step 5 failed"))
    }

    @Test func theTriageRepeatsExactly() throws {
        let a = try Self.triage(Self.learnable()).json.encoded()
        let b = try Self.triage(Self.learnable()).json.encoded()
        #expect(a == b)
    }

    @Test func deadUnitsAreCounted() throws {
        let data = try Dataset(features: [1, 2, -1, 0.5, 0, -3], featureCount: 2, labels: [0, 1, 0], classCount: 2)
        let architecture = Architecture.mlp(inputs: 2, hidden: [4, 3], outputs: 2)
        let dead = try Network<Float>(architecture: architecture, initializer: Initializer(rule: .he, bias: -1000), seed: 1)
        #expect(UnitActivity(network: dead, data: data).layers.map(\.deadUnits) == [4, 3])
        let alive = try Network<Float>(architecture: architecture, initializer: Initializer(rule: .he, bias: 10), seed: 1)
        #expect(UnitActivity(network: alive, data: data).layers.map(\.deadUnits) == [0, 0])
        #expect(UnitActivity(network: alive, data: data).layers.map(\.name) == ["relu1", "relu2"])
    }

    @Test func rangeTestOnIris() throws {
        guard let path = SharedFixtures.path("datasets/iris.csv") else { return }
        let search = try LearningRateSearch.run(CSVFile.read(path: path), data: .init(target: "label"), spec: ModelSpec())
        let rates = search.result.learningRates
        #expect(rates.count >= 10)
        #expect(zip(rates, rates.dropFirst()).allSatisfy { $0 < $1 })
        #expect(search.result.suggestedLearningRate > 1e-4 && search.result.suggestedLearningRate < 1)
        #expect(search.result.suggestedLearningRate == search.result.steepestDescentRate / 10)
        #expect(search.result.steepestDescentRate <= search.result.minimumLossRate)
        struct Output: Decodable {
            var suggested_lr: Double
            var learning_rates: [Double]
        }
        // JSONDecoder reads numbers exactly (Foundation's JSONSerialization may not on Linux).
        let json = try JSONDecoder().decode(Output.self, from: Data(search.json.encoded().utf8))
        #expect(json.suggested_lr == search.result.suggestedLearningRate)
        #expect(json.learning_rates == rates)
    }
}

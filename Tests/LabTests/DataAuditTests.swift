import Testing
@testable import Lab

@Suite("Data audit")
struct DataAuditTests {
    @Test func cleanDataHasNoFindings() throws {
        let report = try PlantedData().audit()
        #expect(report.findings.map(\.check) == [])
        #expect(report.passed)
        #expect(report.rowCount == 200 && report.classCounts == [67, 67, 66])
        #expect(report.trainingCount + report.validationCount == 200)
    }

    /// Each planted problem and the check that must find it (and only that one of the checks
    /// that could be confused with it).
    static let plants: [(AuditCheck, @Sendable (inout PlantedData) -> Void)] = [
        (.missingValues, { d in d.set("f2", row: 13, ""); d.set("f2", row: 40, "NA") }),
        (.nonFinite, { d in d.set("f3", row: 5, "nan"); d.set("f1", row: 9, "inf") }),
        (.strayText, { d in d.set("f4", row: 21, "n.a.x") }),
        (.constantColumn, { d in d.addColumn("country") { _ in "FR" } }),
        (.duplicateRows, { d in d.rows.append(d.rows[17]) }),
        (.splitDuplicates, { d in
            for i in 0..<40 { var copy = d.rows[i]; copy[4] = "q\(i)"; d.rows.append(copy) }
        }),
        (.conflictingLabels, { d in var copy = d.rows[3]; copy[5] = "b"; copy[4] = "other"; d.rows.append(copy) }),
        (.groupLeakage, { d in for i in d.rows.indices { d.rows[i][4] = "p\(i / 4)" } }),
        (.classImbalance, { d in   // 67 a, 67 b, 5 c: 13:1
            let rare = d.rows.filter { $0[5] == "c" }.prefix(5)
            d.rows = d.rows.filter { $0[5] != "c" } + rare
        }),
        (.featureScale, { d in for i in d.rows.indices { d.rows[i][0] = String((Double(d.rows[i][0]) ?? 0) * 1000 + 5000) } }),
        (.targetLooksLikeID, { d in for i in d.rows.indices { d.rows[i][5] = "row\(i)" } }),
        (.targetLooksContinuous, { d in for i in d.rows.indices { d.rows[i][5] = String((Double(d.rows[i][1]) ?? 0).rounded(toPlaces: 1) + 0.05) } }),
        (.featureLooksLikeID, { d in d.addColumn("id") { String($0 + 1) } }),
        (.textFeatures, { d in d.addColumn("city") { ["Lyon", "Nice", "Paris"][$0 % 3] } }),
        (.missingTarget, { d in d.set("label", row: 30, "") }),
        (.fewRows, { d in d.rows = Array(d.rows.prefix(30)) }),
    ]

    @Test(arguments: plants.indices)
    func eachPlantedProblemIsFound(_ index: Int) throws {
        let (check, plant) = Self.plants[index]
        var data = PlantedData()
        plant(&data)
        let report = try data.audit()
        let found = report.findings(of: check)
        #expect(found.count == 1, "\(check.rawValue) did not fire; findings: \(report.findings.map(\.check.rawValue))")
        if let finding = found.first {
            #expect(!finding.title.isEmpty && !finding.advice.isEmpty && !finding.details.isEmpty || check == .fewRows)
        }
    }

    @Test func everyCheckIsCoveredByAPlant() {
        let planted = Set(Self.plants.map(\.0))
        #expect(planted == Set(AuditCheck.allCases))
    }

    @Test func findingsPointAtTheFile() throws {
        var data = PlantedData()
        data.set("f3", row: 5, "nan")
        data.set("f2", row: 13, "")
        let report = try data.audit()
        #expect(report.findings(of: .nonFinite).first?.line == 7)
        #expect(report.findings(of: .nonFinite).first?.severity == .error)
        #expect(report.findings(of: .missingValues).first?.line == 15)
        #expect(report.findings(of: .missingValues).first?.details == ["'f2': 1 of 200 missing (<1%), first at line 15"])
        #expect(!report.passed)
        #expect(report.findings.first?.severity == .error)
    }

    @Test func imbalanceNeedsMoreThanTenToOne() throws {
        var data = PlantedData(rows: 110)
        for i in data.rows.indices { data.rows[i][5] = i < 100 ? "a" : "b" }
        #expect(try data.audit().findings(of: .classImbalance).isEmpty)   // exactly 10:1
        data.rows[100][5] = "a"
        #expect(try data.audit().findings(of: .classImbalance).count == 1)   // 101:9
    }

    @Test func ignoringAnIDColumnSilencesIt() throws {
        var data = PlantedData()
        data.addColumn("id") { String($0 + 1) }
        #expect(try data.audit(ignore: ["id"]).findings.isEmpty)
    }

    @Test func leakageIsOnlyCheckedWithAGroup() throws {
        var data = PlantedData()
        for i in data.rows.indices { data.rows[i][4] = "p\(i / 4)" }
        #expect(try data.audit(group: "patient").findings(of: .groupLeakage).count == 1)
        // Without --group the patient column is just a text column.
        let report = try data.audit(group: nil)
        #expect(report.findings(of: .groupLeakage).isEmpty)
        #expect(report.findings(of: .textFeatures).count == 1)
    }

    @Test func theLabsGroupedSplitHasNoLeakage() throws {
        var data = PlantedData()
        for i in data.rows.indices { data.rows[i][4] = "p\(i / 4)" }
        let report = try DataAudit.run(data.table(), options: .init(target: "label", group: "patient", splitsByGroup: true))
        #expect(report.findings(of: .groupLeakage).isEmpty)
        #expect(report.validationCount > 0)
    }

    @Test func aTargetWithOneClassIsABadInput() throws {
        var data = PlantedData()
        for i in data.rows.indices { data.rows[i][5] = "a" }
        #expect(throws: LabError.self) { try data.audit() }
    }

    @Test func irisFindings() throws {
        guard let path = SharedFixtures.path("datasets/iris.csv") else { return }
        let report = try DataAudit.run(CSVFile.read(path: path), options: DataAudit.Options(target: "label"))
        #expect(report.classNames == ["setosa", "versicolor", "virginica"])
        #expect(report.classCounts == [50, 50, 50])
        // Iris has one repeated row (lines 103 and 144) and unscaled features.
        #expect(report.findings(of: .duplicateRows).first?.details == ["1 of 150 rows (<1%) are copies; line 144 repeats line 103"])
        #expect(report.findings(of: .featureScale).count == 1)
        #expect(report.findings(of: .classImbalance).isEmpty)
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}

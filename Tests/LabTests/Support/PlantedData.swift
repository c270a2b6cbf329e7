import TrainingCore
@testable import Lab

/// A clean, generated classification table that tests spoil one way at a time.
///
/// Clean means: 200 rows, four features drawn from a standard normal (mean ≈ 0, std ≈ 1,
/// four decimals, so no two rows repeat), three balanced classes decided by the features,
/// and a `patient` column with a different entity on every row.
struct PlantedData {
    var header: [String]
    var rows: [[String]]

    init(rows count: Int = 200, seed: UInt64 = 7) {
        var rng = SplitMix64(seed: seed, stream: .data)
        header = ["f1", "f2", "f3", "f4", "patient", "label"]
        rows = (0..<count).map { i in
            let x = (0..<4).map { _ in (rng.normal() * 10_000).rounded() / 10_000 }
            let label = ["a", "b", "c"][i % 3]
            return x.map { String($0) } + ["p\(i)", label]
        }
    }

    var csv: String {
        ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    func table() throws -> DataTable { try CSVTableReader.parse(csv, path: "planted.csv") }

    func audit(group: String? = "patient", ignore: [String] = []) throws -> AuditReport {
        try DataAudit.run(table(), options: DataAudit.Options(target: "label", group: group, ignore: ignore))
    }

    mutating func set(_ column: String, row: Int, _ value: String) {
        guard let c = header.firstIndex(of: column) else { return }
        rows[row][c] = value
    }

    mutating func addColumn(_ name: String, _ value: (Int) -> String) {
        header.insert(name, at: 0)
        for i in rows.indices { rows[i].insert(value(i), at: 0) }
    }
}

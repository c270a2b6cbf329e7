import TrainingCore

/// The data pipeline check: everything about a CSV that can silently spoil training or make
/// validation numbers lie, each finding with its severity and what to do.
///
/// Pure: a parsed table in, an ``AuditReport`` out. The leakage checks look at a split by row
/// (stratified by class, from ``Options/seed``), the split a naive pipeline makes, so that
/// with a group column they show what splitting by row would leak; ``Options/splitsByGroup``
/// checks the lab's own split instead (by group when there is one), as triage does.
///
/// Thresholds (from the debugging lesson): class imbalance is flagged above 10:1; a feature's
/// scale when |mean| > 3, std > 3 or 0 < std < 1/3; an ID-like target when at least 90% of
/// 20+ rows have their own label.
public enum DataAudit {
    /// What to audit.
    public struct Options: Sendable, Hashable {
        /// The target column.
        public var target: String
        /// The column naming each row's entity (patient, user, ...), for the leakage check.
        public var group: String?
        /// Columns that are not features.
        public var ignore: [String]
        /// The seed of the split the leakage checks look at.
        public var seed: UInt64
        /// The share of rows in validation.
        public var validationFraction: Double
        /// Check the split the lab trains on (by group when there is a group) rather than a
        /// split by row.
        public var splitsByGroup: Bool

        public init(target: String, group: String? = nil, ignore: [String] = [], seed: UInt64 = 1,
                    validationFraction: Double = 0.2, splitsByGroup: Bool = false) {
            self.target = target
            self.group = group
            self.ignore = ignore
            self.seed = seed
            self.validationFraction = validationFraction
            self.splitsByGroup = splitsByGroup
        }
    }

    /// The imbalance ratio (largest class over smallest) above which the audit warns.
    public static let imbalanceLimit = 10.0

    /// Audits `table`. Throws a ``LabError`` only when it cannot start: an unknown column or a
    /// target with fewer than two classes.
    public static func run(_ table: DataTable, options: Options) throws(LabError) -> AuditReport {
        let profiles = ColumnProfile.all(table)
        let data = try LabDataset.prepare(table, options: LabDataset.Options(target: options.target, group: options.group,
                                                                              ignore: options.ignore),
                                          profiles: profiles)
        let split = options.splitsByGroup
            ? DataSplit.lab(data, validationFraction: options.validationFraction, seed: options.seed)
            : DataSplit.byRow(data, validationFraction: options.validationFraction, seed: options.seed)
        var context = Context(table: table, profiles: profiles, data: data, split: split)
        context.checkTarget()
        context.checkValues()
        context.checkColumns()
        context.checkDuplicates()
        context.checkGroups()
        context.checkClasses()
        let order = AuditCheck.allCases
        let findings = context.findings.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            let ia = order.firstIndex(of: a.element.check) ?? 0, ib = order.firstIndex(of: b.element.check) ?? 0
            return ia != ib ? ia < ib : a.offset < b.offset
        }.map(\.element)
        return AuditReport(path: table.path, rowCount: table.rowCount, columnCount: table.columnCount,
                           target: table.columnNames[data.targetColumn],
                           group: data.groupColumn.map { table.columnNames[$0] }, profiles: profiles,
                           classNames: data.classNames, classCounts: data.classCounts,
                           trainingCount: split.train.count, validationCount: split.validation.count,
                           findings: findings)
    }

    /// The audit's working state: inputs and the findings so far.
    struct Context {
        let table: DataTable
        let profiles: [ColumnProfile]
        let data: LabDataset
        let split: DataSplit
        var findings: [AuditFinding] = []

        var target: ColumnProfile { profiles[data.targetColumn] }
        /// Columns that are inputs: everything but the target, the group and ignored columns.
        var inputColumns: [ColumnProfile] {
            profiles.filter { $0.index != data.targetColumn && $0.index != data.groupColumn && !ignored.contains($0.index) }
        }
        var ignored: Set<Int> { Set(data.ignoredColumns) }

        func line(_ row: Int?) -> Int? { row.map { table.lineNumbers[$0] } }

        func at(_ row: Int?) -> String { line(row).map { ", first at line \($0)" } ?? "" }

        static func percent(_ part: Int, of whole: Int) -> String {
            guard whole > 0 else { return "0%" }
            let p = 100 * Double(part) / Double(whole)
            if p < 1 && part > 0 { return "<1%" }
            return "\(Int(p.rounded()))%"
        }

        static func plural(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
            "\(n) " + (n == 1 ? word : plural ?? word + "s")
        }

        mutating func checkTarget() {
            let rows = table.rowCount
            let t = target
            if rows >= 20, Double(data.classCount) >= 0.9 * Double(rows - data.droppedRows) || t.isRowCounter {
                findings.append(AuditFinding(
                    check: .targetLooksLikeID, severity: .error,
                    title: "the target '\(t.name)' looks like an ID, not a label",
                    details: ["\(data.classCount) different values in \(rows) rows" + (t.isRowCounter ? ", counting up by one row by row" : "")],
                    advice: "Almost every row has its own label, so there is nothing to learn that carries over to new rows. Check --target: the label is the column you want to predict.",
                    columns: [t.name]))
            } else if t.kind == .numeric, !t.isIntegral, data.classCount > 10 {
                findings.append(AuditFinding(
                    check: .targetLooksContinuous, severity: .warning,
                    title: "the target '\(t.name)' looks like a measured quantity, not a class",
                    details: ["\(data.classCount) different non-integer values, e.g. '\(data.classNames[0])'"],
                    advice: "The lab's models classify: each distinct value becomes its own class. For a quantity, use regression, or bin it into a few classes first.",
                    columns: [t.name]))
            }
            if data.droppedRows > 0 {
                let first = t.firstMissingRow
                findings.append(AuditFinding(
                    check: .missingTarget, severity: .warning,
                    title: "\(Context.plural(data.droppedRows, "row")) have no label and are left out",
                    details: ["'\(t.name)' is missing in \(data.droppedRows) of \(rows) rows (\(Context.percent(data.droppedRows, of: rows)))\(at(first))"],
                    advice: "Rows without a label cannot be trained or graded. If labels are missing for a reason (hard cases left unlabelled), the rest of the data is biased: find out why.",
                    columns: [t.name], line: line(first)))
            }
        }

        mutating func checkValues() {
            let rows = table.rowCount
            let missing = inputColumns.filter { $0.missingCount > 0 && $0.kind != .empty }
            if !missing.isEmpty {
                findings.append(AuditFinding(
                    check: .missingValues, severity: .warning,
                    title: "\(Context.plural(missing.count, "column")) \(missing.count == 1 ? "has" : "have") missing values",
                    details: missing.map { "'\($0.name)': \($0.missingCount) of \(rows) missing (\(Context.percent($0.missingCount, of: rows)))\(at($0.firstMissingRow))" },
                    advice: "The lab fills a missing value with the training mean. Find out why values are missing: if it is not at random (a sensor off, a question skipped), the fact that a value is missing carries information; add an indicator column or fix the source.",
                    columns: missing.map(\.name), line: line(missing.compactMap(\.firstMissingRow).min())))
            }
            let nonFinite = profiles.filter { $0.nonFiniteCount > 0 && $0.index != data.groupColumn && !ignored.contains($0.index) }
            if !nonFinite.isEmpty {
                findings.append(AuditFinding(
                    check: .nonFinite, severity: .error,
                    title: "NaN or infinite values in \(Context.plural(nonFinite.count, "column"))",
                    details: nonFinite.map { p in
                        var parts: [String] = []
                        if p.nanCount > 0 { parts.append("\(p.nanCount) NaN") }
                        if p.infinityCount > 0 { parts.append("\(p.infinityCount) infinite") }
                        return "'\(p.name)': " + parts.joined(separator: ", ") + at(p.firstNonFiniteRow)
                    },
                    advice: "One NaN or infinity in a batch makes the loss NaN and training dies. They usually come from a division by zero, a log of 0 or an overflow upstream: fix the computation, or drop those rows.",
                    columns: nonFinite.map(\.name), line: line(nonFinite.compactMap(\.firstNonFiniteRow).min())))
            }
            let stray = inputColumns.filter { $0.kind == .numeric && $0.textCount > 0 }
            if !stray.isEmpty {
                findings.append(AuditFinding(
                    check: .strayText, severity: .warning,
                    title: "\(Context.plural(stray.count, "numeric column")) \(stray.count == 1 ? "has" : "have") values that are not numbers",
                    details: stray.map { p in
                        let example = p.firstTextRow.map { " such as '\(table.columns[p.index][$0].trimmingSpaces)'" } ?? ""
                        return "'\(p.name)': \(p.textCount) text value\(p.textCount == 1 ? "" : "s")\(example)\(at(p.firstTextRow))"
                    },
                    advice: "They are treated as missing. Usually a placeholder ('n.a.', '-') or a unit typed into the cell: clean them at the source.",
                    columns: stray.map(\.name), line: line(stray.compactMap(\.firstTextRow).min())))
            }
        }

        mutating func checkColumns() {
            let inputs = inputColumns
            let constant = inputs.filter { $0.kind == .empty || $0.distinctCount <= 1 }
            if !constant.isEmpty {
                findings.append(AuditFinding(
                    check: .constantColumn, severity: .warning,
                    title: "\(Context.plural(constant.count, "column")) never change\(constant.count == 1 ? "s" : "")",
                    details: constant.map { p in
                        if p.kind == .empty { return "'\(p.name)': every value is missing" }
                        let value = table.columns[p.index].first { !CellValue($0).isMissing }?.trimmingSpaces ?? ""
                        return "'\(p.name)': every row is '\(value)'"
                    },
                    advice: "A constant carries no information and a zero standard deviation breaks naive scaling. Leave it out (--ignore), and check the export did not lose the values.",
                    columns: constant.map(\.name)))
            }
            let rows = table.rowCount
            let ids = inputs.filter { p in
                guard rows >= 20, p.distinctCount == rows, p.missingCount == 0 else { return p.isRowCounter }
                if p.isRowCounter { return true }
                if p.kind == .categorical { return true }
                return p.kind == .numeric && p.isIntegral && Context.nameLooksLikeID(p.name)
            }
            if !ids.isEmpty {
                findings.append(AuditFinding(
                    check: .featureLooksLikeID, severity: .warning,
                    title: "\(Context.plural(ids.count, "column")) look\(ids.count == 1 ? "s" : "") like an ID",
                    details: ids.map { p in "'\(p.name)': a different value in every row" + (p.isRowCounter ? ", counting up 1, 2, 3, ..." : "") },
                    advice: "An ID says which row it is, not what it is: the model can memorise it, and when the file is sorted by class the ID predicts the label (a leak). Leave it out: --ignore " + ids.map(\.name).joined(separator: ","),
                    columns: ids.map(\.name)))
            }
            let scaled = inputs.filter { p in
                guard p.kind == .numeric, p.standardDeviation.isFinite, p.mean.isFinite else { return false }
                return abs(p.mean) > 3 || p.standardDeviation > 3 || (p.standardDeviation > 0 && p.standardDeviation < 1.0 / 3)
            }
            if !scaled.isEmpty {
                findings.append(AuditFinding(
                    check: .featureScale, severity: .info,
                    title: "\(Context.plural(scaled.count, "feature")) \(scaled.count == 1 ? "is" : "are") far from mean 0, standard deviation 1",
                    details: scaled.map { "'\($0.name)': mean \(Context.short($0.mean)), std \(Context.short($0.standardDeviation))" },
                    advice: "Unscaled inputs make some weights learn far faster than others and can leave the loss stuck near chance. lab train standardises each feature on the training split; do the same in your own pipeline (fit the scaler on training data only).",
                    columns: scaled.map(\.name)))
            }
            let text = inputs.filter { $0.kind == .categorical }
            if !text.isEmpty {
                findings.append(AuditFinding(
                    check: .textFeatures, severity: .info,
                    title: text.count == 1 ? "1 text column is not used as a feature" : "\(text.count) text columns are not used as features",
                    details: text.map { "'\($0.name)': \($0.distinctCount) categor\($0.distinctCount == 1 ? "y" : "ies")" },
                    advice: "They are skipped unless you pass --one-hot, which turns a column with up to 30 categories into one 0/1 feature per category.",
                    columns: text.map(\.name)))
            }
        }

        static func nameLooksLikeID(_ name: String) -> Bool {
            let n = name.lowercased()
            return n == "id" || n == "index" || n == "idx" || n == "key" || n == "uuid" || n == "row" || n == "rownum"
                || n.hasSuffix("_id") || n.hasSuffix("-id") || n.hasSuffix(" id") || n.hasSuffix("id") && n.count <= 4
                || n.hasPrefix("id_") || n == "unnamed: 0"
        }

        static func short(_ x: Double) -> String {
            if x == 0 { return "0" }
            if abs(x) >= 1e5 || abs(x) < 1e-3 {
                var exponent = 0
                var m = abs(x)
                while m >= 10 { m /= 10; exponent += 1 }
                while m < 1 { m *= 10; exponent -= 1 }
                return (x < 0 ? "-" : "") + "\((m * 100).rounded() / 100)e\(exponent)"
            }
            return "\((x * 1000).rounded() / 1000)"
        }

        /// The text of a row's cells in `columns`, as one key.
        func key(_ row: Int, _ columns: [Int]) -> String {
            var key = ""
            for c in columns {
                key += table.columns[c][row].trimmingSpaces
                key += "\u{1F}"
            }
            return key
        }

        mutating func checkDuplicates() {
            let rows = table.rowCount
            let all = Array(0..<table.columnCount)
            var firstOfRow: [String: Int] = [:]
            var duplicates = 0
            var example: (Int, Int)?
            for r in 0..<rows {
                let k = key(r, all)
                if let first = firstOfRow[k] {
                    duplicates += 1
                    if example == nil { example = (first, r) }
                } else {
                    firstOfRow[k] = r
                }
            }
            if duplicates > 0, let (a, b) = example {
                findings.append(AuditFinding(
                    check: .duplicateRows, severity: .warning,
                    title: "\(Context.plural(duplicates, "row")) repeat\(duplicates == 1 ? "s" : "") an earlier row exactly",
                    details: ["\(duplicates) of \(rows) rows (\(Context.percent(duplicates, of: rows))) are copies; line \(table.lineNumbers[b]) repeats line \(table.lineNumbers[a])"],
                    advice: "Copies count some examples twice and, when a copy lands on each side of the split, leak answers into validation. Remove them unless they are real repeated measurements.",
                    line: table.lineNumbers[b]))
            }

            // Same inputs: across the split, and with different labels.
            let inputs = inputColumns.map(\.index)
            guard !inputs.isEmpty else { return }
            var trainingKeys: [String: Int] = [:]
            for i in split.train {
                let r = data.tableRows[i]
                let k = key(r, inputs)
                if trainingKeys[k] == nil { trainingKeys[k] = r }
            }
            var shared = 0
            var sharedExample: (Int, Int)?
            for i in split.validation {
                let r = data.tableRows[i]
                if let t = trainingKeys[key(r, inputs)] {
                    shared += 1
                    if sharedExample == nil { sharedExample = (t, r) }
                }
            }
            if shared > 0, let (t, v) = sharedExample {
                findings.append(AuditFinding(
                    check: .splitDuplicates, severity: .error,
                    title: "\(Context.plural(shared, "validation row")) \(shared == 1 ? "has" : "have") an exact copy in the training split",
                    details: ["\(shared) of \(split.validation.count) validation rows (\(Context.percent(shared, of: split.validation.count))) have the same inputs as a training row; e.g. line \(table.lineNumbers[v]) and line \(table.lineNumbers[t])"],
                    advice: "The model is graded on examples it has already seen, so validation accuracy is too optimistic. Remove duplicates before splitting, or keep copies on one side (--group with a column that identifies them).",
                    line: table.lineNumbers[v]))
            }

            var labelOfKey: [String: (label: Int, row: Int)] = [:]
            var conflicts = 0
            var conflictExample: (Int, Int)?
            var counted = Set<String>()
            for i in 0..<data.count {
                let r = data.tableRows[i]
                let k = key(r, inputs)
                if let seen = labelOfKey[k] {
                    if seen.label != data.labels[i], !counted.contains(k) {
                        counted.insert(k)
                        conflicts += 1
                        if conflictExample == nil { conflictExample = (seen.row, r) }
                    }
                } else {
                    labelOfKey[k] = (data.labels[i], r)
                }
            }
            if conflicts > 0, let (a, b) = conflictExample {
                let target = data.targetColumn
                findings.append(AuditFinding(
                    check: .conflictingLabels, severity: .warning,
                    title: "\(Context.plural(conflicts, "set")) of identical inputs \(conflicts == 1 ? "has" : "have") different labels",
                    details: ["e.g. line \(table.lineNumbers[a]) says '\(table.columns[target][a].trimmingSpaces)' and line \(table.lineNumbers[b]) says '\(table.columns[target][b].trimmingSpaces)' for the same inputs"],
                    advice: "No model can get both right. Either a label is wrong (check these rows first) or the features cannot tell the classes apart and need more information.",
                    line: table.lineNumbers[b]))
            }
        }

        mutating func checkGroups() {
            guard let groupColumn = data.groupColumn, !data.groups.isEmpty else { return }
            let groupCount = (data.groups.max() ?? -1) + 1
            var inTraining = [Bool](repeating: false, count: groupCount)
            var inValidation = [Bool](repeating: false, count: groupCount)
            for i in split.train { inTraining[data.groups[i]] = true }
            for i in split.validation { inValidation[data.groups[i]] = true }
            let both = (0..<groupCount).filter { inTraining[$0] && inValidation[$0] }
            guard !both.isEmpty else { return }
            let name = table.columnNames[groupColumn]
            var exampleName = ""
            var rowsOfShared = 0
            let sharedSet = Set(both)
            for i in 0..<data.count where sharedSet.contains(data.groups[i]) {
                rowsOfShared += 1
                if exampleName.isEmpty { exampleName = table.columns[groupColumn][data.tableRows[i]].trimmingSpaces }
            }
            findings.append(AuditFinding(
                check: .groupLeakage, severity: .error,
                title: "\(both.count) of \(groupCount) '\(name)' values have rows in both training and validation",
                details: ["a split by row puts \(rowsOfShared) rows of \(Context.plural(both.count, "entity", "entities")) (e.g. '\(exampleName)') on both sides"],
                advice: "Validation then measures how well the model recognises entities it has seen, not how it does on new ones, and the number is too optimistic. Split by group: lesson lab train --group \(name) keeps each entity on one side.",
                columns: [name]))
        }

        mutating func checkClasses() {
            let counts = data.classCounts
            let rows = data.count
            if let most = counts.max(), let least = counts.min(), least > 0, Double(most) / Double(least) > DataAudit.imbalanceLimit {
                let ordered = counts.indices.sorted { counts[$0] > counts[$1] }
                findings.append(AuditFinding(
                    check: .classImbalance, severity: .warning,
                    title: "the classes are imbalanced \(Int((Double(most) / Double(least)).rounded())):1",
                    details: ordered.map { "'\(data.classNames[$0])': \(counts[$0]) rows (\(Context.percent(counts[$0], of: rows)))" },
                    advice: "Accuracy hides a failing rare class: always predicting '\(data.classNames[ordered[0]])' already scores \(Context.percent(most, of: rows)). Read per-class recall and F1 (lab train shows them) and consider class weights or resampling.",
                    columns: [table.columnNames[data.targetColumn]]))
            }
            if rows < 50 {
                findings.append(AuditFinding(
                    check: .fewRows, severity: .warning,
                    title: "only \(Context.plural(rows, "labelled row"))",
                    details: ["validation gets about \(split.validation.count) rows, so one more right answer moves accuracy by \(split.validation.isEmpty ? "100%" : Context.percent(1, of: split.validation.count))"],
                    advice: "Numbers from this little data are noisy: compare models over several seeds (--seed), and collect more data if you can."))
            }
        }
    }
}

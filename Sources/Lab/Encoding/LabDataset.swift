import TrainingCore

/// A CSV table turned into examples: numeric features, class labels and (optionally) groups.
///
/// Built by ``prepare(_:options:)``: the target column becomes class ids (``ClassLabels``);
/// rows whose target is missing are dropped (and counted); numeric columns become features
/// with NaN where a value is missing, NaN, ±∞ or stray text (imputed later on the training
/// split, see ``trainingMeans(_:)``); text columns are skipped, or one-hot encoded with
/// ``Options/oneHot`` when they have few enough categories. The group column (the entity each
/// row belongs to) and ignored columns are never features.
public struct LabDataset: Sendable {
    /// How to read the table.
    public struct Options: Sendable, Hashable {
        /// The target column's name.
        public var target: String
        /// The group (entity) column's name, if any.
        public var group: String?
        /// Columns that are not features (e.g. an ID).
        public var ignore: [String]
        /// One-hot encode text columns instead of skipping them.
        public var oneHot: Bool
        /// A text column with more categories than this is skipped even with ``oneHot``.
        public var maxCategories: Int

        public init(target: String, group: String? = nil, ignore: [String] = [], oneHot: Bool = false, maxCategories: Int = 30) {
            self.target = target
            self.group = group
            self.ignore = ignore
            self.oneHot = oneHot
            self.maxCategories = maxCategories
        }
    }

    /// A column that did not become a feature, and why.
    public struct SkippedColumn: Sendable, Hashable {
        public var name: String
        public var reason: String
    }

    /// The file the examples come from (for messages).
    public var path: String
    /// Feature names: the column name, or `column=value` for a one-hot feature.
    public var featureNames: [String]
    /// The table column each feature comes from.
    public var featureColumns: [Int]
    /// Row-major features, ``count`` × ``featureCount``; NaN where the value is unusable.
    public var features: [Double]
    /// Class id per example.
    public var labels: [Int]
    /// Class names by id.
    public var classNames: [String]
    /// The table row (0-based) each example came from.
    public var tableRows: [Int]
    /// The group id per example (empty without a group column).
    public var groups: [Int]
    /// Columns that are not features, with the reason.
    public var skippedColumns: [SkippedColumn]
    /// Rows dropped because the target was missing.
    public var droppedRows: Int
    /// The table column of the target.
    public var targetColumn: Int
    /// The table column of the group, if any.
    public var groupColumn: Int?
    /// The table columns left out with ``Options/ignore``.
    public var ignoredColumns: [Int]

    /// The number of features.
    public var featureCount: Int { featureNames.count }
    /// The number of examples.
    public var count: Int { labels.count }
    /// The number of classes.
    public var classCount: Int { classNames.count }

    /// Examples per class.
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for y in labels { counts[y] += 1 }
        return counts
    }

    /// The examples of `table` under `options`. Throws a ``LabError`` for an unknown column,
    /// a target with fewer than two classes, or no usable feature.
    public static func prepare(_ table: DataTable, options: Options, profiles: [ColumnProfile]? = nil) throws(LabError) -> LabDataset {
        let targetColumn = try table.columnIndex(named: options.target, role: "target")
        var groupColumn: Int?
        if let group = options.group {
            groupColumn = try table.columnIndex(named: group, role: "group")
            if groupColumn == targetColumn {
                throw LabError(path: table.path, message: "the group column cannot also be the target")
            }
        }
        var ignored = Set<Int>()
        for name in options.ignore { ignored.insert(try table.columnIndex(named: name, role: "columns to ignore")) }
        if ignored.contains(targetColumn) {
            throw LabError(path: table.path, message: "the target '\(table.columnNames[targetColumn])' is also in --ignore")
        }
        let classes = ClassLabels(cells: table.columns[targetColumn])
        guard classes.count >= 2 else {
            let what = classes.names.first.map { "only one class, '\($0)'" } ?? "no values at all"
            throw LabError(path: table.path, message: "the target '\(table.columnNames[targetColumn])' has \(what)",
                           hint: "a classifier needs at least two different labels; is this the right column?")
        }
        let kept = table.columns[targetColumn].indices.filter { classes.ids[$0] != nil }
        let profiles = profiles ?? ColumnProfile.all(table)

        var names: [String] = [], sources: [Int] = [], encoders: [(String) -> Double] = []
        var skipped: [SkippedColumn] = []
        for profile in profiles where profile.index != targetColumn {
            let c = profile.index
            if c == groupColumn { skipped.append(SkippedColumn(name: profile.name, reason: "the group column")); continue }
            if ignored.contains(c) { skipped.append(SkippedColumn(name: profile.name, reason: "ignored (--ignore)")); continue }
            switch profile.kind {
            case .empty:
                skipped.append(SkippedColumn(name: profile.name, reason: "every value is missing"))
            case .numeric:
                names.append(profile.name)
                sources.append(c)
                encoders.append { cell in
                    guard let x = CellValue(cell).number, x.isFinite else { return .nan }
                    return x
                }
            case .categorical:
                guard options.oneHot else {
                    skipped.append(SkippedColumn(name: profile.name, reason: "text values (--one-hot encodes them)"))
                    continue
                }
                guard profile.distinctCount <= options.maxCategories else {
                    skipped.append(SkippedColumn(name: profile.name,
                                                 reason: "\(profile.distinctCount) categories, over the one-hot limit of \(options.maxCategories)"))
                    continue
                }
                var categories = Set<String>()
                for cell in table.columns[c] where !CellValue(cell).isMissing { categories.insert(cell.trimmingSpaces) }
                for category in categories.sorted() {
                    names.append(profile.name + "=" + category)
                    sources.append(c)
                    encoders.append { cell in CellValue(cell).isMissing ? .nan : (cell.trimmingSpaces == category ? 1 : 0) }
                }
            }
        }
        guard !names.isEmpty else {
            let why = skipped.isEmpty ? "" : " (" + skipped.map { "'\($0.name)': \($0.reason)" }.joined(separator: "; ") + ")"
            throw LabError(path: table.path, message: "no column can be a feature" + why,
                           hint: options.oneHot ? "the lab needs at least one numeric or categorical column besides the target"
                                                : "text columns are skipped; --one-hot encodes them as 0/1 features")
        }

        var features = [Double](repeating: 0, count: kept.count * names.count)
        for f in names.indices {
            let cells = table.columns[sources[f]]
            let encode = encoders[f]
            for (i, r) in kept.enumerated() { features[i * names.count + f] = encode(cells[r]) }
        }
        var groups: [Int] = []
        if let groupColumn {
            var ids: [String: Int] = [:]
            for r in kept {
                let key = table.columns[groupColumn][r].trimmingSpaces
                if let id = ids[key] { groups.append(id) } else {
                    ids[key] = ids.count
                    groups.append(ids.count - 1)
                }
            }
        }
        return LabDataset(path: table.path, featureNames: names, featureColumns: sources, features: features,
                          labels: kept.compactMap { classes.ids[$0] }, classNames: classes.names,
                          tableRows: kept, groups: groups, skippedColumns: skipped,
                          droppedRows: table.rowCount - kept.count, targetColumn: targetColumn,
                          groupColumn: groupColumn, ignoredColumns: ignored.sorted())
    }

    /// The most classes the lab trains a classifier for.
    public static let maximumClasses = 100

    /// Throws a ``LabError`` when there are too many classes to train on (an ID or a measured
    /// quantity chosen as the target, most likely).
    public func requireTrainable() throws(LabError) {
        guard classCount <= LabDataset.maximumClasses else {
            throw LabError(path: path, message: "the target has \(classCount) classes; the lab trains classifiers with up to \(LabDataset.maximumClasses)",
                           hint: "is this the right column? lesson lab audit tells whether it looks like an ID or a measured quantity")
        }
    }

    /// Feature `f` of example `i`.
    public func feature(_ i: Int, _ f: Int) -> Double { features[i * featureCount + f] }

    /// Per feature, the mean over the examples `rows`, skipping missing values (0 for a
    /// feature with no value there): what a missing value is replaced with.
    public func trainingMeans(_ rows: [Int]) -> [Double] {
        (0..<featureCount).map { f in
            var sum = 0.0, n = 0
            for i in rows {
                let x = feature(i, f)
                if !x.isNaN { sum += x; n += 1 }
            }
            return n > 0 ? sum / Double(n) : 0
        }
    }

    /// The examples at `indices` as a training-core data set, each missing value replaced by
    /// `fill[feature]` (the training means, see ``trainingMeans(_:)``).
    public func dataset(_ indices: [Int], fill: [Double]) throws(LabError) -> Dataset {
        var values: [Double] = []
        values.reserveCapacity(indices.count * featureCount)
        for i in indices {
            for f in 0..<featureCount {
                let x = feature(i, f)
                values.append(x.isNaN ? (f < fill.count ? fill[f] : 0) : x)
            }
        }
        do {
            return try Dataset(features: values, featureCount: featureCount, labels: indices.map { labels[$0] },
                               classCount: classCount)
        } catch {
            throw LabError(message: "cannot build the data set: \(error)")
        }
    }
}

import TrainingCore

/// The cleaning and augmentation stages of the data pipeline, as a practitioner would run them
/// on data whose true labels are unknown.
///
/// Cleaning is two passes: first outliers by distance (a point whose 5th nearest neighbour is
/// more than 3× the median such distance away is dropped), then label noise by a k-nearest-
/// neighbour vote (k = 21: a point is dropped when most of its neighbours carry the other
/// label). Neither pass looks at the true labels; the simulation counts afterwards how many
/// of the dropped points really were bad. O(n² log n) for n points: fine for a few hundred.
enum DataCleaning {
    /// Neighbours for the outlier distance.
    static let outlierNeighbour = 5
    /// A point is an outlier beyond this multiple of the median neighbour distance.
    static let outlierFactor = 3.0
    /// Neighbours in the label vote.
    static let voteNeighbours = 21

    /// What cleaning kept and dropped.
    struct Result: Sendable, Equatable {
        var kept: [TrainingPoint]
        /// Dropped as too far from the rest.
        var droppedAsOutliers: [TrainingPoint]
        /// Dropped because most neighbours disagreed with their label.
        var droppedByVote: [TrainingPoint]
    }

    static func clean(_ points: [TrainingPoint]) -> Result {
        let n = points.count
        guard n > voteNeighbours else { return Result(kept: points, droppedAsOutliers: [], droppedByVote: []) }
        // Pass 1: distance to the k-th nearest neighbour.
        var reach = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let distances = (0..<n).filter { $0 != i }.map { squaredDistance(points[i], points[$0]) }.sorted()
            reach[i] = distances[min(outlierNeighbour, distances.count) - 1].squareRoot()
        }
        let median = reach.sorted()[n / 2]
        let limit = outlierFactor * median
        var survivors: [Int] = []
        var outliers: [TrainingPoint] = []
        for i in 0..<n {
            if reach[i] > limit { outliers.append(points[i]) } else { survivors.append(i) }
        }
        // Pass 2: majority vote of the nearest survivors (ties in distance: lower index first).
        var kept: [TrainingPoint] = []
        var voted: [TrainingPoint] = []
        for i in survivors {
            let neighbours = survivors.filter { $0 != i }
                .map { (squaredDistance(points[i], points[$0]), $0) }
                .sorted { $0 < $1 }
                .prefix(voteNeighbours)
            let agreeing = neighbours.filter { points[$0.1].label == points[i].label }.count
            if 2 * agreeing > neighbours.count { kept.append(points[i]) } else { voted.append(points[i]) }
        }
        return Result(kept: kept, droppedAsOutliers: outliers, droppedByVote: voted)
    }

    /// `points` followed by `copies` jittered copies of each (the core's
    /// ``Augmentation/jitter(_:copies:standardDeviation:using:)``: Gaussian, standard deviation
    /// `jitter` per coordinate, from the augmentation stream of `seed`). A copy keeps its
    /// original's label, right or wrong, and its flags.
    static func augment(_ points: [TrainingPoint], copies: Int, jitter: Double, seed: UInt64) -> [TrainingPoint] {
        guard !points.isEmpty,
              let data = try? Dataset(features: points.flatMap { [$0.x, $0.y] }, featureCount: 2,
                                      labels: points.map(\.label), classCount: 2)
        else { return points }
        var rng = SplitMix64(seed: seed, stream: .augmentation)
        let augmented = Augmentation.jitter(data, copies: copies, standardDeviation: jitter, using: &rng)
        return (0..<augmented.count).map { row in
            var point = points[row % points.count]
            point.x = augmented.feature(row, 0)
            point.y = augmented.feature(row, 1)
            return point
        }
    }

    static func squaredDistance(_ a: TrainingPoint, _ b: TrainingPoint) -> Double {
        let dx = a.x - b.x, dy = a.y - b.y
        return dx * dx + dy * dy
    }
}

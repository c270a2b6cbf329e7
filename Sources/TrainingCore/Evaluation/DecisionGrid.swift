/// A trained 2-D classifier's predictions on a regular grid over a box: the data behind a
/// decision-boundary heat map.
///
/// Cell centres: column c is at x = xMin + (c + ½)·(xMax − xMin)/columns; row r is at
/// y = yMax − (r + ½)·(yMax − yMin)/rows, so row 0 is the top of the box (as a heat map is
/// drawn). Coordinates are in the data's raw units; pass the standardizer the network was
/// trained behind, if any.
public struct DecisionGrid: Sendable, Hashable {
    /// x of each column's centre, increasing.
    public var xs: [Double]
    /// y of each row's centre, decreasing (row 0 on top).
    public var ys: [Double]
    /// probability[r][c]: the probability of the positive class at that cell, in [0, 1].
    public var probability: [[Double]]
    /// predicted[r][c]: the predicted class (argmax) at that cell.
    public var predicted: [[Int]]

    /// Evaluates `network` (2 inputs) on a `columns` × `rows` grid over the box.
    /// Throws for a network without 2 inputs, a grid without cells or an empty box.
    @_specialize(exported: true, where S == Float)
    @_specialize(exported: true, where S == Double)
    public static func evaluate<S: TrainingScalar>(
        _ network: Network<S>, x: ClosedRange<Double>, y: ClosedRange<Double>,
        columns: Int, rows: Int, positiveClass: Int = 1, standardizer: Standardizer? = nil
    ) throws -> DecisionGrid {
        guard network.inputCount == 2 else {
            throw TrainingCoreError.invalidData("a decision grid needs a network with 2 inputs, not \(network.inputCount)")
        }
        guard columns >= 1, rows >= 1 else { throw TrainingCoreError.invalidConfiguration("the grid needs at least one cell") }
        let dx = (x.upperBound - x.lowerBound) / Double(columns)
        let dy = (y.upperBound - y.lowerBound) / Double(rows)
        let xs = (0..<columns).map { x.lowerBound + (Double($0) + 0.5) * dx }
        let ys = (0..<rows).map { y.upperBound - (Double($0) + 0.5) * dy }
        var points: [Double] = []
        points.reserveCapacity(2 * rows * columns)
        for yv in ys {
            for xv in xs {
                points.append(xv)
                points.append(yv)
            }
        }
        if let standardizer { points = standardizer.transform(features: points) }
        let p = try network.probabilities(for: points)
        guard positiveClass >= 0, positiveClass < (p.first?.count ?? 0) else {
            throw TrainingCoreError.invalidData("class \(positiveClass) is not an output of the network")
        }
        var probability: [[Double]] = []
        var predicted: [[Int]] = []
        for r in 0..<rows {
            var pr: [Double] = [], cr: [Int] = []
            for c in 0..<columns {
                let row = p[r * columns + c]
                pr.append(row[positiveClass])
                var best = 0
                for k in 1..<row.count where row[k] > row[best] { best = k }
                cr.append(best)
            }
            probability.append(pr)
            predicted.append(cr)
        }
        return DecisionGrid(xs: xs, ys: ys, probability: probability, predicted: predicted)
    }
}

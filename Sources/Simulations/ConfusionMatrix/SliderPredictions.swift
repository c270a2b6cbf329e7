/// The predictions of an imagined classifier whose per-class recall the learner sets with the
/// sliders: class c's samples are predicted correctly `round(support · recall)` times, and the
/// rest are spread evenly over the other classes.
///
/// Deterministic and seed-free: the misclassified samples of class c go in equal shares to the
/// other classes, and the remainder one each to the classes after c (c+1, c+2, … wrapping
/// around), so the same sliders always give the same matrix.
struct SliderPredictions: Sendable, Equatable {
    /// True class of every sample, grouped by class (class 0 first).
    let truth: [Int]
    /// Predicted class of every sample, aligned with ``truth``.
    let predicted: [Int]

    /// Predictions for classes with `supports[c]` samples and a recall of `recallPercent[c]`
    /// percent (0–100, clamped).
    init(supports: [Int], recallPercent: [Int]) {
        let k = supports.count
        var truth: [Int] = []
        var predicted: [Int] = []
        for c in 0..<k {
            let n = max(0, supports[c])
            let percent = c < recallPercent.count ? min(max(recallPercent[c], 0), 100) : 100
            // Half away from zero, in integers: (n·p + 50) / 100.
            let correct = (n * percent + 50) / 100
            var counts = [Int](repeating: 0, count: k)
            counts[c] = correct
            let wrong = n - correct
            if k > 1 {
                let share = wrong / (k - 1), extra = wrong % (k - 1)
                for offset in 1..<k {
                    counts[(c + offset) % k] = share + (offset <= extra ? 1 : 0)
                }
            } else {
                counts[c] = n
            }
            for (p, count) in counts.enumerated() {
                for _ in 0..<count {
                    truth.append(c)
                    predicted.append(p)
                }
            }
        }
        self.truth = truth
        self.predicted = predicted
    }
}

/// The rendering benchmark of `lesson bench`: a 2×2 dashboard of plots (loss curves on a log
/// axis with an early-stopping marker, gradient norms with a NaN and an overflow, a learning-
/// rate schedule, and a parameter histogram), rendered and encoded for a 24-bit terminal.
///
/// The data are fixed functions of the step (no randomness, no training), so every call does
/// the same work and returns the same string.
public enum DashboardBenchmark {
    /// The dashboard widget at its fixed contents.
    public static func dashboard(steps: Int = 300) -> some Widget {
        var train: [Double] = [], validation: [Double] = [], gradient: [Double] = [], rate: [Double] = []
        var parameters: [Double] = []
        for i in 0..<steps {
            let t = Double(i) / Double(max(1, steps - 1))
            let wiggle = Double((i * 7919) % 97) / 97 - 0.5
            train.append(2.3 * DecimalMath.exp10(-2.2 * t) + 0.01 + 0.02 * wiggle * (1 - t))
            validation.append(2.3 * DecimalMath.exp10(-1.6 * t) + 0.06 + (t > 0.6 ? (t - 0.6) * 0.5 : 0) + 0.03 * wiggle)
            gradient.append(DecimalMath.exp10(1 - 3 * t + 0.3 * wiggle))
            rate.append(t < 0.1 ? 0.1 * t / 0.1 : 0.1 * (1 - (t - 0.1) / 0.9) + 1e-4)
        }
        gradient[steps / 3] = .nan
        gradient[steps / 2] = .infinity
        for i in 0..<2000 {
            let u = Double((i * 7919) % 2000) / 2000 - 0.5
            parameters.append(u * u * u * 8 + u * 0.5)
        }
        let stop = Double(steps) * 0.6
        let loss = LinePlot(series: [.init("train", y: train), .init("validation", y: validation)],
                            markers: [.init(x: stop, label: "early stop")], logY: true)
        let norms = LinePlot(series: [.init("grad norm", y: gradient)], logY: true)
        let schedule = LinePlot(series: [.init("learning rate", y: rate, role: .series(2))])
        let histogram = Histogram(values: parameters, bins: 40, range: -1...1)
        return Grid(columns: 2, spacing: 1, [
            Box(title: "Loss", border: .light, content: loss),
            Box(title: "Gradient norm", border: .light, content: norms),
            Box(title: "Learning rate", border: .light, content: schedule),
            Box(title: "Parameters", border: .light, content: histogram),
        ])
    }

    /// Renders the dashboard at `width × height` and encodes it for a truecolor terminal.
    public static func render(width: Int = 120, height: Int = 40, theme: Theme = .dark) -> String {
        let capabilities = Capabilities.trueColor(width: width)
        return dashboard().rendered(width: width, height: height, theme: theme.adapted(to: capabilities))
            .encoded(for: capabilities)
    }
}

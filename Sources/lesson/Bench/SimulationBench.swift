import Simulations
import Terminal

/// The simulation workloads of SPEC.md: one key action → new frame at 120×40 (p99 within
/// 16 ms), and each simulation's first frame from cold (the heaviest within 250 ms).
enum SimulationBench {
    static let size = ViewSize(width: 120, height: 40)

    /// The keys pressed in turn: every control moved both ways, focus moved, a resample.
    static let keyCycle: [SimAction] = [.right, .left, .down, .right, .left, .up, .space, .space, .reseed]

    /// Per simulation: the cold first frame (one sample) and `presses` key actions each
    /// followed by a frame.
    static func run(_ registry: SimulationRegistry, presses: Int) -> (perSimulation: [(id: String, cold: Double, keys: BenchResult)], allKeys: [Double]) {
        let caps = Capabilities.trueColor(width: size.width)
        let theme = Theme.dark.adapted(to: caps)
        var rows: [(String, Double, BenchResult)] = []
        var all: [Double] = []
        for entry in registry.entries {
            var session: SimulationSession?
            let cold = Stopwatch.microseconds {
                let started = try? entry.session(seed: 1)
                if let started { _ = started.frame(size: size, theme: theme).encoded(for: caps) }
                session = started
            }
            guard var running = session else { continue }
            var samples: [Double] = []
            for index in 0..<presses {
                let action = keyCycle[index % keyCycle.count]
                samples.append(Stopwatch.microseconds {
                    running.apply(action)
                    _ = running.frame(size: size, theme: theme).encoded(for: caps)
                })
            }
            all += samples
            rows.append((entry.id, cold / 1000, BenchResult(name: "\(entry.id) key→frame p99", unit: "ms", samples: samples.map { $0 / 1000 }, budget: 16)))
        }
        return (rows, all)
    }
}

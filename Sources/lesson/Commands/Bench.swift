import ArgumentParser
import Foundation
import Grading
import Runtime
import Simulations
import Terminal

/// `lesson bench`: the performance workloads of SPEC.md, measured in this process (release
/// builds only give meaningful figures).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run the performance workloads of SPEC.md.",
        discussion: "Build with 'swift build -c release' first: a debug build is 10-100x slower."
    )

    @OptionGroup var display: DisplayOptions

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    @Option(help: "The NumPy reference script for W1 (default: ../shared/bench/mlp_numpy.py when found).")
    var numpyScript: String?

    @Flag(help: "Fewer repetitions, for a quick look.")
    var quick = false

    @Flag(help: "Run workload W1 only (the training core against NumPy).")
    var w1Only = false

    func run() throws {
        var results: [BenchResult] = []
        let progress = ProgressLine()

        progress.show("W1: MLP 2-32-32-2 on two moons, 2000 SGD steps")
        results += W1Bench.run(repeats: quick ? 1 : 5, numpyScript: numpyScript ?? W1Bench.defaultNumpyScript())
        if w1Only { return report(results, progress) }

        progress.show("dashboard render 120x40")
        let caps = Capabilities.trueColor(width: 120)
        let dashboard = Stopwatch.samples(quick ? 50 : 300) { _ = DashboardBenchmark.render(width: 120, height: 40, theme: Theme.dark.adapted(to: caps)) }
        results.append(BenchResult(name: "dashboard 2x2 render 120x40", unit: "ms", samples: dashboard.map { $0 / 1000 }, budget: 2))

        progress.show("simulations: cold first frame and key → frame")
        let registry = try SimulationCatalogLoader.registry(display.contentSource)
        let sims = SimulationBench.run(registry, presses: quick ? 20 : 100)
        for row in sims.perSimulation {
            results.append(BenchResult(name: "\(row.id) cold first frame", unit: "ms", samples: [row.cold], budget: 250))
            results.append(row.keys)
        }
        results.append(BenchResult(name: "all simulations key→frame p99", unit: "ms", samples: sims.allKeys.map { $0 / 1000 }, budget: 16))

        // What an interactive session can hold at most: the training core, the dashboard and
        // every simulation (the budget of SPEC.md is for interactive sessions).
        let interactivePeak = peakMemoryMiB()

        progress.show("time-breakdown, whole process")
        if let process = ProcessBench.wholeProcess(arguments: ["sim", "time-breakdown", "--format", "plain"], runs: quick ? 5 : 20) {
            results.append(BenchResult(name: "lesson sim time-breakdown --format plain (process)", unit: "ms", samples: process, budget: 30))
        }

        progress.show("grading 10,000 submissions")
        let grading = GradingBenchmark(submissions: 10_000)
        let gradeTimes = Stopwatch.samples(quick ? 1 : 3) { _ = grading.run() }
        results.append(BenchResult(name: "grade 10,000 submissions of 10 questions", unit: "ms", samples: gradeTimes.map { $0 / 1000 }, budget: 2000))

        progress.show("lesson check over the course")
        if let check = ProcessBench.wholeProcess(arguments: ["check"], runs: quick ? 2 : 5) {
            results.append(BenchResult(name: "lesson check, whole course (process)", unit: "ms", samples: check, budget: 200))
        }
        progress.show("first screen of lesson (process, piped)")
        if let first = ProcessBench.wholeProcess(arguments: [], runs: quick ? 3 : 10) {
            results.append(BenchResult(name: "lesson catalog, first screen (process)", unit: "ms", samples: first, budget: 100))
        }
        results.append(BenchResult(name: "peak memory, W1 + dashboard + every simulation", unit: "MiB", samples: [interactivePeak],
                                   budget: 64, note: "all in one process: more than one interactive session holds"))
        results.append(BenchResult(name: "peak memory, after grading 10,000 submissions", unit: "MiB", samples: [peakMemoryMiB()],
                                   budget: nil, note: "a batch job, not an interactive session"))
        report(results, progress)
    }

    /// Clears the progress line and prints the table (or JSON).
    private func report(_ results: [BenchResult], _ progress: ProgressLine) {
        progress.clear()
        Output.write(format == .json ? BenchReport.json(results) : BenchReport.text(results))
    }
}

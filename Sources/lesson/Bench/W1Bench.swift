import Foundation
import Simulations
import TrainingCore

/// Workload W1 (SPEC.md): the MLP 2→32→32→2 on two moons, against the NumPy reference run
/// in the same bench.
enum W1Bench {
    /// `../shared/bench/mlp_numpy.py` from the working folder or from the package.
    static func defaultNumpyScript() -> String? {
        let candidates = [
            FileManager.default.currentDirectoryPath + "/../shared/bench/mlp_numpy.py",
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../shared/bench/mlp_numpy.py").standardized.path,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Microseconds per step of NumPy's W1, from the script's own report; nil when Python or
    /// NumPy is missing.
    static func numpyMicrosecondsPerStep(script: String) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8),
              let range = text.range(of: "us_per_step=") else { return nil }
        return Double(text[range.upperBound...].prefix { $0.isNumber || $0 == "." })
    }

    static func run(repeats: Int, numpyScript: String?) -> [BenchResult] {
        let numpy = numpyScript.flatMap(numpyMicrosecondsPerStep)
        var perStep: [Double] = []
        var accuracy = 0.0
        for _ in 0..<max(1, repeats) {
            var workload = W1Workload(seed: 0)
            let micro = Stopwatch.microseconds { workload.train() }
            perStep.append(micro / Double(W1Workload.referenceSteps))
            accuracy = workload.fullDataEvaluation().accuracy
        }
        var results = [BenchResult(name: "W1 MLP 2-32-32-2, 2000 SGD steps", unit: "µs/step", samples: perStep,
                                   budget: numpy.map { $0 / 8 },
                                   note: "final accuracy \(NumberText.percent(accuracy)), kernels \(KernelVariant.current.rawValue)"
                                       + (numpy == nil ? "; no NumPy to compare" : ""))]
        if let numpy {
            results.append(BenchResult(name: "W1 NumPy reference (same run)", unit: "µs/step", samples: [numpy], budget: nil))
        }
        return results
    }
}

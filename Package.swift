// swift-tools-version:6.0
import PackageDescription

// The dense-layer kernels are compiled twice from the same files: once for any CPU, and, on
// x86-64, once more for x86-64-v3 (AVX2; Swift never fuses multiply-adds, so both give the
// same bits). TrainingCore picks the second at run time when the CPU has it.
var kernelTargets: [Target] = [.target(name: "TrainingKernels"), .target(name: "CPUFeatures")]
var kernelDependencies: [Target.Dependency] = ["TrainingKernels", "CPUFeatures"]
#if arch(x86_64)
kernelTargets.append(.target(name: "TrainingKernelsAVX2",
                             swiftSettings: [.unsafeFlags(["-target-cpu", "haswell"])]))
kernelDependencies.append("TrainingKernelsAVX2")
#endif

let package = Package(
    name: "lesson",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lesson", targets: ["lesson"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // GNU readline, linked from the system (Debian: libreadline-dev).
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // The course files, embedded at build time by the EmbedCourse plugin.
        .executableTarget(name: "embed-course", path: "Sources/embed-course"),
        .plugin(name: "EmbedCourse", capability: .buildTool(), dependencies: ["embed-course"]),
        .target(name: "CourseContent", plugins: ["EmbedCourse"]),
        // Deterministic ML: data, models, training, metrics, diagnostics. No I/O.
        .target(name: "TrainingCore", dependencies: kernelDependencies),
        // Cells, styles, widgets, ANSI/plain encoders. Knows nothing of ML.
        .target(name: "Terminal"),
        // One simulation per folder, in the Elm shape: State, update, view, snapshot.
        .target(name: "Simulations", dependencies: ["TrainingCore", "Terminal"]),
        // Lesson and quiz file formats, parser, diagnostics, catalog, validator.
        .target(name: "Course", dependencies: ["Yams", "Terminal"]),
        // Pure grading of answers against questions; gradebook writers.
        .target(name: "Grading", dependencies: ["Course", "Yams"]),
        // The debugging toolkit on a learner's own CSV data.
        .target(name: "Lab", dependencies: [
            "TrainingCore", "Terminal",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        // The player: pages, navigation, keys, readline prompt, progress file.
        .target(name: "Runtime", dependencies: [
            "CReadline", "Simulations", "Course", "Grading", "Terminal", "Lab", "TrainingCore", "CourseContent", "Yams",
        ]),
        .executableTarget(name: "lesson", dependencies: [
            "Runtime", "Simulations", "Course", "Grading", "Terminal", "TrainingCore", "Lab",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "TrainingCoreTests", dependencies: ["TrainingCore"] + kernelDependencies),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"], resources: [.copy("Golden")]),
        .testTarget(name: "SimulationsTests", dependencies: ["Simulations", "TrainingCore", "Terminal"]),
        .testTarget(name: "CourseTests", dependencies: ["Course", "Terminal"], exclude: ["Fixtures"]),
        .testTarget(name: "GradingTests", dependencies: ["Grading", "Course"], exclude: ["Fixtures"]),
        .testTarget(name: "LabTests", dependencies: ["Lab", "TrainingCore"]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime"]),
        // A tiny program the end-to-end tests drive through a pty to test the Runtime's terminal
        // handling (raw mode, keys, readline, signals) on its own.
        .executableTarget(name: "lesson-terminal-probe", dependencies: ["Runtime"], path: "Tests/TerminalProbe"),
        .testTarget(name: "EndToEndTests", dependencies: ["lesson", "lesson-terminal-probe"]),
    ] + kernelTargets
)

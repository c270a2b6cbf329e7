import ArgumentParser
import Foundation
import Lab
import Runtime
import Terminal

/// `lesson lab`: The debugging toolkit on your own CSV data.
struct LabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "The debugging toolkit on your own CSV data.",
        discussion: """
        Apply the course's method to a CSV file of your own: check the data pipeline (audit), \
        run the five-step triage, find a learning rate, train a model with curves and \
        per-class scores, or evaluate any model's predictions beyond accuracy.
        """,
        subcommands: [LabAudit.self, LabTriage.self, LabLRFind.self, LabTrain.self, LabEvaluate.self]
    )

    @OptionGroup var display: DisplayOptions
}

/// `--format` of the lab commands.
enum LabOutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

/// The CSV file and how to read and print it: shared by every lab command.
struct LabFileOptions: ParsableArguments {
    @Argument(help: "The CSV file (a header row, then one row per example).")
    var csv: String

    @Option(help: ArgumentHelp("The field delimiter: one character, or 'tab'.", valueName: "CHAR"))
    var delimiter: String = ","

    @Option(help: "Output: text (tables and plots) or json.")
    var format: LabOutputFormat = .text

    func validate() throws {
        _ = try delimiterCharacter()
    }

    /// The delimiter as one ASCII character (`tab` and `\t` mean a tab).
    func delimiterCharacter() throws -> Character {
        switch delimiter {
        case "tab", "\\t", "\t": return "\t"
        default:
            guard delimiter.count == 1, let c = delimiter.first, c.isASCII, c != "\"", c != "\n", c != "\r" else {
                throw ValidationError("--delimiter must be one ASCII character (or 'tab'), not '\(TextSanitizer.sanitize(delimiter, newlines: .space))'.")
            }
            return c
        }
    }

    /// The table in the file, or a bad-input failure (`path:line:col: error: ...`, exit 1).
    func table() throws -> DataTable {
        try lab { try CSVFile.read(path: csv, delimiter: delimiterCharacter()) }
    }
}

/// The columns that make the examples: shared by audit, triage, lr-find and train.
struct LabDataOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The column to predict (the label).", valueName: "COLUMN"))
    var target: String

    @Option(help: ArgumentHelp("The column naming each row's entity (patient, user...): train and triage split by it; audit checks leakage across it.", valueName: "COLUMN"))
    var group: String?

    @Option(help: ArgumentHelp("Columns that are not features, comma-separated (e.g. an ID).", valueName: "COLUMNS"))
    var ignore: String?

    @Flag(name: .customLong("one-hot"), help: "One-hot encode text columns (up to 30 categories) instead of skipping them (train, triage and lr-find; audit lists text columns either way).")
    var oneHot = false

    var ignored: [String] {
        (ignore ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    var datasetOptions: LabDataset.Options {
        LabDataset.Options(target: target, group: group, ignore: ignored, oneHot: oneHot)
    }
}

/// The model settings of train, triage and lr-find.
struct LabModelOptions: ParsableArguments {
    @Option(help: "The model: logistic (no hidden layer) or mlp.")
    var model: ModelSpec.Kind = .mlp

    @Option(help: ArgumentHelp("Hidden layer widths of the MLP, comma-separated.", valueName: "WIDTHS"))
    var hidden: String = "32,32"

    @Option(name: .customLong("batch-size"), help: "Examples per mini-batch.")
    var batchSize: Int = 32

    @Option(help: "The optimizer: adam or sgd.")
    var optimizer: ModelSpec.OptimizerChoice = .adam

    func validate() throws {
        _ = try widths()
    }

    func widths() throws -> [Int] {
        let parts = hidden.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let widths = parts.compactMap { Int($0) }
        guard !parts.isEmpty, widths.count == parts.count, widths.allSatisfy({ (1...4096).contains($0) }), widths.count <= 16 else {
            throw ValidationError("--hidden takes 1 to 16 layer widths between 1 and 4096, comma-separated, like 32,32; got '\(TextSanitizer.sanitize(hidden, newlines: .space))'.")
        }
        return widths
    }
}

extension ModelSpec.Kind: ExpressibleByArgument {}
extension ModelSpec.OptimizerChoice: ExpressibleByArgument {}

/// Runs `body`, turning a lab error into the command's bad-input failure (exit 1).
func lab<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as LabError {
        throw CommandFailure.badInput(error.description)
    }
}

/// Prints a lab report: JSON, or the frame at the output's width and capabilities.
func printLab(_ format: LabOutputFormat, display: DisplayOptions, json: () -> JSONValue,
              frame: (_ width: Int, _ theme: Theme) -> Frame) {
    switch format {
    case .json:
        Output.line(json().encoded(pretty: true))
    case .text:
        let capabilities = display.capabilities
        Output.line(frame(capabilities.width, display.theme(for: capabilities)).encoded(for: capabilities))
    }
}

/// One line of progress on standard error, redrawn in place, only when standard error is a
/// terminal (never in pipes, logs or tests).
final class ProgressLine {
    private let enabled = isatty(2) == 1 && Capabilities.termTakesEscapes(ProcessInfo.processInfo.environment)
    private var shown = 0

    func show(_ text: String) {
        guard enabled else { return }
        let padding = String(repeating: " ", count: max(0, shown - text.count))
        Output.standardError("\r" + text + padding)
        shown = text.count
    }

    func clear() {
        guard enabled, shown > 0 else { return }
        Output.standardError("\r" + String(repeating: " ", count: shown) + "\r")
        shown = 0
    }
}

/// `lesson lab audit CSV --target COL [--group COL]`.
struct LabAudit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the data pipeline: types, missing and NaN values, duplicates, leakage, balance, scale, ID-like columns.",
        discussion: "Exit status 0 even when there are findings; 1 when the file cannot be read."
    )

    @OptionGroup var display: DisplayOptions
    @OptionGroup var file: LabFileOptions
    @OptionGroup var data: LabDataOptions

    func run() throws {
        let table = try file.table()
        let options = DataAudit.Options(target: data.target, group: data.group, ignore: data.ignored, seed: display.chosenSeed)
        let report = try lab { try DataAudit.run(table, options: options) }
        printLab(file.format, display: display, json: { report.json }) { width, theme in
            AuditView.frame(report, width: width, theme: theme)
        }
    }
}

/// `lesson lab triage CSV --target COL`.
struct LabTriage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "The five-step triage: overfit 10 examples, overfit a subset, train on all the data, check the gradients, check the data.",
        discussion: "Stops at the first failing step and says what it points to. Shows progress on standard error when it is a terminal."
    )

    @OptionGroup var display: DisplayOptions
    @OptionGroup var file: LabFileOptions
    @OptionGroup var data: LabDataOptions
    @OptionGroup var model: LabModelOptions

    @Option(name: .customLong("lr"), help: "The learning rate.")
    var learningRate: Double = 0.01

    func run() throws {
        let table = try file.table()
        let spec = ModelSpec(kind: model.model, optimizer: model.optimizer, hidden: try model.widths(),
                             learningRate: learningRate, batchSize: model.batchSize, seed: display.chosenSeed)
        let progress = ProgressLine()
        let report = try lab {
            try Triage.run(table, options: Triage.Options(data: data.datasetOptions, spec: spec)) { step, what in
                progress.show("lab triage: step \(step) of 5, \(what)")
            }
        }
        progress.clear()
        printLab(file.format, display: display, json: { report.json }) { width, theme in
            TriageView.frame(report, path: table.path, width: width, theme: theme)
        }
    }
}

/// `lesson lab lr-find CSV --target COL`.
struct LabLRFind: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lr-find",
        abstract: "The learning-rate range test: the loss as the rate grows from 1e-6 to 10, and a suggested rate.",
        discussion: "Leslie Smith's test: the suggestion is a decade below the rate where the smoothed loss fell fastest (not where it was lowest: there the rate is already close to blowing up). The report ends with the lab train command that uses it, with the same columns and model options."
    )

    @OptionGroup var display: DisplayOptions
    @OptionGroup var file: LabFileOptions
    @OptionGroup var data: LabDataOptions
    @OptionGroup var model: LabModelOptions

    func run() throws {
        let table = try file.table()
        let spec = ModelSpec(kind: model.model, optimizer: model.optimizer, hidden: try model.widths(),
                             batchSize: model.batchSize, seed: display.chosenSeed)
        let search = try lab { try LearningRateSearch.run(table, data: data.datasetOptions, spec: spec) }
        let delimiter = try file.delimiterCharacter()
        printLab(file.format, display: display, json: { search.json }) { width, theme in
            LearningRateView.frame(search, path: table.path, delimiter: delimiter, width: width, theme: theme)
        }
    }
}

/// `lesson lab train CSV --target COL [--model ...]`.
struct LabTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model: validation accuracy, per-class precision/recall/F1, the confusion matrix and the curves.",
        discussion: "Features are standardised on the training split. Defaults: an MLP 32,32 with Adam, lr 0.01, about 2000 steps."
    )

    @OptionGroup var display: DisplayOptions
    @OptionGroup var file: LabFileOptions
    @OptionGroup var data: LabDataOptions
    @OptionGroup var model: LabModelOptions

    @Option(help: "Epochs to train (default: about 2000 steps, 20 to 200 epochs).")
    var epochs: Int?

    @Option(name: .customLong("lr"), help: "The learning rate (of Adam, or of SGD with --optimizer sgd).")
    var learningRate: Double = 0.01

    @Option(name: .customLong("weight-decay"), help: "L2 weight decay on the weights.")
    var weightDecay: Double = 0

    @Option(help: "Dropout rate after each hidden layer, in [0, 1).")
    var dropout: Double = 0

    func run() throws {
        let table = try file.table()
        let spec = ModelSpec(kind: model.model, optimizer: model.optimizer, hidden: try model.widths(), epochs: epochs,
                             learningRate: learningRate,
                             weightDecay: weightDecay, dropout: dropout, batchSize: model.batchSize, seed: display.chosenSeed)
        let progress = ProgressLine()
        let run = try lab { () throws -> TrainingRun in
            try spec.validate()
            let dataset = try LabDataset.prepare(table, options: data.datasetOptions)
            return try TrainingRun.train(dataset, split: .lab(dataset, seed: display.chosenSeed), spec: spec) { done, planned in
                progress.show("lab train: epoch \(done) of \(planned)")
            }
        }
        progress.clear()
        printLab(file.format, display: display, json: { run.json }) { width, theme in
            TrainView.frame(run, path: table.path, group: data.group, width: width, theme: theme)
        }
    }
}

/// `lesson lab evaluate CSV --true COL (--pred COL | --score COL [--threshold T])`.
struct LabEvaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate any model's predictions: confusion matrix, precision/recall/F1, balanced accuracy; PR and ROC with scores.",
        discussion: "Numbers follow scikit-learn's definitions (zero_division = 0)."
    )

    @OptionGroup var display: DisplayOptions
    @OptionGroup var file: LabFileOptions

    @Option(name: .customLong("true"), help: ArgumentHelp("The column of true labels.", valueName: "COLUMN"))
    var truth: String

    @Option(name: .customLong("pred"), help: ArgumentHelp("The column of predicted labels.", valueName: "COLUMN"))
    var predicted: String?

    @Option(help: ArgumentHelp("The column of scores for the positive class (binary problems).", valueName: "COLUMN"))
    var score: String?

    // Unconditional: the next word is the value even when it starts with '-' (a negative
    // threshold for scores such as log-odds).
    @Option(parsing: .unconditional, help: "With --score: a score at or above it is predicted positive.")
    var threshold: Double = 0.5

    @Option(help: ArgumentHelp("With --score: the positive label (default 1, true or yes, else the second label).", valueName: "LABEL"))
    var positive: String?

    @Option(help: ArgumentHelp("The labels to report and their order, comma-separated (default: all, sorted).", valueName: "LABELS"))
    var labels: String?

    func validate() throws {
        if (predicted == nil) == (score == nil) {
            throw ValidationError("Give exactly one of --pred COLUMN (predicted labels) or --score COLUMN (scores).")
        }
        if !threshold.isFinite { throw ValidationError("--threshold must be a finite number.") }
        if predicted != nil, positive != nil { throw ValidationError("--positive goes with --score.") }
    }

    func run() throws {
        let table = try file.table()
        let list = labels.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
        let options = PredictionEvaluation.Options(truth: truth, predicted: predicted, score: score, threshold: threshold,
                                                   positive: positive, labels: list)
        let evaluation = try lab { try PredictionEvaluation.run(table, options: options) }
        printLab(file.format, display: display, json: { evaluation.json }) { width, theme in
            EvaluationView.frame(evaluation, path: table.path, width: width, theme: theme)
        }
    }
}

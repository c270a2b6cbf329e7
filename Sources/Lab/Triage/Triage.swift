import TrainingCore

/// Runs the five-step triage (see ``TriageReport``) on a CSV table with an MLP from the core.
///
/// Pure apart from the optional progress callback: a parsed table in, a report out, the same
/// report for the same table, options and seed. Sizes: step 1 trains on 10 training examples
/// (several classes when the data has them) for 500 full-batch steps; step 2 on up to 500
/// training examples (at least 100 when there are that many) for about 1,500 mini-batch
/// steps; step 3 is `lab train` with the same spec; step 4 checks gradients by central
/// differences on 8 training examples in Double; step 5 is `lab audit`.
public enum Triage {
    /// What to triage.
    public struct Options: Sendable, Hashable {
        public var data: LabDataset.Options
        public var spec: ModelSpec

        public init(data: LabDataset.Options, spec: ModelSpec = ModelSpec()) {
            self.data = data
            self.spec = spec
        }
    }

    /// Step names, in order.
    public static let stepNames = [
        "Overfit 10 examples", "Overfit a small subset", "Train on all the data", "Check the gradients", "Check the data",
    ]

    /// The largest gradient-check error that still counts as correct, and the one above which
    /// the backward pass is wrong (the course's 1e-5 and 1e-3).
    public static let gradientTolerance = 1e-5, gradientBugLevel = 1e-3
    /// The share of dead units in a layer from which step 4 fails (the course's 50%).
    public static let deadLimit = 0.5

    /// Runs the triage. `progress` gets (step number, what is happening) as it works.
    public static func run(_ table: DataTable, options: Options,
                           progress: ((Int, String) -> Void)? = nil) throws(LabError) -> TriageReport {
        try options.spec.validate()
        let data = try LabDataset.prepare(table, options: options.data)
        try data.requireTrainable()
        let spec = options.spec
        let split = DataSplit.lab(data, seed: spec.seed)
        guard split.train.count >= 10, !split.validation.isEmpty else {
            throw LabError(path: table.path, message: "\(data.count) labelled rows are too few for the triage",
                           hint: "it needs at least 10 training rows plus a validation split (about 15 rows in all)")
        }
        let prepared = try PreparedSplit(data, split: split)
        let architecture = spec.architecture(inputs: data.featureCount, classes: data.classCount)
        let summary = spec.summary(inputs: data.featureCount, classes: data.classCount)
        var steps: [TriageReport.Step] = []
        var conclusion = ""

        func skipRest() {
            for n in (steps.count + 1)...5 {
                steps.append(TriageReport.Step(number: n, name: stepNames[n - 1], status: .skipped,
                                               summary: "not run: an earlier step failed", details: []))
            }
        }

        // Step 1: overfit 10 examples.
        progress?(1, "overfitting 10 examples")
        let tiny = pick(10, from: split.train, labels: data.labels, seed: spec.seed)
        let step1 = try overfitTen(tiny, data: data, prepared: prepared, split: split, table: table,
                                   architecture: architecture, spec: spec)
        steps.append(step1)
        if step1.status == .failed {
            skipRest()
            conclusion = "Step 1 failed: the model cannot memorise 10 examples. " + (step1.pointsTo ?? "")
            return TriageReport(modelSummary: summary, steps: steps, conclusion: conclusion)
        }

        // Step 2: overfit a subset of 100-500.
        progress?(2, "overfitting a subset")
        let subsetSize = min(500, split.train.count)
        let subset = pick(subsetSize, from: split.train, labels: data.labels, seed: spec.seed)
        let step2 = try overfitSubset(subset, data: data, prepared: prepared, split: split, architecture: architecture, spec: spec)
        steps.append(step2)
        if step2.status == .failed {
            skipRest()
            conclusion = "Step 2 failed: the model cannot memorise a few hundred examples. " + (step2.pointsTo ?? "")
            return TriageReport(modelSummary: summary, steps: steps, conclusion: conclusion)
        }

        // Step 3: all the data, both curves.
        progress?(3, "training on all the data")
        let run = try TrainingRun.train(data, split: split, spec: spec) { done, planned in
            progress?(3, "training on all the data, epoch \(done) of \(planned)")
        }
        let step3 = fullData(run)
        steps.append(step3)
        if step3.status == .failed {
            skipRest()
            conclusion = "Step 3 failed: \(run.verdict == .diverged ? "training diverged" : "the model underfits"). " + (step3.pointsTo ?? "")
            return TriageReport(modelSummary: summary, steps: steps, conclusion: conclusion)
        }

        // Step 4: gradient health.
        progress?(4, "checking the gradients")
        let batch = pick(8, from: split.train, labels: data.labels, seed: spec.seed &+ 1)
        let step4 = try gradients(run, fresh: try network(architecture, seed: spec.seed),
                                  batch: prepared.standardizer.transform(try data.dataset(batch, fill: prepared.fill)),
                                  validation: prepared.validation)
        steps.append(step4)
        if step4.status == .failed {
            skipRest()
            conclusion = "Step 4 failed: the gradients are unhealthy. " + (step4.pointsTo ?? "")
            return TriageReport(modelSummary: summary, steps: steps, conclusion: conclusion)
        }

        // Step 5: the data.
        progress?(5, "auditing the data")
        let audit = try DataAudit.run(table, options: DataAudit.Options(target: options.data.target, group: options.data.group,
                                                                        ignore: options.data.ignore, seed: spec.seed,
                                                                        splitsByGroup: true))
        let step5 = dataStep(audit)
        steps.append(step5)
        if step5.status == .failed {
            conclusion = "Step 5 failed: the model trains, but the data has problems that make its numbers unreliable. " + (step5.pointsTo ?? "")
        } else if steps.contains(where: { $0.status == .warning }) {
            let warned = steps.filter { $0.status == .warning }.map { "step \($0.number)" }.joined(separator: ", ")
            conclusion = "No step failed; read the warnings (\(warned)). "
                + (run.verdict == .overfit ? "The model overfits: regularise or get more data before tuning anything else." : "")
        } else {
            conclusion = "All five steps passed: the pipeline works, the model fits and the data looks sound. Tune next (lab lr-find, then --lr, --hidden, --weight-decay), and keep a test set for the end."
        }
        return TriageReport(modelSummary: summary, steps: steps, conclusion: conclusion)
    }

    /// `count` of `candidates`, shuffled by `seed`, taken round-robin across classes so every
    /// class is represented when it can be. Sorted.
    static func pick(_ count: Int, from candidates: [Int], labels: [Int], seed: UInt64) -> [Int] {
        var rng = SplitMix64(seed: seed, stream: .sampling)
        var shuffled = candidates
        rng.shuffle(&shuffled)
        var byClass: [Int: [Int]] = [:]
        for i in shuffled { byClass[labels[i], default: []].append(i) }
        let classes = byClass.keys.sorted()
        var chosen: [Int] = []
        var round = 0
        while chosen.count < min(count, candidates.count) {
            var added = false
            for c in classes where chosen.count < count {
                if let members = byClass[c], round < members.count {
                    chosen.append(members[round])
                    added = true
                }
            }
            if !added { break }
            round += 1
        }
        return chosen.sorted()
    }

    /// Pairs of examples among `rows` with the same (prepared) inputs and different labels.
    static func contradictions(_ rows: [Int], data: LabDataset) -> [(Int, Int)] {
        var seen: [[Double]: Int] = [:]
        var pairs: [(Int, Int)] = []
        for i in rows {
            let x = (0..<data.featureCount).map { data.feature(i, $0) }
            if let j = seen[x] {
                if data.labels[j] != data.labels[i] { pairs.append((j, i)) }
            } else {
                seen[x] = i
            }
        }
        return pairs
    }

    static func network(_ architecture: Architecture, seed: UInt64) throws(LabError) -> Network<Float> {
        do { return try Network<Float>(architecture: architecture, initializer: .he, seed: seed) } catch {
            throw LabError(message: "cannot build the network: \(error)")
        }
    }

    static func overfitTen(_ rows: [Int], data: LabDataset, prepared: PreparedSplit, split: DataSplit, table: DataTable,
                           architecture: Architecture, spec: ModelSpec) throws(LabError) -> TriageReport.Step {
        let batch = prepared.standardizer.transform(try data.dataset(rows, fill: prepared.fill))
        let report: OverfitBatchReport
        do {
            report = try OverfitBatchTest.run(network: try network(architecture, seed: spec.seed), batch: batch,
                                              configuration: spec.configuration(validationInterval: 0), steps: 500,
                                              lossThreshold: 0.05)
        } catch {
            throw LabError(message: "cannot run step 1: \(error)")
        }
        let classes = Set(rows.map { data.labels[$0] }).count
        var step = TriageReport.Step(number: 1, name: stepNames[0], status: report.passed ? .passed : .failed,
                                     summary: "", details: [], losses: report.losses)
        let lines = rows.map { table.lineNumbers[data.tableRows[$0]] }
        step.details.append("\(rows.count) training examples (\(classes) class\(classes == 1 ? "" : "es"); lines \(lines.map(String.init).joined(separator: ", "))), 500 full-batch steps of Adam, lr \(LabFormat.short(spec.learningRate))")
        if report.passed {
            step.summary = "memorised: loss \(LabFormat.short(report.finalLoss)), all \(rows.count) right"
            return step
        }
        step.summary = "not memorised: loss \(LabFormat.short(report.finalLoss)), \(LabFormat.percent(report.finalAccuracy)) right"
        step.details += report.findings
        let conflicts = contradictions(rows, data: data)
        if let (a, b) = conflicts.first {
            let la = table.lineNumbers[data.tableRows[a]], lb = table.lineNumbers[data.tableRows[b]]
            step.pointsTo = "Lines \(la) and \(lb) have the same inputs but different labels ('\(data.classNames[data.labels[a]])' and '\(data.classNames[data.labels[b]])'): no model can fit both. Check that labels line up with their rows (lab audit lists every such pair)."
        } else if spec.kind == .logistic {
            step.pointsTo = "A linear model cannot fit every pattern, even on 10 examples: that is its limit, not a bug. Triage an MLP (--model mlp) to test the pipeline."
        } else if report.diverged {
            step.pointsTo = "The loss became NaN or infinite on 10 examples: the learning rate is far too high (lower --lr by 10×), or the data has extreme values (lab audit)."
        } else {
            step.pointsTo = "With the lab's tested training loop, this points to the data: labels that do not line up with their rows, or inputs that carry no values (all missing or constant). Check the pairing of inputs and labels (lab audit), then try a higher --lr."
        }
        return step
    }

    static func overfitSubset(_ rows: [Int], data: LabDataset, prepared: PreparedSplit, split: DataSplit,
                              architecture: Architecture, spec: ModelSpec) throws(LabError) -> TriageReport.Step {
        let subset = prepared.standardizer.transform(try data.dataset(rows, fill: prepared.fill))
        let batch = min(spec.batchSize, subset.count)
        let stepsPerEpoch = max(1, subset.count / batch)
        let epochs = max(50, min(400, 1500 / stepsPerEpoch))
        var trainer: Trainer<Float>
        do {
            var configuration = spec.configuration(validationInterval: 0)
            configuration.evaluatesTrainingSet = false
            trainer = try Trainer(network: try network(architecture, seed: spec.seed), training: subset,
                                  configuration: configuration)
        } catch {
            throw LabError(message: "cannot run step 2: \(error)")
        }
        trainer.run(epochs: epochs)
        let final = trainer.evaluateTraining()
        // The best any model can do: identical inputs with different labels cap the accuracy.
        var groups: [[Double]: [Int: Int]] = [:]
        for i in rows {
            let x = (0..<data.featureCount).map { data.feature(i, $0) }
            groups[x, default: [:]][data.labels[i], default: 0] += 1
        }
        let reachable = groups.values.reduce(0) { $0 + ($1.values.max() ?? 0) }
        let ceiling = Double(reachable) / Double(max(1, rows.count))
        var diverged = false
        if case .diverged = trainer.status { diverged = true }
        let passed = !diverged && final.accuracy >= 0.95 * ceiling
        var step = TriageReport.Step(number: 2, name: stepNames[1], status: passed ? .passed : .failed, summary: "",
                                     details: ["\(rows.count) training examples, \(trainer.stepCount) mini-batch steps (\(epochs) epochs)"],
                                     losses: trainer.history.trainLoss)
        if ceiling < 1 {
            step.details.append("identical inputs with different labels cap accuracy on this subset at \(LabFormat.percent(ceiling))")
        }
        step.summary = "\(passed ? "memorised" : "not memorised"): training accuracy \(LabFormat.percent(final.accuracy)), loss \(LabFormat.short(final.loss))"
        if !passed {
            step.pointsTo = diverged
                ? "Training diverged: lower the learning rate (lab lr-find suggests one)."
                : "The model is too small or trains too briefly for this data: add width or layers (--hidden 128,128), or check the learning rate with lab lr-find."
        }
        return step
    }

    static func fullData(_ run: TrainingRun) -> TriageReport.Step {
        let status: TriageReport.Status = switch run.verdict {
        case .good: .passed
        case .overfit: .warning
        case .underfit, .diverged: .failed
        }
        var step = TriageReport.Step(number: 3, name: stepNames[2], status: status,
                                     summary: "\(run.verdict == .good ? "good fit" : run.verdict.rawValue): validation accuracy \(LabFormat.percent(run.validationAccuracy)), training accuracy \(LabFormat.percent(run.trainAccuracy))",
                                     details: ["\(run.trainingCount) training and \(run.validationCount) validation rows, \(run.completedEpochs) epochs",
                                               "final loss: training \(LabFormat.short(run.curves.trainLoss.last ?? .nan)), validation \(LabFormat.short(run.curves.validationLoss.last ?? .nan)) (chance level \(LabFormat.short(run.chanceLoss)))",
                                               run.verdict.meaning],
                                     curves: run.curves, verdict: run.verdict)
        if status != .passed { step.pointsTo = run.verdict.advice }
        return step
    }

    /// Step 4: gradient norms and dead units of the trained network, and the numerical check of
    /// backprop on `fresh` (the same architecture, as initialised: its gradients are large and
    /// few ReLUs sit at their kink, so finite differences are reliable there).
    static func gradients(_ run: TrainingRun, fresh: Network<Float>, batch: Dataset, validation: Dataset) throws(LabError) -> TriageReport.Step {
        let check: GradientCheckReport
        let activations: [LayerActivationStatistics]
        do {
            check = try GradientCheck.run(network: fresh, batch: batch, tolerance: gradientTolerance)
            activations = try ActivationStatistics.measure(run.network, batch: validation)
        } catch {
            throw LabError(message: "cannot run step 4: \(error)")
        }
        let units = UnitActivity(network: run.network, data: validation)
        let stepsPerEpoch = max(1, (run.layerGradientNorms.first?.count ?? 0) / max(1, run.completedEpochs))
        var layers: [TriageReport.LayerHealth] = []
        for (d, name) in run.layerNames.enumerated() {
            let norms = d < run.layerGradientNorms.count ? run.layerGradientNorms[d] : []
            let hidden = d < units.layers.count ? units.layers[d] : nil
            let stats = d < activations.count && d < run.layerNames.count - 1 ? activations[d] : nil
            layers.append(TriageReport.LayerHealth(
                name: name, firstGradientNorm: median(norms.prefix(stepsPerEpoch)), lastGradientNorm: median(norms.suffix(stepsPerEpoch)),
                gradientCheckError: d < check.layers.count ? check.layers[d].maxRelativeError : .nan,
                deadUnits: hidden?.deadUnits, units: hidden?.units ?? run.network.denseLayers[d].outputs,
                activationMean: stats?.mean, activationStd: stats?.standardDeviation, fractionZero: stats?.fractionZero))
        }
        var problems: [String] = [], warnings: [String] = []
        if check.maxRelativeError > gradientBugLevel {
            problems.append("backprop and finite differences disagree (relative error \(LabFormat.short(check.maxRelativeError)) in \(check.failingLayers.joined(separator: ", "))): the backward pass has a bug")
        } else if check.maxRelativeError > gradientTolerance {
            warnings.append("gradient check error \(LabFormat.short(check.maxRelativeError)) is between 1e-5 and 1e-3 (ReLU kinks can do that)")
        }
        for layer in layers {
            guard let dead = layer.deadUnits, layer.units > 0 else { continue }
            let fraction = Double(dead) / Double(layer.units)
            if fraction >= deadLimit {
                problems.append("\(layer.name): \(dead) of \(layer.units) ReLU units never fire (dead)")
            } else if dead > 0 {
                warnings.append("\(layer.name): \(dead) of \(layer.units) ReLU units never fire")
            }
        }
        let last = layers.map(\.lastGradientNorm)
        if last.contains(where: { !$0.isFinite }) || last.contains(where: { $0 > 1e3 }) {
            problems.append("gradient norms are exploding (over 1e3 or not finite)")
        } else if let first = last.first, let output = last.last, output > 0, first / output < 1e-3 {
            problems.append("the first layer's gradients are over 1000× smaller than the last layer's: vanishing gradients")
        } else if last.allSatisfy({ $0 < 1e-7 }) && run.verdict != .good {
            problems.append("every gradient is nearly zero, yet the model has not fit: the signal does not flow back")
        }
        let status: TriageReport.Status = !problems.isEmpty ? .failed : (warnings.isEmpty ? .passed : .warning)
        let summary: String = switch status {
        case .passed: "healthy: backprop matches finite differences (largest error \(LabFormat.short(check.maxRelativeError))), no dead units, norms in range"
        case .warning: "no blocking problem, \(warnings.count) thing\(warnings.count == 1 ? "" : "s") to watch"
        default: problems.first ?? ""
        }
        var step = TriageReport.Step(number: 4, name: stepNames[3], status: status, summary: summary,
                                     details: ["numerical gradient check on \(batch.count) examples, every parameter of the initial network: largest relative error \(LabFormat.short(check.maxRelativeError)) (correct below 1e-5, a bug above 1e-3)",
                                               "dead units counted over the \(validation.count) validation rows; gradient norms are medians over the first and last epoch of step 3"]
                                        + problems + warnings,
                                     layers: layers)
        if status == .failed {
            step.pointsTo = check.maxRelativeError > gradientBugLevel
                ? "A backward pass that disagrees with finite differences is a bug in the gradient code: report it."
                : "Dead or vanishing units: lower the learning rate (lab lr-find), use a smaller --hidden, or standardise inputs with extreme values. Exploding norms: lower the learning rate by 10×."
        } else if status == .warning {
            step.pointsTo = "Nothing blocking; keep an eye on it if training misbehaves."
        }
        return step
    }

    static func dataStep(_ audit: AuditReport) -> TriageReport.Step {
        let counts = audit.counts
        let status: TriageReport.Status = counts.errors > 0 ? .failed : (counts.warnings > 0 ? .warning : .passed)
        var step = TriageReport.Step(number: 5, name: stepNames[4], status: status,
                                     summary: audit.findings.isEmpty ? "no problems found"
                                        : "\(counts.errors) error\(counts.errors == 1 ? "" : "s"), \(counts.warnings) warning\(counts.warnings == 1 ? "" : "s"), \(counts.infos) note\(counts.infos == 1 ? "" : "s")",
                                     details: audit.findings.filter { $0.severity != .info }.map { "\($0.severity.rawValue): \($0.title)" },
                                     audit: audit)
        if let first = audit.findings.first, status != .passed {
            step.pointsTo = first.advice + " (lab audit shows every finding in full.)"
        }
        return step
    }

    static func median<C: Collection>(_ values: C) -> Double where C.Element == Double {
        let sorted = values.filter { !$0.isNaN }.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

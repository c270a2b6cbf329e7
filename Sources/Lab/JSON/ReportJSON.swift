import Terminal
import TrainingCore

extension AuditReport {
    /// `lab audit --format json`: file, rows, columns, target, group, classes, the profile of
    /// every column, the checked split and the findings.
    public var json: JSONValue {
        .object([
            ("file", .string(path)),
            ("rows", .int(rowCount)),
            ("columns", .int(columnCount)),
            ("target", .string(target)),
            ("group", group.map { .string($0) } ?? .null),
            ("classes", .array(zip(classNames, classCounts).map { name, count in
                .object([("label", JSONValue.label(name, in: classNames)), ("count", .int(count))])
            })),
            ("column_profiles", .array(profiles.map { p in
                .object([("name", .string(p.name)), ("kind", .string(p.kind.rawValue)), ("missing", .int(p.missingCount)),
                         ("nan", .int(p.nanCount)), ("infinite", .int(p.infinityCount)), ("text", .int(p.textCount)),
                         ("distinct", .int(p.distinctCount)),
                         ("mean", p.kind == .numeric ? .number(p.mean) : .null),
                         ("std", p.kind == .numeric ? .number(p.standardDeviation) : .null)])
            })),
            ("split", .object([("train", .int(trainingCount)), ("validation", .int(validationCount))])),
            ("passed", .bool(passed)),
            ("findings", .array(findings.map { f in
                .object([("check", .string(f.check.rawValue)), ("severity", .string(f.severity.rawValue)),
                         ("title", .string(f.title)), ("details", .strings(f.details)), ("advice", .string(f.advice)),
                         ("columns", .strings(f.columns)), ("line", f.line.map { .int($0) } ?? .null)])
            })),
        ])
    }
}

extension ClassificationReport {
    /// The members SPEC.md names for a classification result: labels, confusion (rows true,
    /// columns predicted), per_class, accuracy, balanced_accuracy, macro, weighted, micro.
    func jsonMembers(labels names: [String]) -> [(String, JSONValue)] {
        func average(_ a: Average) -> JSONValue {
            .object([("precision", .number(a.precision)), ("recall", .number(a.recall)), ("f1", .number(a.f1))])
        }
        return [
            ("labels", JSONValue.labels(names)),
            ("confusion", .array(confusion.counts.map { .ints($0) })),
            ("per_class", .array(perClass.enumerated().map { c, s in
                .object([("label", c < names.count ? JSONValue.label(names[c], in: names) : .int(s.label)),
                         ("precision", .number(s.precision)), ("recall", .number(s.recall)), ("f1", .number(s.f1)),
                         ("support", .int(s.support))])
            })),
            ("accuracy", .number(accuracy)),
            ("balanced_accuracy", .number(balancedAccuracy)),
            ("macro", average(macro)),
            ("weighted", average(weighted)),
            ("micro", average(micro)),
        ]
    }
}

extension PredictionEvaluation {
    /// `lab evaluate --format json` (SPEC.md); with scores also roc_auc, average_precision,
    /// pr_curve {precision, recall, thresholds} and roc_curve {fpr, tpr, thresholds}.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("rows", .int(count))]
        members += report.jsonMembers(labels: labels)
        if let curves {
            members += [
                ("positive_label", positiveLabel.map { JSONValue.label($0, in: labels) } ?? .null),
                ("threshold", .optional(threshold)),
                ("roc_auc", .number(curves.rocAUC)),
                ("average_precision", .number(curves.averagePrecision)),
                ("pr_curve", .object([("precision", .numbers(curves.pr.precision)), ("recall", .numbers(curves.pr.recall)),
                                      ("thresholds", .numbers(curves.pr.thresholds))])),
                ("roc_curve", .object([("fpr", .numbers(curves.roc.falsePositiveRate)),
                                       ("tpr", .numbers(curves.roc.truePositiveRate)),
                                       ("thresholds", .numbers(curves.roc.thresholds))])),
            ]
        }
        return .object(members)
    }
}

extension TrainingRun {
    /// `lab train --format json` (SPEC.md): val_accuracy, train_accuracy, per_class, confusion,
    /// history {epoch, train_loss, val_loss}; also the model, the data used and the verdict.
    public var json: JSONValue {
        let report = validation.jsonMembers(labels: classNames)
        func member(_ name: String) -> JSONValue { report.first { $0.0 == name }?.1 ?? .null }
        return .object([
            ("model", .string(modelSummary)),
            ("settings", .object([
                ("model", .string(spec.kind.rawValue)), ("optimizer", .string(spec.optimizer.rawValue)), ("hidden", spec.kind == .mlp ? .ints(spec.hidden) : .array([])),
                ("epochs", .int(plannedEpochs)), ("lr", .number(spec.learningRate)), ("weight_decay", .number(spec.weightDecay)),
                ("dropout", .number(spec.dropout)), ("batch_size", .int(spec.batchSize)), ("seed", .int(Int(truncatingIfNeeded: spec.seed))),
            ])),
            ("features", .strings(featureNames)),
            ("skipped_columns", .array(skippedColumns.map { .object([("name", .string($0.name)), ("reason", .string($0.reason))]) })),
            ("rows_without_label", .int(droppedRows)),
            ("train_rows", .int(trainingCount)),
            ("validation_rows", .int(validationCount)),
            ("epochs_completed", .int(completedEpochs)),
            ("val_accuracy", .number(validationAccuracy)),
            ("train_accuracy", .number(trainAccuracy)),
            ("labels", member("labels")),
            ("per_class", member("per_class")),
            ("confusion", member("confusion")),
            ("balanced_accuracy", member("balanced_accuracy")),
            ("macro", member("macro")),
            ("weighted", member("weighted")),
            ("history", .object([
                ("epoch", .ints(curves.epoch)), ("train_loss", .numbers(curves.trainLoss)),
                ("val_loss", .numbers(curves.validationLoss)), ("train_accuracy", .numbers(curves.trainAccuracy)),
                ("val_accuracy", .numbers(curves.validationAccuracy)),
            ])),
            ("verdict", .string(verdict.rawValue)),
            ("diverged_at_step", divergedAtStep.map { .int($0) } ?? .null),
        ])
    }
}

extension TriageReport {
    /// `lab triage --format json`: the model, where it stopped, the conclusion, and each step
    /// with its status, summary, evidence and numbers.
    public var json: JSONValue {
        .object([
            ("model", .string(modelSummary)),
            ("stopped_at", stoppedAt.map { .int($0) } ?? .null),
            ("conclusion", .string(conclusion)),
            ("steps", .array(steps.map { step in
                var members: [(String, JSONValue)] = [
                    ("step", .int(step.number)), ("name", .string(step.name)), ("status", .string(step.status.rawValue)),
                    ("summary", .string(step.summary)), ("details", .strings(step.details)),
                    ("points_to", step.pointsTo.map { .string($0) } ?? .null),
                ]
                if !step.losses.isEmpty { members.append(("losses", .numbers(step.losses))) }
                if let curves = step.curves {
                    members.append(("history", .object([("epoch", .ints(curves.epoch)), ("train_loss", .numbers(curves.trainLoss)),
                                                        ("val_loss", .numbers(curves.validationLoss)),
                                                        ("train_accuracy", .numbers(curves.trainAccuracy)),
                                                        ("val_accuracy", .numbers(curves.validationAccuracy))])))
                }
                if let verdict = step.verdict { members.append(("verdict", .string(verdict.rawValue))) }
                if !step.layers.isEmpty {
                    members.append(("layers", .array(step.layers.map { l in
                        .object([("name", .string(l.name)), ("gradient_norm_first_epoch", .number(l.firstGradientNorm)),
                                 ("gradient_norm_last_epoch", .number(l.lastGradientNorm)),
                                 ("gradient_check_error", .number(l.gradientCheckError)),
                                 ("dead_units", l.deadUnits.map { .int($0) } ?? .null), ("units", .int(l.units)),
                                 ("fraction_zero", .optional(l.fractionZero)), ("activation_mean", .optional(l.activationMean)),
                                 ("activation_std", .optional(l.activationStd))])
                    })))
                }
                if let audit = step.audit {
                    members.append(("findings", .array(audit.findings.map { f in
                        .object([("check", .string(f.check.rawValue)), ("severity", .string(f.severity.rawValue)),
                                 ("title", .string(f.title))])
                    })))
                }
                return .object(members)
            })),
        ])
    }
}

import Terminal

/// The text of `lab train`: what was trained on what, the accuracies and the fit verdict, the
/// loss curves, per-class scores and the confusion matrix on the validation split.
public enum TrainView {
    /// The run drawn at `width` cells; `path` names the file, `group` the column the split
    /// kept together (nil: stratified by class).
    public static func frame(_ run: TrainingRun, path: String, group: String?, width: Int, theme: Theme) -> Frame {
        var page = LabPage()
        page.heading("Trained \(run.modelSummary) on \(path)")
        let split = group.map { "split by '\($0)' so no entity is on both sides" } ?? "stratified by class"
        let s = run.spec
        var setup = "\(run.trainingCount) training and \(run.validationCount) validation rows (\(split)); "
        setup += "\(run.completedEpochs) epoch\(run.completedEpochs == 1 ? "" : "s") of \(s.optimizer == .adam ? "Adam" : "SGD"), lr \(LabFormat.short(s.learningRate)), batch \(s.batchSize)"
        if s.weightDecay > 0 { setup += ", weight decay \(LabFormat.short(s.weightDecay))" }
        if s.dropout > 0, s.kind == .mlp { setup += ", dropout \(LabFormat.short(s.dropout))" }
        setup += ", seed \(s.seed). \(run.featureNames.count) feature\(run.featureNames.count == 1 ? "" : "s"), standardised on the training split."
        page.paragraph(setup)
        if !run.skippedColumns.isEmpty || run.droppedRows > 0 {
            var notes: [String] = []
            if !run.skippedColumns.isEmpty {
                notes.append("Not used: " + run.skippedColumns.map { "'\($0.name)' (\($0.reason))" }.joined(separator: ", ") + ".")
            }
            if run.droppedRows > 0 { notes.append("\(run.droppedRows) row\(run.droppedRows == 1 ? "" : "s") without a label left out.") }
            page.paragraph(notes.joined(separator: " "), role: .muted)
        }
        page.add(Summary(run: run))
        page.add(lossPlot(run))
        page.add(ResultTables.perClass(run.validation, labels: run.classNames))
        page.add(ResultTables.confusion(run.validation.confusion.counts, labels: run.classNames))
        return page.render(width: width, theme: theme)
    }

    /// Train and validation loss per epoch (log scale when every loss is positive).
    static func lossPlot(_ run: TrainingRun) -> LinePlot {
        let x = run.curves.epoch.map(Double.init)
        let positive = LabFormat.wantsLogScale(run.curves.trainLoss + run.curves.validationLoss)
        var markers: [LinePlot.Marker] = []
        let v = run.curves.validationLoss
        if let best = v.indices.filter({ v[$0].isFinite }).min(by: { v[$0] < v[$1] }), best > 0, best < v.count - 1 {
            markers.append(LinePlot.Marker(x: x[best], label: "lowest validation loss", role: .muted))
        }
        return LinePlot(title: "Loss per epoch" + (positive ? " (log scale)" : ""),
                        series: [LinePlot.Series("training", x: x, y: run.curves.trainLoss, role: .series(0)),
                                 LinePlot.Series("validation", x: x, y: run.curves.validationLoss, role: .series(1))],
                        markers: markers, logY: positive, xLabel: "epoch")
    }

    /// Accuracies, verdict and advice, the verdict coloured by how good it is.
    struct Summary: Widget {
        var run: TrainingRun

        func render(width: Int, height: Int?, theme: Theme) -> Frame {
            var accuracy = StyledText("Validation accuracy ", style: Style(bold: true))
            accuracy.append(LabFormat.percent(run.validationAccuracy), style: theme.style(.accent, bold: true))
            accuracy.append(" · training accuracy " + LabFormat.percent(run.trainAccuracy))
            accuracy.append(" · balanced accuracy " + LabFormat.percent(run.validation.balancedAccuracy))
            let role: Theme.Role = switch run.verdict {
            case .good: .good
            case .overfit, .underfit: .warning
            case .diverged: .bad
            }
            let name = run.verdict == .good ? "good fit" : run.verdict.rawValue
            var verdict = StyledText("Verdict: ", style: Style(bold: true))
            verdict.append(name, style: theme.style(role, bold: true))
            verdict.append(" — " + run.verdict.meaning + ".")
            if let step = run.divergedAtStep { verdict.append(" (at step \(step))") }
            let advice = StyledText(theme.symbols.arrowRight + " " + run.verdict.advice, style: theme.style(.info))
            let frames = [accuracy, verdict, advice].map { Paragraph($0).rendered(width: width, theme: theme) }
            let frame = Frame.stacked(frames, width: width)
            return frame.resized(width: width, height: height ?? frame.height)
        }
    }
}

import TrainingCore
import Terminal

/// The text of `lab evaluate`: accuracy and balanced accuracy, per-class scores with their
/// averages, the confusion matrix, and with scores the PR and ROC curves with their areas.
public enum EvaluationView {
    /// The evaluation drawn at `width` cells; `path` names the file.
    public static func frame(_ evaluation: PredictionEvaluation, path: String, width: Int, theme: Theme) -> Frame {
        var page = LabPage()
        let report = evaluation.report
        page.heading("Evaluation of \(evaluation.count) predictions in \(path)")
        if let positive = evaluation.positiveLabel, let threshold = evaluation.threshold {
            page.paragraph("Positive class '\(positive)'; a score ≥ \(LabFormat.short(threshold)) counts as predicted positive (--threshold, --positive).")
        }
        var line = StyledText("Accuracy ", style: Style(bold: true))
        line.append(LabFormat.percent(report.accuracy))
        line.append(" · balanced accuracy ", style: Style(bold: true))
        line.append(LabFormat.percent(report.balancedAccuracy))
        line.append(" · macro F1 ", style: Style(bold: true))
        line.append(LabFormat.score(report.macro.f1))
        line.append(" · micro F1 ", style: Style(bold: true))
        line.append(LabFormat.score(report.micro.f1))
        page.lines([line])
        if let gap = accuracyGap(report), gap > 0.05 {
            page.paragraph("Accuracy is \(NumberFormat.fixed(gap * 100, decimals: 1)) points above balanced accuracy: the frequent classes carry it. Read recall per class.",
                           role: .warning)
        }
        page.add(ResultTables.perClass(report, labels: evaluation.labels))
        page.add(ResultTables.confusion(report.confusion.counts, labels: evaluation.labels))
        if let curves = evaluation.curves {
            var areas = StyledText("Average precision ", style: Style(bold: true))
            areas.append(LabFormat.score(curves.averagePrecision))
            areas.append(" · ROC AUC ", style: Style(bold: true))
            areas.append(LabFormat.score(curves.rocAUC))
            page.lines([areas])
            let positiveID = evaluation.labels.firstIndex(of: evaluation.positiveLabel ?? "") ?? 1
            let support = positiveID < report.perClass.count ? report.perClass[positiveID].support : 0
            let prevalence = Double(support) / Double(max(1, evaluation.count))
            let pr = LinePlot(title: "Precision-recall (random model: \(LabFormat.score(prevalence)))",
                              series: [LinePlot.Series("model", x: curves.pr.recall, y: curves.pr.precision, role: .series(0))],
                              xRange: 0...1, yRange: 0...1, xLabel: "recall", showLegend: false)
            let roc = LinePlot(title: "ROC (diagonal: random model)",
                               series: [LinePlot.Series("model", x: curves.roc.falsePositiveRate, y: curves.roc.truePositiveRate, role: .series(0)),
                                        LinePlot.Series("random", x: [0, 1], y: [0, 1], role: .muted)],
                               xRange: 0...1, yRange: 0...1, xLabel: "false positive rate", showLegend: false)
            if width >= 100 {
                page.add(HStack(spacing: 2, [pr, roc]))
            } else {
                page.add(pr)
                page.add(roc)
            }
        }
        return page.render(width: width, theme: theme)
    }

    static func accuracyGap(_ report: ClassificationReport) -> Double? {
        guard report.accuracy.isFinite, report.balancedAccuracy.isFinite else { return nil }
        return report.accuracy - report.balancedAccuracy
    }
}

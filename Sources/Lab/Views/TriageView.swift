import Terminal
import TrainingCore

/// The text of `lab triage`: each step with its result, evidence and plot, skipped steps
/// greyed, and the conclusion.
public enum TriageView {
    /// The report drawn at `width` cells; `path` names the file.
    public static func frame(_ report: TriageReport, path: String, width: Int, theme: Theme) -> Frame {
        var page = LabPage()
        page.heading("Triage of \(path) with \(report.modelSummary)")
        for step in report.steps {
            page.add(StepWidget(step: step))
            if step.status == .skipped { continue }
            if !step.losses.isEmpty {
                let log = LabFormat.wantsLogScale(step.losses)
                page.add(Indented(cells: 4, content: sized(LinePlot(
                    title: "Training loss per update" + (log ? " (log scale)" : ""),
                    series: [LinePlot.Series("loss", y: step.losses, role: .series(0))],
                    logY: log, xLabel: "update", showLegend: false), height: 10)))
            }
            if let curves = step.curves {
                let x = curves.epoch.map(Double.init)
                let positive = LabFormat.wantsLogScale(curves.trainLoss + curves.validationLoss)
                page.add(Indented(cells: 4, content: sized(LinePlot(
                    title: "Loss per epoch" + (positive ? " (log scale)" : ""),
                    series: [LinePlot.Series("training", x: x, y: curves.trainLoss, role: .series(0)),
                             LinePlot.Series("validation", x: x, y: curves.validationLoss, role: .series(1))],
                    logY: positive, xLabel: "epoch"), height: 14)))
            }
            if !step.layers.isEmpty { page.add(Indented(cells: 4, content: layerTable(step.layers))) }
        }
        page.add(CustomWidget { width, height, theme in
            var text = StyledText("Conclusion: ", style: Style(bold: true))
            let failed = report.stoppedAt != nil
            text.append(report.conclusion, style: theme.style(failed ? .bad : .good))
            return Paragraph(text).render(width: width, height: height, theme: theme)
        })
        return page.render(width: width, theme: theme)
    }

    static func sized(_ widget: any Widget, height: Int) -> any Widget {
        CustomWidget { width, _, theme in widget.rendered(width: width, height: height, theme: theme) }
    }

    static func layerTable(_ layers: [TriageReport.LayerHealth]) -> Table {
        let rows = layers.map { l -> [String] in
            [l.name, LabFormat.short(l.firstGradientNorm), LabFormat.short(l.lastGradientNorm), LabFormat.short(l.gradientCheckError),
             l.deadUnits.map { "\($0) of \(l.units)" } ?? "output",
             l.fractionZero.map { LabFormat.percent($0) } ?? "",
             l.activationStd.map { LabFormat.short($0) } ?? ""]
        }
        let tones: [[Table.Tone]] = layers.map { l in
            let dead = l.deadUnits.map { Double($0) / Double(max(1, l.units)) } ?? 0
            return [.normal, .normal, .normal,
                    l.gradientCheckError > Triage.gradientBugLevel ? .bad : (l.gradientCheckError > Triage.gradientTolerance ? .warning : .good),
                    dead >= Triage.deadLimit ? .bad : (dead > 0 ? .warning : .normal), .normal, .normal]
        }
        return Table(columns: [Table.Column("layer"), Table.Column("grad norm, epoch 1", alignment: .right),
                               Table.Column("grad norm, last epoch", alignment: .right),
                               Table.Column("gradient check error", alignment: .right), Table.Column("dead units", alignment: .right),
                               Table.Column("zeros", alignment: .right), Table.Column("activation std", alignment: .right)],
                     rows: rows, tones: tones)
    }

    /// `✓ 1  Overfit 10 examples — summary`, then evidence and what it points to.
    struct StepWidget: Widget {
        var step: TriageReport.Step

        func render(width: Int, height: Int?, theme: Theme) -> Frame {
            let symbols = theme.symbols
            let (glyph, role): (String, Theme.Role) = switch step.status {
            case .passed: (symbols.check, .good)
            case .warning: ("!", .warning)
            case .failed: (symbols.cross, .bad)
            case .skipped: ("-", .muted)
            }
            var title = StyledText(glyph + " Step \(step.number): ", style: theme.style(role, bold: true))
            title.append(step.name, style: step.status == .skipped ? theme.style(.muted) : Style(bold: true))
            title.append(" — " + step.summary, style: step.status == .skipped ? theme.style(.muted) : .plain)
            var frames = [Paragraph(title).rendered(width: width, theme: theme)]
            for detail in step.details {
                frames.append(Indented(cells: 4, content: Paragraph(StyledText(detail, style: theme.style(.muted))))
                    .rendered(width: width, theme: theme))
            }
            if let pointsTo = step.pointsTo {
                frames.append(Indented(cells: 4, content: Paragraph(StyledText(symbols.arrowRight + " " + pointsTo,
                                                                                style: theme.style(step.status == .failed ? .bad : .info))))
                    .rendered(width: width, theme: theme))
            }
            let frame = Frame.stacked(frames, width: width)
            return frame.resized(width: width, height: height ?? frame.height)
        }
    }
}

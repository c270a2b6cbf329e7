import Terminal

/// The text of `lab audit`: the table's shape, a profile of every column, the class balance
/// as bars, then each finding with its severity, evidence and advice.
public enum AuditView {
    /// The report drawn at `width` cells.
    public static func frame(_ report: AuditReport, width: Int, theme: Theme) -> Frame {
        var page = LabPage()
        page.heading("Data audit: " + report.path)
        var summary = "\(report.rowCount) rows × \(report.columnCount) columns · target '\(report.target)' · \(report.classNames.count) classes"
        if let group = report.group { summary += " · grouped by '\(group)'" }
        summary += " · checked split: \(report.trainingCount) training / \(report.validationCount) validation rows"
        page.paragraph(summary)

        var rows: [[String]] = []
        var tones: [[Table.Tone]] = []
        for p in report.profiles {
            let role = p.name == report.target ? "target" : p.name == report.group ? "group" : p.kind.rawValue
            let mean = p.kind == .numeric ? LabFormat.short(p.mean) : ""
            let std = p.kind == .numeric ? LabFormat.short(p.standardDeviation) : ""
            rows.append([p.name, role, "\(p.missingCount)", "\(p.nonFiniteCount)", "\(p.distinctCount)", mean, std])
            tones.append([.normal, .muted, p.missingCount > 0 ? .warning : .muted, p.nonFiniteCount > 0 ? .bad : .muted,
                          .normal, .normal, .normal])
        }
        page.add(Table(columns: [Table.Column("column", maxWidth: 28), Table.Column("kind"),
                                 Table.Column("missing", alignment: .right), Table.Column("NaN/inf", alignment: .right),
                                 Table.Column("distinct", alignment: .right), Table.Column("mean", alignment: .right),
                                 Table.Column("std", alignment: .right)],
                       rows: rows, tones: tones))

        let total = max(1, report.classCounts.reduce(0, +))
        let bars = zip(report.classNames, report.classCounts).prefix(20).map { name, count in
            BarChart.Bar(name, Double(count), valueText: "\(count) (\(NumberFormat.percent(Double(count) / Double(total))))")
        }
        page.add(BarChart(title: "Class balance of '\(report.target)'" + (report.classNames.count > 20 ? " (first 20 of \(report.classNames.count))" : ""),
                          bars: Array(bars)))

        let counts = report.counts
        if report.findings.isEmpty {
            page.paragraph("No problems found by the \(AuditCheck.allCases.count) checks.", role: .good, bold: true)
        } else {
            var parts: [String] = []
            if counts.errors > 0 { parts.append("\(counts.errors) error\(counts.errors == 1 ? "" : "s")") }
            if counts.warnings > 0 { parts.append("\(counts.warnings) warning\(counts.warnings == 1 ? "" : "s")") }
            if counts.infos > 0 { parts.append("\(counts.infos) note\(counts.infos == 1 ? "" : "s")") }
            page.heading("Findings: " + parts.joined(separator: ", "))
            for finding in report.findings { page.add(FindingWidget(finding: finding)) }
        }
        return page.render(width: width, theme: theme)
    }
}

/// One finding: `✗ error  title  [check]`, the evidence indented, then `→ advice`.
struct FindingWidget: Widget {
    var finding: AuditFinding

    func render(width: Int, height: Int?, theme: Theme) -> Frame {
        let symbols = theme.symbols
        let (glyph, role): (String, Theme.Role) = switch finding.severity {
        case .error: (symbols.cross + " error", .bad)
        case .warning: ("! warning", .warning)
        case .info: ("i note", .info)
        }
        var title = StyledText(glyph + "  ", style: theme.style(role, bold: true))
        title.append(finding.title, style: Style(bold: true))
        title.append("  [" + finding.check.rawValue + "]", style: theme.style(.muted))
        var frames = [Paragraph(title).rendered(width: width, theme: theme)]
        for detail in finding.details {
            frames.append(Indented(cells: 4, content: Paragraph(StyledText(detail))).rendered(width: width, theme: theme))
        }
        frames.append(Indented(cells: 4, content: Paragraph(StyledText(symbols.arrowRight + " " + finding.advice,
                                                                        style: theme.style(.info))))
            .rendered(width: width, theme: theme))
        let frame = Frame.stacked(frames, width: width)
        return frame.resized(width: width, height: height ?? frame.height)
    }
}

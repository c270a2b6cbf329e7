import Simulations
import Terminal

/// `lesson bench` output: a table, or `workloads[] {name, unit, median, p99, budget}`.
enum BenchReport {
    static func text(_ results: [BenchResult]) -> String {
        let nameWidth = results.map(\.name.count).max() ?? 10
        var text = "workload".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "      median         p99      budget\n"
        for result in results {
            let budget = result.budget.map { NumberText.short($0) } ?? "-"
            let mark = result.withinBudget.map { $0 ? "ok" : "OVER" } ?? ""
            text += result.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            text += pad(NumberText.short(result.median), 12) + pad(NumberText.short(result.p99), 12) + pad(budget, 12) + " \(result.unit) \(mark)"
            if !result.note.isEmpty { text += "  (\(result.note))" }
            text += "\n"
        }
        return text
    }

    static func json(_ results: [BenchResult]) -> String {
        JSONValue.object([("workloads", .array(results.map { result in
            .object([
                ("name", .string(result.name)), ("unit", .string(result.unit)), ("median", .number(result.median)),
                ("p99", .number(result.p99)), ("budget", result.budget.map(JSONValue.number) ?? .null),
                ("within_budget", result.withinBudget.map(JSONValue.bool) ?? .null), ("note", .string(result.note)),
            ])
        }))]).encoded(pretty: true) + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

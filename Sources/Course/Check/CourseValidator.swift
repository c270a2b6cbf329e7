import Terminal
/// Checks the links between course files once each has been parsed: a chapter's quiz and
/// questions, simulation ids, parameter names and values, and the settings of sim-tasks.
///
/// Pure: it is given parsed values and the simulation catalog, and returns diagnostics.
public struct CourseValidator: Sendable {
    public var catalog: SimulationCatalog

    public init(catalog: SimulationCatalog) {
        self.catalog = catalog
    }

    /// What a chapter's `quiz:` led to.
    public enum QuizLink: Sendable {
        /// The front matter names no quiz.
        case none
        /// The quiz id names no file; `known` are the quiz ids that exist nearby, for a hint.
        case missing(known: [String])
        /// The quiz file exists but could not be parsed (its own diagnostics say why).
        case unreadable
        case found(Quiz)
    }

    /// Diagnostics for the links of `chapter`.
    public func validate(chapter: Chapter, quiz: QuizLink) -> [Diagnostic] {
        var sink = DiagnosticSink(path: chapter.path)
        let matter = chapter.frontMatter
        if case .missing(let known) = quiz, let id = matter.quiz {
            sink.error("quiz '\(id)' does not exist (no file Quizzes/\(id).yaml)", at: matter.quizLocation,
                       hint: Suggestion.hint(for: id, among: known))
        }
        var asked: [String: SourceLocation] = [:]
        for directive in chapter.directives {
            switch directive.kind {
            case .sim(let embed):
                validate(embed, sink: &sink)
            case .question(let id, let location):
                if let first = asked[id] {
                    sink.warning("question '\(id)' is already asked at line \(first.line)", at: location)
                }
                asked[id] = location
                switch quiz {
                case .none:
                    sink.error("'question' needs the chapter's quiz: add 'quiz: \(suggestedQuizID(for: chapter))' to the front matter",
                               at: directive.range.start)
                case .found(let quiz):
                    if quiz.question(id) == nil {
                        sink.error("question '\(id)' does not exist in quiz '\(quiz.id)'", at: location,
                                   hint: Suggestion.hint(for: id, among: quiz.questions.map(\.id)))
                    }
                case .missing, .unreadable:
                    break
                }
            case .quiz:
                if case .none = quiz {
                    sink.error("'quiz' needs the chapter's quiz: add 'quiz: \(suggestedQuizID(for: chapter))' to the front matter",
                               at: directive.range.start)
                }
            case .callout, .steps, .pause:
                break
            }
        }
        return sink.finish()
    }

    /// The quiz id a chapter would have: its lesson folder's name and its id
    /// (`Lessons/tuning/03-grid.md` → `tuning/03-grid`); `lesson-id/…` when the folder's name
    /// is not a lesson id.
    func suggestedQuizID(for chapter: Chapter) -> String {
        let folder = chapter.path.split(separator: "/").dropLast().last.map(String.init) ?? ""
        return (CourseID.isValid(folder) ? folder : "lesson-id") + "/" + chapter.frontMatter.id
    }

    private func validate(_ embed: SimulationEmbed, sink: inout DiagnosticSink) {
        guard let simulation = catalog.simulation(embed.id) else {
            sink.error("unknown simulation '\(embed.id)'", at: embed.idRange.start,
                       hint: Suggestion.hint(for: embed.id, among: catalog.ids) ?? "`lesson sims` lists the simulations")
            return
        }
        var seen: [String: SourceLocation] = [:]
        for setting in embed.settings {
            if let first = seen[setting.name] {
                sink.error("'\(setting.name)' is set twice (first at column \(first.column))", at: setting.range.start)
                continue
            }
            seen[setting.name] = setting.range.start
            validate(name: setting.name, value: setting.value, nameLocation: setting.range.start,
                     valueLocation: setting.valueLocation, of: simulation, sink: &sink)
        }
    }

    private func validate(name: String, value: String, nameLocation: SourceLocation, valueLocation: SourceLocation,
                          of simulation: SimulationDescriptor, sink: inout DiagnosticSink) {
        guard let parameter = simulation.parameter(name) else {
            sink.error("simulation '\(simulation.id)' has no parameter '\(name)'", at: nameLocation,
                       hint: Suggestion.hint(for: name, among: simulation.parameters.map(\.name))
                           ?? "its parameters are: \(simulation.parameters.map(\.name).joined(separator: ", "))")
            return
        }
        if let problem = parameter.problem(with: value) {
            sink.error(problem, at: valueLocation, hint: parameter.hint(for: value))
        }
    }

    /// Diagnostics for the links of a quiz: the simulations and settings of its sim-tasks; and
    /// a warning for a question without the explanation every question should have (SPEC).
    public func validate(quiz: Quiz) -> [Diagnostic] {
        var sink = DiagnosticSink(path: quiz.path)
        for question in quiz.questions {
            if question.explanation?.isEmpty ?? true {
                sink.warning("question '\(question.id)' has no explanation", at: question.location,
                             hint: "add 'explanation:' saying why the answer is right; learners read it after answering or skipping")
            }
            guard case .simTask(let task) = question.kind else { continue }
            guard let simulation = catalog.simulation(task.simulation) else {
                sink.error("unknown simulation '\(task.simulation)'", at: task.simulationLocation,
                           hint: Suggestion.hint(for: task.simulation, among: catalog.ids))
                continue
            }
            for setting in task.start + task.answer {
                validate(name: setting.name, value: setting.value, nameLocation: setting.location,
                         valueLocation: setting.location, of: simulation, sink: &sink)
            }
            for (index, name) in task.adjust.enumerated() where simulation.parameter(name) == nil {
                let location = index < task.adjustLocations.count ? task.adjustLocations[index] : question.location
                sink.error("simulation '\(simulation.id)' has no parameter '\(name)' to adjust", at: location,
                           hint: Suggestion.hint(for: name, among: simulation.parameters.map(\.name)))
            }
            if let keys = simulation.snapshotKeys {
                for goal in task.goal {
                    let top = String(goal.key.split(separator: ".").first ?? "")
                    if !keys.contains(top) {
                        sink.warning("the snapshot of '\(simulation.id)' has no key '\(top)'", at: goal.location,
                                     hint: Suggestion.hint(for: top, among: keys) ?? "its keys are: \(keys.joined(separator: ", "))")
                    }
                }
            }
        }
        return sink.finish()
    }
}

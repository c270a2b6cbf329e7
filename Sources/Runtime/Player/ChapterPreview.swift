import Course
import Simulations
import Terminal

/// A chapter drawn as a learner would see it, without any interaction: simulations as their
/// first frame, questions shown with their choices, pauses as a rule. Pure: a frame per step.
public struct ChapterPreview {
    public let chapter: Chapter
    public let source: SourceFile
    public let quiz: Quiz?
    public let registry: SimulationRegistry
    /// The seed the chapter's simulations start from.
    public let simulationSeed: UInt64

    public init(chapter: Chapter, source: SourceFile, quiz: Quiz?, registry: SimulationRegistry, simulationSeed: UInt64 = 1) {
        self.chapter = chapter
        self.source = source
        self.quiz = quiz
        self.registry = registry
        self.simulationSeed = simulationSeed
    }

    public func render(width: Int, theme: Theme) -> Frame {
        let textWidth = min(width, 100)
        var frames: [Frame] = []
        var asked: Set<String> = []
        func markdown(_ text: String) { frames.append(Markdown.render(text, width: textWidth, theme: theme)) }
        for step in ChapterStep.steps(of: chapter, source: source) {
            switch step {
            case let .text(text): markdown(text)
            case let .callout(style, title, body):
                frames.append(Callout(Callout.Kind(rawValue: style) ?? .note, title: title, body: body).rendered(width: textWidth, theme: theme))
            case let .steps(items):
                frames.append(StepCards(steps: items).rendered(width: textWidth, theme: theme))
            case let .simulation(id, settings, caption):
                if !caption.isEmpty { markdown("*Try this:* " + caption) }
                do {
                    var session = try registry.entry(id).session(pairs: settings.map { ($0.name, $0.value) }, seed: simulationSeed)
                    session.applyToEnd([])
                    frames.append(session.frame(size: ViewSize(width: width, height: 40, keysWork: false), theme: theme))
                } catch {
                    // Wrapped, not cut: the reason is the one thing an author needs to read.
                    let message = "[simulation \(id) cannot start: \(error)]"
                    frames.append(Paragraph(message, style: theme.style(.bad)).render(width: textWidth, height: nil, theme: theme))
                }
            case .pause:
                frames.append(Frame(lines: [String(repeating: String(theme.symbols.rule), count: textWidth / 3) + " pause"], width: textWidth, style: theme.style(.muted)))
            case let .question(id):
                asked.insert(id)
                if let question = quiz?.question(id) { markdown(QuestionPresenter.markdown(question, offer: offer(question))) }
                else { frames.append(Paragraph("[missing question \(id)]", style: theme.style(.bad)).render(width: textWidth, height: nil, theme: theme)) }
            case .quiz:
                let rest = quiz?.questions.filter { !asked.contains($0.id) } ?? []
                for (index, question) in rest.enumerated() {
                    markdown(QuestionPresenter.markdown(question, number: index + 1, total: rest.count, offer: offer(question)))
                }
            }
        }
        return Frame.stacked(frames, spacing: 1, width: width)
    }

    /// What the player offers under a question: `hint` when it has hints, `skip` when the quiz
    /// allows it (a preview once offered `skip` under every question), a task's simulation live.
    private func offer(_ question: Question) -> RetryOffer {
        RetryOffer(hints: !question.hints.isEmpty, skip: quiz?.allowSkip ?? true, reopensSimulation: true)
    }
}

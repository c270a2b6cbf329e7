import Terminal

extension GridVsRandom {
    public func view(_ state: State, size: ViewSize, theme: Theme) -> Frame {
        let chrome = SimulationChrome(title: Self.title, settings: state.settings, focus: state.focus.index,
                                      reading: reading(state),
                                      keyHelp: "←/→ change  ↑/↓ Tab focus  Space toggle  r new random samples  ? help  q done")
        return chrome.frame(size: size, theme: theme) { width, height in
            body(state, width: width, height: height, theme: theme)
        }
    }

    private func showsGrid(_ state: State) -> Bool { state.settings.choice("mode") != "random" }
    private func showsRandom(_ state: State) -> Bool { state.settings.choice("mode") != "grid" }

    /// The searches the mode shows, in drawing order (their index is their colour group).
    private func shownSearches(_ state: State) -> [(name: String, trials: [SearchTrial])] {
        var out: [(name: String, trials: [SearchTrial])] = []
        if showsGrid(state) { out.append(("grid", state.grid)) }
        if showsRandom(state) { out.append(("random", state.random)) }
        return out
    }

    func reading(_ state: State) -> String {
        let gridBest = SearchPlan.best(state.grid)?.loss ?? .nan
        let randomBest = SearchPlan.best(state.random)?.loss ?? .nan
        let gridRates = SearchPlan.distinctLearningRates(state.grid)
        let randomRates = SearchPlan.distinctLearningRates(state.random)
        var text: String
        switch state.settings.choice("mode") {
        case "grid":
            text = "Grid: \(state.grid.count) trials test only \(gridRates) learning rates; best loss \(NumberText.fixed(gridBest, digits: 3))."
        case "random":
            text = "Random: \(state.random.count) trials test \(randomRates) learning rates; best loss \(NumberText.fixed(randomBest, digits: 3))."
        default:
            let verdict = winner(state) == "random" ? "random wins" : winner(state) == "grid" ? "grid wins" : "a tie"
            text = "Random tests \(randomRates) learning rates to the grid's \(gridRates): best \(NumberText.fixed(randomBest, digits: 3)) vs \(NumberText.fixed(gridBest, digits: 3)), \(verdict)."
        }
        if let repeated = state.repeated {
            let share = NumberText.percent(Double(repeated.randomWins) / Double(max(1, repeated.runs)), digits: 0)
            text += " Over \(repeated.runs) random draws, random beat the grid \(repeated.randomWins) times (\(share))."
        }
        return text
    }

    private func body(_ state: State, width: Int, height: Int, theme: Theme) -> Frame {
        if state.showHelp { return help(width: width, theme: theme) }
        let summary = summaryLines(state, width: width, theme: theme)
        let mapHeight = max(8, min(height - summary.height - 1, 22))
        if width >= 110 {
            let right = min(48, width / 3)
            let map = heatMap(state).rendered(width: width - right - 2, height: mapHeight, theme: theme)
            let profile = lossByRate(state, theme: theme).rendered(width: right, height: mapHeight, theme: theme)
            let row = Frame.sideBySide([map, Frame(width: 2, height: 1), profile])
            return Frame.stacked([row, Frame(width: width, height: 1), summary], width: width)
        }
        if width < 60 {
            let map = heatMap(state).rendered(width: width, height: max(8, min(height - summary.height, 14)), theme: theme)
            return Frame.stacked([map, summary], width: width)
        }
        let map = heatMap(state).rendered(width: width, height: mapHeight, theme: theme)
        return Frame.stacked([map, Frame(width: width, height: 1), summary], width: width)
    }

    /// The landscape with learning rate across and weight decay up, and the trials on it.
    private func heatMap(_ state: State) -> HeatMap {
        let landscape = state.landscape
        let columns = landscape.weightDecays.count
        // values[row][column]: row 0 is the largest weight decay, columns are learning rates.
        let values = (0..<columns).map { row in
            landscape.loss.map { $0[columns - 1 - row] }
        }
        let searches = shownSearches(state)
        var points: [ScatterPoint] = []
        for (group, search) in searches.enumerated() {
            points += search.trials.map { ScatterPoint(x: $0.learningRate, y: $0.weightDecay, group: group) }
        }
        for search in searches {
            if let best = SearchPlan.best(search.trials) {
                points.append(ScatterPoint(x: best.learningRate, y: best.weightDecay, mark: .best))
            }
        }
        let lowest = landscape.best.loss
        return HeatMap(
            title: "Validation loss of real trainings (log colour, capped at 1)",
            values: values, range: lowest...max(lowest * 1.01, 1), logScale: true,
            xRange: landscape.plan.learningRateDecades.values, yRange: landscape.plan.weightDecayDecades.values,
            logX: true, logY: true, xLabel: "learning rate (weight decay up)",
            points: points, groupNames: searches.map(\.name))
    }

    /// Each trial's loss against its learning rate, over the landscape's best loss per rate:
    /// the projection on the axis that matters.
    private func lossByRate(_ state: State, theme: Theme) -> Scatter {
        let landscape = state.landscape
        let ascii = theme.glyphs == .ascii
        let cap = 0.6
        var points: [ScatterPoint] = []
        for (i, rate) in landscape.learningRates.enumerated() {
            let best = landscape.loss[i].min() ?? .infinity
            points.append(ScatterPoint(x: rate, y: min(cap, best), group: 2, mark: .custom(ascii ? "." : "·")))
        }
        let searches = shownSearches(state)
        for (group, search) in searches.enumerated() {
            points += search.trials.map { ScatterPoint(x: $0.learningRate, y: min(cap, $0.loss), group: group) }
        }
        let lowest = landscape.best.loss
        return Scatter(title: "Loss by learning rate (· best cell)", points: points,
                       groupNames: searches.map(\.name),
                       xRange: landscape.plan.learningRateDecades.values, yRange: max(0, lowest - 0.05)...cap,
                       logX: true, xLabel: "learning rate")
    }

    private func summaryLines(_ state: State, width: Int, theme: Theme) -> Frame {
        var lines: [StyledText] = []
        func line(_ name: String, _ trials: [SearchTrial], role: Theme.Role, detail: String) {
            guard let best = SearchPlan.best(trials) else { return }
            var text = StyledText(name, style: theme.style(role, bold: true))
            text.append(": \(trials.count) trials\(detail), \(SearchPlan.distinctLearningRates(trials)) learning rates, best \(NumberText.fixed(best.loss, digits: 3)) at lr \(NumberText.short(best.learningRate)), wd \(NumberText.short(best.weightDecay))")
            lines.append(text)
        }
        if showsGrid(state) {
            let k = SearchPlan.gridSide(trials: state.settings.int("trials"))
            let unused = state.settings.int("trials") - k * k
            line("grid", state.grid, role: .series(0), detail: " (\(k)×\(k)\(unused > 0 ? ", \(unused) unused" : ""))")
        }
        if showsRandom(state) { line("random", state.random, role: .series(1), detail: "") }
        lines.append(StyledText("Trials take the loss of the nearest landscape cell (a real training).", style: theme.style(.muted)))
        return Frame(styledLines: lines.flatMap { $0.wrapped(width: width) }, width: width)
    }

    private func help(width: Int, theme: Theme) -> Frame {
        var lines: [StyledText] = [StyledText("How to read it", style: theme.style(.heading, bold: true))]
        for spec in parameters {
            lines.append(StyledText("\(spec.name): ", style: theme.style(.accent, bold: true)) + StyledText(spec.help))
        }
        lines.append(StyledText("Each cell of the map is a full training of a small network at that learning rate and weight decay. Across, the loss changes a lot; up, it barely moves: only the learning rate matters, so the search that tries more learning rates finds the valley more often."))
        lines.append(StyledText("Keys: r draws new random samples, ? closes this help.", style: theme.style(.muted)))
        return Frame(styledLines: lines.flatMap { $0.wrapped(width: width) }, width: width)
    }
}

import Testing
@testable import Terminal

/// Every sample widget at widths 40, 80 and 120 for four capability sets, compared with the
/// golden files (one file per widget and capability set, the three widths in sections).
@Suite struct GoldenTests {
    enum Output: String, CaseIterable, Sendable {
        case truecolor, ansi16, plain, ascii

        func capabilities(width: Int) -> Capabilities {
            switch self {
            case .truecolor: return .trueColor(width: width)
            case .ansi16: return Capabilities(colorDepth: .ansi16, width: width)
            case .plain: return .plain(width: width)
            case .ascii: return .ascii(width: width)
            }
        }
    }

    static let widths = [40, 80, 120]

    static func rendering(_ sample: (name: String, height: Int?, widget: any Widget), output: Output, theme: Theme = .dark) -> String {
        var text = ""
        for width in widths {
            let capabilities = output.capabilities(width: width)
            let frame = sample.widget.rendered(width: width, height: sample.height, theme: theme.adapted(to: capabilities))
            text += "=== \(sample.name) width \(width) \(output.rawValue)\n"
            text += frame.encoded(for: capabilities) + "\n"
        }
        return text
    }

    @Test(arguments: Samples.all.map(\.name), Output.allCases)
    func widgetMatchesGolden(name: String, output: Output) throws {
        let sample = try #require(Samples.all.first { $0.name == name })
        Golden.check(Self.rendering(sample, output: output), named: "\(name).\(output.rawValue).txt")
    }

    @Test(arguments: [Theme.Name.light, .mono])
    func themesMatchGolden(theme: Theme.Name) throws {
        let sample = try #require(Samples.all.first { $0.name == "markdown" })
        Golden.check(Self.rendering(sample, output: .truecolor, theme: .named(theme)), named: "markdown.\(theme.rawValue).txt")
        let plot = try #require(Samples.all.first { $0.name == "line-plot" })
        Golden.check(Self.rendering(plot, output: .truecolor, theme: .named(theme)), named: "line-plot.\(theme.rawValue).txt")
    }

    /// Encoding one frame without colour gives exactly its colour encoding with the escapes
    /// removed and trailing blanks trimmed.
    @Test(arguments: Samples.all.map(\.name), [Output.truecolor, .ansi16])
    func plainIsTheColourOutputWithoutEscapes(name: String, output: Output) throws {
        let sample = try #require(Samples.all.first { $0.name == name })
        for width in Self.widths {
            let capabilities = output.capabilities(width: width)
            let frame = sample.widget.rendered(width: width, height: sample.height, theme: Theme.dark.adapted(to: capabilities))
            let colour = frame.encoded(for: capabilities)
            let plain = frame.encoded(for: .plain(width: width))
            #expect(OutputChecks.trimmingLines(OutputChecks.strippingSGR(colour)) == plain)
            #expect(!plain.contains("\u{1B}"))
            #expect(OutputChecks.resetsEveryLine(colour))
        }
    }
}

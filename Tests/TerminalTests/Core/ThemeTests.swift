import Testing
@testable import Terminal

@Suite struct ThemeTests {
    @Test func adaptingToPlainOutputDropsColour() {
        let theme = Theme.dark.adapted(to: .plain())
        #expect(!theme.usesColor)
        #expect(theme[.accent] == .default && theme[.series(3)] == .default)
        #expect(Theme.dark.adapted(to: .ascii()).symbols == .ascii)
        #expect(Theme.mono.adapted(to: .trueColor()).usesColor == false)
    }

    @Test func themesDiffer() {
        #expect(Theme.dark[.accent] != Theme.light[.accent])
        #expect(Theme(named: "light")?.name == .light)
        #expect(Theme(named: "neon") == nil)
        // Light theme colours are darker: readable on white.
        for role in [Theme.Role.accent, .good, .bad, .warning, .series(0), .series(1)] {
            #expect((Theme.light[role].luminance ?? 1) < (Theme.dark[role].luminance ?? 0))
        }
    }

    @Test func heatMapIsViridisFromDarkToBright() {
        #expect(Theme.dark.heat(0) == .rgb(0x44, 0x01, 0x54))
        #expect(Theme.dark.heat(1) == .rgb(0xFD, 0xE7, 0x25))
        #expect(Theme.dark.heat(.nan) == Theme.dark.heat(0))
        let lums = stride(from: 0.0, through: 1.0, by: 0.1).map { Theme.dark.heat($0).luminance ?? 0 }
        #expect(zip(lums, lums.dropFirst()).allSatisfy { $0 < $1 })
        let sixteen = Theme.dark.adapted(to: Capabilities(colorDepth: .ansi16))
        if case .palette(let index) = sixteen.heat(0.5) { #expect(index < 16) } else { Issue.record("expected a palette colour") }
    }

    @Test func downsamplingKeepsHues() {
        #expect(ColorDownsampling.ansi16(0x26, 0x82, 0x8E) == 6)     // dark teal stays cyan
        #expect(ColorDownsampling.ansi16(0xFF, 0x6B, 0x6B) == 9)     // bright red
        #expect(ColorDownsampling.ansi16(0x80, 0x80, 0x80) == 8)     // grey
        #expect(ColorDownsampling.palette256(0, 0, 0) == 16)
        #expect(ColorDownsampling.palette256(128, 128, 128) == 244)
        #expect(ColorDownsampling.downsample(.palette(200), to: .ansi16) == .palette(13))
    }

    @Test func benchmarkDashboardFitsTheScreen() {
        let output = DashboardBenchmark.render(width: 120, height: 40)
        let widths = OutputChecks.lineWidths(output)
        #expect(widths.count == 40)
        #expect(widths.allSatisfy { $0 <= 120 })
        #expect(output == DashboardBenchmark.render(width: 120, height: 40))
        #expect(OutputChecks.resetsEveryLine(output))
    }
}

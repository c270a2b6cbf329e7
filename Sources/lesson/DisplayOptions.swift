import ArgumentParser

/// How output is drawn: the common options of SPEC.md shared by every command.
struct DisplayOptions: ParsableArguments {
    @Option(help: "Colour: auto, always or never (NO_COLOR also turns it off).")
    var color: ColorChoice = .auto

    // Unconditional: `--width -5` is a bad width, said as such, not a missing value.
    @Option(parsing: .unconditional, help: "Width in columns (default: the terminal's, then COLUMNS, then 80).")
    var width: Int?

    @Flag(help: "Plain ASCII only: no braille, block or box-drawing characters.")
    var ascii = false

    @Option(help: "Theme: dark, light or mono.")
    var theme: ThemeChoice = .dark

    @Option(help: "Play lessons from this folder instead of the built-in course (or LESSON_CONTENT).")
    var content: String?

    // Unconditional, like --width: `--seed -1` is a bad seed, said as such, not a missing value.
    @Option(parsing: .unconditional, help: "The random seed of simulations and training runs (default 1): the same seed gives the same bytes.")
    var seed: UInt64?

    /// `--seed`, or 1.
    var chosenSeed: UInt64 { seed ?? 1 }

    func validate() throws {
        if let width, !(20...1000).contains(width) {
            throw ValidationError("--width must be between 20 and 1000, not \(width).")
        }
    }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }
enum ThemeChoice: String, ExpressibleByArgument, CaseIterable { case dark, light, mono }

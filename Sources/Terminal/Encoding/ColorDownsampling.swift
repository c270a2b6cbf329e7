/// Deterministic mapping of colours to smaller palettes (256 and 16 colours).
///
/// 256: the nearest of the xterm 6×6×6 cube and grey ramp (squared RGB distance). 16: by hue
/// and brightness rather than nearest RGB, so a dark teal stays cyan instead of turning grey;
/// low-chroma colours map to black, grey, silver or white by lightness.
public enum ColorDownsampling {
    private static let ansi16: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB of an xterm palette index (xterm's defaults for 0–15).
    public static func xtermRGB(_ index: UInt8) -> (r: UInt8, g: UInt8, b: UInt8) {
        switch index {
        case 0..<16:
            let c = ansi16[Int(index)]
            return (c.0, c.1, c.2)
        case 16..<232:
            let i = Int(index) - 16
            return (UInt8(cubeLevels[i / 36]), UInt8(cubeLevels[i / 6 % 6]), UInt8(cubeLevels[i % 6]))
        default:
            let v = UInt8(8 + 10 * (Int(index) - 232))
            return (v, v, v)
        }
    }

    /// The nearest xterm-256 index to an RGB colour (cube or grey ramp, never 0–15).
    public static func palette256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func cubeIndex(_ v: UInt8) -> Int {
            let v = Int(v)
            if v < 48 { return 0 }
            if v < 115 { return 1 }
            return min(5, (v - 35) / 40)
        }
        let ri = cubeIndex(r), gi = cubeIndex(g), bi = cubeIndex(b)
        let cube = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyIndex = average > 238 ? 23 : max(0, (average - 3) / 10)
        let grey = 8 + 10 * greyIndex
        func distance(_ c: (Int, Int, Int)) -> Int {
            let dr = c.0 - Int(r), dg = c.1 - Int(g), db = c.2 - Int(b)
            return dr * dr + dg * dg + db * db
        }
        if distance((grey, grey, grey)) < distance(cube) { return UInt8(232 + greyIndex) }
        return UInt8(16 + 36 * ri + 6 * gi + bi)
    }

    /// The ANSI colour (0–15) closest in hue and brightness to an RGB colour.
    public static func ansi16(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let rf = Double(r), gf = Double(g), bf = Double(b)
        let high = max(rf, gf, bf), low = min(rf, gf, bf)
        let chroma = high - low
        if chroma < 40 {
            let lightness = (high + low) / 2
            if lightness < 50 { return 0 }
            if lightness < 150 { return 8 }
            if lightness < 225 { return 7 }
            return 15
        }
        var hue: Double
        if high == rf {
            hue = 60 * ((gf - bf) / chroma)
        } else if high == gf {
            hue = 60 * ((bf - rf) / chroma + 2)
        } else {
            hue = 60 * ((rf - gf) / chroma + 4)
        }
        if hue < 0 { hue += 360 }
        let base: UInt8
        switch hue {
        case ..<30, 330...: base = 1      // red
        case 30..<90: base = 3            // yellow
        case 90..<150: base = 2           // green
        case 150..<210: base = 6          // cyan
        case 210..<270: base = 4          // blue
        default: base = 5                 // magenta
        }
        return high > 200 ? base + 8 : base
    }

    /// `color` as the encoder will write it at `depth`: `.palette(0…15)` at 16 colours,
    /// `.palette` at 256, unchanged at 24-bit, `.default` without colour.
    public static func downsample(_ color: Color, to depth: Capabilities.ColorDepth) -> Color {
        switch (depth, color) {
        case (.none, _), (_, .default): return .default
        case (.trueColor, _): return color
        case (.palette256, .palette): return color
        case let (.palette256, .rgb(r, g, b)): return .palette(palette256(r, g, b))
        case let (.ansi16, .palette(index)):
            if index < 16 { return color }
            let (r, g, b) = xtermRGB(index)
            return .palette(ansi16(r, g, b))
        case let (.ansi16, .rgb(r, g, b)): return .palette(ansi16(r, g, b))
        }
    }
}

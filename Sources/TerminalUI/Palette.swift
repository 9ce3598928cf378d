import CNcursesw
import SixClusterBoard

/// Maps style roles to curses colour pairs and attributes for a theme. Without colour, roles fall back to
/// attributes, so that the board stays readable on a monochrome terminal (and `NO_COLOR` wins over any theme).
struct Palette {
    /// How one style is drawn.
    struct Look {
        var attributes: Int32
        var pair: Int32
    }

    let colors: Int
    let theme: Theme

    // Curses colour numbers.
    private static let black: Int32 = 0, red: Int32 = 1, green: Int32 = 2, yellow: Int32 = 3, blue: Int32 = 4, magenta: Int32 = 5,
                       cyan: Int32 = 6, white: Int32 = 7

    /// Pair numbers: clusters 1...6, then empty, warning, accent, (high contrast) plain text, and a QR code's dark
    /// on light.
    private static let clusterColors: [Int32] = [blue, magenta, green, cyan, yellow, -1]
    private static let textPair: Int32 = 10, codePair: Int32 = 11

    private var highContrast: Bool { theme == .highContrast }

    func definePairs() {
        guard colors >= 8 else { return }
        // High contrast: every colour on black, the default foreground made white.
        let background = highContrast ? Self.black : -1
        for (index, color) in Self.clusterColors.enumerated() {
            sc_define_pair(Int32(index + 1), highContrast && color == -1 ? Self.white : color, background)
        }
        sc_define_pair(7, Self.red, background)
        sc_define_pair(8, Self.yellow, background)
        sc_define_pair(9, highContrast ? Self.yellow : Self.cyan, background)
        sc_define_pair(Self.textPair, Self.white, background)
        sc_define_pair(Self.codePair, Self.black, Self.white)
    }

    func look(of style: Style) -> Look {
        var attributes: Int32 = 0
        // High contrast draws everything bold and nothing dimmed.
        if style.bold || highContrast { attributes |= Int32(SC_BOLD) }
        if style.reverse { attributes |= Int32(SC_REVERSE) }
        if style.underline { attributes |= Int32(SC_UNDERLINE) }
        let colored = colors >= 8
        var pair: Int32 = colored && highContrast ? Self.textPair : 0
        switch style.color {
        case .normal, .status: break
        case .cluster(let index): if colored { pair = Int32(index) + 1 }
        case .empty: if colored { pair = 7 }
        case .warning: if colored { pair = 8 }
        case .accent: if colored { pair = 9 }
        case .dim: if !highContrast { attributes |= Int32(SC_DIM) }
        case .code:
            // Dark modules in black on white; bold would brighten the black on some terminals.
            if colored { pair = Self.codePair }
            attributes &= ~Int32(SC_BOLD)
        }
        return Look(attributes: attributes, pair: pair)
    }
}

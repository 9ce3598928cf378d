import CNcursesw
import SixClusterBoard

/// Maps style roles to curses colour pairs and attributes. Without colour, roles fall back to attributes, so
/// that the board stays readable on a monochrome terminal.
struct Palette {
    /// How one style is drawn.
    struct Look {
        var attributes: Int32
        var pair: Int32
    }

    let colors: Int

    // Curses colour numbers.
    private static let red: Int32 = 1, green: Int32 = 2, yellow: Int32 = 3, blue: Int32 = 4, magenta: Int32 = 5, cyan: Int32 = 6

    /// Pair numbers: clusters 1...6, then empty, warning, accent.
    private static let clusterColors: [Int32] = [blue, magenta, green, cyan, yellow, -1]

    func definePairs() {
        guard colors >= 8 else { return }
        for (index, color) in Self.clusterColors.enumerated() { sc_define_pair(Int32(index + 1), color) }
        sc_define_pair(7, Self.red)
        sc_define_pair(8, Self.yellow)
        sc_define_pair(9, Self.cyan)
    }

    func look(of style: Style) -> Look {
        var attributes: Int32 = 0
        if style.bold { attributes |= Int32(SC_BOLD) }
        if style.reverse { attributes |= Int32(SC_REVERSE) }
        if style.underline { attributes |= Int32(SC_UNDERLINE) }
        var pair: Int32 = 0
        switch style.color {
        case .normal, .status: break
        case .cluster(let index): pair = colors >= 8 ? Int32(index + 1) : 0
        case .empty: pair = colors >= 8 ? 7 : 0
        case .warning: pair = colors >= 8 ? 8 : 0
        case .accent: pair = colors >= 8 ? 9 : 0
        case .dim: attributes |= Int32(SC_DIM)
        }
        return Look(attributes: attributes, pair: pair)
    }
}

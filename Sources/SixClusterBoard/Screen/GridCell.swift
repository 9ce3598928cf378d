/// A cell as a grid keeps it: its text and its style as numbers. It holds no reference, so that making, copying
/// and comparing a screen of thousands of them needs no reference counting, no string and no enum compares.
struct GridCell: Equatable, Sendable {
    /// A Unicode scalar value for a grapheme of one scalar (nearly all text); `continuation` for the right half
    /// of a wide character; from `firstCluster` on, a grapheme of several scalars kept in the grid's list.
    var code: UInt32
    /// The style, packed (see `look(of:)`).
    var look: UInt16

    /// The code of the right half of a wide character.
    static let continuation: UInt32 = 0x11_0000
    /// The first code that stands for an entry of the grid's list of graphemes of several scalars.
    static let firstCluster: UInt32 = 0x11_0001

    /// A blank cell.
    static let blank = GridCell(code: 0x20, look: 0)

    /// A cell of a code and a packed style.
    init(code: UInt32, look: UInt16) {
        self.code = code
        self.look = look
    }

    /// Whether the cell is the right half of a wide character.
    var isContinuation: Bool { code == Self.continuation }

    /// How the cell looks.
    var style: Style { Self.style(of: look) }

    private static let bold: UInt16 = 1 << 12, reverse: UInt16 = 1 << 13, underline: UInt16 = 1 << 14
    private static let firstClusterRole: UInt16 = 8

    /// A style packed into a number: the colour role in the low twelve bits (the plain roles 0...6, a cluster's
    /// colour from 8 on), then one bit each for bold, reverse and underline. Plain text is 0.
    static func look(of style: Style) -> UInt16 {
        let role: UInt16
        switch style.color {
        case .normal: role = 0
        case .empty: role = 1
        case .warning: role = 2
        case .status: role = 3
        case .accent: role = 4
        case .dim: role = 5
        case .code: role = 6
        case .cluster(let index): role = firstClusterRole + UInt16(index)
        }
        return role | (style.bold ? bold : 0) | (style.reverse ? reverse : 0) | (style.underline ? underline : 0)
    }

    /// The style a packed number stands for.
    static func style(of look: UInt16) -> Style {
        let role = look & 0x0FFF
        let color: ColorRole
        switch role {
        case 0: color = .normal
        case 1: color = .empty
        case 2: color = .warning
        case 3: color = .status
        case 4: color = .accent
        case 5: color = .dim
        case 6: color = .code
        default: color = .cluster(UInt8(role - firstClusterRole))
        }
        return Style(color, bold: look & bold != 0, reverse: look & reverse != 0, underline: look & underline != 0)
    }
}

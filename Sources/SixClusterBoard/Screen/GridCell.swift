/// A cell as a grid keeps it: its text as a number and its style. It holds no reference, so that making,
/// copying and comparing a screen of thousands of them needs no reference counting and no string compares.
struct GridCell: Equatable, Sendable {
    /// A Unicode scalar value for a grapheme of one scalar (nearly all text); `continuation` for the right half
    /// of a wide character; from `firstCluster` on, a grapheme of several scalars kept in the grid's list.
    var code: UInt32
    /// How it looks.
    var style: Style

    /// The code of the right half of a wide character.
    static let continuation: UInt32 = 0x11_0000
    /// The first code that stands for an entry of the grid's list of graphemes of several scalars.
    static let firstCluster: UInt32 = 0x11_0001

    /// A blank cell.
    static let blank = GridCell(code: 0x20, style: .plain)

    /// Whether the cell is the right half of a wide character.
    var isContinuation: Bool { code == Self.continuation }
}

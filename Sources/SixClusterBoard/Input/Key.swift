import SixClusterModel

/// A key press (or a paste) as the board understands it.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case character(Character)
    /// Ctrl with a letter: `.control("s")` is Ctrl-S.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    /// A function key, F1 to F12.
    case function(Int)

    /// How the key is written in help texts, with the names on the keyboards of the language (`Strg-S`, `Pos1`,
    /// `Bild↓` in German).
    public func label(in language: Language) -> String {
        switch self {
        case .character(" "): language.pick(de: "Leertaste", en: "Space")
        case .character(let c): String(c)
        case .control(let c): language.pick(de: "Strg-", en: "Ctrl-") + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: language.pick(de: "Pos1", en: "Home")
        case .end: language.pick(de: "Ende", en: "End")
        case .pageUp: language.pick(de: "Bild↑", en: "PgUp")
        case .pageDown: language.pick(de: "Bild↓", en: "PgDn")
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: language.pick(de: "Umschalt-Tab", en: "Shift-Tab")
        case .backspace: language.pick(de: "Rücktaste", en: "Backspace")
        case .delete: language.pick(de: "Entf", en: "Delete")
        case .function(let number): "F\(number)"
        }
    }
}

import SixClusterModel

/// A one-line text editor that moves by whole characters (grapheme clusters), so that the cursor never lands
/// inside an umlaut, a CJK character or an emoji.
public struct LineEditor: Equatable, Sendable {
    /// The text, character by character.
    public private(set) var characters: [Character]
    /// The cursor, as a character index (0...count).
    public private(set) var cursor: Int
    /// Whether the text is a suggestion, as if selected: the first character typed (or a deletion) replaces it
    /// whole; a cursor move takes it as it is.
    public private(set) var isSuggestion: Bool

    /// Creates an editor holding `text` with the cursor at its end; `suggested` text is replaced by what is typed.
    public init(_ text: String = "", suggested: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        isSuggestion = suggested && !text.isEmpty
    }

    /// The edited text.
    public var text: String { String(characters) }

    /// Carries out an editing command (which keys give which command is the keymap's business); confirming,
    /// cancelling and the like are not the editor's and change nothing.
    public mutating func apply(_ command: EditorCommand) {
        if isSuggestion {
            isSuggestion = false
            switch command {
            case .backspace, .delete, .deleteToStart, .deleteToEnd, .deleteWord:
                characters = []
                cursor = 0
                return
            default: break
            }
        }
        switch command {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return }
            characters.remove(at: cursor)
        case .deleteToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeSubrange(cursor...)
        case .deleteWord: deleteWordBeforeCursor()
        case .confirm, .cancel, .complete, .park: break
        }
    }

    /// Inserts text at the cursor; line breaks become spaces, other control characters are dropped.
    public mutating func insert(_ text: String) {
        let inserted = Array(CardText.printable(text))
        if isSuggestion && !inserted.isEmpty {
            isSuggestion = false
            characters = []
            cursor = 0
        }
        characters.insert(contentsOf: inserted, at: cursor)
        cursor += inserted.count
    }

    private mutating func deleteWordBeforeCursor() {
        var start = cursor
        while start > 0 && characters[start - 1] == " " { start -= 1 }
        while start > 0 && characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// The part of the text to show in `width` columns so that the cursor is visible, and the cursor's column
    /// within it.
    public func window(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        var before = DisplayWidth.of(String(characters[0..<cursor]))
        while before > width - 1 && start < cursor {
            before -= DisplayWidth.of(characters[start])
            start += 1
        }
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            shown.append(character)
            used += w
        }
        return (shown, before)
    }
}

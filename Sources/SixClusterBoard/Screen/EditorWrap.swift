import SixClusterModel

/// The text of a line editor wrapped as a card shows it – at spaces where possible, inside a word where it must –
/// with the place of the cursor, so that a card can be edited where it stands.
public struct EditorWrap: Equatable, Sendable {
    /// The wrapped lines (at least one).
    public private(set) var lines: [String]
    /// The cursor's line.
    public private(set) var cursorLine: Int
    /// The cursor's column within its line.
    public private(set) var cursorColumn: Int

    /// Wraps the editor's text to `width` columns.
    public init(_ editor: LineEditor, width: Int) {
        let width = max(1, width)
        // Each character's line and column, laid out greedily; a line that overflows moves its last word on.
        var rows: [[Character]] = [[]]
        var widths = [0]
        var place: [(line: Int, column: Int)] = []
        for character in editor.characters {
            let w = DisplayWidth.of(character)
            if widths[widths.count - 1] + w > width {
                let line = rows.count - 1
                if character != " ", let space = rows[line].lastIndex(of: " "), space < rows[line].count - 1 {
                    let moved = Array(rows[line][(space + 1)...])
                    rows[line].removeSubrange((space + 1)...)
                    widths[line] = rows[line].reduce(0) { $0 + DisplayWidth.of($1) }
                    rows.append(moved)
                    widths.append(moved.reduce(0) { $0 + DisplayWidth.of($1) })
                    var column = 0
                    for offset in moved.indices {
                        place[place.count - moved.count + offset] = (line + 1, column)
                        column += DisplayWidth.of(moved[offset])
                    }
                } else {
                    rows.append([])
                    widths.append(0)
                }
            }
            place.append((rows.count - 1, widths[widths.count - 1]))
            rows[rows.count - 1].append(character)
            widths[widths.count - 1] += w
        }
        lines = rows.map { String($0) }
        if editor.cursor < place.count {
            (cursorLine, cursorColumn) = place[editor.cursor]
        } else if widths[widths.count - 1] >= width {
            lines.append("")
            (cursorLine, cursorColumn) = (lines.count - 1, 0)
        } else {
            (cursorLine, cursorColumn) = (lines.count - 1, widths[widths.count - 1])
        }
    }
}

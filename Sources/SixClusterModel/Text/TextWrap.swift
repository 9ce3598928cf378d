/// Breaks text into lines of at most a given display width: at spaces where possible, inside a word where it
/// must; line breaks in the text are kept; control characters are made visible first.
public enum TextWrap {
    /// The wrapped lines (at least one).
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [""] }
        var result: [String] = []
        for paragraph in VisibleText.escaped(text, keepingNewlines: true).split(separator: "\n", omittingEmptySubsequences: false) {
            result += wrap(String(paragraph), width: width)
        }
        return result.isEmpty ? [""] : result
    }

    private static func wrap(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            var wordWidth = DisplayWidth.of(word)
            let gap = current.isEmpty ? 0 : 1
            if currentWidth + gap + wordWidth <= width {
                current += (gap == 1 ? " " : "") + word
                currentWidth += gap + wordWidth
                continue
            }
            if !current.isEmpty {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            while wordWidth > width {
                var piece = ""
                var pieceWidth = 0
                for character in word {
                    let w = DisplayWidth.of(character)
                    if pieceWidth + w > width { break }
                    piece.append(character)
                    pieceWidth += w
                }
                if piece.isEmpty { return lines }
                lines.append(piece)
                word = word.dropFirst(piece.count)
                wordWidth -= pieceWidth
            }
            current = String(word)
            currentWidth = wordWidth
        }
        lines.append(current)
        return lines
    }
}

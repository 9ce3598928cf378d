/// Turns untrusted text into Markdown that renders as exactly that text: no heading, list, table, link,
/// autolink, HTML or emphasis can come out of it.
public enum MarkdownEscaper {
    /// One line of text for a heading or a paragraph: line breaks become spaces.
    public static func line(_ text: String) -> String {
        lines(of: text).joined(separator: " ")
    }

    /// Text for a list item or paragraph: each line of the text is kept as a hard line break, indented by
    /// `continuationIndent` spaces so that it stays inside its list item.
    public static func block(_ text: String, continuationIndent: Int) -> String {
        lines(of: text).joined(separator: "\\\n" + String(repeating: " ", count: continuationIndent))
    }

    /// The text's non-blank lines, each trimmed and escaped.
    private static func lines(of text: String) -> [String] {
        var result: [String] = []
        var current: [Unicode.Scalar] = []
        current.reserveCapacity(text.utf8.count)
        func flush() {
            let escaped = escapeLine(current)
            if !escaped.isEmpty { result.append(escaped) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}": flush()
            default: current.append(scalar)
            }
        }
        flush()
        return result
    }

    /// Characters that mean something inline in GitHub-flavoured Markdown wherever they stand (`@` starts
    /// an e-mail autolink).
    private static func isInlineSpecial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!", "@": true
        default: false
        }
    }

    private static func escapeLine(_ scalars: [Unicode.Scalar]) -> String {
        var start = 0
        var end = scalars.count
        while start < end && (scalars[start] == " " || scalars[start] == "\t") { start += 1 }
        while end > start && (scalars[end - 1] == " " || scalars[end - 1] == "\t") { end -= 1 }
        var out = String.UnicodeScalarView()
        var i = start
        if i < end, scalars[i] == "-" || scalars[i] == "+" || scalars[i] == "=" {
            out.append("\\")
        }
        var digits = 0
        while i + digits < end, ("0"..."9").contains(scalars[i + digits]) { digits += 1 }
        let orderedMarker = digits > 0 && digits <= 9 && i + digits < end && (scalars[i + digits] == "." || scalars[i + digits] == ")")
        while i < end {
            let scalar = scalars[i]
            if VisibleText.isControl(scalar) && scalar != "\t" {
                out.append(contentsOf: VisibleText.escaped(String(scalar)).unicodeScalars)
            } else if scalar == "\t" {
                out.append(" ")
            } else {
                if isInlineSpecial(scalar)
                    || (orderedMarker && i == start + digits)
                    || (scalar == ":" && i + 2 < end && scalars[i + 1] == "/" && scalars[i + 2] == "/")
                    || (scalar == "." && followsWWW(scalars, at: i, from: start)) {
                    out.append("\\")
                }
                out.append(scalar)
            }
            i += 1
        }
        return String(out)
    }

    /// Whether `www` (any case) stands right before index `i`, at a word start: GitHub would autolink it.
    private static func followsWWW(_ scalars: [Unicode.Scalar], at i: Int, from start: Int) -> Bool {
        guard i - 3 >= start else { return false }
        for offset in 1...3 where scalars[i - offset] != "w" && scalars[i - offset] != "W" { return false }
        return i - 4 < start || !scalars[i - 4].properties.isAlphabetic
    }
}

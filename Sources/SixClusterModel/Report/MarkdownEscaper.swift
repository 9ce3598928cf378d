import Foundation

/// Turns untrusted text into Markdown that renders as exactly that text: no heading, list, table, link,
/// HTML or emphasis can come out of it.
public enum MarkdownEscaper {
    /// Characters that mean something inline in GitHub-flavoured Markdown, wherever they stand.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!"]
    /// Characters that start a block (list, heading underline, thematic break) at the start of a line.
    private static let lineStartSpecials: Set<Character> = ["-", "+", "="]

    /// One line of text for a heading or a table-free paragraph: line breaks become spaces.
    public static func line(_ text: String) -> String {
        let joined = lines(of: text).joined(separator: " ")
        return escapeLine(joined)
    }

    /// Text for a list item or paragraph: each line of the text is kept as a hard line break, indented by
    /// `continuationIndent` spaces so that it stays inside its list item.
    public static func block(_ text: String, continuationIndent: Int) -> String {
        let escaped = lines(of: text).map(escapeLine)
        let indent = String(repeating: " ", count: continuationIndent)
        return escaped.joined(separator: "\\\n" + indent)
    }

    /// The non-empty lines of a text, trimmed, with control characters made visible and tabs made spaces.
    private static func lines(of text: String) -> [String] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalised.split(separator: "\n").map { line in
            VisibleText.escaped(line.replacingOccurrences(of: "\t", with: " "))
                .trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    private static func escapeLine(_ line: String) -> String {
        var result = ""
        result.reserveCapacity(line.utf8.count + 8)
        for character in line {
            if inlineSpecials.contains(character) { result.append("\\") }
            result.append(character)
        }
        if let first = result.first, lineStartSpecials.contains(first) {
            result.insert("\\", at: result.startIndex)
        }
        return escapeOrderedListMarker(escapeAutolinks(result))
    }

    /// GitHub turns bare `http://…`, `www.…` and `name@host` into links; an escape in the middle keeps them text.
    private static func escapeAutolinks(_ line: String) -> String {
        guard line.contains("://") || line.contains("@") || line.localizedCaseInsensitiveContains("www.") else { return line }
        return line.replacingOccurrences(of: "://", with: "\\://")
            .replacingOccurrences(of: "@", with: "\\@")
            .replacing(/(?i)(www)\./) { "\($0.1)\\." }
    }

    /// `1.` or `1)` at the start of a line would begin an ordered list.
    private static func escapeOrderedListMarker(_ line: String) -> String {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return line }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return line }
        return digits + "\\" + rest
    }
}

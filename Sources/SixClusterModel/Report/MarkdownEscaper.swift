/// Turns untrusted text into Markdown that renders as exactly that text: no heading, list, table, link,
/// autolink, HTML or emphasis can come out of it.
public enum MarkdownEscaper {
    /// One line of text for a heading or a paragraph: line breaks become spaces.
    public static func line(_ text: String) -> String {
        isPlainLine(text.utf8) ? text : lines(of: text).joined(separator: " ")
    }

    /// Whether one line of text needs nothing done to it, told from its bytes in one pass (the report writes tens
    /// of thousands of short texts – names, numbers, cards – most of them plain): no line break, no space at either
    /// end, no control character, no markup character, no list start, no autolink.
    private static func isPlainLine(_ bytes: String.UTF8View) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20,
              first != UInt8(ascii: "-"), first != UInt8(ascii: "+"), first != UInt8(ascii: "=") else { return false }
        // The three bytes before the current one, the nearest last.
        var (third, second, previous): (UInt8, UInt8, UInt8) = (0, 0, 0)
        var leadingDigits = true
        for byte in bytes {
            switch byte {
            case ..<0x20, 0x7F: return false
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"),
                 UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "@"):
                return false
            case UInt8(ascii: "/") where previous == UInt8(ascii: ":"): return false
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                if leadingDigits && previous != 0 { return false }
                let w = UInt8(ascii: "w")
                if byte == UInt8(ascii: "."), third | 0x20 == w, second | 0x20 == w, previous | 0x20 == w { return false }
            case 0x80...0x9F where previous == 0xC2: return false
            case 0xA8 where second == 0xE2 && previous == 0x80, 0xA9 where second == 0xE2 && previous == 0x80: return false
            default: break
            }
            if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { leadingDigits = false }
            (third, second, previous) = (second, previous, byte)
        }
        return true
    }

    /// Text for a list item or paragraph: each line of the text is kept as a hard line break, indented by
    /// `continuationIndent` spaces so that it stays inside its list item.
    public static func block(_ text: String, continuationIndent: Int) -> String {
        // Most cards are one plain line, which stays as it is.
        if isPlainLine(text.utf8) { return text }
        return lines(of: text).joined(separator: "\\\n" + String(repeating: " ", count: continuationIndent))
    }

    /// The text's non-blank lines, each trimmed and escaped. Most card text needs no escaping: such a line is
    /// copied as it is, which is much cheaper than escaping it scalar by scalar.
    private static func lines(of text: String) -> [String] {
        let scalars = text.unicodeScalars
        var result: [String] = []
        var start = scalars.startIndex
        func flush(_ end: String.UnicodeScalarView.Index) {
            let line = scalars[start..<end]
            let escaped = isPlain(line) ? trimmedSpaces(line) : escapeLine(Array(line))
            if !escaped.isEmpty { result.append(escaped) }
        }
        var index = start
        while index != scalars.endIndex {
            switch scalars[index] {
            case "\n", "\r", "\u{2028}", "\u{2029}":
                flush(index)
                start = scalars.index(after: index)
            default: break
            }
            index = scalars.index(after: index)
        }
        flush(index)
        return result
    }

    /// A plain line without the spaces around it.
    private static func trimmedSpaces(_ line: Substring.UnicodeScalarView) -> String {
        guard let first = line.firstIndex(where: { $0 != " " }), let last = line.lastIndex(where: { $0 != " " }) else { return "" }
        return String(line[first...last])
    }

    /// Whether a line needs no escaping at all: no markup or control character, no tab, no list or heading
    /// start, no `://` or `www.` that GitHub would turn into a link.
    private static func isPlain(_ line: Substring.UnicodeScalarView) -> Bool {
        guard let start = line.firstIndex(where: { $0 != " " }) else { return true }
        let first = line[start]
        if first == "-" || first == "+" || first == "=" { return false }
        // Digits start an ordered list only when a `.` or `)` follows them (a rank, a count, a year is plain).
        if let marker = line[start...].firstIndex(where: { !("0"..."9").contains($0) }), marker != start,
           line[marker] == "." || line[marker] == ")" { return false }
        var previous: Unicode.Scalar = " "
        for scalar in line {
            if scalar == "\t" || VisibleText.isControl(scalar) || isInlineSpecial(scalar) { return false }
            if (scalar == "/" && previous == ":") || (scalar == "." && (previous == "w" || previous == "W")) { return false }
            previous = scalar
        }
        return true
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

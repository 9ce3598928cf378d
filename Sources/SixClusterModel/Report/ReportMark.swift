/// The line sixcluster puts at the end of a report it writes to a file: an HTML comment (invisible in every
/// Markdown viewer) with a fingerprint of the text above it. A report whose text still matches its fingerprint was
/// written by sixcluster and not touched since, and may be replaced without asking; anything else – a hand-written
/// file, or a report edited after the export – is asked about first.
public enum ReportMark {
    private static let opening = "<!-- sixcluster report fnv1a:"
    private static let closing = " -->\n"

    /// The report with its mark as the last line.
    public static func signed(_ report: String) -> String {
        let body = report.hasSuffix("\n") ? report : report + "\n"
        return body + opening + fingerprint(body) + closing
    }

    /// Whether a file's text is a report sixcluster wrote that nobody changed since.
    public static func isUntouchedReport(_ text: String) -> Bool {
        guard text.hasSuffix(closing) else { return false }
        // The mark is the last line: the body is everything up to and with the line break before it.
        let withoutEnd = text.dropLast()
        let lineStart = withoutEnd.lastIndex(of: "\n").map { withoutEnd.index(after: $0) } ?? withoutEnd.startIndex
        let line = withoutEnd[lineStart...]
        guard line.hasPrefix(opening) else { return false }
        let mark = line.dropFirst(opening.count).dropLast(closing.count - 1)
        return String(mark) == fingerprint(String(text[..<lineStart]))
    }

    /// FNV-1a (64 bits) of the text's UTF-8 bytes, in hexadecimal: not a protection against anyone, only a
    /// check that the text is the one written.
    private static func fingerprint(_ text: String) -> String {
        String(Fingerprint.of(text), radix: 16)
    }
}

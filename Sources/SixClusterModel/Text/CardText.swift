/// Text that becomes a card's, from wherever it comes (a key, a paste, a command line, a script): line breaks and
/// tabs become spaces, other control characters go – a card never carries an escape sequence into a terminal.
public enum CardText {
    /// The text with control characters replaced or removed (not trimmed).
    public static func printable(_ text: String) -> String {
        // Most texts need nothing: looked for first, without building a copy.
        let needsWork = text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\t" || VisibleText.isControl($0) }
        guard needsWork else { return text }
        var cleaned = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                cleaned.unicodeScalars.append(" ")
            } else if !VisibleText.isControl(scalar) {
                cleaned.unicodeScalars.append(scalar)
            }
        }
        return cleaned
    }

    /// The text as a card stores it: printable, spaces trimmed at both ends.
    public static func cleaned(_ text: String) -> String {
        printable(text).trimmingSpaces
    }
}

extension StringProtocol {
    /// The text without spaces and tabs (and other horizontal white space) at its start and end; line breaks
    /// inside and around it stay.
    public var trimmingSpaces: String {
        // The common case – a text that starts and ends with a letter – is decided on two bytes, without a copy
        // by scalars.
        let scalars = unicodeScalars
        if let first = scalars.first, let last = scalars.last, first.value > 0x20, first.value < 0x80, last.value > 0x20, last.value < 0x80 {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isSpace($0) }) ?? first
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}

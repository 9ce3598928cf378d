/// Whether a text written without quotes would come back as text in other YAML tools. YAML 1.1 (which most
/// libraries still follow) reads some plain values as something else: nothing (`~`, `null`, empty), a truth value
/// (`yes`, `off`, …), a number (`42`, `0x1F`, `1_000`, `1:30`, `.inf`), a date (`2026-03-12`) or a merge key.
/// Such texts are written quoted, so a workshop file means the same to every reader.
enum YAMLPlainText {
    /// True when the plain form of `value` is read as text.
    static func readsAsText(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return false }
        if specialWords.contains(value) { return false }
        // Every number and date starts with a digit, a sign or a dot.
        guard isDigit(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
        else { return true }
        let bytes = Array(value.utf8)
        return !isNumber(bytes) && !isTimestamp(bytes)
    }

    /// Nothing, truth values, the merge key and the value key.
    private static let specialWords: Set<String> = [
        "~", "null", "Null", "NULL",
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
        "<<", "=",
    ]

    /// Whole numbers (binary `0b`, octal `0`/`0o`, decimal, hexadecimal `0x`, base 60 `1:30`) and fractions
    /// (decimal with exponent, base 60 `1:30.5`, `.inf`, `.nan`); `_` may group digits.
    private static func isNumber(_ bytes: [UInt8]) -> Bool {
        var text = Cursor(bytes)
        let signed = text.take(anyOf: "+-")
        let afterSign = text
        for special in [".inf", ".Inf", ".INF"] + (signed ? [] : [".nan", ".NaN", ".NAN"]) where text.take(special) {
            if text.atEnd { return true }
            text = afterSign
        }
        if text.take("0b") { return text.skip(anyOf: "01_") > 0 && text.atEnd }
        text = afterSign
        if text.take("0x") { return text.skip(anyOf: "0123456789abcdefABCDEF_") > 0 && text.atEnd }
        text = afterSign
        if text.take("0") {
            _ = text.take("o")
            if text.skip(anyOf: "01234567_") > 0 && text.atEnd { return true }
        }
        text = afterSign
        if text.take(".") { return text.skip(anyOf: digits + "_") > 0 && text.takeExponent(signRequired: true) }
        guard let leading = text.next, isDigit(leading) else { return false }
        _ = text.skip(anyOf: digits + "_")
        if text.atEnd { return true }
        var sexagesimal = false
        while text.take(":") {
            guard let digit = text.next, isDigit(digit) else { return false }
            text.advance()
            if let second = text.next, isDigit(second), digit <= UInt8(ascii: "5") { text.advance() }
            sexagesimal = true
        }
        if text.atEnd { return sexagesimal && leading != UInt8(ascii: "0") }
        if text.take(".") {
            _ = text.skip(anyOf: digits + "_")
            return sexagesimal ? text.atEnd : text.takeExponent(signRequired: false)
        }
        return !sexagesimal && text.takeExponent(signRequired: false)
    }

    /// A date (`2026-03-12`), or a date with a time and an optional zone (`2026-3-2 10:05:00.5 +1`).
    private static func isTimestamp(_ bytes: [UInt8]) -> Bool {
        var text = Cursor(bytes)
        guard text.skip(anyOf: digits) == 4, text.take("-") else { return false }
        let month = text.skip(anyOf: digits)
        guard (1...2).contains(month), text.take("-") else { return false }
        let day = text.skip(anyOf: digits)
        if text.atEnd { return month == 2 && day == 2 }
        guard (1...2).contains(day), text.take(anyOf: "Tt") || text.skip(anyOf: " \t") > 0 else { return false }
        guard (1...2).contains(text.skip(anyOf: digits)), text.take(":"), text.skip(anyOf: digits) == 2,
              text.take(":"), text.skip(anyOf: digits) == 2 else { return false }
        if text.take(".") { _ = text.skip(anyOf: digits) }
        if text.atEnd { return true }
        _ = text.skip(anyOf: " \t")
        if text.take("Z") { return text.atEnd }
        guard text.take(anyOf: "+-"), (1...2).contains(text.skip(anyOf: digits)) else { return false }
        if text.take(":") { guard text.skip(anyOf: digits) == 2 else { return false } }
        return text.atEnd
    }

    private static let digits = "0123456789"

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// A position in ASCII text that patterns are matched from.
    private struct Cursor {
        private let bytes: [UInt8]
        private var index = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        var atEnd: Bool { index == bytes.count }
        var next: UInt8? { atEnd ? nil : bytes[index] }

        mutating func advance() {
            index += 1
        }

        /// Takes `literal` when the text goes on with it.
        mutating func take(_ literal: String) -> Bool {
            let end = index + literal.utf8.count
            guard end <= bytes.count, bytes[index..<end].elementsEqual(literal.utf8) else { return false }
            index = end
            return true
        }

        /// Takes one of the characters in `set`.
        mutating func take(anyOf set: String) -> Bool {
            guard let byte = next, set.utf8.contains(byte) else { return false }
            index += 1
            return true
        }

        /// Takes as many characters of `set` as follow and says how many.
        mutating func skip(anyOf set: String) -> Int {
            let start = index
            while let byte = next, set.utf8.contains(byte) { index += 1 }
            return index - start
        }

        /// True when what is left is an exponent (`e+3`; the sign may be required) or nothing.
        mutating func takeExponent(signRequired: Bool) -> Bool {
            if atEnd { return true }
            guard take(anyOf: "eE") else { return false }
            guard take(anyOf: "+-") || !signRequired else { return false }
            return skip(anyOf: YAMLPlainText.digits) > 0 && atEnd
        }
    }
}

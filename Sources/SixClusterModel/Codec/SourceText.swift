/// The bytes of a file turned into text for the YAML parser: UTF-8 checked, BOM removed, CRLF made LF.
struct SourceText {
    /// The normalised text.
    let text: String

    /// Checks and normalises the bytes, or names the first problem with its place. Line ends are made LF on the
    /// bytes: Foundation's string search would cost more than the whole check.
    static func make(from data: [UInt8], file: String, language: Language) throws(Diagnostic) -> SourceText {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if bytes.allSatisfy(blank) {
            throw Diagnostic(file: file, line: 1, column: 1, message: language.pick(
                de: "die Datei ist leer; eine Workshop-Datei beginnt mit 'format: 1'",
                en: "the file is empty; a workshop file starts with 'format: 1'"))
        }
        if let bad = firstInvalidUTF8(in: bytes) {
            let byte = "0x" + HexDigits.of(bad.byte, width: 2)
            throw Diagnostic(file: file, line: bad.line, column: bad.column, message: language.pick(
                de: "kein gültiges UTF-8 (Byte \(byte)); bitte die Datei als UTF-8 speichern",
                en: "not valid UTF-8 (byte \(byte)); save the file as UTF-8"))
        }
        guard bytes.contains(0x0D) else { return SourceText(text: String(decoding: bytes, as: UTF8.self)) }
        var lines: [UInt8] = []
        lines.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D && index < bytes.endIndex && bytes[index] == 0x0A { continue }
            lines.append(byte)
        }
        return SourceText(text: String(decoding: lines, as: UTF8.self))
    }

    private static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> (byte: UInt8, line: Int, column: Int)? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1
        var column = 1
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if encoded.count == 1 && encoded.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                return (bytes[offset], line, column)
            case .emptyInput:
                return nil
            }
        }
    }
}

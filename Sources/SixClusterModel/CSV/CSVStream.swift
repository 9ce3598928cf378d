/// A CSV file read chunk by chunk, as `CSVTable` reads a whole one: the encoding (a byte order mark, else UTF-8
/// when the first chunk is UTF-8, else Windows-1252 – or the one named) and the separator are decided on the first
/// chunk; then rows come as the bytes do. UTF-16, rare and small, is gathered and read at the end.
public struct CSVStream {
    /// The encoding the file is read in, once the first chunk decided it.
    public private(set) var encoding: TextDecoding.Encoding?
    /// The separator found, once the first chunk decided it.
    public private(set) var separator: Character?

    private let named: TextDecoding.Encoding?
    private var scanner: CSVRowScanner?
    private var utf16: [UInt8] = []
    /// The file's first bytes, kept until there are enough to decide encoding and separator on.
    private var head: [UInt8] = []
    /// How many bytes decide: the separator is looked for in the first 16 KB of text.
    static let decidingBytes = 64 * 1024

    /// A stream in the encoding named, or the one the bytes show.
    public init(encoding named: TextDecoding.Encoding? = nil) {
        self.named = named
    }

    /// Takes the next chunk; every row it completes goes to `row` (the header first). A NUL byte in a file that is
    /// not UTF-16 makes it binary: the problem is returned and nothing more should be fed.
    public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, row: (CSVTable.Row) -> Void) -> CSVTable.Problem? {
        guard encoding == nil && head.count + chunk.count < Self.decidingBytes else { return take(chunk, row: row) }
        head.append(contentsOf: chunk)
        return nil
    }

    /// Decides on the bytes kept so far and this chunk (when not decided yet), then reads them.
    private mutating func take(_ chunk: UnsafeBufferPointer<UInt8>, row: (CSVTable.Row) -> Void) -> CSVTable.Problem? {
        guard encoding == nil else { return read(chunk, row: row) }
        let start = head + Array(chunk)
        head = []
        return start.withUnsafeBufferPointer { whole in
            let decided = Self.decide(Array(whole.prefix(4)), whole: whole, named: named)
            encoding = decided.encoding
            let bytes = UnsafeBufferPointer(rebasing: whole[decided.bomLength...])
            if decided.encoding != .utf16 {
                let text = decided.encoding == .utf8 ? String(decoding: bytes, as: UTF8.self)
                    : String(String.UnicodeScalarView(bytes.map(TextDecoding.windows1252)))
                separator = CSVTable.separator(of: text)
                scanner = CSVRowScanner(separator: separator!)
            }
            return read(bytes, row: row)
        }
    }

    /// Reads bytes in the encoding decided.
    private mutating func read(_ chunk: UnsafeBufferPointer<UInt8>, row: (CSVTable.Row) -> Void) -> CSVTable.Problem? {
        let bytes = chunk[...]
        if encoding == .utf16 {
            utf16.append(contentsOf: bytes)
            return nil
        }
        if bytes.contains(0) { return CSVTable.Problem(kind: .binary, line: nil) }
        if encoding == .windows1252 {
            var converted: [UInt8] = []
            converted.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                if byte < 0x80 { converted.append(byte) } else { converted.append(contentsOf: Character(TextDecoding.windows1252(byte)).utf8) }
            }
            converted.withUnsafeBufferPointer { scanner!.feed($0, row: row) }
        } else {
            UnsafeBufferPointer(rebasing: bytes).withMemoryRebound(to: UInt8.self) { scanner!.feed($0, row: row) }
        }
        return nil
    }

    /// Ends the file: the last rows go to `row`; an empty file, or a quote never closed, is the problem returned.
    public mutating func finish(row: (CSVTable.Row) -> Void) -> CSVTable.Problem? {
        if encoding == nil && !head.isEmpty {
            if let problem = take(UnsafeBufferPointer(start: nil, count: 0), row: row) { return problem }
        }
        if encoding == .utf16 {
            var text = TextDecoding.decode(utf16.count >= 2 ? utf16 : [], as: .utf16).text
            text.makeContiguousUTF8()
            let cut = CSVTable.separator(of: text)
            separator = cut
            var scanner = CSVRowScanner(separator: cut)
            return text.utf8.withContiguousStorageIfAvailable { bytes in
                scanner.feed(bytes, row: row)
                return scanner.finish(row: row)
            } ?? nil
        }
        guard scanner != nil else { return CSVTable.Problem(kind: .empty, line: nil) }
        return scanner!.finish(row: row)
    }

    /// The encoding a file's start shows, and how long its byte order mark is.
    private static func decide(_ start: [UInt8], whole chunk: UnsafeBufferPointer<UInt8>, named: TextDecoding.Encoding?)
        -> (encoding: TextDecoding.Encoding, bomLength: Int) {
        if start.starts(with: [0xEF, 0xBB, 0xBF]) && named != .windows1252 { return (.utf8, 3) }
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) || named == .utf16 { return (.utf16, 0) }
        if let named { return (named, 0) }
        // Valid UTF-8 up to the last character's start (which the chunk's end may cut).
        var last = chunk.count - 1
        while last > 0 && chunk.count - last < 4 && chunk[last] & 0xC0 == 0x80 { last -= 1 }
        let body = UnsafeBufferPointer(rebasing: chunk[0..<max(0, last)])
        var iterator = body.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return (.utf8, 0)
            case .error: return (.windows1252, 0)
            }
        }
    }
}

/// Cuts UTF-8 bytes into CSV rows as they arrive, chunk by chunk, so that a file of any length is read with the
/// memory of one row: comma, semicolon or tab between cells, quoted cells with doubled quotes and line breaks
/// inside, CRLF or LF; unquoted cells trimmed, blank lines left out, each row with the line it starts on.
public struct CSVRowScanner {
    /// One row and the line of the file it starts on (from 1).
    public typealias Row = CSVTable.Row

    private let cut: UInt8
    private var cells: [String] = []
    private var cell: [UInt8] = []
    /// Whether the cell so far holds more than spaces (a quote after spaces still opens a quoted cell).
    private var cellHasText = false
    private var quoted = false, wasQuoted = false
    /// A quote inside a quoted cell: a second one makes a literal quote, anything else ends the cell's quotes.
    private var quoteSeen = false
    private var line = 1, rowLine = 1, quoteLine = 1

    /// A scanner for a separator (`,`, `;` or a tab).
    public init(separator: Character) {
        cut = separator == ";" ? UInt8(ascii: ";") : separator == "\t" ? UInt8(ascii: "\t") : UInt8(ascii: ",")
        cell.reserveCapacity(64)
    }

    /// Takes the next bytes; every row they complete is given to `row`.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, row: (Row) -> Void) {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if quoted {
                if quoteSeen {
                    quoteSeen = false
                    if byte == quote {
                        cell.append(byte)
                        index += 1
                        continue
                    }
                    quoted = false
                } else {
                    if byte == quote {
                        quoteSeen = true
                    } else if byte == newline {
                        line += 1
                        cell.append(byte)
                    } else if byte != carriageReturn {
                        // A run of plain bytes inside the quotes, taken at once.
                        var end = index + 1
                        while end < count && bytes[end] != quote && bytes[end] != newline && bytes[end] != carriageReturn { end += 1 }
                        cell.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                        index = end
                        continue
                    }
                    index += 1
                    continue
                }
            }
            switch byte {
            case quote where !cellHasText:
                quoted = true
                wasQuoted = true
                quoteLine = line
                cell.removeAll(keepingCapacity: true)
            case cut:
                endCell()
            case newline:
                endRow(row)
                line += 1
                rowLine = line
            case carriageReturn:
                break
            default:
                // A run of plain bytes, taken at once.
                var end = index + 1
                while end < count {
                    let next = bytes[end]
                    if next == cut || next == newline || next == carriageReturn || next == quote && !cellHasText { break }
                    end += 1
                }
                let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                if !cellHasText { cellHasText = run.contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } }
                cell.append(contentsOf: run)
                index = end
                continue
            }
            index += 1
        }
    }

    /// Ends the text: the last row (without a line break) is given to `row`; a quote never closed is the problem
    /// returned, with the line it opened on.
    public mutating func finish(row: (Row) -> Void) -> CSVTable.Problem? {
        if quoted && !quoteSeen { return CSVTable.Problem(kind: .openQuote, line: quoteLine) }
        quoted = false
        quoteSeen = false
        if !cell.isEmpty || !cells.isEmpty || wasQuoted { endRow(row) }
        return nil
    }

    private mutating func endCell() {
        cells.append(wasQuoted ? String(decoding: cell, as: UTF8.self) : Self.trimmed(cell))
        cell.removeAll(keepingCapacity: true)
        cellHasText = false
        wasQuoted = false
    }

    /// An unquoted cell without the spaces around it: ASCII spaces and tabs cut from the bytes; only a cell that
    /// starts or ends with a non-ASCII byte (perhaps another kind of space) goes through `trimmingSpaces`.
    private static func trimmed(_ bytes: [UInt8]) -> String {
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        let text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
        guard start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 else { return text }
        return text.trimmingSpaces
    }

    private mutating func endRow(_ row: (Row) -> Void) {
        let blank = cells.isEmpty && !wasQuoted && !cellHasText
        endCell()
        if !blank { row(Row(line: rowLine, cells: cells)) }
        cells.removeAll(keepingCapacity: true)
    }
}

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
        for byte in bytes {
            if quoted {
                if quoteSeen {
                    quoteSeen = false
                    if byte == UInt8(ascii: "\"") {
                        cell.append(byte)
                        continue
                    }
                    quoted = false
                } else {
                    if byte == UInt8(ascii: "\"") {
                        quoteSeen = true
                    } else if byte != UInt8(ascii: "\r") {
                        if byte == UInt8(ascii: "\n") { line += 1 }
                        cell.append(byte)
                    }
                    continue
                }
            }
            switch byte {
            case UInt8(ascii: "\"") where !cellHasText:
                quoted = true
                wasQuoted = true
                quoteLine = line
                cell.removeAll(keepingCapacity: true)
            case cut:
                endCell()
            case UInt8(ascii: "\n"):
                endRow(row)
                line += 1
                rowLine = line
            case UInt8(ascii: "\r"):
                break
            default:
                if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { cellHasText = true }
                cell.append(byte)
            }
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
        let text = String(decoding: cell, as: UTF8.self)
        cells.append(wasQuoted ? text : text.trimmingSpaces)
        cell.removeAll(keepingCapacity: true)
        cellHasText = false
        wasQuoted = false
    }

    private mutating func endRow(_ row: (Row) -> Void) {
        let blank = cells.isEmpty && !wasQuoted && !cellHasText
        endCell()
        if !blank { row(Row(line: rowLine, cells: cells)) }
        cells.removeAll(keepingCapacity: true)
    }
}

import SixClusterModel

extension ScreenGrid {
    /// Writes text as one line of exactly `width` columns from (x, y): its lines joined by single spaces (blank
    /// lines left out), control characters as visible stand-ins, cut with `…` when it is wider, padded with blanks
    /// of the style when it is narrower. The same as putting
    /// `DisplayWidth.fit(VisibleText.escaped(lines.joined(separator: " ")), width: width)`, in one pass that
    /// builds no string and stops where the line is full: a long card costs no more than a short one.
    public mutating func putLine(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) {
        guard width > 0, y >= 0, y < height else { return }
        var writer = LineWriter(x: x, y: y, width: width, style: style)
        let bytes = text.utf8
        var index = text.startIndex
        var pendingSpace = false
        while index < text.endIndex, !writer.isFull {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            // An ASCII byte before another ASCII byte is a whole character: no grapheme breaking needed.
            let ascii = byte < 0x80 && (next == bytes.endIndex || bytes[next] < 0x80)
            let character: Character? = ascii ? nil : text[index]
            index = ascii ? next : text.index(after: index)
            if ascii ? byte >= 0x0A && byte <= 0x0D : character?.isNewline == true {
                pendingSpace = writer.used > 0
                continue
            }
            if pendingSpace {
                writer.writeASCII(0x20, into: &self)
                pendingSpace = false
            }
            if let character {
                if character.unicodeScalars.contains(where: VisibleText.isControl) {
                    for standIn in VisibleText.escaped(String(character)).utf8 { writer.writeASCII(standIn, into: &self) }
                } else {
                    writer.write(code(of: character), columns: DisplayWidth.of(character), into: &self)
                }
            } else if byte < 0x20 || byte == 0x7F {
                writer.writeASCII(UInt8(ascii: "^"), into: &self)
                writer.writeASCII(byte == 0x7F ? UInt8(ascii: "?") : byte + 0x40, into: &self)
            } else {
                writer.writeASCII(byte, into: &self)
            }
        }
        writer.finish(into: &self)
    }
}

/// Writes the cells of one line into a grid as long as they fit, and remembers where a `…` would go.
private struct LineWriter {
    let x: Int
    let y: Int
    let width: Int
    /// The style, packed.
    let look: UInt16
    /// Columns written.
    private(set) var used = 0
    /// Columns written by the characters that leave room for a `…` after them.
    private var kept = 0
    /// Whether a character did not fit: the line ends with `…`.
    private(set) var isFull = false

    init(x: Int, y: Int, width: Int, style: Style) {
        self.x = x
        self.y = y
        self.width = width
        look = GridCell.look(of: style)
    }

    /// Writes a printable ASCII character.
    mutating func writeASCII(_ byte: UInt8, into grid: inout ScreenGrid) {
        write(UInt32(byte), columns: 1, into: &grid)
    }

    /// Writes a character, by its grid code, that takes `columns` columns (none: left out).
    mutating func write(_ code: UInt32, columns: Int, into grid: inout ScreenGrid) {
        guard columns > 0, !isFull else { return }
        if used + columns > width {
            isFull = true
            return
        }
        place(code, wide: columns == 2, at: used, into: &grid)
        used += columns
        if used <= width - 1 { kept = used }
    }

    /// Puts the `…` after the kept characters when the line was cut, and blanks the rest of the line.
    func finish(into grid: inout ScreenGrid) {
        var column = isFull ? kept : used
        if isFull {
            place(0x2026, wide: false, at: column, into: &grid)
            column += 1
        }
        while column < width {
            place(0x20, wide: false, at: column, into: &grid)
            column += 1
        }
    }

    /// Sets a cell, leaving out what lies beyond the grid's edges.
    private func place(_ code: UInt32, wide: Bool, at column: Int, into grid: inout ScreenGrid) {
        let left = x + column
        guard left >= 0, left + (wide ? 2 : 1) <= grid.width else { return }
        grid.set(left, y, GridCell(code: code, look: look), wide: wide)
    }
}

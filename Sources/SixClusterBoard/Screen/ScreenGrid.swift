import SixClusterModel

/// One cell of the screen: a grapheme (or "" for the right half of a wide character) and its style.
public struct Cell: Equatable, Sendable {
    /// The text shown; "" in the second column of a wide character.
    public var text: String
    /// How it looks.
    public var style: Style

    /// A blank cell.
    public static let blank = Cell(text: " ", style: .plain)

    /// Whether two cells put the same bytes on a terminal in the same style. Unlike `==`, which treats
    /// canonically equivalent texts as equal and must normalize to tell two different ones apart, this compares
    /// the UTF-8 bytes: cheaper, and what a terminal receives is bytes.
    public func looksLike(_ other: Cell) -> Bool {
        style == other.style && text.utf8.elementsEqual(other.text.utf8)
    }
}

/// A run of changed cells on one row, as the backend draws it.
public struct CellRun: Equatable, Sendable {
    /// Left column.
    public var x: Int
    /// Row.
    public var y: Int
    /// The run's text as Unicode code points, the form a terminal library takes.
    public var scalars: [UInt32]
    /// The run's style (a run never mixes styles).
    public var style: Style

    /// Creates a run of code points.
    public init(x: Int, y: Int, scalars: [UInt32], style: Style) {
        self.x = x
        self.y = y
        self.scalars = scalars
        self.style = style
    }

    /// Creates a run of a text.
    public init(x: Int, y: Int, text: String, style: Style) {
        self.init(x: x, y: y, scalars: text.unicodeScalars.map(\.value), style: style)
    }
}

/// An in-memory screen: views draw into it, tests read it as text, the backend draws what changed.
public struct ScreenGrid: Equatable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor stands, or nil for a hidden cursor.
    public var cursor: Point?

    /// A cell position.
    public struct Point: Equatable, Sendable {
        /// Column.
        public var x: Int
        /// Row.
        public var y: Int

        /// Creates a point.
        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    /// A blank screen.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at a position.
    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes text from (x, y), no further than `limit` columns (default: the row's end). Control characters
    /// are shown as visible stand-ins; wide characters take two cells and are never cut in half.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        let shown = VisibleText.escaped(text)
        let bytes = shown.utf8
        var column = x
        var index = shown.startIndex
        while index < shown.endIndex, column < end {
            // A printable ASCII byte followed by another ASCII byte is a whole character one column wide: most
            // text on a board takes this way, which needs neither grapheme breaking nor a new string.
            let byte = bytes[index]
            let next = bytes.index(after: index)
            let cell: String
            let w: Int
            if byte >= 0x20 && byte < 0x7F && (next == bytes.endIndex || bytes[next] < 0x80) {
                (cell, w) = (Self.asciiCells[Int(byte) - 0x20], 1)
                index = next
            } else {
                let character = shown[index]
                (cell, w) = (String(character), DisplayWidth.of(character))
                index = shown.index(after: index)
            }
            if w == 0 { continue }
            if column + w > end { break }
            if column >= 0 { set(column, y, Cell(text: cell, style: style), wide: w == 2) }
            column += w
        }
        return max(0, column - x)
    }

    /// The cell texts of the printable ASCII characters, made once.
    static let asciiCells: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

    /// Fills a rectangle (as far as it lies on the grid) with one character of a style, blanks by default:
    /// frame lines are drawn this way, the cell made once. A character that is not one column wide, or that is
    /// a control character, is written row by row as text instead.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let top = max(0, rect.y), bottom = min(height, rect.maxY)
        let left = max(0, rect.x), right = min(width, rect.maxX)
        guard top < bottom, left < right else { return }
        guard DisplayWidth.of(character) == 1, !character.unicodeScalars.contains(where: VisibleText.isControl) else {
            let row = String(repeating: character, count: rect.width)
            for y in top..<bottom { put(row, x: rect.x, y: y, limit: rect.width, style: style) }
            return
        }
        let cell = Cell(text: String(character), style: style)
        for y in top..<bottom {
            for x in left..<right { set(x, y, cell, wide: false) }
        }
    }

    /// Sets one cell (and the second of a wide character); the position must lie on the grid.
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell, wide: Bool) {
        let index = y * width + x
        // Overwriting either half of a wide character blanks its other half.
        if cells[index].text.isEmpty, x > 0 { cells[index - 1] = Cell(text: " ", style: cells[index - 1].style) }
        if x + 1 < width, cells[index + 1].text.isEmpty { cells[index + 1] = Cell(text: " ", style: cells[index + 1].style) }
        cells[index] = cell
        if wide && x + 1 < width { cells[index + 1] = Cell(text: "", style: cell.style) }
    }

    /// One row as text, trailing blanks removed.
    public func line(_ y: Int) -> String {
        var result = ""
        for x in 0..<width { result += self[x, y].text }
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// The whole screen as text, one line per row, trailing blanks removed.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// The runs of cells that differ from `old` (all cells when there is no old screen of the same size).
    public func changes(since old: ScreenGrid?) -> [CellRun] {
        guard let old, old.width == width, old.height == height else { return runs { _ in false } }
        return runs { old.cells[$0].looksLike(cells[$0]) }
    }

    /// The runs of cells that are not plain blanks: all a screen needs that starts out blank, as a terminal
    /// library's screen does after it was cleared.
    public func changesFromBlank() -> [CellRun] {
        runs { cells[$0].looksLike(.blank) }
    }

    /// The runs of cells for which `unchanged` (given a cell index) is false.
    private func runs(unchanged: (Int) -> Bool) -> [CellRun] {
        var runs: [CellRun] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let index = y * width + x
                if unchanged(index) {
                    x += 1
                    continue
                }
                let style = cells[index].style
                var scalars: [UInt32] = []
                let start = x
                while x < width {
                    let i = y * width + x
                    if cells[i].style != style { break }
                    if unchanged(i), !cells[i].text.isEmpty { break }
                    for scalar in cells[i].text.unicodeScalars { scalars.append(scalar.value) }
                    x += 1
                }
                runs.append(CellRun(x: start, y: y, scalars: scalars, style: style))
            }
        }
        return runs
    }
}

import SixClusterModel

/// An in-memory screen: views draw into it, tests read it as text, the backend draws what changed.
public struct ScreenGrid: Equatable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Cells, row by row.
    private(set) var cells: [GridCell]
    /// The graphemes of several scalars (an accent written apart, a flag, a family emoji) the cells refer to.
    private var clusters: [String] = []
    /// Where the terminal cursor stands, or nil for a hidden cursor.
    public var cursor: Point?
    /// What clicks on parts of the screen mean, as the views drew them (no part of how the screen looks).
    var targets: [ClickTarget] = []

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
        let cell = cells[y * width + x]
        return Cell(text: text(of: cell), style: cell.style)
    }

    /// A cell's text: "" for the right half of a wide character.
    private func text(of cell: GridCell) -> String {
        if cell.code < GridCell.continuation { return String(Character(Unicode.Scalar(cell.code)!)) }
        return cell.isContinuation ? "" : cluster(of: cell)
    }

    /// The grapheme of several scalars a cell with a code from `GridCell.firstCluster` on stands for.
    private func cluster(of cell: GridCell) -> String {
        clusters[Int(cell.code - GridCell.firstCluster)]
    }

    /// Appends a cell's code points.
    private func appendScalars(of cell: GridCell, to scalars: inout [UInt32]) {
        if cell.code < GridCell.continuation {
            scalars.append(cell.code)
        } else if !cell.isContinuation {
            for scalar in cluster(of: cell).unicodeScalars { scalars.append(scalar.value) }
        }
    }

    /// The code for a character: its scalar, or an entry in the list of graphemes of several scalars.
    mutating func code(of character: Character) -> UInt32 {
        let scalars = character.unicodeScalars
        if scalars.count == 1 { return scalars.first!.value }
        let text = String(character)
        if let known = clusters.firstIndex(where: { $0.utf8.elementsEqual(text.utf8) }) {
            return GridCell.firstCluster + UInt32(known)
        }
        clusters.append(text)
        return GridCell.firstCluster + UInt32(clusters.count - 1)
    }

    /// Whether the cell at `index` puts the same bytes on a terminal in the same style as `other`'s cell at the
    /// same index. Graphemes are compared by their UTF-8 bytes: what a terminal receives is bytes, and two
    /// canonically equivalent spellings (é as one scalar or as e and an accent) are different output.
    private func cell(_ index: Int, looksLike other: GridCell, in otherGrid: ScreenGrid) -> Bool {
        let cell = cells[index]
        guard cell.look == other.look else { return false }
        if cell.code < GridCell.firstCluster || other.code < GridCell.firstCluster { return cell.code == other.code }
        return text(of: cell).utf8.elementsEqual(otherGrid.text(of: other).utf8)
    }

    /// The mark of cut text.
    static let ellipsis = UInt32(("…" as Unicode.Scalar).value)

    /// Two screens are equal when they have the same size and cursor and every cell looks the same.
    public static func == (lhs: ScreenGrid, rhs: ScreenGrid) -> Bool {
        guard lhs.width == rhs.width, lhs.height == rhs.height, lhs.cursor == rhs.cursor else { return false }
        return lhs.cells.indices.allSatisfy { lhs.cell($0, looksLike: rhs.cells[$0], in: rhs) }
    }

    /// Writes text from (x, y), no further than `limit` columns (default: the row's end). Control characters
    /// are shown as visible stand-ins; wide characters take two cells and are never cut in half. Text that does
    /// not fit ends in `…` (trailing blanks that do not fit are no text). Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .plain) -> Int {
        put(text, x: x, y: y, limit: limit, style: style, markingCut: true)
    }

    /// `put`, with or without the `…` where text is cut (a fill is no text: it is clipped as it is).
    private mutating func put(_ text: String, x: Int, y: Int, limit: Int?, style: Style, markingCut: Bool) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        let look = GridCell.look(of: style)
        let shown = VisibleText.escaped(text)
        let bytes = shown.utf8
        var column = x
        var lastStart = x
        var index = shown.startIndex
        while index < shown.endIndex, column < end {
            // A printable ASCII byte followed by another ASCII byte is a whole character one column wide: most
            // text on a board takes this way, which needs neither grapheme breaking nor a new string.
            let byte = bytes[index]
            let next = bytes.index(after: index)
            let code: UInt32
            let w: Int
            if byte >= 0x20 && byte < 0x7F && (next == bytes.endIndex || bytes[next] < 0x80) {
                (code, w) = (UInt32(byte), 1)
                index = next
            } else {
                let character = shown[index]
                (code, w) = (self.code(of: character), DisplayWidth.of(character))
                index = shown.index(after: index)
            }
            if w == 0 { continue }
            if column + w > end {
                index = shown.index(before: index)
                break
            }
            if column >= 0 { set(column, y, GridCell(code: code, look: look), wide: w == 2) }
            lastStart = column
            column += w
        }
        if markingCut, index < shown.endIndex, column > x, shown[index...].contains(where: { !$0.isWhitespace }) {
            // Cut: the last column shows that more was there.
            let at = column < end ? column : lastStart
            if at >= 0 {
                set(at, y, GridCell(code: Self.ellipsis, look: look), wide: false)
                column = max(column, at + 1)
            }
        }
        return max(0, column - x)
    }

    /// Fills a rectangle (as far as it lies on the grid) with one character of a style, blanks by default:
    /// frame lines are drawn this way, the cell made once. A character that is not one column wide, or that is
    /// a control character, is written row by row as text instead.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let top = max(0, rect.y), bottom = min(height, rect.maxY)
        let left = max(0, rect.x), right = min(width, rect.maxX)
        guard top < bottom, left < right else { return }
        guard DisplayWidth.of(character) == 1, !character.unicodeScalars.contains(where: VisibleText.isControl) else {
            let row = String(repeating: character, count: rect.width)
            for y in top..<bottom { put(row, x: rect.x, y: y, limit: rect.width, style: style, markingCut: false) }
            return
        }
        let cell = GridCell(code: code(of: character), look: GridCell.look(of: style))
        for y in top..<bottom {
            for x in left..<right { set(x, y, cell, wide: false) }
        }
    }

    /// Sets one cell (and the second of a wide character); the position must lie on the grid, and a wide
    /// character's two columns too.
    mutating func set(_ x: Int, _ y: Int, _ cell: GridCell, wide: Bool) {
        let index = y * width + x
        let end = index + (wide ? 2 : 1)
        // A wide character partly overwritten loses its other half to a blank.
        if x > 0, cells[index].isContinuation { cells[index - 1].code = GridCell.blank.code }
        if x + (wide ? 2 : 1) < width, cells[end].isContinuation { cells[end].code = GridCell.blank.code }
        cells[index] = cell
        if wide { cells[index + 1] = GridCell(code: GridCell.continuation, look: cell.look) }
    }

    /// One row as text, trailing blanks removed.
    public func line(_ y: Int) -> String {
        var scalars: [UInt32] = []
        for x in 0..<width { appendScalars(of: cells[y * width + x], to: &scalars) }
        while scalars.last == GridCell.blank.code { scalars.removeLast() }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars.map { Unicode.Scalar($0)! })
        return result
    }

    /// The whole screen as text, one line per row, trailing blanks removed.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// The runs of cells that differ from `old` (all cells when there is no old screen of the same size).
    public func changes(since old: ScreenGrid?) -> [CellRun] {
        Self.collect { forEachChange(since: old, $0) }
    }

    /// The runs of cells that are not plain blanks: all a screen needs that starts out blank, as a terminal
    /// library's screen does after it was cleared.
    public func changesFromBlank() -> [CellRun] {
        Self.collect(forEachChangeFromBlank)
    }

    /// The runs a `forEach…` function hands over, as an array.
    private static func collect(_ forEach: ((Int, Int, UnsafeBufferPointer<UInt32>, Style) -> Void) -> Void) -> [CellRun] {
        var runs: [CellRun] = []
        forEach { x, y, scalars, style in runs.append(CellRun(x: x, y: y, scalars: Array(scalars), style: style)) }
        return runs
    }

    /// Hands each run of `changes(since:)` to `body` – its column, row, code points and style – without making
    /// an array per run: the code points are valid only during the call.
    public func forEachChange(since old: ScreenGrid?, _ body: (Int, Int, UnsafeBufferPointer<UInt32>, Style) -> Void) {
        guard let old, old.width == width, old.height == height else { return forEachRun(unchanged: { _ in false }, body) }
        forEachRun(unchanged: { cell($0, looksLike: old.cells[$0], in: old) }, body)
    }

    /// Hands each run of `changesFromBlank()` to `body`, as `forEachChange(since:_:)` does.
    public func forEachChangeFromBlank(_ body: (Int, Int, UnsafeBufferPointer<UInt32>, Style) -> Void) {
        forEachRun(unchanged: { cells[$0] == .blank }, body)
    }

    /// The runs of cells for which `unchanged` (given a cell index) is false, one buffer of code points reused.
    private func forEachRun(unchanged: (Int) -> Bool, _ body: (Int, Int, UnsafeBufferPointer<UInt32>, Style) -> Void) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(width)
        for y in 0..<height {
            var x = 0
            while x < width {
                let index = y * width + x
                if unchanged(index) {
                    x += 1
                    continue
                }
                let look = cells[index].look
                scalars.removeAll(keepingCapacity: true)
                let start = x
                while x < width {
                    let i = y * width + x
                    if cells[i].look != look { break }
                    if unchanged(i), !cells[i].isContinuation { break }
                    appendScalars(of: cells[i], to: &scalars)
                    x += 1
                }
                scalars.withUnsafeBufferPointer { body(start, y, $0, GridCell.style(of: look)) }
            }
        }
    }
}

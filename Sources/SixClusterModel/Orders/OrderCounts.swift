/// What a firm's orders hold, counted as they are read – one row per ordered configuration, a column per attribute –
/// keeping counts, not rows: each attribute's values once, and each distinct configuration with how many orders
/// chose it. A column with more than `distinctLimit` values, or a new value in nearly every row so far (an order
/// number, a timestamp), stops being counted at once, so a file of a million orders needs the memory of its
/// distinct configurations only.
public struct OrderCounts: Sendable {
    /// More different values than this in one column: no attribute of a product, left out while reading.
    public static let distinctLimit = 65_536

    /// The attributes' names (the header's cells of the columns read).
    public let names: [String]
    /// Each attribute's values in the order first seen; `""` is "not chosen".
    public private(set) var values: [[String]]
    /// How many orders were read.
    public private(set) var orderCount = 0
    /// The lines of rows with more cells than the header (left out).
    public private(set) var raggedLines: [Int] = []
    /// Attributes left out while reading, because they had a different value in nearly every row.
    public private(set) var dropped: Set<Int> = []

    private let columns: [Int]
    /// Whether columns that look like identifiers are left out while reading (not when the columns were named).
    private let dropsIdentifiers: Bool
    private let headerCount: Int
    private var ids: [[String: Int32]]
    private var configurations: [[Int32]: Int] = [:]
    private var key: [Int32]

    /// Counts for the columns at `columns` of a header (all of them when nil).
    public init(header: [String], columns: [Int]? = nil) {
        let chosen = columns ?? Array(header.indices)
        self.dropsIdentifiers = columns == nil
        self.columns = chosen
        self.names = chosen.map { header[$0] }
        self.headerCount = header.count
        self.values = Array(repeating: [], count: chosen.count)
        self.ids = Array(repeating: [:], count: chosen.count)
        self.key = Array(repeating: 0, count: chosen.count)
    }

    /// Counts one order's row; a row with more cells than the header is left out and its line kept. Missing cells
    /// are "not chosen".
    public mutating func add(_ row: CSVTable.Row) {
        guard row.cells.count <= headerCount else {
            raggedLines.append(row.line)
            return
        }
        orderCount += 1
        for (attribute, column) in columns.enumerated() {
            count(column < row.cells.count ? row.cells[column] : "", of: attribute)
        }
        finishOrder()
    }

    /// Counts one order given as its attributes' values, in the order of `names`.
    public mutating func add(cells: [String]) {
        orderCount += 1
        for (attribute, value) in cells.enumerated() { count(value, of: attribute) }
        finishOrder()
    }

    /// One attribute's value of the order being read, into `key`.
    private mutating func count(_ value: String, of attribute: Int) {
        guard !dropped.contains(attribute) else {
            key[attribute] = -1
            return
        }
        if let id = ids[attribute][value] {
            key[attribute] = id
        } else if values[attribute].count >= Self.distinctLimit {
            drop(attribute)
            key[attribute] = -1
        } else {
            let id = Int32(values[attribute].count)
            ids[attribute][value] = id
            values[attribute].append(value)
            key[attribute] = id
        }
    }

    /// The order read: its configuration counted.
    private mutating func finishOrder() {
        configurations[key, default: 0] += 1
        // At 1,024 orders and each doubling: a column with a new value in nearly every row so far is an identifier
        // or a moment, and left out before it fills the memory.
        if dropsIdentifiers && orderCount >= 1024 && orderCount & (orderCount - 1) == 0 {
            for attribute in values.indices where !dropped.contains(attribute)
                && Double(values[attribute].count) >= Self.identifierShare * Double(orderCount) {
                drop(attribute)
            }
        }
    }

    /// A column with at least this share of different values (of the rows) is taken for an identifier.
    public static let identifierShare = 0.9

    /// Leaves an attribute out: its values forgotten, the configurations counted without it.
    public mutating func drop(_ attribute: Int) {
        dropped.insert(attribute)
        ids[attribute] = [:]
        values[attribute] = []
        var merged: [[Int32]: Int] = [:]
        for (configuration, count) in configurations {
            var projected = configuration
            projected[attribute] = -1
            merged[projected, default: 0] += count
        }
        configurations = merged
    }

    /// Every distinct configuration and how many orders chose it (a left-out attribute's place holds -1).
    public var configurationCounts: [(key: [Int32], count: Int)] {
        configurations.map { ($0.key, $0.value) }
    }
}

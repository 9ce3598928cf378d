/// Orders written long – a row per order and attribute: order id, attribute, value – gathered into one
/// configuration per order, so that they are counted like a wide file (a column per attribute). Attributes and
/// orders keep the order they first appear in; an attribute an order does not name is "not chosen" there.
public struct LongOrders {
    /// The columns of id, attribute and value.
    private let columns: (id: Int, attribute: Int, value: Int)
    private var attributes: [String] = []
    private var attributeIndex: [String: Int] = [:]
    private var orders: [[String]] = []
    private var orderIndex: [String: Int] = [:]
    /// Rows left out: fewer than three cells, or more than the header.
    public private(set) var raggedLines: [Int] = []
    private let headerCount: Int

    /// The header's names for the three columns, in German and English; otherwise the first three columns.
    static let names: [[String]] = [["order", "order id", "order_id", "orderid", "order number", "id", "bestellung", "bestellnummer",
                                     "auftrag", "auftragsnummer"],
                                    ["attribute", "feature", "merkmal", "attribut", "eigenschaft"],
                                    ["value", "option", "choice", "wert", "ausprägung", "auswahl"]]

    /// Reads a header; nil when it has fewer than three columns.
    public init?(header: [String]) {
        guard header.count >= 3 else { return nil }
        let lowered = header.map { $0.trimmingSpaces.lowercased() }
        let found = Self.names.map { names in lowered.firstIndex(where: names.contains) }
        if let id = found[0], let attribute = found[1], let value = found[2], Set([id, attribute, value]).count == 3 {
            columns = (id, attribute, value)
        } else {
            columns = (0, 1, 2)
        }
        headerCount = header.count
    }

    /// Takes one row: an order's value for one attribute.
    public mutating func add(_ row: CSVTable.Row) {
        let cells = row.cells
        guard cells.count <= headerCount, cells.count > max(columns.id, columns.attribute, columns.value) else {
            raggedLines.append(row.line)
            return
        }
        let name = cells[columns.attribute]
        let attribute = attributeIndex[name] ?? {
            attributes.append(name)
            attributeIndex[name] = attributes.count - 1
            return attributes.count - 1
        }()
        let order = orderIndex[cells[columns.id]] ?? {
            orders.append([])
            orderIndex[cells[columns.id]] = orders.count - 1
            return orders.count - 1
        }()
        if orders[order].count <= attribute { orders[order] += Array(repeating: "", count: attribute + 1 - orders[order].count) }
        orders[order][attribute] = cells[columns.value]
    }

    /// The attributes found, in the order they first appear.
    public var attributeNames: [String] { attributes }

    /// The orders counted as a wide file would be: a column per attribute (only those named in `only`, in that
    /// order, when given).
    public func counts(only: [String]? = nil) -> OrderCounts {
        let chosen = only.map { names in names.compactMap { name in attributes.firstIndex { $0.lowercased() == name.lowercased() } } }
        var counts = OrderCounts(header: attributes, columns: chosen)
        for order in orders {
            let full = order + Array(repeating: "", count: attributes.count - order.count)
            counts.add(cells: chosen.map { $0.map { full[$0] } } ?? full)
        }
        return counts
    }
}

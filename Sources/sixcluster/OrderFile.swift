import SixClusterFiles
import SixClusterModel

/// An order file read as a stream and counted: wide (a column per attribute) or long (order, attribute, value);
/// problems said on standard error with the file's name and line, as exit status 2.
struct OrderFile {
    let path: String
    let encoding: TextDecoding.Encoding?
    let long: Bool
    /// Columns asked for by name (nil: all).
    let attributes: [String]?
    let language: Language

    /// What was counted, and the lines of rows left out.
    struct Counted {
        var counts: OrderCounts
        var raggedLines: [Int]
    }

    func read() throws -> Counted {
        let shown = VisibleText.escaped(path)
        var stream = CSVStream(encoding: encoding)
        var header: [String]? = nil
        var wide: OrderCounts? = nil
        var longOrders: LongOrders? = nil
        var failure: String? = nil
        let take = { (row: CSVTable.Row) in
            guard failure == nil else { return }
            guard header != nil else {
                header = row.cells.map(\.trimmingSpaces)
                do {
                    if long { longOrders = try longTable(header!) } else { wide = try wideCounts(header!) }
                } catch let problem as Problem {
                    failure = problem.message
                } catch {}
                return
            }
            if long { longOrders?.add(row) } else { wide?.add(row) }
        }
        var problem: CSVTable.Problem? = nil
        do {
            try WorkshopFileReader(language: language, limit: OrdersCommand.sizeLimit, kind: ("Bestelldateien", "order files")).chunks(of: path) { chunk in
                guard problem == nil, failure == nil else { return }
                problem = stream.feed(chunk, row: take)
            }
        } catch {
            error.diagnostics.forEach { Console.error($0.description) }
            throw ExitStatus.unreadable
        }
        if problem == nil && failure == nil { problem = stream.finish(row: take) }
        if let failure {
            Console.error("\(shown):1: " + failure)
            throw ExitStatus.unreadable
        }
        if problem == nil && header == nil { problem = CSVTable.Problem(kind: .empty, line: nil) }
        if long, let longOrders, let attributes, let unknown = attributes.first(where: { name in
            !longOrders.attributeNames.contains { $0.lowercased() == name.lowercased() } }) {
            Console.error("\(shown): " + language.pick(de: "--attributes: kein Merkmal „\(unknown)“; es gibt: ", en: "--attributes: no attribute “\(unknown)”; there are: ")
                + longOrders.attributeNames.joined(separator: ", "))
            throw ExitStatus.unreadable
        }
        let counted = wide ?? longOrders?.counts(only: attributes)
        if problem == nil, let counted, counted.orderCount == 0 { problem = CSVTable.Problem(kind: .headerOnly, line: 1) }
        if let problem {
            Console.error(shown + (problem.line.map { ":\($0)" } ?? "") + ": " + problem.message(in: language, rows: ("Bestellungen", "orders")))
            throw ExitStatus.unreadable
        }
        return Counted(counts: counted!, raggedLines: wide?.raggedLines ?? longOrders!.raggedLines)
    }

    /// A header that cannot be read as asked.
    private struct Problem: Error {
        var message: String
    }

    private func wideCounts(_ header: [String]) throws -> OrderCounts {
        guard let attributes else { return OrderCounts(header: header) }
        let columns = try attributes.map { name in
            guard let index = header.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw Problem(message: language.pick(de: "--attributes: keine Spalte „\(name)“; es gibt: ", en: "--attributes: no column “\(name)”; there are: ")
                    + header.joined(separator: ", "))
            }
            return index
        }
        return OrderCounts(header: header, columns: columns)
    }

    private func longTable(_ header: [String]) throws -> LongOrders {
        guard let table = LongOrders(header: header) else {
            throw Problem(message: language.pick(
                de: "--long braucht drei Spalten: Bestellung, Merkmal, Wert; die Kopfzeile hat \(header.count)",
                en: "--long needs three columns: order, attribute, value; the header has \(header.count)"))
        }
        return table
    }
}

import Foundation
import Testing
@testable import SixClusterModel

@Suite("What the orders say: diversity, the most chosen path, rare options, read wide or long")
struct OrderAnalysisTests {
    /// Eight orders of a bicycle over colour, carrier and gears.
    private static let wide = """
        Colour;Carrier;Gears
        red;yes;7
        red;yes;3
        blue;;7
        red;yes;7
        green;yes;7
        blue;;3
        red;;7
        blue;yes;7

        """

    private func counts(_ text: String) -> OrderCounts {
        let table = try! CSVTable.read(text).get()
        var counts = OrderCounts(header: table.header)
        table.rows.forEach { counts.add($0) }
        return counts
    }

    private func analysis(_ text: String = wide, order: [String] = [], threshold: Double = 0.2) -> OrderAnalysis {
        try! OrderAnalysis.make(counts(text), order: order, threshold: threshold).get()
    }

    @Test("diversity is the normalised entropy, computed by hand; attributes ranked from the most diverse")
    func diversity() {
        // Colour: red 4, blue 3, green 1 of 8; Carrier: yes 5, not chosen 3; Gears: 7 six times, 3 twice.
        let entropy = { (counts: [Double]) in counts.reduce(0.0) { $0 - ($1 / 8) * log($1 / 8) } }
        let result = analysis()
        #expect(result.orderCount == 8)
        #expect(result.attributes.map(\.name) == ["Carrier", "Colour", "Gears"])
        let colour = result.attributes.first { $0.name == "Colour" }!
        #expect(abs(colour.diversity - entropy([4, 3, 1]) / log(3)) < 1e-12)
        #expect(abs(result.attributes[0].diversity - entropy([5, 3]) / log(2)) < 1e-12)
        #expect(colour.options.map(\.value) == ["red", "blue", "green"] && colour.options[0].share == 0.5)
        #expect(OrderAnalysis.diversity([7]) == 0 && abs(OrderAnalysis.diversity([2, 2, 2]) - 1) < 1e-12)
    }

    @Test("the path takes the most common value, then the most common among those orders; the share at each step")
    func path() {
        let result = analysis()
        #expect(result.path.map(\.chosen.value) == ["red", "yes", "7"])
        #expect(result.path.map(\.reached) == [8, 4, 3])
        #expect(result.path.map(\.chosen.count) == [4, 3, 2])
        #expect(result.pathFollowers == 2)
        // --order puts Gears first: 7 (6 of 8), then red (3 of 6), then yes (2 of 3).
        let ordered = analysis(order: ["Gears"])
        #expect(ordered.path.map(\.attribute) == ["Gears", "Colour", "Carrier"])
        #expect(ordered.path.map(\.chosen.value) == ["7", "red", "yes"] && ordered.pathFollowers == 2)
    }

    @Test("a tie goes to the value seen first in the file, on every run")
    func ties() {
        let tied = "A,B\nx,p\ny,q\ny,p\nx,q\n"
        for _ in 0..<5 {
            #expect(analysis(tied).path.map(\.chosen.value) == ["x", "p"])
        }
    }

    @Test("rare options (under the threshold, never 'not chosen') and the share of orders served without them")
    func rare() {
        let result = analysis(threshold: 0.2)
        #expect(result.rare.map { "\($0.attribute) \($0.option.value)" } == ["Colour green"])
        #expect(result.servedShare == 7.0 / 8.0)
        #expect(analysis(threshold: 0.4).rare.map(\.option.value) == ["blue", "green", "3"], "carrier 'not chosen' is no option to drop")
        #expect(analysis(threshold: 0.4).servedShare == 3.0 / 8.0)
    }

    @Test("a column with a different value in nearly every row is left out, unless named; one attribute left is no path")
    func identifiers() throws {
        var text = "Order,Colour,Gears\n"
        for number in 0..<40 { text += "B-\(number),\(number % 3 == 0 ? "red" : "blue"),\(number % 2 == 0 ? "7" : "3")\n" }
        let result = analysis(text)
        #expect(result.leftOut.map(\.column) == ["Order"] && result.attributes.count == 2)
        var one = "Order,Colour\n"
        for number in 0..<40 { one += "B-\(number),red\n" }
        #expect(OrderAnalysis.make(counts(one)) == .failure(.tooFewAttributes(["Colour"])))
        #expect(try OrderAnalysis.make(counts(one), keep: ["Order"]).get().leftOut.isEmpty, "a column asked for by name stays")
        var many = OrderCounts(header: ["Id", "Colour"])
        for number in 0..<5000 { many.add(cells: ["\(number)", number % 2 == 0 ? "red" : "blue"]) }
        #expect(many.dropped == [0], "left out while reading, before it fills the memory")
    }

    @Test("long rows (order, attribute, value, in any order) give the same result as the wide file")
    func long() {
        let table = try! CSVTable.read(Self.wide).get()
        var rows = "Value;Attribute;Order\n"
        for row in table.rows.reversed() {
            for (index, name) in table.header.enumerated() where !row.cells[index].isEmpty {
                rows += "\(row.cells[index]);\(name);B-\(row.line)\n"
            }
        }
        let longTable = try! CSVTable.read(rows).get()
        var long = LongOrders(header: longTable.header)!
        longTable.rows.forEach { long.add($0) }
        var wide = OrderCounts(header: table.header)
        table.rows.forEach { wide.add($0) }
        let fromLong = try! OrderAnalysis.make(long.counts(), order: ["Colour", "Carrier", "Gears"], threshold: 0.2).get()
        let fromWide = try! OrderAnalysis.make(wide, threshold: 0.2).get()
        #expect(fromLong.path.map(\.chosen) == fromWide.path.map(\.chosen))
        #expect(fromLong.attributes == fromWide.attributes.map { attribute in
            // Orders appear in the long file in reverse: equal counts may list their options in another order.
            var same = attribute
            same.options = fromLong.attributes.first { $0.name == attribute.name }!.options
            return same
        })
        #expect(Set(fromLong.rare.map(\.option.value)) == Set(fromWide.rare.map(\.option.value)))
        #expect(LongOrders(header: ["Order", "Colour"]) == nil, "three columns are needed")
    }

    @Test("the stream gives the rows a whole read gives, however the chunks fall; Windows-1252, UTF-16 and binary")
    func stream() {
        let text = "\u{FEFF}Farbe;Träger\r\n\"Rot; \"\"hell\"\"\";ja\r\n  Grün  ;\r\n\r\n\"über\nzwei\";nein\r\n"
        let whole = try! CSVTable.read(String(text.dropFirst())).get()
        for size in [1, 2, 3, 7, 1000] {
            var stream = CSVStream()
            var rows: [CSVTable.Row] = []
            let bytes = Array(text.utf8)
            for start in stride(from: 0, to: bytes.count, by: size) {
                _ = bytes[start..<min(bytes.count, start + size)].withUnsafeBufferPointer { stream.feed($0) { rows.append($0) } }
            }
            #expect(stream.finish { rows.append($0) } == nil)
            #expect(rows.first?.cells == whole.header && Array(rows.dropFirst()) == whole.rows, "chunks of \(size)")
            #expect(stream.separator == ";")
        }
        let latin: [UInt8] = Array("Farbe,Tr".utf8) + [0xE4] + Array("ger\nRot,ja\n".utf8)
        var stream = CSVStream()
        var rows: [CSVTable.Row] = []
        _ = latin.withUnsafeBufferPointer { stream.feed($0) { rows.append($0) } }
        _ = stream.finish { rows.append($0) }
        #expect(stream.encoding == .windows1252 && rows.first?.cells == ["Farbe", "Träger"])
        var utf16 = CSVStream()
        var wideRows: [CSVTable.Row] = []
        let utf16Bytes: [UInt8] = [0xFF, 0xFE] + "A\tB\nx\ty\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        _ = utf16Bytes.withUnsafeBufferPointer { utf16.feed($0) { wideRows.append($0) } }
        _ = utf16.finish { wideRows.append($0) }
        #expect(wideRows.map(\.cells) == [["A", "B"], ["x", "y"]])
        var binary = CSVStream()
        let early = [0x50, 0x4B, 0x03, 0x04, 0x00].withUnsafeBufferPointer { binary.feed($0) { _ in } }
        #expect((early ?? binary.finish { _ in })?.kind == .binary)
    }

    @Test("figures as German and English readers write them")
    func numbers() {
        let de = OrderNumbers(language: .de), en = OrderNumbers(language: .en)
        #expect(de.count(1_000_000) == "1.000.000" && en.count(3000) == "3,000" && en.count(999) == "999")
        #expect(de.percent(0.3614) == "36,1 %" && en.percent(0.3614) == "36.1%" && en.percent(1) == "100.0%")
        #expect(de.decimal(0.8649, places: 2) == "0,86" && en.decimal(0.005, places: 2) == "0.01")
    }

    @Test("the cards for fields 1, 6 and 7 in the workshop's language, each naming the orders; a card there already is not added")
    func cards() {
        let cards = OrderCards(analysis(), language: .de, source: "orders.csv")
        #expect(cards.cards.map(\.topic) == [1, 6, 7])
        #expect(cards.cards[1].text == "Meistgewählter Konfigurationspfad: red – yes – 7 – 2 von 8 Bestellungen (25,0 %) folgen ihm ganz")
        #expect(cards.cards[0].text.hasPrefix("Die Wünsche gehen am stärksten auseinander bei: Carrier (2 Optionen, Vielfalt 0,95)"))
        #expect(cards.cards[2].text.contains("Colour green (12,5 %)") && cards.cards[2].text.contains("87,5 % der 8 Bestellungen"))
        var workshop = Workshop(metadata: WorkshopMetadata(language: .de))
        workshop[topic: 6].ist = [Card(cards.cards[1].text, method: .data)]
        let edits = cards.edits(for: workshop)
        #expect(edits.count == 2 && edits.allSatisfy { if case .add(let card, _, .ist, _) = $0 { card.method == .data } else { false } })
    }

    @Test("the tree is well-formed SVG with every level's attribute, the path marked, and text that stays text")
    func tree() {
        let hostile = "A,B\n<script>x</script>,\"a & b\"\nc,d\n"
        let svg = OrderTree(OrderReport(analysis(hostile), language: .en, source: "o.csv")).svg()
        #expect(svg.contains("&lt;script&gt;") && !svg.contains("<script>") && svg.contains("a &amp; b"))
        let tree = OrderTree(OrderReport(analysis(), language: .en, source: "o.csv")).svg()
        #expect(tree.contains(">Colour</text>") && tree.contains(">Gears</text>") && tree.contains("(not chosen)"))
        #expect(tree.components(separatedBy: "fill=\"#1d4f7a\"").count - 1 == 3, "one strong box per step of the path")
    }
}

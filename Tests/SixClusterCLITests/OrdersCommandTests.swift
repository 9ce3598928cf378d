import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

@Suite("sixcluster orders: the configuration model from the shipped sample orders, as text, Markdown, JSON, SVG and cards")
struct OrdersCommandTests {
    private static let sample = TestPaths.root.appendingPathComponent("Workshops/fahrradhandel-city-c200-bestellungen-erfunden.csv").path

    @Test("the sample in German: the order number and the moment left out, the diverse attributes, the path from City C 200, rare options")
    func text() throws {
        let run = try CLI.run("orders", Self.sample, environment: ["LANG": "de_DE.UTF-8"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(": 3.000 Bestellungen, 7 Merkmale (ausgelassen: Bestellnummer, Bestellt am – fast jede Zeile ein anderer Wert)"))
        #expect(run.stdout.contains("Wo die Wünsche am stärksten auseinandergehen\n  Merkmal "))
        #expect(run.stdout.contains("  1  Modell          City C 200         100,0 %  3.000 von 3.000\n  2  Fahrradständer  Mit Seitenständer"))
        #expect(run.stdout.contains("Selten gewählte Optionen (unter 2,0 %)") && run.stdout.contains("Royalblau"))
        let markdown = try CLI.run("orders", Self.sample, "--format", "md", "--lang", "en")
        #expect(markdown.stdout.hasPrefix("# What the orders say\n") && markdown.stdout.contains("| Step | Attribute | chosen | Share | Orders |"))
        #expect(markdown.stdout.contains("**City C 200 – Mit Seitenständer – Palermo – Anthrazit"))
    }

    @Test("JSON for scripts; the same orders written long give the same path")
    func jsonAndLong() throws {
        let folder = try TestPaths.temporaryFolder()
        let table = try CSVTable.read(String(contentsOfFile: Self.sample, encoding: .utf8)).get()
        var long = "Bestellnummer,Merkmal,Wert\n"
        for row in table.rows {
            for (index, name) in table.header.enumerated().dropFirst(2) where !row.cells[index].isEmpty {
                long += "\(row.cells[0]),\(name),\(row.cells[index])\n"
            }
        }
        let longFile = folder.appendingPathComponent("long.csv")
        try long.write(to: longFile, atomically: true, encoding: .utf8)
        struct Document: Decodable {
            struct Step: Decodable { var attribute: String; var chosen: Option; var reached: Int }
            struct Option: Decodable { var value: String; var count: Int }
            var orderCount: Int
            var path: [Step]
            var pathFollowers: Int
        }
        let wide = try JSONDecoder().decode(Document.self, from: Data(try CLI.run("orders", Self.sample, "--format", "json").stdout.utf8))
        let fromLong = try CLI.run("orders", longFile.path, "--long", "--format", "json")
        #expect(fromLong.status == 0, "\(fromLong.stderr)")
        let longResult = try JSONDecoder().decode(Document.self, from: Data(fromLong.stdout.utf8))
        #expect(wide.orderCount == 3000 && longResult.orderCount == 3000)
        #expect(wide.path.map(\.chosen.value) == longResult.path.map(\.chosen.value))
        #expect(wide.path.map(\.reached) == longResult.path.map(\.reached) && wide.pathFollowers == longResult.pathFollowers)
        #expect(wide.path.first?.attribute == "Modell" && wide.path.count == 7)
    }

    @Test("the SVG tree is valid XML and renders; kept as a picture to look at", .enabled(if: TestPaths.canRun("xmllint") && TestPaths.canRun("rsvg-convert")))
    func svg() throws {
        let folder = TestPaths.root.appendingPathComponent(".build/artifacts/orders")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let svg = folder.appendingPathComponent("tree.svg"), png = folder.appendingPathComponent("tree.png")
        let run = try CLI.run("orders", Self.sample, "-o", svg.path, "--lang", "de")
        #expect(run.status == 0, "\(run.stderr)")
        let lint = try ProgramRun.run(try TestPaths.program("xmllint"), ["--noout", svg.path])
        #expect(lint.status == 0, "\(lint.stderr)")
        let render = try ProgramRun.run(try TestPaths.program("rsvg-convert"), ["-w", "1600", svg.path, "-o", png.path])
        let pngSize = try Data(contentsOf: png).count
        #expect(render.status == 0 && pngSize > 10_000, "\(render.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        for level in ["Modell", "Fahrradständer", "Rahmenform", "Farbe", "Gepäckträger", "Gangschaltung", "Rahmenhöhe"] {
            #expect(text.contains(">\(level)</text>"), "\(level)")
        }
    }

    @Test("--into while a board is open: the three cards show on the board within a second; a second run adds nothing")
    func intoWhileBoardIsOpen() throws {
        let file = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml", named: "w.yaml")
        let board = try CLI.board(file, height: 40)
        defer { board.close() }
        try board.send("g", "6", "Enter", "Enter")
        let dry = try CLI.run("orders", Self.sample, "--into", file.path, "--dry-run", "--lang", "en")
        #expect(dry.status == 0 && dry.stderr.contains("would add: 3 cards") && dry.stdout.hasPrefix("1 Customer needs: Die Wünsche"), "\(dry.stderr)")
        let run = try CLI.run("orders", Self.sample, "--into", file.path, "--lang", "en")
        #expect(run.status == 0 && run.stderr.contains("3 cards (Ist, method data)"), "\(run.stderr)")
        try board.waitFor("Meistgewählter Konfigurationspfad", timeout: 1)
        let again = try CLI.run("orders", Self.sample, "--into", file.path, "--lang", "en")
        #expect(again.stderr.contains("0 cards (Ist, method data); 3 already there"), "\(again.stderr)")
        try board.quit()
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.hasPrefix("format: 4\n") && saved.components(separatedBy: "method: data").count - 1 == 3)
    }

    @Test("bad input: a clear message with the line, nothing changed; exit 1 for rows left out, 2 for what cannot be read", arguments: [
        ("", [], 2, "the file is empty"),
        ("Farbe,Schaltung\n", [], 2, "a header only, no orders"),
        ("Farbe,Schaltung\nrot,7\nblau,3,extra\ngrün,7\n", [], 1, ":3: more cells than the header has"),
        ("PK\u{3}\u{4}\u{0}\u{0}", [], 2, "not a text file"),
        ("Farbe\nrot\nblau\n", [], 2, "a path needs at least two attributes; left: Farbe"),
        ("Bestellung,Farbe\n1,rot\n", ["--long"], 2, ":1: --long needs three columns: order, attribute, value; the header has 2"),
        ("Farbe,Schaltung\nrot,7\n", ["--attributes", "Farbe,Rahmen"], 2, ":1: --attributes: no column “Rahmen”; there are: Farbe, Schaltung"),
        ("Farbe,Schaltung\nrot,7\n", ["--order", "Rahmen"], 2, "--order: no attribute “Rahmen”; there are: "),
        ("Farbe,Schaltung\nrot,\"7\nblau,3\n", [], 2, ":2: a quote opens here and never closes"),
    ] as [(String, [String], Int32, String)])
    func badInput(content: String, options: [String], status: Int32, message: String) throws {
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("orders.csv")
        try Data(content.utf8).write(to: file)
        let run = try ProgramRun.run(CLI.binary, ["orders", file.path, "--lang", "en"] + options)
        #expect(run.status == status && run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack"))
    }

    @Test("a file over the size limit is refused before it is read; --long takes --attributes too, naming the attributes there are")
    func sizeAndLongAttributes() throws {
        let folder = try TestPaths.temporaryFolder()
        let huge = folder.appendingPathComponent("huge.csv")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: Data("a,b\n".utf8)))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(1 << 30) + 1)
        try handle.close()
        let refused = try CLI.run("orders", huge.path, "--lang", "en")
        #expect(refused.status == 2 && refused.stderr.contains("too large (over 1024 MB); order files may be at most 1024 MB"), "\(refused.stderr)")
        let long = folder.appendingPathComponent("long.csv")
        try "order;attribute;value\n1;Farbe;rot\n1;Gang;7\n1;Rahmen;S\n2;Farbe;blau\n2;Gang;7\n2;Rahmen;M\n3;Farbe;rot\n3;Gang;3\n"
            .write(to: long, atomically: true, encoding: .utf8)
        let chosen = try CLI.run("orders", long.path, "--long", "--attributes", "gang,Farbe", "--format", "json")
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(chosen.stdout.contains("\"attribute\" : \"Gang\"") && !chosen.stdout.contains("Rahmen"))
        #expect(chosen.stdout.range(of: "\"attribute\" : \"Gang\"")!.lowerBound < chosen.stdout.range(of: "\"attribute\" : \"Farbe\"")!.lowerBound,
                "the path in the order named")
        let unknown = try CLI.run("orders", long.path, "--long", "--attributes", "Farbe,Sattel", "--lang", "en")
        #expect(unknown.status == 2 && unknown.stderr.contains("--attributes: no attribute “Sattel”; there are: Farbe, Gang, Rahmen"), "\(unknown.stderr)")
    }
}

import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

@Suite("sixcluster import: a survey's answers as cards")
struct ImportCommandTests {
    /// A file of these bytes in a fresh folder.
    private func answers(_ bytes: [UInt8], named name: String = "antworten.csv") throws -> URL {
        let url = try TestPaths.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    private func workshop() throws -> URL {
        try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
    }

    /// A LimeSurvey-like export: codes as column names, an id and a date the import leaves out.
    private let survey = "id,submitdate,F01.1,F07.2\r\n1,2026-02-01,\"Mehr Farben, bitte\",Zu viele Griffe\r\n"
        + "2,2026-02-02,mehr farben,\"Griffe:\r\nweniger\"\r\n3,2026-02-03,\"Mehr Farben, bitte\",\r\n"

    @Test("answers go to the parking lot marked with their field, identical ones as one card with ×N, method survey")
    func parked() throws {
        let file = try workshop()
        let run = try CLI.run("import", file.path, try answers(Array(survey.utf8)).path, "--by", "id")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("column “submitdate” matches no question, left out") && !run.stderr.contains("“id”"))
        let parked = try WorkshopFiles.read(file).parked
        let texts = parked.map(\.text)
        #expect(texts.contains("Field 1: Mehr Farben, bitte (×2)") && texts.contains("Field 1: mehr farben"))
        #expect(texts.contains("Field 7: Zu viele Griffe") && texts.contains("Field 7: Griffe: weniger"))
        #expect(parked.first { $0.text.hasSuffix("(×2)") }?.author == nil, "two gave it: no single respondent")
        #expect(parked.first { $0.text.hasSuffix("Zu viele Griffe") }?.author == "1")
        #expect(parked.filter { $0.text.hasPrefix("Field ") }.allSatisfy { $0.method == .survey })
    }

    @Test("--into ist, --dry-run changes nothing and lists what would come; question texts match as columns too")
    func istAndDryRun() throws {
        let file = try workshop()
        let question = ModelTemplate.builtIn.topic(6).questions[.de][0]
        let csv = try answers(Array("\(question.uppercased());F06.2\nWeb-Konfigurator fehlt;\n".utf8))
        let before = try Data(contentsOf: file)
        let dry = try CLI.run("import", file.path, csv.path, "--into", "ist", "--dry-run")
        #expect(dry.status == 0 && dry.stdout.contains("6 Configuration: Web-Konfigurator fehlt"), "\(dry.stdout) \(dry.stderr)")
        #expect(try Data(contentsOf: file) == before, "a dry run changes nothing")
        #expect(try CLI.run("import", file.path, csv.path, "--into", "ist", "--method", "interview").status == 0)
        let card = try #require(WorkshopFiles.read(file)[topic: 6].ist.last)
        #expect(card.text == "Web-Konfigurator fehlt" && card.method == .interview)
    }

    @Test("real exports: semicolons and Windows-1252 from a German spreadsheet, tabs in UTF-16 with a byte order mark")
    func encodings() throws {
        let file = try workshop()
        // "Größe fehlt" in Windows-1252: ö = F6, ß = DF.
        let windows: [UInt8] = Array("F02.1;F03.1\r\nGr".utf8) + [0xF6, 0xDF] + Array("e fehlt;\u{0}".utf8).dropLast() + Array(";x\r\n".utf8).dropFirst()
        #expect(try CLI.run("import", file.path, try answers(windows).path).status == 0)
        let unicode = "F04.1\tF05.1\r\nKunden lernen dazu\tMarke €\r\n"
        let utf16: [UInt8] = [0xFF, 0xFE] + unicode.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try CLI.run("import", file.path, try answers(utf16, named: "unicode.txt").path).status == 0)
        let texts = try WorkshopFiles.read(file).parked.map(\.text)
        #expect(texts.contains("Field 2: Größe fehlt") && texts.contains("Field 3: x"))
        #expect(texts.contains("Field 4: Kunden lernen dazu") && texts.contains("Field 5: Marke €"))
    }

    @Test("bad input is named with its line and changes nothing", arguments: [
        ("", 2, "the file is empty"),
        ("F01.1,F01.2\n", 2, "a header only"),
        ("F01.1\n\"offen\n", 2, ":2: a quote opens here and never closes"),
        ("PK\u{3}\u{4}\u{0}\u{0}", 2, "not a text file"),
        ("Farbe,Maße\nrot,groß\n", 2, "no column matches a guiding question"),
    ])
    func badInput(content: String, status: Int32, says: String) throws {
        let file = try workshop()
        let before = try Data(contentsOf: file)
        let run = try CLI.run("import", file.path, try answers(Array(content.utf8)).path)
        #expect(run.status == status && run.stderr.contains(says), "\(run.stderr)")
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("a row with more cells than the header is skipped with its line (exit 1); a column close to a question is named")
    func skippedAndSuggested() throws {
        let file = try workshop()
        let question = ModelTemplate.builtIn.topic(1).questions[.en][0]
        let typo = String(question.dropLast(3)) + "x?"
        let csv = try answers(Array("F01.2,\"\(typo)\"\nFarbe,a\nzu,viele,zellen\n".utf8))
        let run = try CLI.run("import", file.path, csv.path)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("antworten.csv:3: more cells than the header has – row left out"))
        #expect(run.stderr.contains("did you mean F01.1?"), "\(run.stderr)")
        #expect(try WorkshopFiles.read(file).parked.map(\.text).contains("Field 1: Farbe"))
    }

    @Test("--map sends columns named neither by code nor by question to fields (a number or a code); its problems have their line")
    func columnMap() throws {
        let file = try workshop()
        let csv = try answers(Array("Q3;Was fehlt Ihnen?;Alter\nSchneller liefern;Muster zum Anfassen;41\n".utf8))
        let folder = csv.deletingLastPathComponent()
        let map = folder.appendingPathComponent("map.yaml")
        try "Q3: 5\n\"was fehlt  ihnen?\": F02.1\nQ9: 4\n".write(to: map, atomically: true, encoding: .utf8)
        let run = try CLI.run("import", file.path, csv.path, "--map", map.path, "--into", "ist", "--lang", "en")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("map.yaml: no column “Q9” in ") && run.stderr.contains("column “Alter” matches no question"))
        let workshop = try WorkshopFiles.read(file)
        #expect(workshop[topic: 5].ist.last?.text == "Schneller liefern" && workshop[topic: 2].ist.last?.text == "Muster zum Anfassen")
        try "Q3: 21\nQ4: [1]\n".write(to: map, atomically: true, encoding: .utf8)
        let bad = try CLI.run("import", file.path, csv.path, "--map", map.path, "--lang", "en")
        #expect(bad.status == 2 && bad.stderr.contains("map.yaml:1:5: “21” is no field (1 to 20) and no question code (such as F01.2)")
            && bad.stderr.contains("map.yaml:2:1: expected column: field"), "\(bad.stderr)")
    }

    @Test("an import while two boards are open: both show the cards within a second; nothing lost or doubled")
    func importWhileBoardsAreOpen() throws {
        let file = try workshop()
        let first = try CLI.board(file, "--author Anna")
        let second = try first.window("'\(CLI.binary.path)' --author Ben '\(file.path)'", environment: ["LANG": "C.UTF-8"])
        defer { second.close(); first.close() }
        try first.waitUntil("Ben in") { $0.contains("Ben") }
        for board in [first, second] { try board.send("L") }
        let run = try CLI.run("import", file.path, try answers(Array(survey.utf8)).path, "--lang", "en")
        #expect(run.status == 0, "\(run.stderr)")
        for board in [first, second] { _ = try board.waitFor("Zu viele Griffe", timeout: 1) }
        try second.quit()
        try first.quit()
        let parked = try WorkshopFiles.read(file).parked.map(\.text)
        for text in ["Field 1: Mehr Farben, bitte (×2)", "Field 1: mehr farben", "Field 7: Zu viele Griffe", "Field 7: Griffe: weniger"] {
            #expect(parked.filter { $0 == text }.count == 1, "\(text) once")
        }
    }
}

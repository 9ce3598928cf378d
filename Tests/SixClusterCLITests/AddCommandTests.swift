import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// `sixcluster add`: a second kind of writer, through the same door as the boards.
@Suite("sixcluster add")
struct AddCommandTests {
    private func workshop(_ file: URL) throws -> Workshop {
        try WorkshopFiles.read(file)
    }

    @Test("one card into a field's column, with its author; one per line of standard input; a point into the parking lot")
    func adds() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let one = try CLI.run("add", file.path, "--field", "8", "--ist", "CNC edge banding\u{1B}[31m", "--author", "cron", "--lang", "en")
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stderr.contains("w.yaml: 1 card added to field 8 (Ist)"))
        let card = try workshop(file)[topic: 8].ist.first
        #expect(card?.text == "CNC edge banding[31m", "no control character reaches the file")
        #expect(card?.author == "cron")
        let input = try TestPaths.temporaryFolder().appendingPathComponent("cards.txt")
        try Data("Tablet in the workshop\n\n  Barcode on every front  \r\nÜbergabe 漢字\n".utf8).write(to: input)
        let many = try ProgramRun.run(URL(fileURLWithPath: "/bin/sh"),
                                      ["-c", "'\(CLI.binary.path)' add '\(file.path)' --field 13 --soll - --lang de < '\(input.path)'"])
        #expect(many.status == 0, "\(many.stderr)")
        #expect(many.stderr.contains("3 Karten zu Feld 13 (Soll) hinzugefügt"))
        #expect(try workshop(file)[topic: 13].soll.map(\.text) == ["Tablet in the workshop", "Barcode on every front", "Übergabe 漢字"])
        #expect(try CLI.run("add", file.path, "--park", "Ask about veneers").status == 0)
        #expect(try workshop(file).parked.last?.text == "Ask about veneers")
        #expect(!FileManager.default.fileExists(atPath: file.deletingLastPathComponent().appendingPathComponent(".w.yaml.sixcluster-boards").path))
    }

    @Test("refused with exit 1 and nothing written: no such field, empty text, a text too long",
          arguments: [(["--field", "21", "--ist", "x"], "no field “21”: fields are numbered 1 to 20 – nothing written"),
                      (["--field", "seven", "--soll", "x"], "no field “seven”"),
                      (["--field", "3", "--ist", "   "], "empty text: no card"),
                      (["--field", "3", "--ist", String(repeating: "a", count: 4001)], "the text is 4001 characters long; a card holds at most 4000")])
    func refused(arguments: [String], message: String) throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let before = try Data(contentsOf: file)
        let run = try ProgramRun.run(CLI.binary, ["add", file.path] + arguments + ["--lang", "en"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("w.yaml: " + message), "\(run.stderr)")
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("exit 2 for a file that cannot be read, or whose comments a write would remove; 64 for a wrong call")
    func unreadable() throws {
        let folder = try TestPaths.temporaryFolder()
        let missing = try CLI.run("add", folder.appendingPathComponent("none.yaml").path, "--field", "1", "--ist", "x", "--lang", "en")
        #expect(missing.status == 2 && missing.stderr.contains("none.yaml"))
        let broken = folder.appendingPathComponent("broken.yaml")
        try Data("format: 1\nfields: [\n".utf8).write(to: broken)
        let run = try CLI.run("add", broken.path, "--field", "1", "--ist", "x", "--lang", "en")
        #expect(run.status == 2 && run.stderr.contains("broken.yaml:"), "\(run.stderr)")
        let commented = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "c.yaml")
        let text = try String(contentsOf: commented, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "fields:\n", with: "# keep this note\nfields:\n").utf8).write(to: commented)
        let before = try Data(contentsOf: commented)
        let held = try CLI.run("add", commented.path, "--field", "1", "--ist", "x", "--lang", "en")
        #expect(held.status == 2 && held.stderr.contains("the file holds comments (lines"), "\(held.stderr)")
        #expect(try Data(contentsOf: commented) == before)
        #expect(try CLI.run("add", commented.path, "--field", "1", "x").status == 64, "neither --ist nor --soll")
        #expect(try CLI.run("add", commented.path, "--park", "--ist", "x").status == 64)
    }

    @Test("100 adds in a loop while three boards are open: every card once on the file, shown on the boards, check accepts it")
    func addsWhileBoardsAreOpen() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let first = try CLI.board(file, "--author Anna", height: 60)
        let others = try ["Ben", "Chen"].map { name in
            try first.window("'\(CLI.binary.path)' --author \(name) '\(file.path)'", environment: ["LANG": "C.UTF-8"])
        }
        let boards = [first] + others
        defer { boards.reversed().forEach { $0.close() } }
        // The others in the order their boards joined, which the system's scheduling decides.
        try first.waitUntil("both others in") { screen in
            screen.contains("with Ben, Chen") || screen.contains("with Chen, Ben") || screen.contains("Ben, Chen –") || screen.contains("Chen, Ben –")
        }
        for board in boards { try board.send("g", "1", "8", "Enter", "Enter") }
        for number in 1...100 {
            let run = try CLI.run("add", file.path, "--field", "\(18 + number % 2)", number % 2 == 0 ? "--ist" : "--soll", "Script card \(number)")
            #expect(run.status == 0, "\(run.stderr)")
            // Seen by a board within a second of being written.
            if number == 50 || number == 100 { try boards[number % 3].waitFor("Script card \(number)", timeout: 1) }
        }
        for board in boards { try board.quit() }
        let after = try workshop(file)
        let texts = after[topic: 18].ist.map(\.text) + after[topic: 19].soll.map(\.text)
        for number in 1...100 {
            #expect(texts.filter { $0 == "Script card \(number)" }.count == 1, "Script card \(number) once")
        }
        #expect(try CLI.run("check", file.path).status == 1, "still a valid workshop (its empty fields flagged)")
    }
}

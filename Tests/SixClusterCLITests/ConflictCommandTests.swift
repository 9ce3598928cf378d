import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// An unresolved conflict counts like an empty field: `check` names it, `export` refuses it unless asked, `diff`
/// shows it coming and going.
@Suite("open conflicts reach no report unnoticed")
struct ConflictCommandTests {
    private let target = "  - Produktselektoren mit vordefinierten Varianten\n"

    /// The complete bicycle workshop merged from two copies that changed one Soll card of field 7 differently.
    private func conflicted() throws -> (base: URL, merged: URL) {
        let base = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml", named: "base.yaml")
        let folder = base.deletingLastPathComponent()
        let text = try String(contentsOf: base, encoding: .utf8)
        let ours = folder.appendingPathComponent("ours.yaml"), theirs = folder.appendingPathComponent("theirs.yaml")
        try Data(text.replacingOccurrences(of: target, with: "  - Produktselektoren, auch sonntags\n").utf8).write(to: ours)
        try Data(text.replacingOccurrences(of: target, with: "  - Produktselektoren (Sa+So)\n").utf8).write(to: theirs)
        let merged = folder.appendingPathComponent("merged.yaml")
        let run = try CLI.run("merge", base.path, ours.path, theirs.path, "-o", merged.path)
        #expect(run.status == 1, "the merge marks the conflict: \(run.stderr)")
        return (base, merged)
    }

    @Test("check names the field, the card and both texts, exits 1 without --strict, and says it in JSON")
    func check() throws {
        let files = try conflicted()
        #expect(try CLI.run("check", files.base.path).status == 0, "the workshop is complete before the merge")
        let run = try CLI.run("check", files.merged.path, "--lang", "en")
        #expect(run.status == 1)
        #expect(run.stdout.contains("merged.yaml: 7 Complexity, Soll card 2: unresolved conflict – "
            + "“Produktselektoren, auch sonntags” or “Produktselektoren (Sa+So)”"), "\(run.stdout)")
        #expect(run.stdout.contains("Ist 20/20, Soll 20/20, 0 empty, 0 without target, 1 conflict"))
        let german = try CLI.run("check", files.merged.path, "--lang", "de")
        #expect(german.stdout.contains("7 Komplexität, Soll-Karte 2: Konflikt, ungelöst – „Produktselektoren, auch sonntags“"))
        let json = try CLI.run("check", files.merged.path, "--format", "json")
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let file = (object?["files"] as? [[String: Any]])?.first
        let conflict = (file?["conflicts"] as? [[String: Any]])?.first
        #expect(conflict?["topic"] as? Int == 7)
        #expect(conflict?["column"] as? String == "soll")
        #expect(conflict?["card"] as? Int == 2)
        #expect(conflict?["text"] as? String == "Produktselektoren, auch sonntags")
        #expect(conflict?["other"] as? String == "Produktselektoren (Sa+So)")
    }

    @Test("export refuses an open conflict and writes nothing; --allow-conflicts marks it plainly in every format")
    func export() throws {
        let files = try conflicted()
        let out = files.merged.deletingLastPathComponent().appendingPathComponent("report.md")
        let refused = try CLI.run("export", files.merged.path, "-o", out.path, "--lang", "en")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("7 Complexity, Soll card 2: unresolved conflict"))
        #expect(refused.stderr.contains("nothing exported, 1 conflict(s) unresolved"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let allowed = try CLI.run("export", files.merged.path, "--allow-conflicts")
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("1 ungelöste(r) Konflikt(e), im Bericht markiert") || allowed.stderr.contains("marked in the report"))
        #expect(allowed.stdout.contains("**1 ungelöster Konflikt:** Zwei Fassungen derselben Karte"), "\(allowed.stdout.prefix(1500))")
        #expect(allowed.stdout.contains("- 7 Komplexität, Soll: Produktselektoren, auch sonntags – oder – Produktselektoren (Sa+So)"))
        #expect(allowed.stdout.contains("UNGELÖSTER KONFLIKT – andere Fassung: Produktselektoren (Sa+So)"))
        let html = try CLI.run("export", files.merged.path, "--allow-conflicts", "--format", "html")
        #expect(html.stdout.contains("1 ungelöster Konflikt"))
    }

    @Test("diff shows a conflict the merge added, and later that it was resolved")
    func diff() throws {
        let files = try conflicted()
        let added = try CLI.run("diff", files.base.path, files.merged.path, "--lang", "en")
        #expect(added.status == 1)
        #expect(added.stdout.contains("+ conflict (Soll): Produktselektoren, auch sonntags – or – Produktselektoren (Sa+So)"), "\(added.stdout)")
        let resolved = files.merged.deletingLastPathComponent().appendingPathComponent("resolved.yaml")
        let text = try String(contentsOf: files.merged, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "    conflict: Produktselektoren (Sa+So)\n", with: "").utf8).write(to: resolved)
        let gone = try CLI.run("diff", files.merged.path, resolved.path, "--lang", "en", "--format", "json")
        #expect(gone.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(gone.stdout.utf8)) as? [String: Any]
        let change = (object?["changes"] as? [[String: Any]])?.first
        #expect(change?["kind"] as? String == "conflict-resolved")
        #expect(change?["other"] as? String == "Produktselektoren (Sa+So)")
        #expect(try CLI.run("check", resolved.path).status == 0)
    }
}

/// A merged file with a conflict, opened on the board in a real terminal.
@Suite("Conflicts on the board (tmux)")
struct ConflictBoardEndToEndTests {
    @Test("≠ on the field and a count in the status line at 80×24; = finds it, v shows both versions, b keeps both and says so; the timebox's suggested minutes are replaced by typing")
    func resolveOnTheBoard() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let marked = text.replacingOccurrences(of: "  - Cut the handle range to eight\n",
                                               with: "  - text: Cut the handle range to eight\n    conflict: Cut the handle range to six, and drop the brass ones\n")
        try Data(("format: 3\n" + marked.drop { $0 != "\n" }.dropFirst()).utf8).write(to: file)
        let tmux = try CLI.board(file, width: 80, height: 24)
        defer { tmux.close() }
        try tmux.waitFor("7 Complexity            1/1 ≠")
        try tmux.waitFor("conflicts: 1")
        try tmux.send("=")
        try tmux.waitFor("Field 7: a card has two versions")
        try tmux.waitFor("≠ other version: Cut the handle")
        try tmux.send("e")
        try tmux.waitFor("Conflict: two versions of a card")
        try tmux.waitFor("b  keep both, as two cards")
        try tmux.send("b")
        try tmux.waitFor("Conflict resolved: both versions stand as two cards")
        try tmux.waitUntil("the mark gone") { !$0.contains("conflicts: 1") }
        // The timebox offers its last minutes as a suggestion: 1 typed means one minute, not 101.
        try tmux.send("F3", "f")
        try tmux.waitFor("10")
        try tmux.type("1")
        try tmux.send("Enter")
        try tmux.waitFor("01:00")
        try tmux.saveAndQuit()
        let soll = try WorkshopFiles.read(file)[topic: 7].soll
        #expect(soll.map(\.text) == ["Cut the handle range to eight", "Cut the handle range to six, and drop the brass ones"])
        #expect(soll.allSatisfy { $0.conflict == nil })
    }
}

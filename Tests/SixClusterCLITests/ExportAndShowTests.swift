import Foundation
import Testing
import SixClusterTestSupport

@Suite("sixcluster export and show")
struct ExportAndShowTests {
    @Test("export of a complete workshop writes the report to stdout, in the workshop's language")
    func exportToStdout() throws {
        let run = try CLI.run("export", CLI.complete)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# Fahrradhandel – Strategie für das City C 200\n"))
        #expect(run.stdout.contains("## Value Chain\n"))
        #expect(run.stdout.contains("Alle 20 Felder haben Ist- und Soll-Karten."))
        let english = try CLI.run("export", CLI.complete, "--lang", "en")
        #expect(english.stdout.contains("All 20 fields hold Ist and Soll cards."))
    }

    @Test("export with empty fields writes nothing, lists them and exits 1")
    func exportRefusesEmpty() throws {
        let folder = try TestPaths.temporaryFolder()
        let run = try CLI.run("export", CLI.incomplete, "-o", "r.md", in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines[0] == "\(CLI.incomplete): 4 Learning-relationship information: empty: no Ist card yet")
        #expect(lines.last == "\(CLI.incomplete): nothing exported, 7 fields are empty (use --allow-empty to export anyway)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.md").path))
    }

    @Test("export --allow-empty writes the report to -o with the empty fields flagged")
    func exportAllowEmpty() throws {
        let folder = try TestPaths.temporaryFolder()
        let run = try CLI.run("export", CLI.incomplete, "--allow-empty", "-o", "r.md", in: folder)
        #expect(run.status == 0)
        #expect(run.stderr == "r.md: written\n")
        let report = try String(contentsOf: folder.appendingPathComponent("r.md"), encoding: .utf8)
        #expect(report.contains("### 4 Learning-relationship information\n\n**Attention:** empty: no Ist card yet."))
        #expect(report.contains("- 4 Learning-relationship information: empty: no Ist card yet"))
    }

    @Test("without --format the ending of -o picks the format (.html, .htm, .svg, else Markdown); --format wins",
          arguments: [("r.html", nil, "<!DOCTYPE html>"), ("r.HTM", nil, "<!DOCTYPE html>"), ("r.svg", nil, "<?xml"),
                      ("r.md", nil, "# Fahrradhandel"), ("r.txt", nil, "# Fahrradhandel"), ("r.html", "md", "# Fahrradhandel"),
                      ("r.md", "svg", "<?xml")] as [(String, String?, String)])
    func exportFormatByEnding(name: String, format: String?, start: String) throws {
        let folder = try TestPaths.temporaryFolder()
        let run = try ProgramRun.run(CLI.binary, ["export", CLI.complete, "-o", name] + (format.map { ["--format", $0] } ?? []), in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).hasPrefix(start))
    }

    @Test("export of a broken file exits 2")
    func exportBroken() throws {
        let folder = try TestPaths.temporaryFolder()
        try Data("format: 1\ntitle: [\n".utf8).write(to: folder.appendingPathComponent("b.yaml"))
        let run = try CLI.run("export", "b.yaml", in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("b.yaml:3:1: YAML syntax error: "))
        #expect(run.stdout.isEmpty)
    }

    @Test("show lists all twenty fields with counts and flags")
    func showBoard() throws {
        let run = try CLI.run("show", CLI.incomplete)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Made-to-measure kitchen fronts – first strategy session")
        #expect(lines[1] == "Ist 13/20  Soll 9/20  empty: 7  no target: 4")
        #expect(lines.contains("Customer"))
        #expect(lines.contains("   1  Customer needs                     Ist  2  Soll  1"))
        #expect(lines.contains("   4  Learning-relationship information  Ist  0  Soll  0  EMPTY"))
        #expect(lines.contains("   3  Sticky information                 Ist  1  Soll  0  NO TARGET"))
        #expect(lines.filter { $0.hasPrefix("  ") && $0.contains("Ist ") }.count == 20)
    }

    @Test("show --field gives the questions and every card")
    func showField() throws {
        let run = try CLI.run("show", CLI.complete, "--field", "5", "--lang", "de")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("5 Marke/Produkt/Dienstleistung (Differenzierung)\nStatus: vollständig\n"))
        #expect(run.stdout.contains("  ? Was unterscheidet uns heute vom Wettbewerb?\n"))
        #expect(run.stdout.contains("Soll (5):\n"))
        #expect(run.stdout.contains("  - 3D-gedruckte Reifen mit Farbwahl (Werkstatt)\n"))
        #expect(run.stdout.contains("  - Lieferung in höchstens einer Woche (Markt 2–8 Wochen) (5 Stimmen, Priorität hoch)\n"),
                "votes and priority show with the card")
    }

    @Test("show makes terminal escape sequences in cards visible")
    func showNeutralisesEscapes() throws {
        let folder = try TestPaths.temporaryFolder()
        try Data("format: 1\nfields:\n- topic: 1\n  ist: [\"\\e]0;owned\\a\\e[2J\"]\n".utf8)
            .write(to: folder.appendingPathComponent("e.yaml"))
        let run = try CLI.run("show", "e.yaml", "--field", "1", in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.contains("  - ^[]0;owned^G^[[2J\n"))
        #expect(!run.stdout.contains("\u{1B}"))
    }
}

import Foundation
import Testing
import SixClusterTestSupport

@Suite("sixcluster new")
struct NewCommandTests {
    @Test("creates a workshop with 20 empty fields in the chosen language")
    func creates() throws {
        let folder = try TestPaths.temporaryFolder()
        let run = try CLI.run("new", "w.yaml", "--title", "Räder für alle", "--lang", "de", in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "w.yaml: neuer Workshop mit 20 leeren Feldern angelegt\n")
        let text = try String(contentsOf: folder.appendingPathComponent("w.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("format: 1\ntitle: Räder für alle\n"))
        #expect(text.contains("language: de\n"))
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.dateFormat = "yyyy-MM-dd"
        #expect(text.contains("\ndate: '\(day.string(from: Date()))'\n"), "today's local date, quoted as text")
        #expect(text.contains("- topic: 20\n  name: Kommunikation mit Partnern\n  ist: []\n  soll: []\n"))
        let check = try CLI.run("check", "w.yaml", in: folder)
        #expect(check.status == 1)
        #expect(check.stdout.hasSuffix("w.yaml: Ist 0/20, Soll 0/20, 20 empty, 0 without target\n"))
    }

    @Test("refuses to overwrite an existing file unless --force")
    func noOverwrite() throws {
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("w.yaml")
        try Data("keep me".utf8).write(to: file)
        let refused = try CLI.run("new", "w.yaml", in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr == "w.yaml: already exists; nothing changed (use --force to overwrite)\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
        let forced = try CLI.run("new", "w.yaml", "--force", in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("format: 1\n"))
    }

    @Test("a folder that does not exist gives exit 2 and a message")
    func unwritable() throws {
        let run = try CLI.run("new", "/nonexistent-folder/w.yaml")
        #expect(run.status == 2)
        #expect(run.stderr == "/nonexistent-folder/w.yaml: cannot be saved: the folder does not exist\n")
    }

    @Test("the installed binary, copied away from any checkout, still runs new and export")
    func installedBinary() throws {
        let folder = try TestPaths.temporaryFolder()
        let copy = folder.appendingPathComponent("sixcluster")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let created = try ProgramRun.run(copy, ["new", "w.yaml", "--title", "Away"], in: folder)
        #expect(created.status == 0)
        let exported = try ProgramRun.run(copy, ["export", "w.yaml", "--allow-empty", "-o", "w.md"], in: folder)
        #expect(exported.status == 0)
        let report = try String(contentsOf: folder.appendingPathComponent("w.md"), encoding: .utf8)
        #expect(report.hasPrefix("# Away\n"))
        #expect(report.contains("### 20 Communication with partners"))
    }
}

import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

@Suite("sixcluster actions: the actions of many workshops, overdue first, as text, JSON, CSV and iCalendar")
struct ActionsCommandTests {
    /// Two firms' workshops in a folder, with actions of every kind, and a file that is no workshop beside them.
    private func folder() throws -> URL {
        let folder = try TestPaths.temporaryFolder()
        try """
        format: 4
        title: Küchenfronten
        organisation: Schreinerei Holz
        language: de
        fields:
        - topic: 5
          ist: [Drei Farben]
          soll:
          - {text: Konfigurator online, owner: Ana, due: '2026-11-30'}
          - {text: 'Farbmuster, gratis', owner: Ben + Ana, due: 15.01.2027, status: doing}
          - {text: Messe vorbereiten, owner: Chen, due: nach der Messe}
          - Ein Ziel ohne Verantwortlichen

        """.write(to: folder.appendingPathComponent("holz.yaml"), atomically: true, encoding: .utf8)
        try """
        format: 4
        title: City C 200
        organisation: Radhaus
        language: de
        fields:
        - topic: 7
          soll:
          - {text: Optionen kürzen, owner: Dana, due: '2026-12-01', status: done}
          - {text: Lieferzeit halbieren, owner: ana, due: '2026-10-01'}

        """.write(to: folder.appendingPathComponent("rad.yaml"), atomically: true, encoding: .utf8)
        try "no: workshop\n".write(to: folder.appendingPathComponent("notes.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("a folder's workshops: overdue first, the firm named, German by the environment, exit 0")
    func text() throws {
        let run = try CLI.run("actions", try folder().path, "--today", "2026-12-08", environment: ["LANG": "de_DE.UTF-8"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("!  Bis") && lines[0].contains("Firma"))
        #expect(lines[1].hasPrefix("!  2026-10-01") && lines[1].hasSuffix("Lieferzeit halbieren"))
        #expect(lines[2].hasPrefix("!  2026-11-30") && lines[2].hasSuffix("Konfigurator online"))
        #expect(lines[3].contains("2026-12-01") && lines[3].contains("erledigt") && lines[3].contains("Radhaus"))
        #expect(lines.last == "5 Maßnahmen, 2 überfällig (Stand 2026-12-08)")
        #expect(!run.stdout.contains("Ein Ziel ohne"))
    }

    @Test("--owner and --overdue narrow it; JSON gives scripts every fact")
    func jsonAndFilters() throws {
        let run = try CLI.run("actions", try folder().path, "--owner", "ANA", "--overdue", "--format", "json", "--today", "2026-12-08")
        #expect(run.status == 0, "\(run.stderr)")
        struct Document: Decodable {
            struct Entry: Decodable { var text: String; var owner: String; var dueDate: String?; var status: String; var overdue: Bool; var field: Int; var firm: String }
            var today: String
            var overdue: Int
            var actions: [Entry]
        }
        let document = try JSONDecoder().decode(Document.self, from: Data(run.stdout.utf8))
        #expect(document.actions.map(\.text) == ["Lieferzeit halbieren", "Konfigurator online"])
        #expect(document.actions.allSatisfy { $0.overdue && $0.status == "open" } && document.actions[0].firm == "Radhaus")
        #expect(document.today == "2026-12-08" && document.overdue == 2 && document.actions[1].field == 5)
        let status = try CLI.run("actions", try folder().path, "--status", "doing", "done", "--format", "csv")
        #expect(status.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3, "a header and two rows")
    }

    @Test("--format ics is read by a real iCalendar parser; a second export of unchanged files is byte-identical",
          .enabled(if: TestPaths.canRun("python3")))
    func calendar() throws {
        let folder = try folder()
        let first = folder.appendingPathComponent("a.ics"), second = folder.appendingPathComponent("b.ics")
        let run = try CLI.run("actions", folder.appendingPathComponent("holz.yaml").path, folder.appendingPathComponent("rad.yaml").path,
                              "-o", first.path, "--lang", "en")
        #expect(run.status == 0 && run.stderr.contains("1 action without a readable date is left out of the calendar"), "\(run.stderr)")
        #expect(try CLI.run("actions", folder.path, "-o", second.path, "--lang", "en").status == 0)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        let check = try ProgramRun.run(try TestPaths.program("python3"), ["-c", """
            import sys
            try:
                import icalendar
            except ImportError:
                sys.exit("icalendar is not installed: `bash .ci/run` installs it")
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            events = sorted(calendar.walk('VEVENT'), key=lambda e: str(e['SUMMARY']))
            for e in events:
                print(e['UID'], e['DTSTART'].dt.isoformat(), e['DTEND'].dt.isoformat(), e['STATUS'], e['SUMMARY'], sep='|')
            """, first.path])
        #expect(check.status == 0, "\(check.stderr)")
        let rows = check.stdout.split(separator: "\n").map { $0.split(separator: "|").map(String.init) }
        let facts: [String] = rows.map { $0.dropFirst().joined(separator: "|") }
        #expect(facts == [
            "2026-11-30|2026-12-01|CONFIRMED|Konfigurator online",
            "2026-10-01|2026-10-02|CONFIRMED|Lieferzeit halbieren",
            "2027-01-15|2027-01-16|CONFIRMED|[doing] Farbmuster, gratis",
            "2026-12-01|2026-12-02|CONFIRMED|[done] Optionen kürzen",
        ], "sorted by summary")
        #expect(Set(rows.map { $0[0] }).count == 4 && rows.allSatisfy { $0[0].hasSuffix("@sixcluster") }, "one UID each")
    }

    @Test("an unreadable file is named and the others are still listed, exit 2; no file at all is a usage error")
    func badInput() throws {
        let folder = try folder()
        let broken = folder.appendingPathComponent("broken.yaml")
        try "format: 4\nfields: [\n".write(to: broken, atomically: true, encoding: .utf8)
        let run = try CLI.run("actions", broken.path, folder.appendingPathComponent("rad.yaml").path, "--lang", "en")
        #expect(run.status == 2 && run.stderr.contains("broken.yaml:"), "\(run.stderr)")
        #expect(run.stdout.contains("Lieferzeit halbieren"))
        #expect(try CLI.run("actions").status == 64)
        let badDay = try CLI.run("actions", broken.path, "--today", "31.02.2027", "--lang", "en")
        #expect(badDay.status == 64 && badDay.stderr.contains("--today"))
    }

    @Test("export --since a git revision: the report says what happened since the commit's date", .enabled(if: TestPaths.canRun("git")))
    func sinceGitRevision() throws {
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("holz.yaml")
        try FileManager.default.copyItem(at: try self.folder().appendingPathComponent("holz.yaml"), to: file)
        let git = try CLI.gitRunner(in: folder)
        #expect(try git("init", "-q").status == 0 && git("add", "holz.yaml").status == 0 && git("commit", "-qm", "first").status == 0)
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "{text: Konfigurator online, owner: Ana, due: '2026-11-30'}",
                                         with: "{text: Konfigurator online, owner: Ana, due: '2026-11-30', status: done}")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let run = try CLI.run("export", file.path, "--since", "HEAD", "--allow-empty", "--lang", "en")
        #expect(run.status == 0, "\(run.stderr)")
        let today = try git("show", "-s", "--format=%cs", "HEAD").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(run.stdout.contains("## Since \(today)\n\n### Actions\n\n- **Done:**\n  - Konfigurator online (field 5 "))
        let poster = try CLI.run("export", file.path, "--since", "HEAD", "--allow-empty", "--format", "svg")
        #expect(poster.stdout.contains("Since \(today): 1 actions done") || poster.stdout.contains("Seit \(today): 1 Maßnahmen erledigt"))
        let bad = try CLI.run("export", file.path, "--since", "no-such-revision", "--allow-empty", "--lang", "en")
        #expect(bad.status == 2 && bad.stderr.contains("--since no-such-revision: neither a file nor a git revision of"), "\(bad.stderr)")
        let older = folder.appendingPathComponent("old.yaml")
        try "format: 1\ntitle: Küchenfronten\ndate: '2026-09-01'\n".write(to: older, atomically: true, encoding: .utf8)
        let fromFile = try CLI.run("export", file.path, "--since", older.path, "--allow-empty", "--lang", "en")
        #expect(fromFile.stdout.contains("## Since 2026-09-01\n") && fromFile.stdout.contains("- **New:**"), "\(fromFile.stderr)")
    }
}

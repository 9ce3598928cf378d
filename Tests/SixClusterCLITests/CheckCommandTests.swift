import Foundation
import Testing
import SixClusterTestSupport

@Suite("sixcluster check")
struct CheckCommandTests {
    @Test("a complete workshop passes with exit 0 and a summary")
    func complete() throws {
        let run = try CLI.run("check", CLI.complete)
        #expect(run.status == 0)
        #expect(run.stdout == "\(CLI.complete): Ist 20/20, Soll 20/20, 0 empty, 0 without target\n")
        #expect(run.stderr.isEmpty)
    }

    @Test("an incomplete workshop lists each flagged field and exits 1")
    func incomplete() throws {
        let run = try CLI.run("check", CLI.incomplete)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 12)
        #expect(lines[0] == "\(CLI.incomplete): 3 Sticky information: no target: no Soll card yet")
        #expect(lines[1] == "\(CLI.incomplete): 4 Learning-relationship information: empty: no Ist card yet")
        #expect(lines.last == "\(CLI.incomplete): Ist 13/20, Soll 9/20, 7 empty, 4 without target")
    }

    @Test("warnings alone pass; --strict makes them fail")
    func strict() throws {
        let folder = try TestPaths.temporaryFolder()
        var yaml = "format: 1\nfields:\n"
        for topic in 1...20 { yaml += "- topic: \(topic)\n  ist: [now]\n" + (topic == 5 ? "" : "  soll: [later]\n") }
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("w.yaml"))
        let lenient = try CLI.run("check", "w.yaml", in: folder)
        #expect(lenient.status == 0)
        #expect(lenient.stdout == "w.yaml: 5 Brand / product / service: no target: no Soll card yet\nw.yaml: Ist 20/20, Soll 19/20, 0 empty, 1 without target\n")
        let strict = try CLI.run("check", "--strict", "w.yaml", in: folder)
        #expect(strict.status == 1)
    }

    @Test("a broken file exits 2 with FILE:LINE:COLUMN on stderr; other files are still checked")
    func broken() throws {
        let folder = try TestPaths.temporaryFolder()
        try Data("format: 1\nfields:\n- topic: 33\n".utf8).write(to: folder.appendingPathComponent("bad.yaml"))
        let run = try CLI.run("check", "bad.yaml", CLI.complete, in: folder)
        #expect(run.status == 2)
        #expect(run.stderr == "bad.yaml:3:10: topic 33 does not exist; topics are numbered 1 to 20\n")
        #expect(run.stdout.contains("Ist 20/20"))
        let missing = try CLI.run("check", "nothing.yaml", in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr == "nothing.yaml: no such file\n")
    }

    @Test("German output with --lang de")
    func german() throws {
        let run = try CLI.run("check", CLI.incomplete, "--lang", "de")
        #expect(run.stdout.contains(": 4 Learning Relationship Information: leer: noch keine Ist-Karte\n"))
        #expect(run.stdout.hasSuffix(": Ist 13/20, Soll 9/20, 7 leer, 4 ohne Ziel\n"))
    }

    @Test("--format json gives the same facts for scripts")
    func json() throws {
        let run = try CLI.run("check", "--format", "json", CLI.incomplete, CLI.complete)
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["ist"] as? Int == 13)
        #expect(files[0]["soll"] as? Int == 9)
        #expect(files[0]["valid"] as? Bool == true)
        let flagged = try #require(files[0]["flagged"] as? [[String: Any]])
        #expect(flagged.count == 11)
        #expect(flagged[1]["topic"] as? Int == 4)
        #expect(flagged[1]["status"] as? String == "empty")
        #expect(flagged[0]["status"] as? String == "no-target")
        #expect((files[1]["flagged"] as? [Any])?.isEmpty == true)
    }

    @Test("json reports broken files with their places")
    func jsonBroken() throws {
        let folder = try TestPaths.temporaryFolder()
        try Data("format: 7\n".utf8).write(to: folder.appendingPathComponent("new.yaml"))
        let run = try CLI.run("check", "--format", "json", "new.yaml", in: folder)
        #expect(run.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(file["valid"] as? Bool == false)
        let error = try #require((file["errors"] as? [[String: Any]])?.first)
        #expect(error["line"] as? Int == 1)
        #expect(error["column"] as? Int == 9)
        #expect((error["message"] as? String)?.contains("newer sixcluster") == true)
    }
}

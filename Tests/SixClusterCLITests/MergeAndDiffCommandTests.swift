import Foundation
import Testing
import SixClusterTestSupport
import SixClusterModel

/// `sixcluster merge` and `sixcluster diff` on files, and as git's merge driver and textconv.
@Suite("merge and diff on the command line, and in git")
struct MergeAndDiffCommandTests {
    /// Base, ours and theirs in a fresh folder: copies of the joinery workshop, changed by `edit`.
    private func versions(ours: (String) -> String, theirs: (String) -> String) throws -> (base: URL, ours: URL, theirs: URL) {
        let base = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "base.yaml")
        let text = try String(contentsOf: base, encoding: .utf8)
        let folder = base.deletingLastPathComponent()
        let ourFile = folder.appendingPathComponent("ours.yaml"), theirFile = folder.appendingPathComponent("theirs.yaml")
        try Data(ours(text).utf8).write(to: ourFile)
        try Data(theirs(text).utf8).write(to: theirFile)
        return (base, ourFile, theirFile)
    }

    private let field8 = "- topic: 8\n  name: New technologies\n  ist: []"
    private let field13 = "- topic: 13\n  name: Data capture\n  ist: []"
    private let handles = "  - Cut the handle range to eight\n"

    @Test("cards added on both sides land in OURS; exit 0")
    func cleanMerge() throws {
        let files = try versions(ours: { $0.replacingOccurrences(of: field8, with: field8.replacingOccurrences(of: "[]", with: "[CNC edge banding]")) },
                                 theirs: { $0.replacingOccurrences(of: field13, with: field13.replacingOccurrences(of: "[]", with: "[Tablet in the workshop]")) })
        let run = try CLI.run("merge", files.base.path, files.ours.path, files.theirs.path)
        #expect(run.status == 0, "\(run.stderr)")
        let merged = try String(contentsOf: files.ours, encoding: .utf8)
        #expect(merged.contains("ist: [CNC edge banding]") || merged.contains("  - CNC edge banding\n"))
        #expect(merged.contains("Tablet in the workshop"))
        #expect(try CLI.run("check", files.ours.path).status == 1, "still a valid workshop (with empty fields)")
    }

    @Test("a card changed differently on both sides: exit 1, both versions kept and shown, -o leaves OURS alone")
    func conflict() throws {
        let files = try versions(ours: { $0.replacingOccurrences(of: handles, with: "  - Cut the handle range to ten\n") },
                                 theirs: { $0.replacingOccurrences(of: handles, with: "  - Cut the handle range to six\n") })
        let out = files.base.deletingLastPathComponent().appendingPathComponent("merged.yaml")
        let before = try Data(contentsOf: files.ours)
        let run = try CLI.run("merge", files.base.path, files.ours.path, files.theirs.path, "-o", out.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("field 7: conflict: Cut the handle range to ten"))
        #expect(try Data(contentsOf: files.ours) == before)
        let merged = try String(contentsOf: out, encoding: .utf8)
        #expect(merged.hasPrefix("format: 3\n"))
        #expect(merged.contains("  - text: Cut the handle range to ten\n    conflict: Cut the handle range to six\n"))
        let show = try CLI.run("show", out.path, "--field", "7")
        #expect(show.stdout.contains("CONFLICT – other version: Cut the handle range to six"))
    }

    @Test("an unreadable input exits 2 and writes nothing", arguments: ["missing.yaml", "newer.yaml"])
    func unreadable(name: String) throws {
        let files = try versions(ours: { $0 }, theirs: { $0 })
        let bad = files.base.deletingLastPathComponent().appendingPathComponent(name)
        if name == "newer.yaml" { try Data("format: 9\n".utf8).write(to: bad) }
        let before = try Data(contentsOf: files.ours)
        let run = try CLI.run("merge", files.base.path, files.ours.path, bad.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains(name))
        #expect(try Data(contentsOf: files.ours) == before)
        #expect(try CLI.run("diff", bad.path, files.ours.path).status == 2)
    }

    @Test("diff: exit 0 without change, 1 with; text, Markdown and JSON name the change")
    func diff() throws {
        let files = try versions(ours: { $0.replacingOccurrences(of: handles, with: "  - Cut the handle range to ten\n") }, theirs: { $0 })
        #expect(try CLI.run("diff", files.base.path, files.theirs.path).status == 0)
        let text = try CLI.run("diff", files.base.path, files.ours.path)
        #expect(text.status == 1)
        #expect(text.stdout.contains("7 Complexity\n  ~ changed (Soll): Cut the handle range to eight → Cut the handle range to ten\n"))
        #expect(!text.stdout.contains("\u{1B}"), "no colour into a pipe")
        let markdown = try CLI.run("diff", files.base.path, files.ours.path, "--format", "markdown")
        #expect(markdown.stdout.contains("### 7 Complexity\n\n- changed (Soll): Cut the handle range to eight → Cut the handle range to ten\n"))
        let json = try CLI.run("diff", files.base.path, files.ours.path, "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let changes = object?["changes"] as? [[String: Any]]
        #expect(changes?.first?["kind"] as? String == "edited")
        #expect(changes?.first?["old"] as? String == "Cut the handle range to eight")
    }

    @Test("in a real git repository the merge driver merges two branches card by card; textconv shows cards",
          .enabled(if: TestPaths.canRun("git")))
    func git() throws {
        let folder = try TestPaths.temporaryFolder()
        let run = try CLI.gitRunner(in: folder)
        let file = folder.appendingPathComponent("w.yaml")
        try FileManager.default.copyItem(atPath: CLI.incomplete, toPath: file.path)
        try Data("*.yaml merge=sixcluster diff=sixcluster\n".utf8).write(to: folder.appendingPathComponent(".gitattributes"))
        _ = try run("init", "-q", "-b", "main")
        _ = try run("config", "merge.sixcluster.driver", "'\(CLI.binary.path)' merge %O %A %B --name %P --lang en")
        _ = try run("config", "diff.sixcluster.textconv", "'\(CLI.binary.path)' show --cards --lang en")
        _ = try run("config", "diff.sixcluster.xfuncname", "^## (.+)$")
        _ = try run("add", ".")
        _ = try run("commit", "-q", "-m", "base")
        _ = try run("checkout", "-q", "-b", "other")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: field13, with: field13.replacingOccurrences(of: "[]", with: "[Tablet in the workshop]")).utf8).write(to: file)
        _ = try run("commit", "-q", "-am", "theirs")
        _ = try run("checkout", "-q", "main")
        try Data(text.replacingOccurrences(of: field8, with: field8.replacingOccurrences(of: "[]", with: "[CNC edge banding]")).utf8).write(to: file)
        _ = try run("commit", "-q", "-am", "ours")
        let merge = try run("merge", "-q", "--no-edit", "other")
        #expect(merge.status == 0, "\(merge.stdout)\(merge.stderr)")
        let merged = try String(contentsOf: file, encoding: .utf8)
        #expect(merged.contains("CNC edge banding") && merged.contains("Tablet in the workshop"))
        let log = try run("log", "-p", "-1", "HEAD~1")
        #expect(log.stdout.contains("+Ist: CNC edge banding"), "textconv shows one line per card: \(log.stdout)")

        // A true conflict: both branches change one card differently. The merge stops, the file holds both versions.
        _ = try run("checkout", "-q", "-b", "third")
        let now = try String(contentsOf: file, encoding: .utf8)
        try Data(now.replacingOccurrences(of: handles, with: "  - Cut the handle range to six\n").utf8).write(to: file)
        _ = try run("commit", "-q", "-am", "six")
        _ = try run("checkout", "-q", "main")
        try Data(now.replacingOccurrences(of: handles, with: "  - Cut the handle range to ten\n").utf8).write(to: file)
        _ = try run("commit", "-q", "-am", "ten")
        let conflicted = try run("merge", "-q", "--no-edit", "third")
        #expect(conflicted.status != 0, "git stops at the marked conflict")
        let said = conflicted.stdout + conflicted.stderr
        #expect(said.contains("w.yaml: field 7: conflict: Cut the handle range to ten"), "\(said)")
        #expect(!said.contains(".merge_file"), "git's temporary file is not named: \(said)")
        let marked = try String(contentsOf: file, encoding: .utf8)
        #expect(marked.contains("  - text: Cut the handle range to ten\n    conflict: Cut the handle range to six\n"))
        #expect(!marked.contains("<<<<<<<"), "no text conflict markers in the YAML")
        #expect(try CLI.run("show", file.path).stdout.contains("CONFLICT"))
    }

    @Test("git: the merge driver names the workshop's path for a broken branch; git diff shows a changed card once, under a hunk header that names its field", .enabled(if: TestPaths.canRun("git")))
    func gitMessagesAndDiff() throws {
        let folder = try TestPaths.temporaryFolder()
        let run = try CLI.gitRunner(in: folder)
        _ = try run("init", "-q", "-b", "main")
        // git-setup's own settings, with this build's binary in place of the one on the PATH.
        let setup = try CLI.run("git-setup", folder.path)
        #expect(setup.status == 0, "\(setup.stderr)")
        for key in ["merge.sixcluster.driver", "diff.sixcluster.textconv"] {
            let value = try run("config", "--get", key).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            _ = try run("config", key, value.replacingOccurrences(of: "sixcluster ", with: "'\(CLI.binary.path)' ") + " --lang en")
        }
        let file = folder.appendingPathComponent("w.yaml")
        try FileManager.default.copyItem(atPath: CLI.incomplete, toPath: file.path)
        _ = try run("add", ".")
        _ = try run("commit", "-q", "-m", "base")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: handles, with: "  - Cut the handle range to six\n").utf8).write(to: file)
        let diff = try run("diff")
        let removed = diff.stdout.split(separator: "\n").filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }
        let added = diff.stdout.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }
        #expect(removed == ["-Soll: Cut the handle range to eight"], "each card once: \(diff.stdout)")
        #expect(added == ["+Soll: Cut the handle range to six"])
        #expect(diff.stdout.contains(" @@ 6 Configuration\n"), "the hunk header names the field it starts in: \(diff.stdout)")
        #expect(try run("diff", "-U1").stdout.contains(" @@ 7 Complexity\n"), "with one line of context, the card's own field")
        _ = try run("checkout", "-q", "--", "w.yaml")

        _ = try run("checkout", "-q", "-b", "broken")
        try Data(text.replacingOccurrences(of: handles, with: "  - [unclosed\n").utf8).write(to: file)
        _ = try run("commit", "-q", "-am", "broken")
        _ = try run("checkout", "-q", "main")
        try Data(text.replacingOccurrences(of: handles, with: "  - Cut the handle range to ten\n").utf8).write(to: file)
        _ = try run("commit", "-q", "-am", "ten")
        let merge = try run("merge", "-q", "--no-edit", "broken")
        let said = merge.stdout + merge.stderr
        #expect(merge.status != 0)
        #expect(said.contains("w.yaml (other version):"), "the branch's file is named by the workshop's path: \(said)")
        #expect(!said.contains(".merge_file"), "\(said)")
    }

    @Test("git-setup writes the driver, the textconv and the attributes once, and leaves other settings with a word",
          .enabled(if: TestPaths.canRun("git")))
    func gitSetup() throws {
        let git = try TestPaths.program("git")
        let folder = try TestPaths.temporaryFolder()
        _ = try ProgramRun.run(git, ["init", "-q"], in: folder)
        _ = try ProgramRun.run(git, ["config", "diff.sixcluster.textconv", "cat"], in: folder)
        let first = try CLI.run("git-setup", folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("diff.sixcluster.textconv is set already (“cat”) and is left as it is"))
        let driver = try ProgramRun.run(git, ["config", "--get", "merge.sixcluster.driver"], in: folder)
        #expect(driver.stdout == "sixcluster merge %O %A %B --name %P\n")
        #expect(try ProgramRun.run(git, ["config", "--get", "diff.sixcluster.xfuncname"], in: folder).stdout == "^## (.+)$\n")
        #expect(try ProgramRun.run(git, ["config", "--get", "diff.sixcluster.textconv"], in: folder).stdout == "cat\n")
        _ = try CLI.run("git-setup", folder.path)
        let attributes = try String(contentsOf: folder.appendingPathComponent(".gitattributes"), encoding: .utf8)
        #expect(attributes == "*.yaml merge=sixcluster diff=sixcluster\n", "written once")
        #expect(try CLI.run("git-setup", try TestPaths.temporaryFolder().path).status == 2, "no repository: exit 2")
    }
}

@Suite("merge and diff with odd input")
struct MergeOddInputTests {
    @Test("the same file three times merges to itself, exit 0; a diff of a file with itself is empty")
    func sameFileThrice() throws {
        let file = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml", named: "w.yaml")
        let before = try Data(contentsOf: file)
        let run = try CLI.run("merge", file.path, file.path, file.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: file) == before)
        #expect(try CLI.run("diff", file.path, file.path).stdout.hasSuffix("Completeness: Ist 20/20 → 20/20, Soll 20/20 → 20/20\n"))
    }
}

@Suite("merge and diff of big files")
struct MergeBigFilesTests {
    @Test("three versions of 10,000 cards, 500 changes a side: merged cleanly with every card of both sides, diffed")
    func bigFiles() throws {
        var base = Workshop(metadata: WorkshopMetadata(title: "Groß", language: .de))
        for topic in 1...ModelTemplate.topicCount {
            base[topic: topic] = Field(topic: topic, ist: (0..<250).map { Card("Ist \(topic)-\($0)") },
                                       soll: (0..<250).map { Card("Soll \(topic)-\($0)") })
        }
        var ours = base, theirs = base
        for change in 0..<500 {
            let topic = change % ModelTemplate.topicCount + 1
            ours[topic: topic].ist.append(Card("unsere \(change)"))
            theirs[topic: topic].soll.insert(Card("ihre \(change)"), at: change % 50)
        }
        let folder = try TestPaths.temporaryFolder()
        let files = [("base", base), ("ours", ours), ("theirs", theirs)].map { name, workshop -> URL in
            let url = folder.appendingPathComponent(name + ".yaml")
            try? Data(((try? WorkshopEncoder().encode(workshop)) ?? "").utf8).write(to: url)
            return url
        }
        let merge = try CLI.run("merge", files[0].path, files[1].path, files[2].path)
        #expect(merge.status == 0, "\(merge.stderr)")
        let merged = try WorkshopFiles.read(files[1], language: .de)
        #expect(merged.cardCount == 10_000 + 1_000)
        let diff = try CLI.run("diff", files[0].path, files[1].path, "--format", "json")
        #expect(diff.status == 1)
        #expect(diff.stdout.components(separatedBy: "\"kind\" : \"added\"").count - 1 == 1_000)
    }
}

import Foundation
import Testing
import SixClusterTestSupport

@Suite("Documentation stays current")
struct DocumentationTests {
    @Test("README's key list is what `sixcluster keys` prints from the key table")
    func readmeKeys() throws {
        let readme = try String(contentsOf: TestPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- keys:start -->\n"))
        let end = try #require(readme.range(of: "<!-- keys:end -->"))
        let generated = try CLI.run("keys", "--lang", "en", "--no-config")
        #expect(generated.status == 0)
        #expect(String(readme[start.upperBound..<end.lowerBound]) == generated.stdout,
                "run: scripts/update-readme-keys (sixcluster keys --lang en --no-config), which pastes it between the markers in README.md")
    }

    @Test("README's poster is the current poster of the bicycle workshop (scripts/update-poster refreshes it)")
    func poster() throws {
        let committed = try String(contentsOf: TestPaths.root.appendingPathComponent("docs/poster.svg"), encoding: .utf8)
        let run = try CLI.run("export", CLI.complete, "--format", "svg")
        #expect(run.stdout == committed, "run scripts/update-poster")
    }

    @Test("README's picture of the poster is what rsvg-convert draws from docs/poster.svg (scripts/update-poster)",
          .enabled(if: TestPaths.canRun("rsvg-convert")))
    func posterPicture() throws {
        let png = try TestPaths.temporaryFolder().appendingPathComponent("poster.png")
        let run = try ProgramRun.run(try TestPaths.program("rsvg-convert"),
                                     ["-w", "1600", TestPaths.root.appendingPathComponent("docs/poster.svg").path, "-o", png.path])
        #expect(run.status == 0, "\(run.stderr)")
        let committed = try Data(contentsOf: TestPaths.root.appendingPathComponent("docs/poster.png"))
        #expect(try Data(contentsOf: png) == committed, "run scripts/update-poster")
    }

    @Test("a broken file is refused by view with its place and exit 2, before any terminal is touched")
    func viewBrokenFile() throws {
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("broken.yaml")
        try Data("format: 1\ntitle: [x\n".utf8).write(to: file)
        let run = try CLI.run("view", file.path)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix(file.path + ":3:1: YAML syntax error"))
    }

    @Test("the board refuses to run without a terminal, with a clear message and exit 2")
    func notATerminal() throws {
        let run = try CLI.run("edit", CLI.complete)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("sixcluster: the board needs a terminal (input or output is redirected)"))
        #expect(run.stdout.isEmpty)
        let viewer = try CLI.run("view", CLI.complete)
        #expect(viewer.status == 2)
        #expect(viewer.stderr.hasPrefix("sixcluster: the board needs a terminal (input or output is redirected)"))
        let bare = try CLI.run(CLI.complete, environment: ["LANG": "de_DE.UTF-8"])
        #expect(bare.status == 2)
        #expect(bare.stderr.hasPrefix("sixcluster: das Board braucht ein Terminal"))
    }
}

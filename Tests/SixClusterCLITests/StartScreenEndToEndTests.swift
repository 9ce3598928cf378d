import Foundation
import Testing
import SixClusterTestSupport

/// `sixcluster` without a file, in a real terminal.
@Suite("The start screen in a real terminal (tmux)")
struct StartScreenEndToEndTests {
    /// A folder with two workshops, a broken one, a YAML file that is no workshop and a text file; the environment
    /// that keeps the recent list and the config inside the test.
    private func folder() throws -> (URL, [String: String]) {
        let folder = try TestPaths.temporaryFolder()
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.shipped("joinery-kitchen-fronts.yaml")),
                                         to: folder.appendingPathComponent("joinery.yaml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Workshops"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.shipped("fahrradhandel-city-c200.yaml")),
                                         to: folder.appendingPathComponent("Workshops/rad.yaml"))
        try "format: 1\nfields: [\n".write(to: folder.appendingPathComponent("kaputt.yaml"), atomically: true, encoding: .utf8)
        try "name: ci\non: push\n".write(to: folder.appendingPathComponent("ci.yaml"), atomically: true, encoding: .utf8)
        try "notes".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let state = try TestPaths.temporaryFolder()
        return (folder, ["LANG": "C.UTF-8", "XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
    }

    @Test("lists the workshops here (not other YAML), a broken one with its problem; Enter opens one, which is then recent")
    func listAndOpen() throws {
        let (folder, environment) = try folder()
        let start = try TmuxSession("cd '\(folder.path)' && '\(CLI.binary.path)'", environment: environment)
        defer { start.close() }
        let screen = try start.waitFor("Ist 20/20")
        #expect(screen.contains("Made-to-measure kitchen fronts") && screen.contains("Workshops/rad.yaml"))
        #expect(screen.contains("kaputt.yaml") && screen.contains("⚠ line "))
        #expect(!screen.contains("ci.yaml") && !screen.contains("notes.txt"), "no workshops, left out quietly")
        try start.send("/")
        try start.type("kitchen")
        try start.send("Enter", "Enter")
        try start.waitFor("saved")
        try start.quit()
        let again = try TmuxSession("cd '\(folder.path)' && '\(CLI.binary.path)'", environment: environment)
        defer { again.close() }
        try again.waitFor("Recently opened")
        try again.send("q")
        try again.waitFor("SIXCLUSTER-EXIT=0")
    }

    @Test("n makes a new workshop from the template with the name and title given, and opens it")
    func newWorkshop() throws {
        let (folder, environment) = try folder()
        let start = try TmuxSession("cd '\(folder.path)' && '\(CLI.binary.path)'", environment: environment)
        defer { start.close() }
        try start.waitFor("workshops")
        try start.send("n", "C-u")
        try start.type("markt")
        try start.send("Enter")
        try start.waitFor("The workshop's title:")
        try start.type("Wochenmarkt 2027")
        try start.send("Enter")
        try start.waitFor("Wochenmarkt 2027")
        try start.quit()
        let text = try String(contentsOf: folder.appendingPathComponent("markt.yaml"), encoding: .utf8)
        #expect(text.contains("title: Wochenmarkt 2027"))
    }

    @Test("without a terminal it says so and exits 2")
    func noTerminal() throws {
        let run = try CLI.run(environment: ["LANG": "C.UTF-8"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("the board needs a terminal") && run.stderr.contains("name a file"))
    }
}

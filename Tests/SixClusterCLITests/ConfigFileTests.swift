import Foundation
import Testing
import SixClusterTestSupport

/// The config file as the program reads it: from `$XDG_CONFIG_HOME/sixcluster/config.yaml`.
@Suite("The config file on the command line and on the board")
struct ConfigFileTests {
    /// A config folder holding `text` as its config file; the environment that points the program at it.
    private func config(_ text: String, language: String = "C.UTF-8") throws -> (folder: URL, environment: [String: String]) {
        let home = try TestPaths.temporaryFolder()
        let folder = home.appendingPathComponent("sixcluster")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        return (folder, ["XDG_CONFIG_HOME": home.path, "LANG": language, "LC_ALL": ""])
    }

    @Test("a broken config stops the board before it starts: one FILE:LINE:COLUMN line per problem, exit 2; --no-config skips it")
    func broken() throws {
        let (folder, environment) = try config("theme: dark\nkeys:\n  field:\n    add-card: [d]\n")
        let file = folder.appendingPathComponent("config.yaml").path
        let run = try CLI.run(CLI.complete, environment: environment)
        #expect(run.status == 2)
        #expect(run.stderr == """
            \(file):1:8: 'dark' is not allowed here (one of: standard, high-contrast)
            \(file):4:16: 'd' is bound twice in field: add-card and delete-card
            sixcluster: the config file has problems (to start without it: --no-config)

            """)
        let keys = try CLI.run("keys", environment: environment)
        #expect(keys.status == 2 && keys.stderr.contains(":1:8: "))
        let skipped = try CLI.run("keys", "--no-config", environment: environment)
        #expect(skipped.status == 0 && skipped.stdout.contains("| `a` `o` | add a card |"))
    }

    @Test("keys shows the effective keys, as Markdown and as YAML the config file takes back")
    func effectiveKeys() throws {
        let (_, environment) = try config("keys:\n  field:\n    add-card: [n]\n")
        let markdown = try CLI.run("keys", environment: environment).stdout
        #expect(markdown.contains("| `n` | add a card |"))
        let yaml = try CLI.run("keys", "--format", "yaml", environment: environment).stdout
        #expect(yaml.contains("    add-card: [n]"))
        let (_, again) = try config(yaml)
        #expect(try CLI.run("keys", environment: again).stdout == markdown, "the YAML, used as a config file, gives the same keys")
    }

    @Test("the command line wins over the file, the file over the environment")
    func precedence() throws {
        let (_, german) = try config("language: de\n", language: "en_US.UTF-8")
        #expect(try CLI.run("keys", environment: german).stdout.hasPrefix("### Überall"))
        #expect(try CLI.run("keys", "--lang", "en", environment: german).stdout.hasPrefix("### Everywhere"))
        let (_, english) = try config("language: en\n", language: "de_DE.UTF-8")
        #expect(try CLI.run("keys", environment: english).stdout.hasPrefix("### Everywhere"))
    }

    @Test("on the board: a rebound key works, the config's author is the name others see")
    func onTheBoard() throws {
        let (_, environment) = try config("keys:\n  field:\n    add-card: [n]\nauthor: Zoe\n")
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let board = try CLI.board(file, environment: environment)
        defer { board.close() }
        try board.waitFor("saved")
        try board.send("Enter", "n")
        try board.waitFor("New Ist card:")
        let other = try board.window("'\(CLI.binary.path)' --no-config '\(file.path)'", environment: ["LANG": "C.UTF-8"])
        defer { other.close() }
        try other.waitFor("In the workshop with you: Zoe")
    }

    @Test("a German workshop on an English terminal is a German board; --lang en makes all of it English")
    func oneLanguage() throws {
        let file = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml", named: "rad.yaml")
        let german = try CLI.board(file, "--no-config")
        defer { german.close() }
        let screen = try german.waitFor("gespeichert")
        #expect(screen.contains("Kundenbedürfnisse") && !screen.contains("Customer needs"))
        try german.quit()
        let english = try CLI.board(file, "--no-config --lang en")
        defer { english.close() }
        let other = try english.waitFor("saved")
        #expect(other.contains("Customer needs") && !other.contains("Kundenbedürfnisse"))
    }
}

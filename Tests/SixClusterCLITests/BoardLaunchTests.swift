import ArgumentParser
import Testing
import SixClusterBoard
@testable import sixcluster

@Suite("sixcluster FILE: the everyday call is read without the argument parser, with the same result")
struct BoardLaunchTests {
    private static let commands = ["edit", "new", "check", "export", "show", "view", "keys", "help"]

    @Test("the quick reading gives what the parser gives", arguments: [
        ["w.yaml"], ["edit", "w.yaml"], ["--no-color", "w.yaml"], ["w.yaml", "--bell"],
        ["edit", "--theme", "high-contrast", "w.yaml"], ["--theme=high-contrast", "w.yaml", "--no-color"],
        ["--lang", "de", "w.yaml"], ["w.yaml", "--lang=en", "--bell", "--no-color"],
        ["Workshops/a b.yaml"], ["edit", "--lang", "de", "--theme", "standard", "ü.yaml"],
        ["--author", "Anna Müller", "w.yaml"], ["w.yaml", "--read-only", "--no-config", "--author=Ben"],
        [], ["edit"], ["--lang", "de"], ["--no-mouse", "w.yaml"], ["edit", "w.yaml", "--no-mouse", "--read-only"],
        ["--room", "w.yaml"], ["w.yaml", "--room", "--listen", "127.0.0.1:8080"], ["--listen=10.0.0.2", "w.yaml"],
    ])
    func sameAsParser(arguments: [String]) throws {
        let quick = try #require(BoardLaunch(arguments: arguments, commands: Self.commands))
        let parsed = try #require(try SixCluster.parseAsRoot(arguments) as? EditCommand)
        #expect(quick == BoardLaunch(file: parsed.file, settings: parsed.board.settings(language: parsed.options.lang)))
    }

    @Test("anything else is left to the parser (help, other commands, errors)", arguments: [
        ["--help"], ["-h"], ["help"], ["--version"], ["check", "w.yaml"], ["view", "w.yaml"], ["keys"],
        ["a.yaml", "b.yaml"], ["--theme", "loud", "w.yaml"], ["--lang", "fr", "w.yaml"], ["--lang"],
        ["w.yaml", "--theme"], ["--bogus", "w.yaml"], ["--no-color=yes", "w.yaml"], ["--", "w.yaml"], ["-", "x"],
        ["--bell", "--bell", "w.yaml"], ["edit", "edit", "w.yaml"], ["edit", "check"], ["--no-mouse=1", "w.yaml"],
    ])
    func leftToParser(arguments: [String]) {
        #expect(BoardLaunch(arguments: arguments, commands: Self.commands) == nil)
    }

    @Test("the names kept from being files are the parser's subcommands")
    func commandNames() {
        let names = SixCluster.configuration.subcommands.map { $0._commandName } + ["help"]
        #expect(names.sorted() == SixCluster.commandNames.sorted())
    }
}

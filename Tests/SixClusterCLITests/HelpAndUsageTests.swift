import Foundation
import Testing
import SixClusterTestSupport

@Suite("sixcluster: help, version and usage errors")
struct HelpAndUsageTests {
    @Test("--version prints the version")
    func version() throws {
        let run = try CLI.run("--version")
        #expect(run.status == 0)
        #expect(run.stdout == "0.1.0\n")
    }

    @Test("--help lists the subcommands and the exit codes")
    func rootHelp() throws {
        let run = try CLI.run("--help")
        #expect(run.status == 0)
        for word in ["edit", "new", "check", "export", "show", "view", "Exit codes:", "64  usage error"] {
            #expect(run.stdout.contains(word), "\(word)")
        }
    }

    @Test("every subcommand has --help with its options and the exit codes",
          arguments: [("edit", "--no-color"), ("edit", "--theme <standard|high-contrast>"), ("edit", "--bell"), ("new", "--force"),
                      ("check", "--strict"), ("export", "--allow-empty"), ("show", "--field"), ("view", "--theme")])
    func subcommandHelp(command: String, option: String) throws {
        let run = try CLI.run(command, "--help")
        #expect(run.status == 0)
        #expect(run.stdout.contains(option))
        #expect(run.stdout.contains("--lang"))
        #expect(run.stdout.contains("Exit codes:"))
    }

    @Test("help is German when LANG starts with de, or with --lang de")
    func germanHelp() throws {
        let byEnvironment = try CLI.run("check", "--help", environment: ["LANG": "de_DE.UTF-8"])
        #expect(byEnvironment.stdout.contains("Prüft Workshop-Dateien"))
        #expect(byEnvironment.stdout.contains("Exit-Codes:"))
        let byOption = try CLI.run("export", "--help", "--lang", "de")
        #expect(byOption.stdout.contains("Schreibt den Bericht (Markdown oder HTML zum Drucken)"))
    }

    @Test("German help is German throughout: headings, the parser's own options, for the command and every subcommand",
          arguments: ["", "edit", "new", "check", "export", "show", "view", "keys", "merge", "diff", "git-setup"])
    func germanThroughout(command: String) throws {
        let arguments = command.isEmpty ? ["--help"] : [command, "--help"]
        let run = try ProgramRun.run(CLI.binary, arguments, environment: ["LANG": "de_DE.UTF-8"])
        #expect(run.status == 0)
        for english in ["OVERVIEW:", "USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "Show the version.", "Show help information.",
                        "(default", "(values:", "See '", "for detailed help"] {
            #expect(!run.stdout.contains(english), "“\(english)” in: \(run.stdout)")
        }
        #expect(run.stdout.contains("AUFRUF:") && run.stdout.contains("OPTIONEN:") && run.stdout.contains("Zeigt diese Hilfe."))
        #expect(try ProgramRun.run(CLI.binary, arguments, environment: ["LANG": "C.UTF-8"]).stdout.contains("USAGE:"), "English stays English")
    }

    @Test("usage errors exit 64 with the parser's message", arguments: [
        (["check"], "Name at least one file."),
        (["show", "x.yaml", "--field", "21"], "--field must be between 1 and 20."),
        (["export", "x.yaml", "--bogus"], "Unknown option '--bogus'"),
        (["check", "x.yaml", "--lang", "fr"], "The value 'fr' is invalid for '--lang <de|en>'"),
        (["show"], "Missing expected argument '<file>'"),
        (["edit", "a.yaml", "b.yaml"], "Unexpected argument 'b.yaml'"),
        (["edit", "a.yaml", "--theme", "loud"], "The value 'loud' is invalid for '--theme <standard|high-contrast>'"),
        (["view"], "Missing expected argument '<file>'"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let run = try ProgramRun.run(CLI.binary, arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("under LANG=de usage errors are German", arguments: [
        (["check"], "Fehler: Mindestens eine Datei angeben.\nAufruf: sixcluster check"),
        (["export", "x.yaml", "--bogus"], "Fehler: Unbekannte Option '--bogus'"),
        (["check", "x.yaml", "--lang", "fr"], "Fehler: Der Wert 'fr' ist nicht erlaubt für '--lang <de|en>'. Erlaubt sind 'de' und 'en'."),
        (["show"], "Fehler: Es fehlt das Argument '<file>'"),
        (["edit", "a.yaml", "b.yaml"], "Fehler: Unerwartetes Argument 'b.yaml'"),
    ])
    func germanUsageErrors(arguments: [String], message: String) throws {
        let run = try ProgramRun.run(CLI.binary, arguments, environment: ["LANG": "de_DE.UTF-8"])
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.contains("Mehr dazu: 'sixcluster "))
    }

    @Test("a usage error quoting a control character shows it escaped")
    func escapedUsageError() throws {
        let run = try ProgramRun.run(CLI.binary, ["edit", "a.yaml", "b\u{1B}[2J"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Unexpected argument 'b^[[2J'"))
        #expect(!run.stderr.contains("\u{1B}"))
    }
}

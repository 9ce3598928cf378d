import ArgumentParser
import SixClusterModel

/// The `sixcluster` command: the Six-Cluster board and its file tools.
@main
struct SixCluster: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "sixcluster",
            abstract: l.pick(de: "Workshop-Werkzeug für das Sechs-Cluster-Modell (Mass Customization für KMU).",
                             en: "Workshop tool for the Six-Cluster model (mass customization for SMEs)."),
            discussion: ExitStatus.helpText(l),
            version: SixClusterVersion.current,
            subcommands: [EditCommand.self, NewCommand.self, AddCommand.self, CheckCommand.self, ExportCommand.self, SurveyCommand.self, ImportCommand.self, ActionsCommand.self, OrdersCommand.self,
                          ShowCommand.self, ViewCommand.self, KeysCommand.self, MergeCommand.self, DiffCommand.self, GitSetupCommand.self],
            defaultSubcommand: EditCommand.self
        )
    }

    /// The subcommands' names and the parser's own `help`, never taken for a file name. Written out rather than
    /// asked of `configuration`, which builds every help text (a test keeps the two equal). A plain array: a set
    /// of strings would cost the runtime a type look-up on the way to the first frame.
    static let commandNames: [String] = ["edit", "new", "add", "check", "export", "survey", "import", "actions", "orders", "show", "view", "keys", "merge", "diff", "git-setup",
                                         "help"]

    /// Opens the board at once for the everyday call (see `BoardLaunch`); every other call goes through the parser.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let mistyped = MistypedCommand(arguments: arguments, commands: commandNames) {
            Console.error(mistyped.message(in: HelpLanguage.current))
            Self.exit(withError: ExitCode.validationFailure)
        }
        guard let launch = BoardLaunch(arguments: arguments, commands: commandNames) else {
            return parseAndRun(arguments)
        }
        do {
            try launch.run()
        } catch {
            exit(withError: error)
        }
    }

    /// Every call but the everyday one: through the parser, whose usage errors are given in German where German is
    /// asked for (`--lang de`, or the environment), with control characters made visible.
    private static func parseAndRun(_ arguments: [String]) {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // Usage errors quote what was typed, which can hold control characters: they are shown, not obeyed.
            let code = exitCode(for: error)
            if code == .success, HelpLanguage.current == .de {
                // Help (of the command or a subcommand) in German throughout, headings included.
                Console.output(GermanUsageMessage.translated(fullMessage(for: error)) + "\n")
                exit(withError: code)
            }
            guard code == .validationFailure else { exit(withError: error) }
            let message = VisibleText.escaped(fullMessage(for: error), keepingNewlines: true)
            Console.error(HelpLanguage.current == .de ? GermanUsageMessage.translated(message) : message)
            exit(withError: code)
        }
    }
}

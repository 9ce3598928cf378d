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
            subcommands: [EditCommand.self, NewCommand.self, CheckCommand.self, ExportCommand.self, ShowCommand.self,
                          ViewCommand.self, KeysCommand.self],
            defaultSubcommand: EditCommand.self
        )
    }
}

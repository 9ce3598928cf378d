#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterBoard
import SixClusterFiles
import SixClusterModel

/// The user's config file, `$XDG_CONFIG_HOME/sixcluster/config.yaml` (`~/.config/…` when the variable is not set).
enum UserConfig {
    /// Where the config file is.
    static var path: String {
        let variables = ProcessEnvironment.variables(["XDG_CONFIG_HOME", "HOME"])
        let base = variables["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (variables["HOME"] ?? "") + "/.config"
        return base + "/sixcluster/config.yaml"
    }

    /// The settings of the config file; none when there is no file. A file with problems stops the program: each
    /// problem is one line `FILE:LINE:COLUMN: message`, and the exit status is 2.
    static func load(language: Language) throws -> BoardConfig {
        let path = path
        guard access(path, F_OK) == 0 else { return BoardConfig() }
        do {
            let bytes = try WorkshopFileReader(language: language).bytes(of: path)
            return try ConfigReader(file: path, language: language).read(bytes)
        } catch {
            for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
            Console.error(language.pick(de: "sixcluster: die Config-Datei hat Fehler (ohne sie starten: --no-config)",
                                        en: "sixcluster: the config file has problems (to start without it: --no-config)"))
            throw ExitStatus.unreadable
        }
    }
}

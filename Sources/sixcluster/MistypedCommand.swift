#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterModel

/// A first argument that is no file, has no workshop ending and is close to a command name: `sixcluster exprot`
/// means `export`, not a new workshop named "exprot".
struct MistypedCommand: Equatable {
    /// What was typed.
    var typed: String
    /// The command it is close to.
    var meant: String

    /// Recognises the mistake in the first argument that is no option (after the program's name), or gives nil.
    init?(arguments: [String], commands: [String]) {
        guard let first = Self.firstWord(arguments), !commands.contains(first),
              !first.hasSuffix(".yaml"), !first.hasSuffix(".yml"), !first.contains("/"),
              access(first, F_OK) != 0,
              let meant = KeySuggestion.closest(to: first, among: commands) else { return nil }
        typed = first
        self.meant = meant
    }

    /// The first argument that is neither an option nor the value of one.
    private static func firstWord(_ arguments: [String]) -> String? {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--lang" || argument == "--theme" {
                rest = rest.dropFirst()
            } else if !argument.hasPrefix("-") {
                return argument
            }
        }
        return nil
    }

    /// The message, naming the command and where to read more.
    func message(in language: Language) -> String {
        let typed = VisibleText.escaped(typed)
        return language.pick(
            de: "sixcluster: unbekannter Befehl „\(typed)“ – meinten Sie „\(meant)“? (sixcluster --help listet alle Befehle; eine neue Workshop-Datei braucht die Endung .yaml)",
            en: "sixcluster: unknown command '\(typed)' – did you mean '\(meant)'? (sixcluster --help lists every command; a new workshop file needs the ending .yaml)")
    }
}

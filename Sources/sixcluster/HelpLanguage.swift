import SixClusterModel

/// The language of help texts: `--lang` on the command line if given, else the environment's.
enum HelpLanguage {
    /// Read once: ArgumentParser asks for every help text of every command while it parses.
    static let current: Language = {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                return language
            }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
        }
        return EnvironmentLanguage.current
    }()
}

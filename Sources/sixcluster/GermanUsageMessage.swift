/// The argument parser's usage messages and help texts, which it writes in English only, in German: the fixed
/// phrases and headings are replaced, the names, values and the usage line itself stay as they are.
enum GermanUsageMessage {
    /// English phrases of the parser and their German words, in the order they are looked for.
    private static let phrases: [(String, String)] = [
        ("  See 'sixcluster help <subcommand>' for detailed help.", "  Mehr zu einem Unterbefehl: 'sixcluster help <subcommand>'."),
        ("Error: ", "Fehler: "),
        ("Unexpected argument ", "Unerwartetes Argument "),
        ("Unexpected arguments ", "Unerwartete Argumente "),
        ("Missing expected argument ", "Es fehlt das Argument "),
        ("Unknown option ", "Unbekannte Option "),
        ("Missing value for ", "Es fehlt ein Wert für "),
        ("The value ", "Der Wert "),
        (" is invalid for ", " ist nicht erlaubt für "),
        ("Please provide one of ", "Erlaubt sind "),
        ("Please provide ", "Bitte angeben: "),
        ("Help:  ", "Hilfe:  "),
        ("Usage: ", "Aufruf: "),
        ("See '", "Mehr dazu: '"),
        ("' for more information.", "'."),
        ("' and '", "' und '"),
        ("OVERVIEW:", "ÜBERBLICK:"),
        ("USAGE:", "AUFRUF:"),
        ("ARGUMENTS:", "ARGUMENTE:"),
        ("OPTIONS:", "OPTIONEN:"),
        ("SUBCOMMANDS:", "UNTERBEFEHLE:"),
        ("Show the version.", "Zeigt die Version."),
        ("Show help information.", "Zeigt diese Hilfe."),
        ("Show subcommand help information.", "Zeigt die Hilfe eines Unterbefehls."),
        (" (default)", " (Standard)"),
        ("(default:", "(Standard:"),
        ("(values:", "(Werte:"),
    ]

    /// The message with every known phrase in German.
    static func translated(_ message: String) -> String {
        phrases.reduce(message) { text, phrase in text.replacing(phrase.0, with: phrase.1) }
    }
}

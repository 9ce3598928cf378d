/// The argument parser's usage messages, which it writes in English only, in German: the fixed phrases are
/// replaced, the names, values and the usage line itself stay as they are.
enum GermanUsageMessage {
    /// English phrases of the parser and their German words, in the order they are looked for.
    private static let phrases: [(String, String)] = [
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
    ]

    /// The message with every known phrase in German.
    static func translated(_ message: String) -> String {
        phrases.reduce(message) { text, phrase in text.replacing(phrase.0, with: phrase.1) }
    }
}

/// The language of all user-facing text: German or English.
public enum Language: String, CaseIterable, Sendable, Codable {
    case de
    case en

    /// The language a user's environment asks for: German when `LC_ALL`, else `LC_MESSAGES`, else `LANG`
    /// starts with `de`; English otherwise.
    public static func preferred(by environment: EnvironmentVariables) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("de") ? .de : .en
            }
        }
        return .en
    }

    /// The language's name, in `language`: `Deutsch`, `Englisch`, `German`, `English`.
    public func name(in language: Language) -> String {
        switch self {
        case .de: language.pick(de: "Deutsch", en: "German")
        case .en: language.pick(de: "Englisch", en: "English")
        }
    }

    /// The other language.
    public var other: Language { self == .de ? .en : .de }

    /// Picks the German or the English variant of a text.
    public func pick(de: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        switch self {
        case .de: de()
        case .en: en()
        }
    }
}

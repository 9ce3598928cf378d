import SixClusterModel

/// Reads a config file with the care given to workshop files: every unknown setting, value, context, action or
/// key name, and every key bound twice in one context, is a `Diagnostic` with its line and column; nothing of a
/// file with problems is used.
public struct ConfigReader: Sendable {
    /// The file name used in diagnostics.
    public var file: String
    /// The language of the diagnostics.
    public var language: Language

    /// The settings a config file knows.
    public static let settings = ["language", "theme", "color", "bell", "author", "mouse", "export-format", "keys"]

    /// A reader for a file with the given name.
    public init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    /// The config in the bytes, or all its problems.
    public func read(_ data: [UInt8]) throws(WorkshopLoadError) -> BoardConfig {
        // An empty file is no config yet, not a broken one.
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return BoardConfig() }
        guard let root = try YAMLDocumentReader(file: file, language: language).read(data).root, !root.isNull else {
            return BoardConfig()
        }
        var problems: [Diagnostic] = []
        var config = BoardConfig()
        guard let pairs = root.pairs else {
            throw WorkshopLoadError([problem(root, de: "eine Config-Datei besteht aus Einstellungen (name: wert)",
                                             en: "a config file holds settings (name: value)")])
        }
        for (key, value) in pairs {
            let name = key.text ?? ""
            switch name {
            case "language": config.language = choice(value, Language.allCases, \.rawValue, &problems)
            case "theme": config.theme = choice(value, Theme.allCases, \.rawValue, &problems)
            case "color": config.color = flag(value, &problems)
            case "bell": config.bell = flag(value, &problems)
            case "mouse": config.mouse = flag(value, &problems)
            case "export-format": config.exportFormat = choice(value, ExportFormat.allCases, \.rawValue, &problems)
            case "author":
                if let text = value.text, !value.isNull, !text.trimmingSpaces.isEmpty {
                    config.author = text
                } else {
                    problems.append(problem(value, de: "author: ein Name wird erwartet", en: "author: a name is expected"))
                }
            case "keys":
                var rebinding = KeymapRebinding(file: file, language: language)
                config.keymap = rebinding.keymap(from: value)
                problems += rebinding.problems
            default:
                let hint = KeySuggestion.closest(to: name, among: Self.settings).map {
                    language.pick(de: " – gemeint ist wohl '\($0)'", en: " – did you mean '\($0)'?")
                } ?? language.pick(de: " (bekannt: ", en: " (known: ") + Self.settings.joined(separator: ", ") + ")"
                problems.append(problem(key, de: "unbekannte Einstellung '\(VisibleText.escaped(name))'" + hint,
                                        en: "unknown setting '\(VisibleText.escaped(name))'" + hint))
            }
        }
        guard problems.isEmpty else {
            throw WorkshopLoadError(problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        return config
    }

    /// One of a few words.
    private func choice<T>(_ node: YAMLNode, _ options: [T], _ word: (T) -> String, _ problems: inout [Diagnostic]) -> T? {
        if let text = node.text, let found = options.first(where: { word($0) == text }) { return found }
        let list = options.map(word).joined(separator: ", ")
        let shown = VisibleText.escaped(node.text ?? "…")
        problems.append(problem(node, de: "'\(shown)' geht hier nicht (möglich: \(list))", en: "'\(shown)' is not allowed here (one of: \(list))"))
        return nil
    }

    /// `true` or `false` (and YAML's yes/no, on/off).
    private func flag(_ node: YAMLNode, _ problems: inout [Diagnostic]) -> Bool? {
        switch node.text?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            problems.append(problem(node, de: "true oder false wird erwartet", en: "true or false is expected"))
            return nil
        }
    }

    private func problem(_ node: YAMLNode, de: String, en: String) -> Diagnostic {
        Diagnostic(file: file, line: node.line, column: node.column, message: language.pick(de: de, en: en))
    }
}

import SixClusterModel

extension Keymap {
    /// The bindings in the config file's syntax (the `keys:` part), every action with its keys and, as a
    /// comment, what it does: a user copies it into the config file and changes what they like.
    public func yaml(in language: Language) -> String {
        var out = language.pick(
            de: "# Die Tasten des Boards, wie sie gelten. In ~/.config/sixcluster/config.yaml kopieren und ändern;\n"
                + "# nicht genannte Aktionen behalten ihre Tasten, eine leere Liste [] schaltet eine ab.\n",
            en: "# The board's keys as they are. Copy into ~/.config/sixcluster/config.yaml and change what you like;\n"
                + "# actions left out keep their keys, an empty list [] turns one off.\n") + "keys:\n"
        for context in KeyContext.allCases {
            let entries = bindings.filter { $0.context == context }
            guard !entries.isEmpty else { continue }
            out += "  \(context.configName):\n"
            for binding in entries {
                guard let name = binding.action.configName else { continue }
                let keys = "[" + binding.keys.map { Self.quoted($0.configName) }.joined(separator: ", ") + "]"
                let line = "    \(name): \(keys)"
                out += line + String(repeating: " ", count: max(1, 44 - line.count)) + "# " + binding.description[language] + "\n"
            }
        }
        return out
    }

    /// A key's name as a YAML flow item: letters, digits and dashes as they are, anything else in double quotes.
    private static func quoted(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard !plain || name == "-" else { return name }
        return "\"" + name.map { $0 == "\\" || $0 == "\"" ? "\\" + String($0) : String($0) }.joined() + "\""
    }
}

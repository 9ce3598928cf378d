/// Walks the YAML node tree of a workshop file, collecting every problem with the place of the offending node.
struct WorkshopNodeReader {
    let file: String
    let language: Language
    private(set) var problems: [Diagnostic] = []
    /// The format the file says it has.
    private var version = WorkshopFormat.version

    init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    /// The workshop the tree describes, or nil when a problem keeps it from being read.
    mutating func workshop(from root: YAMLNode) -> Workshop? {
        guard let pairs = mapping(root, named: nil) else { return nil }
        guard readFormat(pairs, root: root) else { return nil }
        var metadata = WorkshopMetadata()
        var fields: [Field] = []
        var parked: [Card] = []
        for (key, keyNode, value) in pairs where allowedInVersion(key, node: keyNode) {
            switch key {
            case "format": break
            case "title": metadata.title = text(value, key: key)
            case "organisation": metadata.organisation = text(value, key: key)
            case "product": metadata.product = text(value, key: key)
            case "date": metadata.date = text(value, key: key)
            case "facilitator": metadata.facilitator = text(value, key: key)
            case "participants": metadata.participants = texts(value, key: key)
            case "language": metadata.language = workshopLanguage(value) ?? metadata.language
            case "fields": fields = self.fields(value)
            case "parked": parked = cards(value, key: key)
            default: unknownKey(key, node: keyNode, expected: WorkshopFormat.topLevelKeys, in: nil)
            }
        }
        return Workshop(metadata: metadata, fields: fields, parked: parked)
    }

    // MARK: - Parts of the file

    private mutating func readFormat(_ pairs: [MappingEntry], root: YAMLNode) -> Bool {
        guard let node = pairs.first(where: { $0.name == "format" })?.value else {
            report(root, language.pick(de: "'format: 1' fehlt am Anfang der Datei",
                                       en: "missing 'format: 1' at the top of the file"))
            return false
        }
        guard let raw = node.text, let version = Int(raw) else {
            report(node, language.pick(de: "'format' muss eine ganze Zahl sein, gefunden: \(kind(of: node))",
                                       en: "'format' must be a whole number, found \(kind(of: node))"))
            return false
        }
        self.version = version
        if version > WorkshopFormat.version {
            report(node, language.pick(
                de: "Format \(version) stammt von einer neueren sixcluster-Version; diese liest bis Format \(WorkshopFormat.version), bitte sixcluster aktualisieren",
                en: "format \(version) was written by a newer sixcluster; this version reads up to format \(WorkshopFormat.version), please update sixcluster"))
            return false
        }
        if version < WorkshopFormat.oldestVersion {
            report(node, language.pick(de: "unbekanntes Format \(version); diese Version liest die Formate \(WorkshopFormat.oldestVersion) bis \(WorkshopFormat.version)",
                                       en: "unknown format \(version); this version reads formats \(WorkshopFormat.oldestVersion) to \(WorkshopFormat.version)"))
            return false
        }
        return true
    }

    private mutating func workshopLanguage(_ node: YAMLNode) -> Language? {
        let value = text(node, key: "language")
        if value.isEmpty { return nil }
        guard let result = Language(rawValue: value.lowercased()) else {
            report(node, language.pick(de: "unbekannte Sprache \(quoted(value)); erwartet: de oder en",
                                       en: "unknown language \(quoted(value)); expected de or en"))
            return nil
        }
        return result
    }

    private mutating func fields(_ node: YAMLNode) -> [Field] {
        guard let items = sequence(node, key: "fields") else { return [] }
        var fields: [Field] = []
        var firstLine = [Int?](repeating: nil, count: ModelTemplate.topicCount + 1)
        for item in items {
            guard let pairs = mapping(item, named: "fields") else { continue }
            guard let topicNode = pairs.first(where: { $0.name == "topic" })?.value else {
                report(item, language.pick(de: "Feld ohne 'topic' (eine Zahl von 1 bis 20)",
                                           en: "field without 'topic' (a number from 1 to 20)"))
                continue
            }
            guard let number = topicNumber(topicNode) else { continue }
            if let line = firstLine[number] {
                report(topicNode, language.pick(de: "Thema \(number) kommt doppelt vor (zuerst in Zeile \(line))",
                                                en: "topic \(number) appears twice (first at line \(line))"))
                continue
            }
            firstLine[number] = topicNode.line
            var field = Field(topic: number)
            for (key, keyNode, value) in pairs where allowedInVersion(key, node: keyNode) {
                switch key {
                case "topic": break
                case "name": _ = text(value, key: key)
                case "ist": field.ist = cards(value, key: key)
                case "soll": field.soll = cards(value, key: key)
                case "seconds": field.seconds = count(value, key: key)
                default: unknownKey(key, node: keyNode, expected: WorkshopFormat.fieldKeys, in: "fields")
                }
            }
            fields.append(field)
        }
        return fields
    }

    private mutating func topicNumber(_ node: YAMLNode) -> Int? {
        guard let raw = node.text, let number = Int(raw) else {
            report(node, language.pick(de: "'topic' muss eine Zahl von 1 bis 20 sein, gefunden: \(kind(of: node))",
                                       en: "'topic' must be a number from 1 to 20, found \(kind(of: node))"))
            return nil
        }
        guard (1...ModelTemplate.topicCount).contains(number) else {
            report(node, language.pick(de: "Thema \(number) gibt es nicht; die Themen sind von 1 bis 20 nummeriert",
                                       en: "topic \(number) does not exist; topics are numbered 1 to 20"))
            return nil
        }
        return number
    }

    private mutating func cards(_ node: YAMLNode, key: String) -> [Card] {
        if node.isNull { return [] }
        guard let items = sequence(node, key: key) else { return [] }
        return items.compactMap { card($0, column: key) }
    }

    private mutating func card(_ node: YAMLNode, column: String) -> Card? {
        if node.text != nil { return Card(text(node, key: column)) }
        guard let pairs = mapping(node, named: column) else { return nil }
        guard let textNode = pairs.first(where: { $0.name == "text" })?.value else {
            report(node, language.pick(de: "einer Karte fehlt 'text'", en: "a card needs 'text'") + colonHint(pairs))
            return nil
        }
        var card = Card(text(textNode, key: "text"))
        for (key, keyNode, value) in pairs where allowedInVersion(key, node: keyNode) {
            switch key {
            case "text": break
            case "by":
                let author = text(value, key: key)
                card.author = author.isEmpty ? nil : author
            case "method":
                card.method = choice(value, key: key, de: "Methode", en: "method")
                if card.method == .data, !allowedInVersion("method: data", needs: 4, node: value) { card.method = nil }
            case "status": card.status = choice(value, key: key, de: "Status", en: "status") ?? .open
            case "votes": card.votes = count(value, key: key)
            case "priority": card.priority = choice(value, key: key, de: "Priorität", en: "priority")
            case "owner", "due", "conflict":
                let value = text(value, key: key)
                let present = value.isEmpty ? nil : value
                if key == "owner" { card.owner = present } else if key == "due" { card.due = present } else { card.conflict = present }
            default: unknownKey(key, node: keyNode, expected: WorkshopFormat.cardKeys, in: column)
            }
        }
        return card
    }

    /// A card written as `- Reviews: 4.1 stars` is read by YAML as a key and a value: said, with the quoted form
    /// that keeps the colon in the text.
    private func colonHint(_ pairs: [MappingEntry]) -> String {
        guard pairs.count == 1, let pair = pairs.first, !WorkshopFormat.cardKeys.contains(pair.name),
              let value = pair.value.text else { return "" }
        let whole = pair.name + ": " + value
        let quoted = "\"" + whole.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        return language.pick(
            de: " – der Doppelpunkt nach „\(pair.name)“ lässt YAML einen Schlüssel und einen Wert lesen; mit Anführungszeichen bleibt er im Text: - \(quoted)",
            en: " – the colon after “\(pair.name)” makes YAML read a key and a value; in quotes it stays in the text: - \(quoted)")
    }

    /// One of a fixed set of words (a method, a priority), in any case; an empty value gives nil, anything else
    /// is reported with the words allowed. `de` and `en` name the kind of word in the message.
    private mutating func choice<Value: RawRepresentable & CaseIterable>(_ node: YAMLNode, key: String, de: String, en: String)
        -> Value? where Value.RawValue == String {
        let value = text(node, key: key)
        if value.isEmpty { return nil }
        guard let result = Value(rawValue: value.lowercased()) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            report(node, language.pick(de: "unbekannte \(de) \(quoted(value)); erwartet: \(allowed)",
                                       en: "unknown \(en) \(quoted(value)); expected one of: \(allowed)"))
            return nil
        }
        return result
    }

    /// A key that format 2 added is refused in a file that says `format: 1`, so that the number never lies.
    private mutating func allowedInVersion(_ key: String, node: YAMLNode) -> Bool {
        allowedInVersion(key, needs: WorkshopFormat.introduced(key), node: node)
    }

    /// A key or value that needs a format at least `needed`, refused (with its place) in a file naming a lower one.
    private mutating func allowedInVersion(_ key: String, needs needed: Int, node: YAMLNode) -> Bool {
        guard version < needed else { return true }
        report(node, language.pick(de: "'\(key)' gibt es erst ab Format \(needed); oben 'format: \(needed)' eintragen",
                                   en: "'\(key)' needs format \(needed); write 'format: \(needed)' at the top"))
        return false
    }

    // MARK: - YAMLNode shapes

    /// A whole number of zero or more (votes, seconds); an empty value gives 0.
    private mutating func count(_ node: YAMLNode, key: String) -> Int {
        if node.isNull { return 0 }
        let raw = text(node, key: key)
        guard node.text != nil else { return 0 }
        guard let value = Int(raw), (0...1_000_000_000).contains(value) else {
            report(node, language.pick(de: "'\(key)' muss eine ganze Zahl ab 0 sein, gefunden: \(quoted(raw))",
                                       en: "'\(key)' must be a whole number from 0, found \(quoted(raw))"))
            return 0
        }
        return value
    }

    /// The pairs of a mapping whose keys are text, or nil (reported) when the node is no mapping.
    private mutating func mapping(_ node: YAMLNode, named key: String?) -> [MappingEntry]? {
        guard rejectAnchor(node) else { return nil }
        guard let mapping = node.pairs else {
            let found = kind(of: node)
            if let key {
                report(node, language.pick(de: "ein Eintrag in '\(key)' muss eine Zuordnung (Schlüssel: Wert) sein, gefunden: \(found)",
                                           en: "an entry of '\(key)' must be a mapping (key: value), found \(found)"))
            } else {
                report(node, language.pick(de: "oberste Ebene muss eine Zuordnung (Schlüssel: Wert) sein, gefunden: \(found)",
                                           en: "the top level must be a mapping (key: value), found \(found)"))
            }
            return nil
        }
        var pairs: [MappingEntry] = []
        for (keyNode, value) in mapping {
            guard let name = keyNode.text else {
                report(keyNode, language.pick(de: "Schlüssel müssen einfacher Text sein", en: "keys must be plain text"))
                continue
            }
            pairs.append((name: name, keyNode: keyNode, value: value))
        }
        return pairs
    }

    private mutating func sequence(_ node: YAMLNode, key: String) -> [YAMLNode]? {
        guard rejectAnchor(node) else { return nil }
        if node.isNull { return [] }
        guard let sequence = node.items else {
            report(node, language.pick(de: "'\(key)' muss eine Liste sein, gefunden: \(kind(of: node))",
                                       en: "'\(key)' must be a list, found \(kind(of: node))"))
            return nil
        }
        return sequence
    }

    /// A scalar's text; an empty or null value gives "". Lists and mappings are reported.
    private mutating func text(_ node: YAMLNode, key: String) -> String {
        guard rejectAnchor(node) else { return "" }
        guard let scalar = node.text else {
            report(node, language.pick(de: "'\(key)' muss Text sein, gefunden: \(kind(of: node))",
                                       en: "'\(key)' must be text, found \(kind(of: node))"))
            return ""
        }
        return node.isNull ? "" : scalar
    }

    /// A list of texts; a single text counts as a list of one.
    private mutating func texts(_ node: YAMLNode, key: String) -> [String] {
        if node.text != nil {
            let single = text(node, key: key)
            return single.isEmpty ? [] : [single]
        }
        guard let items = sequence(node, key: key) else { return [] }
        return items.map { text($0, key: key) }.filter { !$0.isEmpty }
    }

    /// Anchors and aliases are refused: the format needs none, and aliases can multiply a small file enormously.
    private mutating func rejectAnchor(_ node: YAMLNode) -> Bool {
        var isAlias = false
        if case .alias = node.content { isAlias = true }
        guard node.anchor == nil, !isAlias else {
            report(node, Self.anchorsNotAllowed(language))
            return false
        }
        return true
    }

    /// Why a file with an anchor or an alias is refused.
    static func anchorsNotAllowed(_ language: Language) -> String {
        language.pick(de: "Anker und Aliase (&name, *name) sind in den Dateien von sixcluster nicht erlaubt",
                      en: "anchors and aliases (&name, *name) are not allowed in sixcluster's files")
    }

    private mutating func unknownKey(_ key: String, node: YAMLNode, expected: [String], in parent: String?) {
        let list = expected.joined(separator: ", ")
        let hint = KeySuggestion.closest(to: key, among: expected).map {
            language.pick(de: "; meinten Sie '\($0)'?", en: "; did you mean '\($0)'?")
        } ?? ""
        let place = parent.map { " in '\($0)'" } ?? ""
        report(node, language.pick(de: "unbekannter Schlüssel \(quoted(key))\(place) (erwartet: \(list))\(hint)",
                                   en: "unknown key \(quoted(key))\(place) (expected: \(list))\(hint)"))
    }

    private func kind(of node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let text, _):
            return node.isNull ? language.pick(de: "nichts", en: "nothing") : quoted(text)
        case .sequence: return language.pick(de: "eine Liste", en: "a list")
        case .mapping: return language.pick(de: "eine Zuordnung", en: "a mapping")
        case .alias: return language.pick(de: "ein Alias", en: "an alias")
        }
    }

    /// A value from the file for a message: quoted, control characters visible, long values shortened.
    private func quoted(_ value: String) -> String {
        let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
        return "'" + VisibleText.escaped(shown) + "'"
    }

    private mutating func report(_ node: YAMLNode, _ message: String) {
        let problem = Diagnostic(file: file, line: node.line, column: node.column, message: message)
        // A problem found twice in one place (a value read both as a list and as its items) is said once.
        if !problems.contains(problem) { problems.append(problem) }
    }
}

/// One key and value of a YAML mapping, with the key's node for its place in the file.
private typealias MappingEntry = (name: String, keyNode: YAMLNode, value: YAMLNode)

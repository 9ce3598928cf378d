/// A text given in German and in English.
public struct LocalizedText: Equatable, Sendable, Codable {
    /// The German text.
    public var de: String
    /// The English text.
    public var en: String

    /// Creates a text from its German and English variants.
    public init(de: String, en: String) {
        self.de = de
        self.en = en
    }

    /// The text in the given language.
    public subscript(language: Language) -> String {
        switch language {
        case .de: de
        case .en: en
        }
    }
}

/// A list of texts (such as guiding questions) given in German and in English.
public struct LocalizedList: Equatable, Sendable, Codable {
    /// The German texts.
    public var de: [String]
    /// The English texts.
    public var en: [String]

    /// Creates a list from its German and English variants.
    public init(de: [String], en: [String]) {
        self.de = de
        self.en = en
    }

    /// The texts in the given language.
    public subscript(language: Language) -> [String] {
        switch language {
        case .de: de
        case .en: en
        }
    }
}

/// How a card's content was collected, as the model names the ways of working.
public enum CollectionMethod: String, CaseIterable, Sendable, Codable {
    case groupWork = "group-work"
    case brainstorming
    case interview
    case survey
    /// Read from records such as a firm's orders (format 4).
    case data
    case other

    /// The method's name for people.
    public func name(in language: Language) -> String {
        switch self {
        case .groupWork: language.pick(de: "Gruppenarbeit", en: "group work")
        case .brainstorming: "Brainstorming"
        case .interview: language.pick(de: "Interview", en: "interview")
        case .survey: language.pick(de: "Umfrage", en: "survey")
        case .data: language.pick(de: "Daten", en: "data")
        case .other: language.pick(de: "andere", en: "other")
        }
    }
}

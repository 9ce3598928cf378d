import SixClusterModel

/// A detail of a card typed in a prompt: who wrote it, who sees to a target, and by when.
public enum CardDetail: Equatable, Sendable {
    case author, owner, due

    /// Where the detail lives on a card.
    var path: WritableKeyPath<Card, String?> {
        switch self {
        case .author: \.author
        case .owner: \.owner
        case .due: \.due
        }
    }

    /// Whether the detail names a person (Tab completes the workshop's people there).
    var isPerson: Bool { self != .due }

    /// The prompt's label.
    func label(in language: Language) -> String {
        switch self {
        case .author: language.pick(de: "Autor (Tab: Teilnehmende): ", en: "Author (Tab: participants): ")
        case .owner: language.pick(de: "Verantwortlich für das Ziel (Tab: Teilnehmende): ", en: "Owner of the target (Tab: participants): ")
        case .due: language.pick(de: "Erreicht bis (z. B. 2027-03-31; leer: kein Datum): ", en: "Due by (e.g. 2027-03-31; blank: none): ")
        }
    }
}

/// What a workshop is about and who took part.
public struct WorkshopMetadata: Equatable, Sendable {
    /// The workshop's title.
    public var title: String
    /// The firm or organisation.
    public var organisation: String
    /// The product or product family the workshop is about.
    public var product: String
    /// The date, as written by the team (ISO `YYYY-MM-DD` is recommended).
    public var date: String
    /// Who leads the workshop.
    public var facilitator: String
    /// Who takes part.
    public var participants: [String]
    /// The language of the workshop's texts.
    public var language: Language

    /// Creates metadata; every part is optional.
    public init(title: String = "", organisation: String = "", product: String = "", date: String = "",
                facilitator: String = "", participants: [String] = [], language: Language = .en) {
        self.title = title
        self.organisation = organisation
        self.product = product
        self.date = date
        self.facilitator = facilitator
        self.participants = participants
        self.language = language
    }
}

/// The names and limits of the workshop file format.
public enum WorkshopFormat {
    /// The newest format version this program reads and writes.
    public static let version = 4
    /// The oldest format version this program reads.
    public static let oldestVersion = 1
    /// Files larger than this are refused before they are read.
    public static let maximumFileSize = 16 * 1024 * 1024
    /// Brackets or list dashes nested deeper than this are refused before parsing.
    public static let maximumNesting = 100

    /// The keys at the top level, in the order they are written.
    public static let topLevelKeys = ["format", "title", "organisation", "product", "date", "facilitator",
                                      "participants", "language", "fields", "parked"]
    /// The keys of one field entry.
    public static let fieldKeys = ["topic", "name", "ist", "soll", "seconds"]
    /// The keys of a card written as a mapping.
    public static let cardKeys = ["text", "by", "method", "votes", "priority", "owner", "due", "status", "conflict"]
    /// The keys later formats added, with the format that added them; a file that names a lower format must not
    /// use them.
    public static func introduced(_ key: String) -> Int {
        switch key {
        case "seconds", "votes", "priority": 2
        case "parked", "owner", "due", "conflict": 3
        case "status": 4
        default: 1
        }
    }
}

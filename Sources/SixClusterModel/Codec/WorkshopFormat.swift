/// The names and limits of the workshop file format.
public enum WorkshopFormat {
    /// The newest format version this program reads and writes.
    public static let version = 2
    /// The oldest format version this program reads.
    public static let oldestVersion = 1
    /// Files larger than this are refused before they are read.
    public static let maximumFileSize = 16 * 1024 * 1024
    /// Brackets or list dashes nested deeper than this are refused before parsing.
    public static let maximumNesting = 100

    /// The keys at the top level, in the order they are written.
    public static let topLevelKeys = ["format", "title", "organisation", "product", "date", "facilitator",
                                      "participants", "language", "fields"]
    /// The keys of one field entry.
    public static let fieldKeys = ["topic", "name", "ist", "soll", "seconds"]
    /// The keys of a card written as a mapping.
    public static let cardKeys = ["text", "by", "method", "votes", "priority"]
    /// The keys format 2 added; a file that says `format: 1` must not use them.
    public static let format2Keys: Set<String> = ["seconds", "votes", "priority"]
}

/// The names and limits of the workshop file format.
public enum WorkshopFormat {
    /// The format version this program writes and reads.
    public static let version = 1
    /// Files larger than this are refused before they are read.
    public static let maximumFileSize = 16 * 1024 * 1024
    /// Brackets or list dashes nested deeper than this are refused before parsing.
    public static let maximumNesting = 100

    /// The keys at the top level, in the order they are written.
    public static let topLevelKeys = ["format", "title", "organisation", "product", "date", "facilitator",
                                      "participants", "language", "fields"]
    /// The keys of one field entry.
    public static let fieldKeys = ["topic", "name", "ist", "soll"]
    /// The keys of a card written as a mapping.
    public static let cardKeys = ["text", "by", "method"]
}

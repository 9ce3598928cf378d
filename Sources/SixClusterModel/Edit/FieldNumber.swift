/// A field's number as a person types it (`7`, ` 12 `): one parser for the board's prompts and the command line.
public enum FieldNumber {
    /// The topic number 1...20 the text names, or nil for anything else.
    public static func parse(_ text: String) -> Int? {
        guard let number = Int(text.trimmingSpaces), (1...ModelTemplate.topicCount).contains(number) else { return nil }
        return number
    }
}

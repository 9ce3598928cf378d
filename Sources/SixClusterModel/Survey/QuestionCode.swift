/// A guiding question's code in a questionnaire: `F01.2` is field 1's second question. The codes follow the model's
/// numbering of fields and the order of each field's questions, so a survey tool's export can be read back by them.
public struct QuestionCode: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The field (1...20).
    public var field: Int
    /// The question's place in its field (from 1).
    public var question: Int

    /// A code.
    public init(field: Int, question: Int) {
        self.field = field
        self.question = question
    }

    /// The code a text holds (`F01.2`, also `f1.2`), or nil.
    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces
        guard let first = trimmed.first, first == "F" || first == "f" else { return nil }
        let parts = trimmed.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let field = FieldNumber.parse(String(parts[0])), let question = Int(parts[1]), question >= 1 else { return nil }
        self.init(field: field, question: question)
    }

    /// `F01.2`.
    public var description: String {
        "F" + (field < 10 ? "0" : "") + "\(field).\(question)"
    }

    /// Every question of the fields, with its code, in the model's order.
    public static func questions(of fields: [Int], in template: ModelTemplate, language: Language) -> [(code: QuestionCode, text: String)] {
        fields.flatMap { field in
            template.topic(field).questions[language].enumerated().map { (QuestionCode(field: field, question: $0.offset + 1), $0.element) }
        }
    }
}

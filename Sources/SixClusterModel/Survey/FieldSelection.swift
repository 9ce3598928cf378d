/// The fields a command is asked for, as `1,3,5-7`: numbers and ranges of 1 to 20, in the model's order, each once.
public enum FieldSelection {
    /// What is wrong with a selection: the part that names no field, or a range that runs backwards.
    public struct Problem: Error, Equatable, Sendable {
        /// The part as given.
        public var part: String

        /// A problem with this part.
        public init(part: String) {
            self.part = part
        }
    }

    /// The fields `text` names, in order, each once; all twenty for nil.
    public static func parse(_ text: String?) -> Result<[Int], Problem> {
        guard let text else { return .success(Array(1...ModelTemplate.topicCount)) }
        var chosen = Set<Int>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map({ String($0).trimmingSpaces }) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            switch ends.count {
            case 1:
                guard let number = FieldNumber.parse(part) else { return .failure(Problem(part: part)) }
                chosen.insert(number)
            case 2:
                guard let first = FieldNumber.parse(ends[0]), let last = FieldNumber.parse(ends[1]), first <= last else {
                    return .failure(Problem(part: part))
                }
                chosen.formUnion(first...last)
            default:
                return .failure(Problem(part: part))
            }
        }
        return .success(chosen.sorted())
    }
}

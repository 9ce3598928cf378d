import SixClusterModel

extension BoardState {
    /// The workshop as it would be if the open card editor (a new card, a card's text, quick capture, a parked
    /// point) were stored now: what goes into the recovery file, so that a card half typed when the board is killed
    /// is offered back by the next board, as vim's swap file does. Without such an editor, the workshop itself.
    public var workshopWithTyping: Workshop {
        guard case .prompt(let prompt)? = overlay else { return workshop }
        let text = prompt.editor.text.trimmingSpaces
        guard !text.isEmpty else { return workshop }
        var result = workshop
        switch prompt.purpose {
        case .newCard(let topic, let column, let index):
            result[topic: topic][column].insert(newCard(text), at: min(index, result[topic: topic][column].count))
        case .capture(let topic, let column):
            result[topic: topic][column].append(capturedCard(text))
        case .editCard(let reference):
            guard let place = reference.resolve(in: workshop) else {
                result[topic: reference.place.topic][reference.place.column].append(newCard(text))
                return result
            }
            result[topic: place.topic][place.column][place.index].text = text
        case .parked(let card):
            if let card, let index = result.parked.firstIndex(of: card) {
                result.parked[index].text = text
            } else {
                result.parked.append(newCard(text))
            }
        default:
            return workshop
        }
        return result
    }

    /// Whether something typed but not stored (or stored but not saved) waits: then quitting politely or being
    /// killed leaves a recovery file.
    public var hasUnsavedTyping: Bool {
        isModified || workshopWithTyping != workshop
    }
}

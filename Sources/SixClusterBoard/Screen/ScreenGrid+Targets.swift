extension ScreenGrid {
    /// Marks a rectangle of the screen as something a click means (a field, a card, a dialog's answer). A later
    /// mark over an earlier one wins, as what is drawn later covers what lies under it.
    public mutating func target(_ rect: Rect, _ action: Action) {
        targets.append(ClickTarget(rect: rect, action: action))
    }

    /// What a click on a cell means, if anything drawn there says.
    public func target(atX x: Int, y: Int) -> Action? {
        targets.last { $0.rect.contains(x: x, y: y) }?.action
    }
}

/// A place on the screen and what a click on it means.
public struct ClickTarget: Sendable {
    /// The cells.
    public var rect: Rect
    /// What a click there does.
    public var action: Action
}

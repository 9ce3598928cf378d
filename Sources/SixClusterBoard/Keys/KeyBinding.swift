import SixClusterModel

/// One key binding: keys, where they apply, what they do, and how help describes it.
public struct KeyBinding: Equatable, Sendable {
    /// The keys, the first one shown first.
    public var keys: [Key]
    /// Where the binding applies.
    public var context: KeyContext
    /// What the keys do.
    public var action: Action
    /// The description in help.
    public var description: LocalizedText
}

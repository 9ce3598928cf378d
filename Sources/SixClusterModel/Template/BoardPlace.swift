/// Where a cluster stands on the Six-Cluster board.
public enum BoardPlace: String, CaseIterable, Sendable, Codable {
    /// Left column, upper part (Kunde).
    case leftTop = "left-top"
    /// Left column, below the upper part (Differenzierung).
    case leftBottom = "left-bottom"
    /// Middle column (Produkt).
    case middle
    /// Right column, upper part (Daten).
    case rightTop = "right-top"
    /// Right column, below the upper part (Mitarbeiter).
    case rightBottom = "right-bottom"
    /// Across the bottom, full width (Value Chain).
    case bottom
}

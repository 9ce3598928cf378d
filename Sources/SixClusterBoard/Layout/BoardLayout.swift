import SixClusterModel

/// Where the clusters and fields stand on a screen of a given size, following the model's picture: Kunde and
/// Differenzierung left, Produkt in the middle, Daten and Mitarbeiter right, Value Chain across the bottom.
public struct BoardLayout: Equatable, Sendable {
    /// The smallest size that shows the board with boxes; below it a compact list is shown.
    public static let fullSize = (width: 80, height: 24)
    /// The smallest size that shows anything but a "too small" notice.
    public static let minimumSize = (width: 24, height: 6)

    /// How the board is drawn at this size.
    public enum Mode: Equatable, Sendable {
        case full, compact, tooSmall
    }

    /// The screen's width.
    public let width: Int
    /// The screen's height.
    public let height: Int
    /// How the board is drawn.
    public let mode: Mode
    /// Each cluster's box, in the template's order.
    public private(set) var clusterBoxes: [Rect] = []
    /// Each field's area inside its cluster's box; `fieldAreas[n - 1]` is topic `n`.
    public private(set) var fieldAreas: [Rect] = []

    /// Lays out the board for a screen.
    public init(width: Int, height: Int, template: ModelTemplate = .builtIn) {
        self.width = width
        self.height = height
        if width < Self.minimumSize.width || height < Self.minimumSize.height {
            mode = .tooSmall
        } else if width < Self.fullSize.width || height < Self.fullSize.height {
            mode = .compact
        } else {
            mode = .full
            layOut(template)
        }
    }

    /// Rows 1 ... height-2 hold the board; row 0 the title, the last row the status line.
    private mutating func layOut(_ template: ModelTemplate) {
        let top = 1
        let boardHeight = height - 2
        let bottomHeight = max(5, boardHeight / 4)
        let upperHeight = boardHeight - bottomHeight
        let leftWidth = width * 3 / 10
        let middleWidth = width * 4 / 10
        let rightWidth = width - leftWidth - middleWidth
        var boxes = [Rect](repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: template.clusters.count)
        var areas = [Rect](repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: ModelTemplate.topicCount)
        let columns: [(BoardPlace, BoardPlace?, Int, Int)] = [
            (.leftTop, .leftBottom, 0, leftWidth),
            (.middle, nil, leftWidth, middleWidth),
            (.rightTop, .rightBottom, leftWidth + middleWidth, rightWidth),
        ]
        for (upperPlace, lowerPlace, x, columnWidth) in columns {
            let stacked = [upperPlace, lowerPlace].compactMap { place in
                template.clusters.firstIndex { $0.place == place }
            }
            let counts = stacked.map { template.clusters[$0].topics.count }
            let rows = Self.split(upperHeight - 2 * stacked.count, weights: counts)
            var y = top
            for (i, clusterIndex) in stacked.enumerated() {
                let box = Rect(x: x, y: y, width: columnWidth, height: rows[i] + 2)
                boxes[clusterIndex] = box
                let inner = box.inset(1)
                let topics = template.clusters[clusterIndex].topics
                var fieldY = inner.y
                for (topic, fieldRows) in zip(topics, Self.split(inner.height, weights: topics.map { _ in 1 })) {
                    areas[topic - 1] = Rect(x: inner.x, y: fieldY, width: inner.width, height: fieldRows)
                    fieldY += fieldRows
                }
                y += box.height
            }
        }
        if let bottom = template.clusters.firstIndex(where: { $0.place == .bottom }) {
            let box = Rect(x: 0, y: top + upperHeight, width: width, height: bottomHeight)
            boxes[bottom] = box
            let inner = box.inset(1)
            let topics = template.clusters[bottom].topics
            var x = inner.x
            for (topic, fieldWidth) in zip(topics, Self.split(inner.width, weights: topics.map { _ in 1 })) {
                areas[topic - 1] = Rect(x: x, y: inner.y, width: fieldWidth, height: inner.height)
                x += fieldWidth
            }
        }
        clusterBoxes = boxes
        fieldAreas = areas
    }

    /// Splits `total` into parts proportional to `weights`, the remainder going to the first parts.
    static func split(_ total: Int, weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var parts = weights.map { max(0, total) * $0 / sum }
        var rest = max(0, total) - parts.reduce(0, +)
        var i = 0
        while rest > 0 {
            parts[i % parts.count] += 1
            rest -= 1
            i += 1
        }
        return parts
    }

    /// The field next to `topic` in a direction on screen: among the fields lying wholly on that side, the one
    /// that overlaps the current field across the direction and is nearest; at the edge, none.
    public func neighbour(of topic: Int, dx: Int, dy: Int) -> Int? {
        guard mode == .full else {
            let next = topic + (dy != 0 ? dy : dx)
            return (1...ModelTemplate.topicCount).contains(next) ? next : nil
        }
        let from = fieldAreas[topic - 1]
        var best: (topic: Int, score: Int)?
        for (index, area) in fieldAreas.enumerated() where index != topic - 1 {
            let beside: Bool
            switch (dx, dy) {
            case (-1, _): beside = area.maxX <= from.x
            case (1, _): beside = area.x >= from.maxX
            case (_, -1): beside = area.maxY <= from.y
            default: beside = area.y >= from.maxY
            }
            guard beside else { continue }
            let overlaps = dx != 0 ? area.y < from.maxY && from.y < area.maxY : area.x < from.maxX && from.x < area.maxX
            let gap = dx != 0 ? abs(dx < 0 ? from.x - area.maxX : area.x - from.maxX)
                : abs(dy < 0 ? from.y - area.maxY : area.y - from.maxY)
            // Across the direction, prefer the field whose start is closest to the current field's start.
            let across = dx != 0 ? abs(area.y - from.y) : abs(area.x - from.x)
            let score = (overlaps ? 0 : 1_000_000) + gap * 1000 + across
            if best == nil || score < best!.score { best = (index + 1, score) }
        }
        return best?.topic
    }
}

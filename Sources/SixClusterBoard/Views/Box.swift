/// Draws frames with a title into a screen grid.
enum Box {
    /// A frame around `rect` with `title` in its top edge.
    static func draw(_ rect: Rect, title: String, style: Style, into grid: inout ScreenGrid) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        grid.fill(Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1), with: "─", style: style)
        grid.fill(Rect(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, height: 1), with: "─", style: style)
        grid.fill(Rect(x: rect.x, y: rect.y + 1, width: 1, height: rect.height - 2), with: "│", style: style)
        grid.fill(Rect(x: rect.maxX - 1, y: rect.y + 1, width: 1, height: rect.height - 2), with: "│", style: style)
        grid.put("┌", x: rect.x, y: rect.y, style: style)
        grid.put("┐", x: rect.maxX - 1, y: rect.y, style: style)
        grid.put("└", x: rect.x, y: rect.maxY - 1, style: style)
        grid.put("┘", x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        var titleStyle = style
        titleStyle.bold = true
        grid.put(" " + title + " ", x: rect.x + 2, y: rect.y, limit: rect.width - 4, style: titleStyle)
    }
}

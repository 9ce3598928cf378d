/// Draws frames with a title into a screen grid.
enum Box {
    /// A frame around `rect` with `title` in its top edge.
    static func draw(_ rect: Rect, title: String, style: Style, into grid: inout ScreenGrid) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        grid.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        for y in rect.y + 1..<rect.maxY - 1 {
            grid.put("│", x: rect.x, y: y, style: style)
            grid.put("│", x: rect.maxX - 1, y: y, style: style)
        }
        grid.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        var titleStyle = style
        titleStyle.bold = true
        grid.put(" " + title + " ", x: rect.x + 2, y: rect.y, limit: rect.width - 4, style: titleStyle)
    }
}

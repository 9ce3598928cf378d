/// Writes SVG: shapes and text appended to one document. All text and attribute values pass through `escape`,
/// the one place where workshop text becomes XML, so that no card can close an element, open one or run script;
/// control characters (which XML does not allow) are shown as `^[`.
struct SVGWriter {
    private let width: Double
    private let height: Double
    private var text = ""

    /// Starts a document of `width` × `height` units, printed at that size in millimetres.
    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A rectangle.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
                       strokeWidth: Double = 0.5, dashed: Bool = false, radius: Double = 0) {
        text += "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\""
            + " rx=\"\(number(radius))\" fill=\"\(Self.escape(fill))\""
        if let stroke {
            text += " stroke=\"\(Self.escape(stroke))\" stroke-width=\"\(number(strokeWidth))\""
            if dashed { text += " stroke-dasharray=\"\(number(strokeWidth * 4)) \(number(strokeWidth * 2))\"" }
        }
        text += "/>\n"
    }

    /// A connecting line: a straight run from one point to another, or an S-curve when `curved`.
    mutating func connector(from start: (x: Double, y: Double), to end: (x: Double, y: Double), color: String, width: Double,
                            curved: Bool = true) {
        let middle = (start.x + end.x) / 2
        let shape = curved
            ? "M\(number(start.x)) \(number(start.y)) C\(number(middle)) \(number(start.y)) \(number(middle)) \(number(end.y)) \(number(end.x)) \(number(end.y))"
            : "M\(number(start.x)) \(number(start.y)) L\(number(end.x)) \(number(end.y))"
        text += "<path d=\"\(shape)\" fill=\"none\" stroke=\"\(Self.escape(color))\" stroke-width=\"\(number(width))\"/>\n"
    }

    /// One line of text with its baseline at `y`.
    mutating func line(_ content: String, x: Double, y: Double, size: Double, bold: Bool = false, color: String = "#222",
                       anchor: String = "start") {
        text += "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\""
            + (bold ? " font-weight=\"bold\"" : "") + " fill=\"\(Self.escape(color))\""
            + (anchor == "start" ? "" : " text-anchor=\"\(Self.escape(anchor))\"") + ">"
            + Self.escape(content) + "</text>\n"
    }

    /// The finished document, with a title for viewers and the font stack set once, on a style every text uses.
    func finish(title: String, fontFamily: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(number(width))mm\" "
            + "height=\"\(number(height))mm\" viewBox=\"0 0 \(number(width)) \(number(height))\">\n"
            + "<title>" + Self.escape(title) + "</title>\n"
            + "<style>text { font-family: \(fontFamily); }</style>\n" + text + "</svg>\n"
    }

    /// Text as XML: markup characters as entities, control characters made visible.
    static func escape(_ raw: String) -> String {
        var result = ""
        for scalar in VisibleText.escaped(raw).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A number with at most two decimals, as SVG reads it.
    private func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Numbers drawn large with block characters, so that a field's number reads from the back of a room.
enum BigDigits {
    /// Each digit as 5 rows of 3 pixels.
    private static let glyphs: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"],
        "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"],
        "3": ["###", "..#", "###", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"],
        "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"],
        "7": ["###", "..#", "..#", "..#", "..#"],
        "8": ["###", "#.#", "###", "#.#", "###"],
        "9": ["###", "#.#", "###", "..#", "###"],
    ]

    /// The pixel rows of a number: digits side by side with one blank pixel between them.
    private static func pixels(_ number: Int) -> [[Bool]] {
        let digits = String(number).compactMap { glyphs[$0] }
        return (0..<5).map { row in
            Array(digits.map { $0[row].map { $0 == "#" } }.joined(separator: [false]))
        }
    }

    /// The number as text rows. Size 1 packs two pixel rows into one text row with half blocks (3 rows high);
    /// size 2 draws each pixel as two full blocks (5 rows high).
    static func rows(_ number: Int, size: Int) -> [String] {
        let pixels = pixels(number)
        if size >= 2 {
            return pixels.map { row in row.map { $0 ? "██" : "  " }.joined() }
        }
        return stride(from: 0, to: pixels.count, by: 2).map { top in
            let bottom = top + 1 < pixels.count ? pixels[top + 1] : pixels[top].map { _ in false }
            return zip(pixels[top], bottom).map { upper, lower in
                switch (upper, lower) {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            }.joined()
        }
    }
}

/// A QR code's modules (true: dark) as a picture for a terminal: half blocks, two rows of modules per line, with a
/// light quiet zone around it. Dark modules are drawn in the foreground, so the lines belong on a light
/// background with dark text (the board's `code` colour), which scans whatever the terminal's theme.
public struct QRPicture: Equatable, Sendable {
    /// The modules, row by row; a square.
    public let modules: [[Bool]]

    /// A picture of these modules.
    public init(modules: [[Bool]]) {
        self.modules = modules
    }

    /// The width of the picture in cells, with a quiet zone of `quiet` modules on each side.
    public func width(quiet: Int) -> Int { modules.count + 2 * quiet }

    /// The picture's lines, with a quiet zone of `quiet` modules on each side.
    public func lines(quiet: Int) -> [String] {
        let size = modules.count, side = size + 2 * quiet
        func dark(_ row: Int, _ column: Int) -> Bool {
            let (r, c) = (row - quiet, column - quiet)
            return r >= 0 && c >= 0 && r < size && c < size && modules[r][c]
        }
        return stride(from: 0, to: side, by: 2).map { row in
            String((0..<side).map { column -> Character in
                switch (dark(row, column), row + 1 < side && dark(row + 1, column)) {
                case (false, false): " "
                case (true, false): "▀"
                case (false, true): "▄"
                case (true, true): "█"
                }
            })
        }
    }
}

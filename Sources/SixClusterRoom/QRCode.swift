import CQRencode

/// A QR code as a square of modules (true: dark), made by libqrencode with medium error correction, so that a
/// code on a projector still scans with a few modules lost.
public struct QRCode: Equatable, Sendable {
    /// The modules, row by row; `size` × `size`.
    public let modules: [[Bool]]

    /// The number of modules per side.
    public var size: Int { modules.count }

    /// The code for `text` (UTF-8, as bytes); nil when it is too long for any QR code.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard let code = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: bytes.count) {
                QRcode_encodeData(Int32(bytes.count), $0, 0, QR_ECLEVEL_M)
            }
        }) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        modules = (0..<width).map { row in
            (0..<width).map { column in code.pointee.data[row * width + column] & 1 == 1 }
        }
    }

    /// The code as text lines of half blocks – two rows of modules per line – with a light quiet zone of `quiet`
    /// modules around it: dark modules are spaces on the light ground, so that it scans whatever the terminal's
    /// colours (the caller draws the lines dark on light).
    public func halfBlockLines(quiet: Int = 2) -> [String] {
        let side = size + 2 * quiet
        func dark(_ row: Int, _ column: Int) -> Bool {
            let (r, c) = (row - quiet, column - quiet)
            return r >= 0 && c >= 0 && r < size && c < size && modules[r][c]
        }
        return stride(from: 0, to: side, by: 2).map { row in
            String((0..<side).map { column -> Character in
                switch (dark(row, column), row + 1 < side && dark(row + 1, column)) {
                case (false, false): "█"
                case (true, false): "▄"
                case (false, true): "▀"
                case (true, true): " "
                }
            })
        }
    }
}

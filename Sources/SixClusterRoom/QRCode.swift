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
}

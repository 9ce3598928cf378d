import Testing
import SixClusterBoard
import SixClusterRoom

@Suite("The room's QR code")
struct QRCodeTests {
    @Test("a join link gives a square code with the three finder patterns in its corners")
    func finders() throws {
        let code = try #require(QRCode("http://192.168.178.24:8080/join?t=0123456789abcdef0123456789abcdef"))
        #expect(code.size >= 21 && (code.size - 17) % 4 == 0, "a QR version's size")
        for (row, column) in [(0, 0), (0, code.size - 7), (code.size - 7, 0)] {
            // A finder: a dark 7×7 ring around a light ring around a dark 3×3 centre.
            for r in 0..<7 {
                for c in 0..<7 {
                    let ring = max(abs(r - 3), abs(c - 3))
                    #expect(code.modules[row + r][column + c] == (ring != 2), "finder at \(row),\(column)")
                }
            }
        }
    }

    @Test("half blocks: two module rows per line, a light quiet zone, dark modules in the foreground")
    func halfBlocks() throws {
        let code = try #require(QRCode("x"))
        let lines = QRPicture(modules: code.modules).lines(quiet: 2)
        #expect(lines.count == (code.size + 4 + 1) / 2)
        #expect(lines.allSatisfy { $0.count == code.size + 4 })
        #expect(lines[0] == String(repeating: " ", count: code.size + 4), "the quiet zone is light")
        // Line 1 holds the code's first two rows; the finder's top-left corner is dark in both.
        #expect(Array(lines[1])[2] == "█" && Array(lines[1])[1] == " ")
        // The finder's light ring: its row 1 is dark at the edge, light inside.
        #expect(Array(lines[1])[3] == "▀", "row 0 dark, row 1 light at column 1 of the finder")
    }
}

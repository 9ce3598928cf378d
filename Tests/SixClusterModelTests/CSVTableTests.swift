import Testing
import SixClusterModel

@Suite("Reading CSV exports")
struct CSVTableTests {
    @Test("quoted cells hold separators, doubled quotes and line breaks; each row knows the line it starts on")
    func quoting() throws {
        let text = "a,b,c\r\n1,\"zwei, drei\",\"sagt \"\"ja\"\"\"\r\n\r\n2,\"über\nzwei Zeilen\",x\r\n3,,\r\n"
        let table = try CSVTable.read(text).get()
        #expect(table.header == ["a", "b", "c"] && table.separator == ",")
        #expect(table.rows.map(\.cells) == [["1", "zwei, drei", "sagt \"ja\""], ["2", "über\nzwei Zeilen", "x"], ["3", "", ""]])
        #expect(table.rows.map(\.line) == [2, 4, 6], "the blank line is left out, the quoted break counted")
    }

    @Test("the separator is the one that cuts every row like the header: semicolon with commas in the text, tab")
    func separators() throws {
        #expect(try CSVTable.read("Frage, mit Komma;F01.2\nrot, blau;grün\n").get().separator == ";")
        #expect(try CSVTable.read("a\tb\n1\t2\n").get().separator == "\t")
        #expect(try CSVTable.read("a,b\n1,2\n").get().separator == ",")
    }

    @Test("what is no table says so, with the line where there is one")
    func problems() {
        #expect(CSVTable.read("") == .failure(CSVTable.Problem(kind: .empty, line: nil)))
        #expect(CSVTable.read("a,b\n\n") == .failure(CSVTable.Problem(kind: .headerOnly, line: 1)))
        #expect(CSVTable.read("a\n1\n\"offen\n") == .failure(CSVTable.Problem(kind: .openQuote, line: 3)))
        #expect(CSVTable.read("a\u{0}b\n1\n") == .failure(CSVTable.Problem(kind: .binary, line: nil)))
    }

    @Test("bytes become text: UTF-8 with or without a byte order mark, UTF-16 both ways, Windows-1252 where UTF-8 fails")
    func decoding() {
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Größe".utf8)) == ("Größe", .utf8))
        #expect(TextDecoding.decode(Array("Größe".utf8)).encoding == .utf8)
        let little: [UInt8] = [0xFF, 0xFE] + "Maß €".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + "Maß €".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoding.decode(little) == ("Maß €", .utf16) && TextDecoding.decode(big) == ("Maß €", .utf16))
        #expect(TextDecoding.decode([0x47, 0x72, 0xF6, 0xDF, 0x65, 0x20, 0x80]) == ("Größe €", .windows1252))
        #expect(TextDecoding.decode(Array("Größe".utf8), as: .windows1252).text == "GrÃ¶ÃŸe", "named, it is read so")
    }
}

import Testing
@testable import SixClusterModel

@Suite("Text: display width, visible control characters, Markdown escaping")
struct TextTests {
    @Test("trimming drops spaces, tabs and other horizontal white space at both ends only",
          arguments: [("  a b\t", "a b"), ("\u{A0}\u{3000}Straße\u{2009}", "Straße"), (" \t ", ""), ("", ""),
                      ("x", "x"), (" \n a \n ", "\n a \n")])
    func trimming(text: String, expected: String) {
        #expect(text.trimmingSpaces == expected)
        #expect(text[...].trimmingSpaces == expected)
    }

    @Test("characters take their real terminal width")
    func widths() {
        #expect(DisplayWidth.of("Straße") == 6)
        #expect(DisplayWidth.of("Ä") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1, "e with a combining accent is one column")
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("🚲") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("ｱ") == 1, "half-width katakana")
        #expect(DisplayWidth.of("Ｗ") == 2, "full-width Latin")
    }

    @Test("fitting pads or cuts to an exact width, never splitting a wide character")
    func fitting() {
        #expect(DisplayWidth.fit("abc", width: 5) == "abc  ")
        #expect(DisplayWidth.fit("abcdef", width: 4) == "abc…")
        #expect(DisplayWidth.fit("漢字漢字", width: 4) == "漢… ")
        #expect(DisplayWidth.of(DisplayWidth.fit("漢字漢字", width: 4)) == 4)
        #expect(DisplayWidth.fit("x", width: 0) == "")
    }

    @Test("the quick answer for common characters agrees with the Unicode tables for every code point it covers")
    func narrowRangesAgreeWithTheTables() {
        for range in DisplayWidth.narrowRanges {
            for value in range.first...range.last {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let character = Character(scalar)
                #expect(DisplayWidth.of(character) == DisplayWidth.measured(character), "U+\(String(value, radix: 16))")
            }
        }
        #expect(DisplayWidth.of("\u{AD}") == 0, "the soft hyphen is left to the tables")
        #expect(DisplayWidth.of("©\u{FE0F}") == 2, "a covered character shown as emoji is left to the tables")
    }

    @Test("a cut text keeps the longest start that leaves a column for …, whatever the characters' widths",
          arguments: ["Straße am Ring", "漢字漢字漢字", "a漢b字c", "🚲🚲 rad", "e\u{301}e\u{301}e\u{301}e\u{301}", "ÄÖÜ漢🚲x"])
    func fittingCutsAtTheLastCharacterThatFits(_ text: String) {
        for width in 1...16 {
            let fitted = DisplayWidth.fit(text, width: width)
            #expect(DisplayWidth.of(fitted) == width, "\(text) at \(width)")
            if DisplayWidth.of(text) <= width {
                #expect(fitted.hasPrefix(text), "\(text) at \(width)")
                continue
            }
            let kept = String(fitted.prefix { $0 != "…" })
            #expect(text.hasPrefix(kept), "\(text) at \(width)")
            let next = text.dropFirst(kept.count).first.map(DisplayWidth.of) ?? 0
            #expect(DisplayWidth.of(kept) + next > width - 1, "\(text) at \(width): one more character would have fitted")
        }
    }

    @Test("control characters and escape sequences become visible stand-ins")
    func visible() {
        #expect(VisibleText.escaped("a\u{1B}[2Jb") == "a^[[2Jb")
        #expect(VisibleText.escaped("bell\u{07}") == "bell^G")
        #expect(VisibleText.escaped("del\u{7F}") == "del^?")
        #expect(VisibleText.escaped("csi\u{9B}31m") == "csi<U+009B>31m")
        #expect(VisibleText.escaped("two\nlines") == "two^Jlines")
        #expect(VisibleText.escaped("two\nlines", keepingNewlines: true) == "two\nlines")
        #expect(VisibleText.escaped("Grüße 漢字") == "Grüße 漢字")
    }

    @Test("Markdown escaping keeps text literal", arguments: [
        ("# x", "\\# x"), ("1. first", "1\\. first"), ("- item", "\\- item"), ("a|b", "a\\|b"),
        ("<script>", "\\<script\\>"), ("[a](b)", "\\[a\\](b)"), ("Preis: 5 €", "Preis: 5 €"), ("  a\nb  ", "a b"),
        ("Visit WWW.Example.com", "Visit WWW\\.Example.com"), ("https://x.y", "https\\://x.y"), ("a@b.c", "a\\@b.c"),
    ])
    func escaping(input: String, expected: String) {
        #expect(MarkdownEscaper.line(input) == expected)
    }

    @Test("a multi-line card becomes hard line breaks inside its list item")
    func blocks() {
        #expect(MarkdownEscaper.block("one\n\n  # two\n3. three", continuationIndent: 2) == "one\\\n  \\# two\\\n  3\\. three")
    }
}

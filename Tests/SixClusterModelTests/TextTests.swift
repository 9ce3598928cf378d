import Testing
@testable import SixClusterModel

@Suite("Text: display width, visible control characters, Markdown escaping")
struct TextTests {
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

import Foundation
import Testing
import SixClusterTestSupport

/// `sixcluster export --format svg`: the board as a poster.
@Suite("The poster (SVG)")
struct PosterExportTests {
    /// A workshop whose cards try to break out of the SVG.
    private func hostileWorkshop() throws -> URL {
        let file = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml", named: "w.yaml")
        let hostile = ["</text><script>alert(1)</script>", "]]> &amp; &lt;tag&gt;", "\"quoted\" 'single' <b>bold</b>",
                       "ESC \u{1B}[31m red", "Kräuter 🌿 漢字"]
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "  - Es gibt noch keinen Konfigurator\n",
                                          with: hostile.map { "  - \"\($0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\u{1B}", with: "\\e"))\"\n" }.joined())
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test("the poster is well-formed SVG with every field number and cluster name as text; hostile cards stay text")
    func wellFormed() throws {
        let file = try hostileWorkshop()
        let run = try CLI.run("export", file.path, "--format", "svg")
        #expect(run.status == 0, "\(run.stderr)")
        let svg = run.stdout
        for number in 1...20 { #expect(svg.contains(">\(number)  "), "field \(number)") }
        for name in ["KUNDE", "DIFFERENZIERUNG", "PRODUKT", "DATEN", "MITARBEITER", "VALUE CHAIN"] { #expect(svg.contains(">\(name)<")) }
        #expect(!svg.contains("<script"), "no element comes from a card")
        #expect(svg.contains("&lt;/text&gt;&lt;script&gt;"))
        #expect(svg.contains("]]&gt;") && svg.contains("&amp;amp;") && svg.contains("&amp;lt;tag&amp;gt;"))
        #expect(!svg.contains("\u{1B}") && svg.contains("ESC ^[[31m red"))
        #expect(svg.contains("Kräuter 🌿 漢字"), "written as itself; the font stack has fallbacks for it")
        #expect(svg.components(separatedBy: "<text").count == svg.components(separatedBy: "</text>").count)
    }

    @Test("xmllint reads the poster of hostile cards without an error", .enabled(if: TestPaths.canRun("xmllint")))
    func xmllint() throws {
        let file = try hostileWorkshop()
        let out = folderFile(file, "poster.svg")
        #expect(try CLI.run("export", file.path, "--format", "svg", "-o", out.path).status == 0)
        let check = try ProgramRun.run(try TestPaths.program("xmllint"), ["--noout", out.path])
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check.stderr)")
    }

    @Test("it renders with rsvg-convert at A3 (420 × 297 mm at 150 dpi) without an error",
          .enabled(if: TestPaths.canRun("rsvg-convert")))
    func renders() throws {
        let rsvg = try TestPaths.program("rsvg-convert")
        let file = try hostileWorkshop()
        let svg = folderFile(file, "poster.svg"), png = folderFile(file, "poster.png")
        #expect(try CLI.run("export", file.path, "--format", "svg", "-o", svg.path).status == 0)
        let run = try ProgramRun.run(rsvg, ["-w", "2480", "-h", "1754", svg.path, "-o", png.path])
        #expect(run.status == 0, "\(run.stderr)")
        let header = try Data(contentsOf: png).prefix(8)
        #expect(header == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    @Test("a field with more cards than fit says how many more")
    func moreCards() throws {
        let file = try TestPaths.copyOfWorkshop("joinery-kitchen-fronts.yaml", named: "w.yaml")
        let cards = (1...40).map { "  - Karte Nummer \($0) mit etwas Text, der umbricht\n" }.joined()
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "- topic: 8\n  name: New technologies\n  ist: []", with: "- topic: 8\n  name: New technologies\n  ist:\n" + cards)
        try Data(text.utf8).write(to: file)
        let svg = try CLI.run("export", file.path, "--format", "svg", "--allow-empty").stdout
        #expect(svg.range(of: #">\+\d+ more<"#, options: .regularExpression) != nil)
        #expect(svg.contains("! EMPTY"), "empty fields are marked in text")
        #expect(svg.contains("~ NO TARGET"))
    }

    private func folderFile(_ file: URL, _ name: String) -> URL {
        file.deletingLastPathComponent().appendingPathComponent(name)
    }
}

@Suite("The report with the poster")
struct BoardImageTests {
    @Test("--board-image writes the poster beside the report, and the report shows it below its title")
    func boardImage() throws {
        let file = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml", named: "w.yaml")
        let folder = file.deletingLastPathComponent()
        let run = try CLI.run("export", file.path, "-o", folder.appendingPathComponent("bericht.md").path,
                              "--board-image", folder.appendingPathComponent("board poster.svg").path)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try String(contentsOf: folder.appendingPathComponent("bericht.md"), encoding: .utf8)
        #expect(report.hasPrefix("# Fahrradhandel – Strategie für das City C 200\n\n![Das Board als Poster](board%20poster.svg)\n\n"))
        let svg = try String(contentsOf: folder.appendingPathComponent("board poster.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
    }
}

@Suite("The report as HTML")
struct HTMLExportTests {
    /// The bicycle workshop with cards that try to break out of the HTML.
    private func hostileWorkshop() throws -> URL {
        let file = try TestPaths.copyOfWorkshop("fahrradhandel-city-c200.yaml", named: "w.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "  - Es gibt noch keinen Konfigurator\n",
                                          with: "  - '</td><script>alert(1)</script> & <b>'\n  - \"ESC \\e[31m\"\n")
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test("one self-contained file: poster first, then the report; strict HTML, no script, nothing from elsewhere; hostile cards stay text")
    func html() throws {
        let file = try hostileWorkshop()
        let run = try CLI.run("export", file.path, "--format", "html")
        #expect(run.status == 0, "\(run.stderr)")
        let html = run.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"))
        #expect(html.range(of: "<section class=\"poster\">\n<svg")!.lowerBound < html.range(of: "<main>")!.lowerBound)
        #expect(!html.contains("<script"), "no script, also none from a card")
        #expect(html.contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("\u{1B}"))
        for external in ["src=\"http", "href=\"http", "@import", "url("] { #expect(!html.contains(external), "\(external)") }
        #expect(html.contains("<table>") && html.contains("<h3>7 Komplexität</h3>"))
        #expect(html.contains("@page poster { size: A4 landscape"), "the poster prints on a landscape page of its own")
        let report = String(html[html.range(of: "<main>")!.lowerBound...])
        #expect(report.contains("Räder über einen Online-Konfigurator individuell zusammenstellen"), "cards are in the report part")
    }

    @Test("a strict HTML parser (html5lib) reads the report of hostile cards without an error",
          .enabled(if: TestPaths.canRun("python3")))
    func strictParser() throws {
        let file = try hostileWorkshop()
        let out = file.deletingLastPathComponent().appendingPathComponent("r.html")
        #expect(try CLI.run("export", file.path, "--format", "html", "-o", out.path).status == 0)
        let check = try ProgramRun.run(try TestPaths.program("python3"), ["-c", """
            import sys
            try:
                import html5lib
            except ImportError:
                sys.exit("html5lib is not installed: `bash .ci/run` installs it")
            html5lib.HTMLParser(strict=True).parse(open(sys.argv[1], 'rb').read())
            """, out.path])
        #expect(check.status == 0, "a strict HTML parser accepts it: \(check.stderr)")
    }
}

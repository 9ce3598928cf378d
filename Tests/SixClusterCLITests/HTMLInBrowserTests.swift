import Foundation
import Testing
import SixClusterModel
import SixClusterTestSupport

/// The HTML export as a browser shows and prints it: headless Chromium renders it to a PNG and prints it to a PDF.
@Suite("The HTML export in a real browser (headless Chromium)",
       .enabled(if: TestPaths.canRun("chromium", "pdftotext", "pdfinfo"),
                "needs chromium and poppler-utils: run `bash .ci/run` or `apt-get install -y chromium poppler-utils`"))
struct HTMLInBrowserTests {
    private let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                         "--hide-scrollbars", "--allow-file-access-from-files"]

    /// The bicycle workshop exported as HTML into a fresh folder.
    private func export() throws -> URL {
        let html = try TestPaths.temporaryFolder().appendingPathComponent("rad.html")
        let run = try CLI.run("export", CLI.shipped("fahrradhandel-city-c200.yaml"), "--format", "html", "-o", html.path)
        #expect(run.status == 0, "\(run.stderr)")
        return html
    }

    private func browser(_ arguments: [String]) throws -> ProgramRun {
        let profile = try TestPaths.temporaryFolder()
        return try ProgramRun.run(try TestPaths.program("chromium"), flags + ["--user-data-dir=" + profile.path] + arguments)
    }

    @Test("rendered to a PNG at A4 width")
    func png() throws {
        let html = try export()
        let png = html.deletingPathExtension().appendingPathExtension("png")
        _ = try browser(["--screenshot=" + png.path, "--window-size=1240,1754", html.absoluteString])
        let bytes = try [UInt8](Data(contentsOf: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1240)
        #expect(bytes.count > 50_000, "a picture, not a blank page (\(bytes.count) bytes)")
    }

    /// The HTML printed to a PDF beside it, as the browser's "print to PDF" does.
    private func printed(_ html: URL) throws -> URL {
        let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
        _ = try browser(["--print-to-pdf=" + pdf.path, "--no-pdf-header-footer", html.absoluteString])
        return pdf
    }

    @Test("printed to a PDF: the poster on a landscape page, the report on portrait A4 pages, every card in its text")
    func pdf() throws {
        let html = try export()
        let pdf = try printed(html)
        let info = try ProgramRun.run(try TestPaths.program("pdfinfo"), ["-f", "1", "-l", "2", pdf.path]).stdout
        let lines = info.split(separator: "\n")
        /// A page's width and height in points, from `Page    N size:  841.92 x 594.96 pts (A4)`.
        func size(_ page: Int) -> (Double, Double)? {
            guard let line = lines.first(where: { $0.hasPrefix("Page") && $0.contains(" \(page) size:") }) else { return nil }
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            return numbers.count >= 3 ? (numbers[1], numbers[2]) : nil
        }
        let first = try #require(size(1)), second = try #require(size(2))
        #expect(abs(first.0 - 842) < 2 && abs(first.1 - 595) < 2, "page 1 is A4 landscape:\n\(info)")
        #expect(abs(second.0 - 595) < 2 && abs(second.1 - 842) < 2, "page 2 is A4 portrait:\n\(info)")
        let pages = lines.first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 4, "the poster and the report's pages (\(pages))")
        let text = try ProgramRun.run(try TestPaths.program("pdftotext"), ["-enc", "UTF-8", pdf.path, "-"]).stdout
        let squeezed = text.filter { !$0.isWhitespace }
        let file = CLI.shipped("fahrradhandel-city-c200.yaml")
        let workshop = try WorkshopFiles.read(URL(fileURLWithPath: file), language: .de)
        for field in workshop.fields {
            for card in field.ist + field.soll {
                #expect(squeezed.contains(card.text.filter { !$0.isWhitespace }), "“\(card.text)” is in the PDF's text")
            }
        }
    }

    @Test("the interview guide printed: A4 portrait pages, every chosen question with its code, no other field")
    func surveyGuide() throws {
        let html = try TestPaths.temporaryFolder().appendingPathComponent("leitfaden.html")
        let run = try CLI.run("survey", CLI.shipped("fahrradhandel-city-c200.yaml"), "--fields", "1-3,7", "-o", html.path)
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = try printed(html)
        let info = try ProgramRun.run(try TestPaths.program("pdfinfo"), [pdf.path]).stdout
        #expect(info.contains("594.96 x 841.92 pts (A4)"), "A4 portrait:\n\(info)")
        let text = try ProgramRun.run(try TestPaths.program("pdftotext"), ["-enc", "UTF-8", pdf.path, "-"]).stdout
        for code in ["F01.1", "F02.1", "F03.1", "F07.1", "Notizen"] {
            #expect(text.contains(code), "\(code) printed")
        }
        #expect(!text.contains("F04.1") && !text.contains("F08.1"))
    }

    /// The words of a printed page with their boxes in points, as `pdftotext -bbox` gives them.
    private func words(_ pdf: URL, page: Int) throws -> [(text: String, x0: Double, y0: Double, x1: Double, y1: Double)] {
        let out = try TestPaths.temporaryFolder().appendingPathComponent("bbox.html")
        _ = try ProgramRun.run(try TestPaths.program("pdftotext"), ["-f", "\(page)", "-l", "\(page)", "-bbox", pdf.path, out.path])
        let text = try String(contentsOf: out, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let part = { (i: Int) in String(text[Range(match.range(at: i), in: text)!]) }
            return (part(5), Double(part(1))!, Double(part(2))!, Double(part(3))!, Double(part(4))!)
        }
    }

    @Test("printed, the poster fills its landscape page and its smallest text is 6 pt or more; the action plan's table gets landscape pages")
    func posterReadableOnPaper() throws {
        let pdf = try printed(try export())
        // The page number in the margin is no part of the poster.
        let poster = try words(pdf, page: 1).filter { $0.y1 < 575 }
        #expect(poster.count > 300, "the poster's words are text in the PDF")
        let left = poster.map(\.x0).min() ?? 0, right = poster.map(\.x1).max() ?? 0
        let bottom = poster.map(\.y1).max() ?? 0
        #expect(right - left > 0.88 * 842, "across the page: \(left)…\(right) of 842 pt")
        #expect(bottom > 0.85 * 595, "down the page: lowest text at \(bottom) of 595 pt")
        // A word's box is about 1.16 times its font size (DejaVu Sans); 6 pt gives 6.96 pt.
        let smallest = poster.map { $0.y1 - $0.y0 }.min() ?? 0
        #expect(smallest >= 6.9, "the smallest text is \(smallest / 1.16) pt")
        #expect(poster.contains { $0.text == "weitere" }, "a field with more than fits says “+N weitere”")
        let info = try ProgramRun.run(try TestPaths.program("pdfinfo"), ["-f", "1", "-l", "40", pdf.path]).stdout
        let text = try ProgramRun.run(try TestPaths.program("pdftotext"), ["-enc", "UTF-8", pdf.path, "-"]).stdout
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        let planPage = try #require(pages.firstIndex { $0.contains("Ziele nach Priorität und Stimmen") }) + 1
        let sizeLine = info.split(separator: "\n").first { $0.hasPrefix("Page") && $0.contains(" \(planPage) size:") }
        #expect(sizeLine?.contains("841.92 x 594.96") == true, "the action plan's table is on a landscape page (page \(planPage)):\n\(info)")
        // The target column gets the room.
        let plan = try words(pdf, page: planPage)
        let at = try #require(plan.indices.first { plan[$0].text == "zu" && plan.indices.contains($0 + 1) && plan[$0 + 1].text == "(Soll)" })
        let header = plan[at]
        let next = try #require(plan.first { $0.text == "Stimmen" && abs($0.y0 - header.y0) < 3 })
        #expect(next.x0 - header.x0 > 0.22 * 842, "the Soll column is wide: \(next.x0 - header.x0) pt")
    }

    @Test("printed, no page ends with a heading or with the line that introduces a list or a table; pages are numbered")
    func keptWithWhatFollows() throws {
        let html = try export()
        let pdf = try printed(html)
        let kept = try Self.keptWithNext(in: String(contentsOf: html, encoding: .utf8))
        #expect(kept.contains("Ist (Ausgangssituation)") && kept.count > 25, "headings and labels found: \(kept.count)")
        let text = try ProgramRun.run(try TestPaths.program("pdftotext"), ["-enc", "UTF-8", pdf.path, "-"]).stdout
        let pages = text.split(separator: "\u{0C}").map { page in
            page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(pages.count >= 4)
        for (index, lines) in pages.enumerated().dropFirst() {
            #expect(lines.last == "\(index + 1)", "page \(index + 1) carries its number at the bottom")
            let last = lines.dropLast().last ?? ""
            #expect(!kept.contains(last), "page \(index + 1) ends with “\(last)”")
        }
    }

    /// The texts of the report's headings and of the paragraphs right before a list or a table.
    private static func keptWithNext(in html: String) throws -> Set<String> {
        let patterns = [#"<h[1-6][^>]*>(.*?)</h[1-6]>"#, #"<p>(.*?)</p>\n<(?:ul|ol|table)"#]
        var texts: Set<String> = []
        for pattern in patterns {
            for match in html.matches(of: try Regex<(Substring, Substring)>(pattern)) {
                let plain = match.output.1.replacing(try Regex<Substring>("<[^>]+>"), with: "")
                texts.insert(plain.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&"))
            }
        }
        return texts
    }

    @Test("no card's box overflows: measured in the browser by a script added only for this test")
    func noOverflow() throws {
        let html = try export()
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(!page.contains("<script"), "the export itself has no script")
        let probe = html.deletingLastPathComponent().appendingPathComponent("probe.html")
        try page.replacingOccurrences(of: "</body>", with: Self.measuring + "</body>").write(to: probe, atomically: true, encoding: .utf8)
        let dom = try browser(["--virtual-time-budget=3000", "--window-size=1240,1754", "--dump-dom", probe.absoluteString]).stdout
        let result = try #require(dom.range(of: "OVERFLOW[", options: .backwards).map { dom[$0.upperBound...].prefix { $0 != "]" } },
                                  "the script ran:\n\(dom.suffix(500))")
        let parts = result.split(separator: ";", omittingEmptySubsequences: false)
        #expect(parts.first.flatMap { Int($0) } ?? 0 > 50, "notes and cells were measured: \(result)")
        #expect(parts.dropFirst().joined(separator: ";").isEmpty, "boxes that overflow: \(result)")
    }

    /// Measures every sticky note of the poster (its text lines inside its rectangle) and every cell, list item and
    /// paragraph of the report (no content wider than its box); writes `OVERFLOW[count;problems]` into the page.
    private static let measuring = """
    <script>
    const problems = []; let measured = 0;
    const notes = [...document.querySelectorAll('svg rect')].filter(r => ['#fff4b3', '#d9f2dd'].includes(r.getAttribute('fill')));
    for (const note of notes) {
      const box = note.getBBox(); measured++;
      let next = note.nextElementSibling;
      // The note's lines follow its rectangle; a bold line after them ("+2 more") belongs to the column.
      while (next && next.tagName === 'text' && next.getAttribute('font-weight') !== 'bold') {
        const t = next.getBBox();
        if (t.x < box.x - 0.5 || t.x + t.width > box.x + box.width + 0.5 || t.y < box.y - 0.5 || t.y + t.height > box.y + box.height + 1)
          problems.push('note: ' + next.textContent);
        next = next.nextElementSibling;
      }
    }
    for (const element of document.querySelectorAll('td, th, li, p')) {
      measured++;
      if (element.scrollWidth > element.clientWidth + 1) problems.push(element.tagName + ': ' + element.textContent.slice(0, 60));
    }
    const out = document.createElement('pre');
    out.textContent = 'OVERFLOW[' + measured + ';' + problems.join(' | ') + ']';
    document.body.appendChild(out);
    </script>
    """
}

import Testing
@testable import SixClusterModel

@Suite("Export formats")
struct ExportFormatTests {
    @Test("a path's ending names the format; switching formats swaps the ending, or adds one")
    func endings() {
        #expect(ExportFormat(path: "a/Bericht.HTML") == .html)
        #expect(ExportFormat(path: "poster.svg") == .svg)
        #expect(ExportFormat(path: "bericht") == .md)
        #expect(ExportFormat.svg.path(from: "out/rad.md") == "out/rad.svg")
        #expect(ExportFormat.md.path(from: "out/rad.htm") == "out/rad.md")
        #expect(ExportFormat.html.path(from: "out/rad") == "out/rad.html")
        #expect(ExportFormat.allCases.map(\.next) == [.html, .md, .svg])
    }

    @Test("each format renders what its name says")
    func renders() {
        let workshop = Workshop(metadata: WorkshopMetadata(title: "Rad", language: .de))
        #expect(ExportFormat.md.render(workshop, language: .de).hasPrefix("# Rad"))
        #expect(ExportFormat.svg.render(workshop, language: .de).contains("<svg"))
        #expect(ExportFormat.html.render(workshop, language: .de).hasPrefix("<!DOCTYPE html>"))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCmarkGFM
import Dispatch

/// Turns the report's Markdown into HTML through the system's cmark-gfm (the reference renderer of GitHub-flavoured
/// Markdown, with its table extension). Raw HTML in the Markdown is not passed through (cmark-gfm's safe default),
/// so escaping stays in `MarkdownWriter`.
enum HTMLRenderer {
    /// Blocks written per piece when the Markdown is written and parsed side by side.
    private static let blocksPerPiece = 24

    /// The HTML of a document (a fragment: the body's content). `MarkdownWriter` writes it piece by piece on a
    /// second thread while cmark-gfm's parser, which takes its input in pieces, reads each piece as soon as it is
    /// written; the text it sees is the same as `MarkdownWriter.write(document)`.
    static func html(_ document: ReportDocument) -> String {
        let blocks = document.blocks
        let count = (blocks.count + blocksPerPiece - 1) / blocksPerPiece
        guard count > 1 else { return html(MarkdownWriter.write(document)) }
        var pieces = [String](repeating: "", count: count)
        let written = DispatchSemaphore(value: 0)
        return pieces.withUnsafeMutableBufferPointer { buffer in
            // The writer fills each slot once and signals; the parser reads a slot only after its signal.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.global(qos: .userInitiated).async {
                for index in 0..<count {
                    let range = index * blocksPerPiece..<min(blocks.count, (index + 1) * blocksPerPiece)
                    // Blocks are separated by a blank line, also where one piece ends and the next begins.
                    slots[index] = (index > 0 ? "\n" : "") + MarkdownWriter.write(ReportDocument(Array(blocks[range])))
                    written.signal()
                }
            }
            return render { feed in
                for index in 0..<count {
                    written.wait()
                    feed(slots[index])
                }
            }
        }
    }

    /// The HTML of a Markdown text (a fragment: the body's content).
    static func html(_ markdown: String) -> String {
        render { feed in feed(markdown) }
    }

    /// Parses what `input` feeds and renders it.
    private static func render(_ input: ((String) -> Void) -> Void) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") { cmark_parser_attach_syntax_extension(parser, table) }
        input { text in
            var text = text
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
                }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

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
    /// cmark-gfm registers its extensions with a plain flag and aborts when two threads register at once: a
    /// static constant is set up exactly once, whichever thread comes first. Parsing with only the table extension
    /// touches no other shared state, so pieces can be rendered side by side.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Blocks per piece, at least: a piece ends before the first heading after that many blocks.
    private static let blocksPerPiece = 24

    /// The HTML of a document (a fragment: the body's content). The document is cut into pieces before headings –
    /// in Markdown a heading ends whatever block stands before it, so each piece parses on its own as it would in
    /// the whole text – and both processors write and render the pieces, the heaviest (the action plan's table)
    /// first. The result is the same as `html(MarkdownWriter.write(document))`.
    static func html(_ document: ReportDocument) -> String {
        let pieces = pieces(of: document.blocks)
        guard pieces.count > 1 else { return html(MarkdownWriter.write(document)) }
        let order = pieces.indices.sorted { weight(pieces[$0]) > weight(pieces[$1]) }
        var rendered = [String](repeating: "", count: pieces.count)
        rendered.withUnsafeMutableBufferPointer { buffer in
            // Each slot is written by exactly one iteration.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: order.count) { turn in
                let index = order[turn]
                slots[index] = html(MarkdownWriter.write(ReportDocument(Array(pieces[index]))))
            }
        }
        return rendered.joined()
    }

    /// The blocks cut before headings into pieces of at least `blocksPerPiece` blocks; a table closes its piece.
    private static func pieces(of blocks: [ReportBlock]) -> [ArraySlice<ReportBlock>] {
        var pieces: [ArraySlice<ReportBlock>] = []
        var start = blocks.startIndex
        for index in blocks.indices where index > start {
            if case .heading = blocks[index], index - start >= blocksPerPiece || isTable(blocks[index - 1]) {
                pieces.append(blocks[start..<index])
                start = index
            }
        }
        pieces.append(blocks[start...])
        return pieces
    }

    private static func isTable(_ block: ReportBlock) -> Bool {
        if case .table = block { true } else { false }
    }

    /// A rough measure of a piece's work: its blocks, a table's rows and a list's items.
    private static func weight(_ piece: ArraySlice<ReportBlock>) -> Int {
        piece.reduce(0) { sum, block in
            switch block {
            case .table(let table): sum + 1 + table.rows.count
            case .list(_, let items): sum + 1 + items.count
            default: sum + 1
            }
        }
    }

    /// The HTML of a Markdown text (a fragment: the body's content).
    static func html(_ markdown: String) -> String {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") { cmark_parser_attach_syntax_extension(parser, table) }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

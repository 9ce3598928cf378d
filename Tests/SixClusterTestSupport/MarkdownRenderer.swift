import Foundation

/// Renders Markdown to HTML with cmark-gfm (GitHub's extensions on, raw HTML allowed through, so that only
/// the report's own escaping keeps card text harmless).
public enum MarkdownRenderer {
    /// The HTML cmark-gfm makes of a Markdown text.
    public static func html(_ markdown: String) throws -> String {
        let run = try ProgramRun.run(try TestPaths.program("cmark-gfm"), ["--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough",
                                             "-e", "tagfilter", "-e", "tasklist"], input: markdown)
        return run.stdout
    }

    /// How often a string occurs in a text.
    public static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}

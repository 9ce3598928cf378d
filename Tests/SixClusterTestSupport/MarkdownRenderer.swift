import Foundation

/// Renders Markdown to HTML with cmark-gfm (GitHub's extensions on, raw HTML allowed through, so that only
/// the report's own escaping keeps card text harmless).
public enum MarkdownRenderer {
    /// cmark-gfm is not installed.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "cmark-gfm is not installed: run `bash .ci/run` or `apt-get install -y cmark-gfm`" }
    }

    /// The HTML cmark-gfm makes of a Markdown text.
    public static func html(_ markdown: String) throws -> String {
        guard let cmark = TestPaths.installed("cmark-gfm") else { throw Missing() }
        let run = try ProgramRun.run(cmark, ["--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough",
                                             "-e", "tagfilter", "-e", "tasklist"], input: markdown)
        return run.stdout
    }

    /// How often a string occurs in a text.
    public static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}

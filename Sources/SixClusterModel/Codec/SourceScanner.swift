/// Reads a file's YAML text without parsing it, for what a YAML library cannot tell or should not meet: where
/// the comments are (the library drops them, so an editor must warn before a save), where an alias (`*name`) is,
/// and whether brackets or list dashes nest too deeply (both can make a parser's work explode, so they are refused
/// before parsing).
///
/// A `#` starts a comment when it stands at the start of a line or after a space or tab, outside a quoted
/// scalar and outside a block scalar (`|`, `>`); a `*` at the start of a node starts an alias.
enum SourceScanner {
    /// What the scan found.
    struct Findings {
        /// The 1-based numbers of the lines that hold a comment.
        var commentLines: [Int] = []
        /// The line and column (1-based) of the first alias, if any.
        var firstAlias: (line: Int, column: Int)?
        /// The first line at which flow brackets or compact list dashes nest deeper than the format allows.
        var firstTooDeepLine: Int?
    }

    static func scan(_ text: String) -> Findings {
        var scanner = Scanner()
        var findings = Findings()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let result = scanner.scan(Array(line.unicodeScalars))
            if result.comment { findings.commentLines.append(index + 1) }
            if findings.firstTooDeepLine == nil, scanner.tooDeep { findings.firstTooDeepLine = index + 1 }
            if findings.firstAlias == nil, let column = result.aliasColumn { findings.firstAlias = (index + 1, column + 1) }
        }
        return findings
    }

    private struct Scanner {
        /// The quote character of a quoted scalar that continues on the next line.
        var openQuote: Unicode.Scalar?
        /// While inside a block scalar: content lines are blank or indented more than this.
        var blockParentIndent: Int?
        /// How deep the scanner is inside flow collections (`[…]`, `{…}`).
        var flowDepth = 0
        /// Whether nesting went past `WorkshopFormat.maximumNesting` (deep nesting could exhaust a parser's stack).
        var tooDeep = false

        /// Scans one line: whether it holds a comment, and where its first alias starts.
        mutating func scan(_ line: [Unicode.Scalar]) -> (comment: Bool, aliasColumn: Int?) {
            var alias: Int?
            let comment = scanLine(line) { column in alias = alias ?? column }
            return (comment, alias)
        }

        private mutating func scanLine(_ line: [Unicode.Scalar], alias: (Int) -> Void) -> Bool {
            let indent = line.prefix { $0 == " " }.count
            if let parent = blockParentIndent {
                let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
                if blank || indent > parent { return false }
                blockParentIndent = nil
            }
            var i = 0
            if let quote = openQuote {
                guard let end = closingQuote(quote, in: line, from: 0) else { return false }
                openQuote = nil
                i = end + 1
            }
            var atNodeStart = i == 0
            var nodeColumn = indent
            var indicators = 0
            while i < line.count {
                let c = line[i]
                let next: Unicode.Scalar? = i + 1 < line.count ? line[i + 1] : nil
                let afterBlank = i == 0 || line[i - 1] == " " || line[i - 1] == "\t"
                let isIndicator = next == nil || next == " " || next == "\t"
                if c == "#" && afterBlank {
                    return true
                } else if c == " " || c == "\t" {
                    // Blanks keep the current state.
                } else if (c == "\"" || c == "'") && atNodeStart {
                    guard let end = closingQuote(c, in: line, from: i + 1) else {
                        openQuote = c
                        return false
                    }
                    i = end
                    atNodeStart = false
                } else if (c == "&" || c == "!") && atNodeStart {
                    // An anchor or a tag comes before its node: the node still starts after it.
                    while i + 1 < line.count && line[i + 1] != " " && line[i + 1] != "\t" { i += 1 }
                } else if c == "*" && atNodeStart {
                    alias(i)
                    atNodeStart = false
                } else if (c == "|" || c == ">") && atNodeStart {
                    blockParentIndent = nodeColumn
                    atNodeStart = false
                } else if (c == "-" || c == "?") && isIndicator && atNodeStart {
                    nodeColumn = i
                    indicators += 1
                    if indicators > WorkshopFormat.maximumNesting { tooDeep = true }
                } else if c == ":" && isIndicator {
                    atNodeStart = true
                } else if (c == "[" || c == "{") && (atNodeStart || flowDepth > 0) {
                    flowDepth += 1
                    if flowDepth > WorkshopFormat.maximumNesting { tooDeep = true }
                    atNodeStart = true
                } else if (c == "]" || c == "}") && flowDepth > 0 {
                    flowDepth -= 1
                } else if c == "," && flowDepth > 0 {
                    atNodeStart = true
                } else {
                    if atNodeStart { nodeColumn = i }
                    atNodeStart = false
                }
                i += 1
            }
            return false
        }

        /// The index of the quote that closes a quoted scalar opened before `start`, if it is on this line.
        private func closingQuote(_ quote: Unicode.Scalar, in line: [Unicode.Scalar], from start: Int) -> Int? {
            var i = start
            while i < line.count {
                if quote == "\"" && line[i] == "\\" {
                    i += 2
                    continue
                }
                if line[i] == quote {
                    if quote == "'" && i + 1 < line.count && line[i + 1] == "'" {
                        i += 2
                        continue
                    }
                    return i
                }
                i += 1
            }
            return nil
        }
    }
}

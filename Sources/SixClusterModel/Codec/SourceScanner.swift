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
        var copy = text
        return copy.withUTF8 { scan(bytes: $0) }
    }

    /// Scans the text's UTF-8 bytes line by line: every character the scan looks for is ASCII, and no line is
    /// copied. Columns are counted in characters (Unicode scalars), as an editor shows them.
    private static func scan(bytes: UnsafeBufferPointer<UInt8>) -> Findings {
        var scanner = Scanner()
        var findings = Findings()
        var start = 0
        var number = 1
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let result = scanner.scan(line)
            if result.comment { findings.commentLines.append(number) }
            if findings.firstTooDeepLine == nil, scanner.tooDeep { findings.firstTooDeepLine = number }
            if findings.firstAlias == nil, let index = result.aliasIndex {
                findings.firstAlias = (number, Scanner.column(of: index, in: line) + 1)
            }
            start = end + 1
            number += 1
        }
        return findings
    }

    private struct Scanner {
        typealias Line = UnsafeBufferPointer<UInt8>

        /// The quote character of a quoted scalar that continues on the next line.
        var openQuote: UInt8?
        /// While inside a block scalar: content lines are blank or indented more than this (in characters).
        var blockParentIndent: Int?
        /// How deep the scanner is inside flow collections (`[…]`, `{…}`).
        var flowDepth = 0
        /// Whether nesting went past `WorkshopFormat.maximumNesting` (deep nesting could exhaust a parser's stack).
        var tooDeep = false

        /// The 0-based character column of a byte index: the bytes before it that start a character.
        static func column(of index: Int, in line: Line) -> Int {
            var column = 0
            for byte in line[..<index] where byte & 0xC0 != 0x80 { column += 1 }
            return column
        }

        /// Scans one line: whether it holds a comment, and the byte index of its first alias.
        mutating func scan(_ line: Line) -> (comment: Bool, aliasIndex: Int?) {
            var alias: Int?
            let comment = scanLine(line) { index in alias = alias ?? index }
            return (comment, alias)
        }

        private mutating func scanLine(_ line: Line, alias: (Int) -> Void) -> Bool {
            let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
            let indent = line.prefix { $0 == space }.count
            if let parent = blockParentIndent {
                let blank = line.allSatisfy { $0 == space || $0 == tab }
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
            var nodeIndex = indent
            var indicators = 0
            while i < line.count {
                let c = line[i]
                let next: UInt8? = i + 1 < line.count ? line[i + 1] : nil
                let afterBlank = i == 0 || line[i - 1] == space || line[i - 1] == tab
                let isIndicator = next == nil || next == space || next == tab
                if c == UInt8(ascii: "#") && afterBlank {
                    return true
                } else if c == space || c == tab {
                    // Blanks keep the current state.
                } else if (c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")) && atNodeStart {
                    guard let end = closingQuote(c, in: line, from: i + 1) else {
                        openQuote = c
                        return false
                    }
                    i = end
                    atNodeStart = false
                } else if (c == UInt8(ascii: "&") || c == UInt8(ascii: "!")) && atNodeStart {
                    // An anchor or a tag comes before its node: the node still starts after it.
                    while i + 1 < line.count && line[i + 1] != space && line[i + 1] != tab { i += 1 }
                } else if c == UInt8(ascii: "*") && atNodeStart {
                    alias(i)
                    atNodeStart = false
                } else if (c == UInt8(ascii: "|") || c == UInt8(ascii: ">")) && atNodeStart {
                    blockParentIndent = Self.column(of: nodeIndex, in: line)
                    atNodeStart = false
                } else if (c == UInt8(ascii: "-") || c == UInt8(ascii: "?")) && isIndicator && atNodeStart {
                    nodeIndex = i
                    indicators += 1
                    if indicators > WorkshopFormat.maximumNesting { tooDeep = true }
                } else if c == UInt8(ascii: ":") && isIndicator {
                    atNodeStart = true
                } else if (c == UInt8(ascii: "[") || c == UInt8(ascii: "{")) && (atNodeStart || flowDepth > 0) {
                    flowDepth += 1
                    if flowDepth > WorkshopFormat.maximumNesting { tooDeep = true }
                    atNodeStart = true
                } else if (c == UInt8(ascii: "]") || c == UInt8(ascii: "}")) && flowDepth > 0 {
                    flowDepth -= 1
                } else if c == UInt8(ascii: ",") && flowDepth > 0 {
                    atNodeStart = true
                } else {
                    if atNodeStart { nodeIndex = i }
                    atNodeStart = false
                }
                i += 1
            }
            return false
        }

        /// The index of the quote that closes a quoted scalar opened before `start`, if it is on this line.
        private func closingQuote(_ quote: UInt8, in line: Line, from start: Int) -> Int? {
            var i = start
            while i < line.count {
                if quote == UInt8(ascii: "\"") && line[i] == UInt8(ascii: "\\") {
                    i += 2
                    continue
                }
                if line[i] == quote {
                    if quote == UInt8(ascii: "'") && i + 1 < line.count && line[i + 1] == quote {
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

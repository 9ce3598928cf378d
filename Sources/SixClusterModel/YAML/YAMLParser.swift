import CLibYAML

/// Reads YAML text into a tree of `YAMLNode`s with libyaml's event parser. The tree is built without recursion,
/// so deep nesting costs memory, not stack.
enum YAMLParser {
    /// The single document of `text`, or nil when the text holds none.
    static func parse(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        var text = text
        var outcome: Outcome = .failed(.outOfMemory)
        text.withUTF8 { bytes in outcome = parse(bytes) }
        switch outcome {
        case .parsed(let root): return root
        case .failed(let error): throw error
        }
    }

    private enum Outcome {
        case parsed(YAMLNode?)
        case failed(YAMLSyntaxError)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .failed(.outOfMemory) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var tree = YAMLTreeBuilder()
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failed(error(of: parser, in: bytes)) }
            defer { yaml_event_delete(&event) }
            let line = event.start_mark.line + 1, column = event.start_mark.column + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .parsed(tree.root)
            case YAML_DOCUMENT_START_EVENT where tree.root != nil:
                return .failed(.secondDocument(line: line, column: column))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
                                   as: UTF8.self)
                tree.add(YAMLNode(.scalar(value, style(scalar.style)), anchor: string(scalar.anchor),
                                  line: line, column: column))
            case YAML_ALIAS_EVENT:
                tree.add(YAMLNode(.alias(string(event.data.alias.anchor) ?? ""), anchor: nil,
                                  line: line, column: column))
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                tree.open(.sequence(flow: start.style == YAML_FLOW_SEQUENCE_STYLE), anchor: string(start.anchor),
                          line: line, column: column)
            case YAML_MAPPING_START_EVENT:
                tree.open(.mapping, anchor: string(event.data.mapping_start.anchor), line: line, column: column)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let duplicate = tree.close() { return .failed(duplicate) }
            default:
                continue
            }
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// The parser's error with its place. libyaml places reader errors (bad characters) by byte offset only.
    private static func error(of parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLSyntaxError {
        guard parser.error != YAML_MEMORY_ERROR else { return .outOfMemory }
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable"
        if parser.error == YAML_READER_ERROR {
            let place = position(ofByte: parser.problem_offset, in: bytes)
            let character = parser.problem_value >= 0 ? "U+" + HexDigits.of(parser.problem_value, width: 4) : nil
            return .malformed(problem: problem, context: character, line: place.line, column: place.column)
        }
        return .malformed(problem: problem, context: parser.context.map { String(cString: $0) },
                          line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
    }

    /// The line and column (1-based, in Unicode scalars) of a byte offset.
    private static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}

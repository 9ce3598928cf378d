import CLibYAML

/// Writes a node tree as YAML text with libyaml's emitter: two-space indent, long lines left whole, every
/// character written as itself (no `\u` escapes for umlauts), LF line ends. Anchors are not written.
enum YAMLEmitter {
    /// Why the text could not be written.
    struct Failure: Error, CustomStringConvertible {
        /// libyaml's description.
        var description: String
    }

    /// The YAML text of a one-document stream holding `root`.
    static func text(of root: YAMLNode) throws(Failure) -> String {
        var emitter = yaml_emitter_t()
        guard yaml_emitter_initialize(&emitter) == 1 else { throw Failure(description: "out of memory") }
        defer { yaml_emitter_delete(&emitter) }
        let output = Output()
        yaml_emitter_set_output(&emitter, { context, bytes, count in
            guard let context, let bytes else { return 0 }
            Unmanaged<Output>.fromOpaque(context).takeUnretainedValue().bytes
                .append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
            return 1
        }, Unmanaged.passUnretained(output).toOpaque())
        yaml_emitter_set_indent(&emitter, 2)
        yaml_emitter_set_width(&emitter, -1)
        yaml_emitter_set_unicode(&emitter, 1)
        yaml_emitter_set_break(&emitter, YAML_LN_BREAK)
        let placeholders = AstralPlaceholders(for: root)

        var event = yaml_event_t()
        yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
        try emit(&event, with: &emitter)
        yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
        try emit(&event, with: &emitter)
        try emit(root, with: &emitter, placeholders)
        yaml_document_end_event_initialize(&event, 1)
        try emit(&event, with: &emitter)
        yaml_stream_end_event_initialize(&event)
        try emit(&event, with: &emitter)
        return placeholders.restore(withExtendedLifetime(output) { String(decoding: output.bytes, as: UTF8.self) })
    }

    /// Collects what the emitter writes.
    private final class Output {
        var bytes: [UInt8] = []
    }

    private static func emit(_ node: YAMLNode, with emitter: inout yaml_emitter_t,
                             _ placeholders: AstralPlaceholders) throws(Failure) {
        var event = yaml_event_t()
        switch node.content {
        case .scalar(let text, let style):
            var value = Array(placeholders.hide(text).utf8)
            value.withUnsafeMutableBufferPointer { value in
                _ = yaml_scalar_event_initialize(&event, nil, nil, value.baseAddress, Int32(value.count), 1, 1,
                                                 scalarStyle(style))
            }
            try emit(&event, with: &emitter)
        case .sequence(let items, let flow):
            yaml_sequence_start_event_initialize(&event, nil, nil, 1,
                                                 flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE)
            try emit(&event, with: &emitter)
            for item in items { try emit(item, with: &emitter, placeholders) }
            yaml_sequence_end_event_initialize(&event)
            try emit(&event, with: &emitter)
        case .mapping(let pairs):
            yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE)
            try emit(&event, with: &emitter)
            for (key, value) in pairs {
                try emit(key, with: &emitter, placeholders)
                try emit(value, with: &emitter, placeholders)
            }
            yaml_mapping_end_event_initialize(&event)
            try emit(&event, with: &emitter)
        case .alias(let anchor):
            throw Failure(description: "alias *\(anchor) cannot be written")
        }
    }

    /// Hands an event to the emitter, which takes it over.
    private static func emit(_ event: inout yaml_event_t, with emitter: inout yaml_emitter_t) throws(Failure) {
        guard yaml_emitter_emit(&emitter, &event) == 1 else {
            throw Failure(description: emitter.problem.map { String(cString: $0) } ?? "cannot write YAML")
        }
    }

    private static func scalarStyle(_ style: YAMLNode.ScalarStyle) -> yaml_scalar_style_t {
        switch style {
        case .plain: return YAML_ANY_SCALAR_STYLE
        case .singleQuoted: return YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .doubleQuoted: return YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: return YAML_LITERAL_SCALAR_STYLE
        case .folded: return YAML_FOLDED_SCALAR_STYLE
        }
    }
}

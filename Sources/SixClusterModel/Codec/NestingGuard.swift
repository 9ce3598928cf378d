/// Refuses text nested so deeply (`[[[[…`, `- - - - …`) that parsing it could exhaust the stack.
enum NestingGuard {
    /// The first line at which flow brackets or compact list dashes nest deeper than the format allows.
    static func firstTooDeepLine(in text: String) -> Int? {
        let limit = WorkshopFormat.maximumNesting
        var flowDepth = 0
        var line = 1
        var atLineStart = true
        var dashes = 0
        var previous: UInt8 = 0x0A
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                atLineStart = true
                dashes = 0
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                atLineStart = false
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
                atLineStart = false
            case UInt8(ascii: "-"), UInt8(ascii: "?"):
                if atLineStart && (previous == UInt8(ascii: " ") || previous == 0x0A) { dashes += 1 } else { atLineStart = false }
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                break
            default:
                atLineStart = false
            }
            previous = byte
            if flowDepth > limit || dashes > limit { return line }
        }
        return nil
    }
}

/// Counts, shares and figures as a German or an English reader writes them: `3.000` / `3,000`, `36,1 %` / `36.1%`,
/// `0,86` / `0.86`.
struct OrderNumbers {
    let language: Language

    /// A whole number with thousands grouped.
    func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped += language == .de ? "." : "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A share (0…1) as a percentage with one decimal.
    func percent(_ share: Double) -> String {
        decimal(share * 100, places: 1) + (language == .de ? " %" : "%")
    }

    /// A figure with a number of decimals, the decimal mark of the language.
    func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale), fraction = abs(scaled % Int(scale))
        guard places > 0 else { return count(whole) }
        let digits = String(fraction)
        return count(whole) + (language == .de ? "," : ".") + String(repeating: "0", count: places - digits.count) + digits
    }
}

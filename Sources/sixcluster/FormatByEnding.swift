/// An output format a file name can ask for by its ending (`-o report.csv`): each case is named like its ending,
/// some endings stand for another (`htm` for `html`), and anything else gives the command's default.
protocol FormatByEnding: RawRepresentable, CaseIterable where RawValue == String {
    /// The format of a name with no ending the command knows.
    static var fallback: Self { get }
    /// Other endings and the format each stands for.
    static var otherEndings: [String: Self] { get }
}

extension FormatByEnding {
    static var otherEndings: [String: Self] { [:] }

    /// The format a file name asks for by its ending.
    init(path: String) {
        let ending = path.lowercased().split(separator: "/").last?.split(separator: ".").dropFirst().last.map(String.init) ?? ""
        self = Self(rawValue: ending) ?? Self.otherEndings[ending] ?? Self.fallback
    }
}

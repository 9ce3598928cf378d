#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterModel
import TerminalUI

/// What the board and the start screen say when the terminal cannot be set up.
enum TerminalProblem {
    /// The message for a failed start; `file` is offered for `sixcluster show` where there is one.
    static func message(_ failure: Terminal.StartFailure, file: String?, language: Language) -> String {
        let term = VisibleText.escaped(getenv("TERM").map { String(cString: $0) } ?? "")
        let instead = file.map { language.pick(de: "; für Text: sixcluster show \(VisibleText.escaped($0))",
                                               en: "; for text use: sixcluster show \(VisibleText.escaped($0))") } ?? ""
        switch failure {
        case .unknownTerminal:
            return language.pick(de: "sixcluster: das Terminal lässt sich nicht einrichten (TERM=\(term) ist unbekannt)",
                                 en: "sixcluster: cannot set up the terminal (TERM=\(term) is unknown)") + instead
        case .cannotPlaceCursor:
            return language.pick(
                de: "sixcluster: dieses Terminal (TERM=\(term)) kann den Cursor nicht setzen, das Board lässt sich darauf nicht zeichnen",
                en: "sixcluster: this terminal (TERM=\(term)) cannot place the cursor, so the board cannot be drawn on it") + instead
        }
    }
}

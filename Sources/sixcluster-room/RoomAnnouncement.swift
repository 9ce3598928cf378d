#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SixClusterBoard
import SixClusterModel
import SixClusterRoom

/// How the room makes its join link known: to a board as reports (the link, its QR code's modules, ready), on a
/// terminal as the link and the code drawn dark on light, otherwise as the link alone.
struct RoomAnnouncement {
    let host: String
    let port: UInt16
    let toBoard: Bool
    let language: Language

    /// The join link for a token.
    func link(_ token: RoomToken) -> String {
        "http://\(host):\(port)/join?t=\(token)"
    }

    /// What goes to standard output for a token.
    func text(for token: RoomToken) -> String {
        let link = link(token)
        guard let code = QRCode(link) else { return toBoard ? RoomReport.link(link).line : link + "\n" }
        if toBoard { return RoomReport.link(link).line + RoomReport.code(code.modules).line + RoomReport.ready.line }
        guard isatty(STDOUT_FILENO) == 1 else { return link + "\n" }
        // Dark on light whatever the terminal's colours, so that it scans.
        return link + "\n" + QRPicture(modules: code.modules).lines(quiet: 2).map { "\u{1B}[30;107m" + $0 + "\u{1B}[0m\n" }.joined()
            + language.pick(de: "Ctrl-C schließt den Raum.\n", en: "Ctrl-C closes the room.\n")
    }
}

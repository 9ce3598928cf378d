import SixClusterModel

/// What is wrong with the arguments, in the user's language – or the help asked for.
struct RoomUsageProblem: Error {
    var text: String
    var isHelp = false
}

/// How to call the program.
private func usage(_ language: Language) -> String {
    language.pick(
        de: "Aufruf: sixcluster-room DATEI [--listen ADRESSE[:PORT]] [--lang de|en]\nÖffnet den Raum des Workshops: Handys treten über den Link oder QR-Code bei und schreiben Karten in DATEI (docs/ROOM.md).",
        en: "usage: sixcluster-room FILE [--listen ADDRESS[:PORT]] [--lang de|en]\nOpens the workshop's room: phones join by the link or QR code and write cards into FILE (docs/ROOM.md).")
}

/// What `sixcluster-room` was asked for: the workshop file, the address to listen on, the language.
struct RoomOptions {
    var file: String
    var address: RoomAddress
    var language: Language
    /// Whether a board started the room and reads its reports (`--board`).
    var board = false

    /// The options from the arguments, or what is wrong with them (in `language`).
    static func parse(_ arguments: some Sequence<String>, language: Language) -> Result<RoomOptions, RoomUsageProblem> {
        var file: String?
        var listen: String?
        var chosen = language
        var board = false
        var rest = Array(arguments)[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--listen":
                guard let value = rest.popFirst() else { return .failure(RoomUsageProblem(text: language.pick(de: "--listen braucht ADRESSE[:PORT]", en: "--listen needs ADDRESS[:PORT]"))) }
                listen = value
            case "--lang":
                guard let value = rest.popFirst(), let picked = Language(rawValue: value) else {
                    return .failure(RoomUsageProblem(text: language.pick(de: "--lang braucht de oder en", en: "--lang needs de or en")))
                }
                chosen = picked
            case "-h", "--help":
                return .failure(RoomUsageProblem(text: usage(language), isHelp: true))
            case "--board":
                board = true
            case _ where argument.hasPrefix("-"):
                return .failure(RoomUsageProblem(text: language.pick(de: "unbekannte Option \(argument)", en: "unknown option \(argument)")))
            default:
                guard file == nil else { return .failure(RoomUsageProblem(text: language.pick(de: "nur eine Datei, bitte", en: "one file only, please"))) }
                file = argument
            }
        }
        guard let file else { return .failure(RoomUsageProblem(text: usage(language))) }
        let host = RoomAddress.firstNetworkHost
        guard let address = listen.map({ RoomAddress($0, defaultHost: host) }) ?? RoomAddress(host, defaultHost: host) else {
            return .failure(RoomUsageProblem(text: language.pick(de: "--listen: keine IPv4-Adresse mit Port 1–65535: \(listen ?? "")",
                                          en: "--listen: no IPv4 address with a port 1–65535: \(listen ?? "")")))
        }
        return .success(RoomOptions(file: file, address: address, language: chosen, board: board))
    }
}

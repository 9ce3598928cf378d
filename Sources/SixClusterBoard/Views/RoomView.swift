import SixClusterModel

/// The room's panel: the QR code to join (dark on light, with a quiet zone), the link as text, how many joined,
/// and the panel's keys. Without room for the code it says so and keeps the link.
enum RoomView {
    static func draw(_ state: BoardState, into grid: inout ScreenGrid) {
        let language = state.language
        let title = language.pick(de: "Raum für Handys", en: "Room for phones")
        guard case .open(let link, let picture) = state.room.phase else {
            DialogView.drawPanel((title, [language.pick(de: "Der Raum öffnet …", en: "The room opens …")]), into: &grid)
            return
        }
        let text = [link] + panelLines(state)
        // Four quiet modules where they fit, as a scanner wants; two, then one, on a small terminal.
        let quiet = [4, 2, 1].first { quiet in
            picture.width(quiet: quiet) + 2 <= grid.width && (picture.width(quiet: quiet) + 1) / 2 + text.count + 2 <= grid.height - 1
        }
        let code = quiet.map { picture.lines(quiet: $0) } ?? []
        let textWidth = max(DisplayWidth.of(title) + 4, text.map { DisplayWidth.of($0) }.max() ?? 0)
        let width = min(grid.width, max(textWidth, code.first.map { DisplayWidth.of($0) } ?? 0) + 4)
        let lines = code.isEmpty ? [language.pick(de: "Zu wenig Platz für den QR-Code – das Fenster vergrößern oder den Link zeigen",
                                                  en: "No room for the QR code – enlarge the window or show the link")] + text : text
        let height = min(grid.height - 1, code.count + lines.count + 2)
        let rect = Rect(x: (grid.width - width) / 2, y: max(0, (grid.height - 1 - height) / 2), width: width, height: height)
        grid.fill(rect)
        Box.draw(rect, title: title, style: Style(.accent, bold: true), into: &grid)
        let codeX = rect.x + (width - (code.first.map { DisplayWidth.of($0) } ?? 0)) / 2
        for (offset, line) in code.enumerated() where offset < height - 2 {
            _ = grid.put(line, x: codeX, y: rect.y + 1 + offset, style: Style(.code))
        }
        for (offset, line) in lines.enumerated() where code.count + offset < height - 2 {
            _ = grid.put(line, x: rect.x + 2, y: rect.y + 1 + code.count + offset, limit: max(0, width - 4))
        }
    }

    /// The lines under the link: who joined and how to close or hide; what phones may do; the focused field's
    /// silent brainstorming; who is in the room (cut with `…` where the names run over).
    static func panelLines(_ state: BoardState) -> [String] {
        let language = state.language
        let room = state.room
        let key = { (command: RoomCommand) in state.keyName(.roomCommand(command), in: .room) }
        let hide = state.keyName(.back, in: .room)
        // A board that only watches shows the room another board opened: it offers nothing to change.
        if state.isReadOnly {
            return [language.pick(de: "Beigetreten: \(room.joined)   \(hide)  ausblenden", en: "Joined: \(room.joined)   \(hide)  hide")]
        }
        let joined = language.pick(de: "Beigetreten: \(room.joined)", en: "Joined: \(room.joined)")
            + language.pick(de: "   \(key(.close))  Raum schließen   \(hide)  ausblenden", en: "   \(key(.close))  close the room   \(hide)  hide")
        let fields = room.anyField ? language.pick(de: "jedes Feld", en: "any field") : language.pick(de: "gezeigtes Feld", en: "presented field")
        let door = room.joiningOpen ? language.pick(de: "offen", en: "open") : language.pick(de: "zu", en: "closed")
        let choices = language.pick(de: "\(key(.anyField))  Handys: \(fields)   \(key(.joining))  Beitreten: \(door)   \(key(.newLink))  neuer Link",
                                    en: "\(key(.anyField))  phones: \(fields)   \(key(.joining))  joining: \(door)   \(key(.newLink))  new link")
        let topic = state.focusTopic
        let waiting = room.held[topic] ?? 0
        let hiding = room.hidden.contains(topic)
            ? language.pick(de: "\(key(.hideField))  Feld \(topic) aufdecken (\(waiting) verdeckt)", en: "\(key(.hideField))  reveal field \(topic) (\(waiting) hidden)")
            : language.pick(de: "\(key(.hideField))  Karten für Feld \(topic) verdeckt sammeln", en: "\(key(.hideField))  hold phone cards for field \(topic) hidden")
        let names = room.people.isEmpty ? language.pick(de: "noch niemand", en: "nobody yet") : room.people.joined(separator: ", ")
        let people = language.pick(de: "\(key(.remove))  herausnehmen – im Raum: ", en: "\(key(.remove))  take out – in the room: ") + names
        return [joined, choices, hiding, people]
    }
}

import SixClusterModel

extension BoardState {
    /// `W`: opens the room for phones, or shows its panel again while it is open.
    mutating func showRoom() -> [Effect] {
        guard !room.isRunning else {
            overlay = .room
            return []
        }
        guard !isReadOnly else {
            refuseChange()
            return []
        }
        room.opening()
        overlay = .room
        say("Der Raum öffnet …", "The room opens …")
        return [.openRoom(language: language)]
    }

    /// `x` on the room's panel: the room closes.
    mutating func closeRoom() -> [Effect] {
        guard room.isRunning else { return [] }
        room.closed()
        if overlay == .room { overlay = nil }
        say("Raum geschlossen – Handys können nichts mehr senden", "Room closed – phones can send nothing more")
        return [.closeRoom]
    }

    /// What the room's server reported.
    mutating func receive(_ event: RoomEvent) {
        switch event {
        case .opened(let link, let picture):
            guard room.isRunning else { return }
            room.phase = .open(link: link, picture: picture)
        case .joined(let count):
            guard room.isRunning else { return }
            room.joined = count
        case .ended(let reason):
            guard room.isRunning else { return }
            room.closed()
            if overlay == .room { overlay = nil }
            fail(language.pick(de: "Der Raum ist zu", en: "The room is closed") + (reason.map { ": " + VisibleText.escaped($0) } ?? ""))
        }
    }
}

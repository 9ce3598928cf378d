import SixClusterModel

extension BoardState {
    /// `W`: opens the room for phones, or shows its panel again while it is open.
    mutating func showRoom() -> [Effect] {
        guard !room.isRunning else {
            overlay = .room
            return []
        }
        guard !isReadOnly else {
            if follows {
                say("Kein Raum offen – W auf dem Board der Moderation öffnet ihn, dann steht der QR-Code auch hier",
                    "No room open – W on the facilitator's board opens it, then the QR code shows here too")
            } else {
                refuseChange()
            }
            return []
        }
        room.opening()
        overlay = .room
        say("Der Raum öffnet …", "The room opens …")
        return [.openRoom(language: language), .tellRoom(.method(capture.method))]
    }

    /// A command of the room's panel.
    mutating func roomCommand(_ command: RoomCommand) -> [Effect] {
        guard room.isRunning else { return [] }
        guard !isReadOnly else {
            refuseChange()
            return []
        }
        switch command {
        case .close:
            return closeRoom()
        case .anyField:
            room.anyField.toggle()
            room.anyField ? say("Handys wählen jetzt jedes Feld", "Phones now pick any field")
                : say("Handys folgen wieder dem gezeigten Feld", "Phones follow the presented field again")
            return [.tellRoom(.anyField(room.anyField))]
        case .joining:
            room.joiningOpen.toggle()
            room.joiningOpen ? say("Der Raum ist wieder offen für alle mit dem Link", "The room is open again to anyone with the link")
                : say("Niemand Neues kommt mehr herein; wer da ist, bleibt", "Nobody new gets in; whoever is in stays")
            return [.tellRoom(.joining(room.joiningOpen))]
        case .hideField:
            let topic = focusTopic
            if room.hidden.contains(topic) {
                room.hidden.remove(topic)
                let count = room.held[topic] ?? 0
                say("Feld \(topic) aufgedeckt: \(count) Karten von den Handys kommen jetzt ins Feld",
                    "Field \(topic) revealed: \(count) cards from the phones go into the field now")
                return [.tellRoom(.hidden(topic, false))]
            }
            room.hidden.insert(topic)
            say("Feld \(topic): Handy-Karten werden verdeckt gesammelt, bis sie aufgedeckt werden",
                "Field \(topic): phone cards are held hidden until revealed")
            return [.tellRoom(.hidden(topic, true))]
        case .remove:
            guard !room.people.isEmpty else {
                say("Noch ist niemand im Raum", "Nobody is in the room yet")
                return []
            }
            openPrompt(.removeFromRoom, text: "")
            return []
        case .newLink:
            say("Neuer Link – der alte lässt niemanden mehr herein; wer da ist, bleibt",
                "New link – the old one lets nobody new in; whoever is in stays")
            return [.tellRoom(.newLink)]
        }
    }

    /// The name typed at `r` on the room's panel: whoever goes by it is taken out of the room; their cards stay.
    mutating func removeFromRoom(_ name: String) -> [Effect] {
        guard room.isRunning, let person = room.people.first(where: { $0 == name }) ?? room.people.first(where: { $0.lowercased() == name.lowercased() }) else {
            say("Niemand namens „\(VisibleText.escaped(name))“ im Raum", "Nobody called “\(VisibleText.escaped(name))” in the room")
            return []
        }
        room.people.removeAll { $0 == person }
        room.joined = room.people.count
        say("\(person) ist nicht mehr im Raum; die Karten bleiben. Zurück nur mit dem Link, solange der Raum offen ist (j, n)",
            "\(person) is out of the room; the cards stay. Back only through the link while joining is open (j, n)")
        return [.tellRoom(.remove(person))]
    }

    /// `x` on the room's panel: the room closes.
    private mutating func closeRoom() -> [Effect] {
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
            // A board that follows the file shows the room another board opened.
            guard room.isRunning || follows else { return }
            room.phase = .open(link: link, picture: picture)
        case .joined(let count):
            guard room.isRunning else { return }
            room.joined = count
        case .people(let names):
            guard room.isRunning else { return }
            room.people = names
        case .held(let counts):
            guard room.isRunning else { return }
            room.held = counts
            // Fields with cards waiting are hidden (also those a room before this one left).
            room.hidden.formUnion(counts.keys)
        case .ended(let reason):
            guard room.isRunning else { return }
            room.closed()
            if overlay == .room { overlay = nil }
            fail(language.pick(de: "Der Raum ist zu", en: "The room is closed") + (reason.map { ": " + VisibleText.escaped($0) } ?? ""))
        }
    }
}

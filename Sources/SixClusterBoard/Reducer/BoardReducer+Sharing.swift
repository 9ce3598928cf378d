import SixClusterModel

extension BoardState {
    /// Other boards on the same file: their presence, leading and following, and the writes that keep every board
    /// on one file.
    mutating func receive(_ event: SharingEvent) -> [Effect] {
        switch event {
        case .presence(let others): receive(others)
        case .synced(let written, let mine, let conflicts): return synced(written, mine: mine, conflicts: conflicts)
        case .syncFailed(let failure):
            sharing.writeFailed(at: clock)
            session.quitsAfterSave(false)
            fail(failure.text(in: language) + language.pick(de: " – Änderungen bleiben im Board und werden gleich wieder versucht",
                                                            en: " – changes stay on the board and are tried again shortly"))
        case .room(let event): receive(event)
        }
        return []
    }

    /// How a save reaches the file: merged with the others' writes while other boards share it, else written.
    var saveEffect: Effect {
        sharing.isShared && !follows ? .sync(workshop, base: savedWorkshop) : .save(workshop, path: filePath)
    }

    /// While other boards share the file, a stored change goes to it at the next tick, without a key. Not while
    /// a question is open (its answer may change what is written), not over comments the file would lose or a
    /// write protection (both ask at an explicit save), and not again right after a failed write.
    mutating func syncIfDue() -> [Effect] {
        guard sharing.isShared, !isReadOnly, isModified, clock >= sharing.writePausedUntil else { return [] }
        if !commentLines.isEmpty || writeProtection != nil {
            // Said once per change, so that nobody wonders why the others do not see it.
            if sharing.holdBack() {
                let save = keyName(.save)
                fail(language.pick(
                    de: "Noch nicht für die anderen geschrieben: die Datei hat Kommentare oder ist schreibgeschützt – \(save) fragt und speichert",
                    en: "Not written for the others yet: the file has comments or is write-protected – \(save) asks, then saves"))
            }
            return []
        }
        if case .dialog = overlay { return [] }
        return [saveEffect]
    }

    /// A change on disk while other boards share the file: taken in at once (merged with what this board has not
    /// written yet), as no step of this board's undo, keeping the place, the open prompt and any question.
    mutating func absorb(_ disk: Workshop) {
        let merged = isModified ? WorkshopMerge.merge(base: savedWorkshop, ours: workshop, theirs: disk).workshop : disk
        replaceWorkshop(with: merged, saved: disk, undoable: false)
    }

    private mutating func synced(_ written: Workshop, mine: Workshop, conflicts: Int) -> [Effect] {
        session.saved()
        let confirm = sharing.written()
        // What was typed meanwhile (nothing, on one thread) stays on top of what was written.
        let now = workshop == mine ? written : WorkshopMerge.merge(base: mine, ours: workshop, theirs: written).workshop
        replaceWorkshop(with: now, saved: written, undoable: false)
        document.dropComments()
        if confirm {
            say("Gespeichert: \(filePath)", "Saved: \(filePath)")
        }
        if conflicts > 0 {
            say("\(conflicts) Konflikt(e): dieselbe Karte wurde an zwei Boards verschieden geändert – beide Fassungen stehen markiert da",
                "\(conflicts) conflict(s): two boards changed the same card differently – both versions are kept, marked")
        }
        return quitAfterSave ? [.removeRecovery, .quit] : [.removeRecovery]
    }

    /// The presence files changed: who is here now; a leader's field is followed.
    private mutating func receive(_ others: [BoardPresence]) {
        // The room for phones is company too (changes go to the file at once), but its own panel speaks of it:
        // who comes and goes is said of people.
        let hadPeople = sharing.others.contains { $0.kind != .room }
        sharing.see(others)
        let people = sharing.others.filter { $0.kind != .room }
        if !hadPeople && !people.isEmpty && !isReadOnly {
            let names = sharing.names.joined(separator: ", ")
            say("Mit im Workshop: \(names) – Änderungen gehen ab jetzt gleich in die Datei",
                "In the workshop with you: \(names) – changes now go to the file at once")
        } else if hadPeople && !sharing.isShared && !isReadOnly {
            let save = keyName(.save)
            say("Wieder allein im Workshop – \(save) speichert", "Alone in the workshop again – \(save) saves")
        }
        followLeader()
    }

    /// Goes to the field the leader presents – once per field, and only when no input or question is open (it
    /// waits for them, never takes the cursor out of them).
    mutating func followLeader() {
        guard overlay == nil, let topic = sharing.topicToFollow(), let leader = sharing.leader else { return }
        sharing.followed(topic)
        if topic != focusTopic || screen == .board {
            if screen != .presentation { navigation.show(.field) }
            focus(topic: topic)
        }
        let leave = keyName(.toggleFollowLeader)
        say("\(leader.name) präsentiert Feld \(topic) – \(leave): nicht mehr folgen",
            "\(leader.name) presents field \(topic) – \(leave): stop following")
    }

    mutating func toggleLead() {
        guard sharing.toggleLead() else {
            return say("Folgen aus: die anderen Boards bleiben, wo sie sind", "Follow me off: the other boards stay where they are")
        }
        let present = keyName(.presentation)
        screen == .presentation
            ? say("Folgen an: folgende Boards gehen zu dem Feld, das ich präsentiere",
                  "Follow me on: boards that follow go to the field I present")
            : say("Folgen an: folgende Boards gehen mit, sobald ich präsentiere (\(present))",
                  "Follow me on: boards that follow come along once I present (\(present))")
    }

    mutating func toggleFollowLeader() {
        guard sharing.toggleFollowing() else {
            return say("Ich folge nicht mehr – frei unterwegs", "Not following any more – moving freely")
        }
        say("Ich folge wieder, wenn jemand führt", "Following again when someone leads")
        followLeader()
    }
}

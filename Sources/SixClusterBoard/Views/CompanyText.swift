import SixClusterModel

/// How the board speaks of the other boards on its file: their initials as a field's mark, and who is here in the
/// status line and the presentation band.
enum CompanyText {
    /// The initials of the boards at a field (`AB`, `ABC+` for more than three), or nil when none is there.
    static func marks(_ others: [BoardPresence]) -> String? {
        guard !others.isEmpty else { return nil }
        let initials = others.prefix(3).map { $0.name.first.map { String($0).uppercased() } ?? "?" }.joined()
        return initials + (others.count > 3 ? "+" : "")
    }

    /// Who else is here (`with anna (leads), ben (watching)`), or nil when the board is alone.
    static func line(_ state: BoardState) -> String? {
        let sharing = state.sharing
        let others = sharing.others.filter { $0.kind != .room }
        guard !others.isEmpty else { return nil }
        let language = state.language
        let leader = sharing.leader?.pid
        let people = others.map { other in
            other.name + (other.pid == leader ? language.pick(de: " (führt)", en: " (leads)")
                          : other.watches ? language.pick(de: " (schaut zu)", en: " (watching)") : "")
        }
        var seen: [String] = []
        for person in people where !seen.contains(person) { seen.append(person) }
        return language.pick(de: "mit ", en: "with ") + seen.joined(separator: ", ")
            + (sharing.leads ? language.pick(de: " · ich führe", en: " · I lead") : "")
    }

    /// The short form for narrow rows: `+2`.
    static func short(_ state: BoardState) -> String? {
        let count = state.sharing.others.filter { $0.kind != .room }.count
        return count > 0 ? "+\(count)" : nil
    }

    /// The room for phones: `room: 7` (this board's, with how many joined), `room open` (another board's), or nil.
    static func room(_ state: BoardState) -> String? {
        if state.room.isRunning {
            let held = state.room.held.values.reduce(0, +)
            return state.language.pick(de: "Raum: ", en: "room: ") + "\(state.room.joined)"
                + (held > 0 ? state.language.pick(de: " · \(held) verdeckt", en: " · \(held) hidden") : "")
        }
        return state.sharing.others.contains { $0.kind == .room } ? state.language.pick(de: "Raum offen", en: "room open") : nil
    }
}

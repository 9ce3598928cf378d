import SixClusterModel

extension BoardState {
    /// The loop's clock moved on: time spent in presentation mode goes to the shown field, a message past its
    /// lifetime fades, and a running timebox that runs out says so (and rings when the bell was asked for).
    mutating func tick(_ now: Double) -> [Effect] {
        let counting = screen == .presentation && !isReadOnly && !sharing.countsTimeElsewhere
        let (seconds, ranOut) = facilitation.advance(to: now, counting: counting)
        if let message, now - message.since >= message.lifetime { self.message = nil }
        if seconds > 0 { document.spend(seconds, on: focusTopic) }
        guard let timebox = ranOut else { return [] }
        say("Die Zeit für \(scopeName(timebox.scope, in: .de)) ist um", "Time is up for \(scopeName(timebox.scope, in: .en))")
        return bellOnTimeout ? [.bell] : []
    }

    /// What a timebox is for, in words.
    func scopeName(_ scope: Timebox.Scope, in language: Language) -> String {
        switch scope {
        case .field(let topic): language.pick(de: "Feld \(topic)", en: "field \(topic)")
        case .cluster(let id):
            language.pick(de: "Cluster ", en: "cluster ") + (template.clusters.first { $0.id == id }?.name[language] ?? id)
        }
    }

    /// A command of the timebox panel.
    mutating func timerCommand(_ command: TimerCommand) {
        switch command {
        case .startPause:
            guard let running = facilitation.startOrPauseTimebox() else { return timerCommand(.setField) }
            overlay = nil
            running ? say("Timebox läuft", "Timebox running") : say("Timebox angehalten", "Timebox paused")
        case .setField:
            openPrompt(.timeboxMinutes(.field(focusTopic)), text: "\(timeboxMinutes)")
        case .setCluster:
            openPrompt(.timeboxMinutes(.cluster(template.cluster(ofTopic: focusTopic).id)), text: "\(timeboxMinutes)")
        case .reset:
            overlay = nil
            facilitation.resetTimebox()
            say("Timebox zurückgesetzt", "Timebox reset")
        }
    }

    /// Sets a timebox from typed minutes and starts it.
    mutating func setTimebox(_ text: String, scope: Timebox.Scope) {
        guard let minutes = Int(text), (1...600).contains(minutes) else {
            return say("Keine Minutenzahl: „\(text)“ (1 bis 600)", "Not a number of minutes: “\(text)” (1 to 600)", error: true)
        }
        facilitation.startTimebox(minutes: minutes, scope: scope)
        say("Timebox: \(minutes) min für \(scopeName(scope, in: .de)) läuft", "Timebox: \(minutes) min for \(scopeName(scope, in: .en)) running")
    }
}

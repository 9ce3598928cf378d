import SixClusterModel

/// The timebox panel: what runs, and the keys to set, start, pause and reset it.
enum TimerPanelView {
    static func content(_ state: BoardState) -> (title: String, lines: [String]) {
        let language = state.language
        let now = StatusLineView.timerText(state)
            ?? language.pick(de: "Noch keine Timebox gesetzt.", en: "No timebox set yet.")
        let cluster = state.template.cluster(ofTopic: state.focusTopic).name[language]
        return (language.pick(de: "Timebox", en: "Timebox"), [
            now,
            "",
            language.pick(de: "Space  starten / anhalten", en: "Space  start / pause"),
            language.pick(de: "f  Minuten für Feld \(state.focusTopic) setzen und starten",
                          en: "f  set minutes for field \(state.focusTopic) and start"),
            language.pick(de: "c  Minuten für das Cluster \(cluster) setzen und starten",
                          en: "c  set minutes for the cluster \(cluster) and start"),
            language.pick(de: "r  zurücksetzen", en: "r  reset"),
            language.pick(de: "Esc  schließen", en: "Esc  close"),
        ])
    }
}

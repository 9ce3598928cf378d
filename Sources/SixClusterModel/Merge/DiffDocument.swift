/// A diff as a document for a progress report ("what changed since the last workshop"), written by any report
/// writer (`MarkdownWriter` for `sixcluster diff --format markdown`).
public struct DiffDocument: Sendable {
    /// The template that names the fields.
    public var template: ModelTemplate
    /// The language of the document's own words.
    public var language: Language

    /// Creates a document maker.
    public init(template: ModelTemplate = .builtIn, language: Language) {
        self.template = template
        self.language = language
    }

    /// The changes as headings, a summary and one list per field.
    public func document(_ diff: WorkshopDiff) -> ReportDocument {
        var blocks: [ReportBlock] = [.heading(level: 2, [.text(language.pick(de: "Was sich geändert hat", en: "What changed"))])]
        blocks.append(.paragraph([.strong([.text(language.pick(de: "Vollständigkeit", en: "Completeness") + ":")]),
                                  .text(" " + completeness(diff))]))
        if diff.isEmpty {
            blocks.append(.paragraph([.text(language.pick(de: "Keine Änderung an Karten, Angaben oder Themenspeicher.",
                                                          en: "No change to cards, details or the parking lot."))]))
        }
        for field in diff.fields {
            blocks.append(.heading(level: 3, [.text("\(field.topic) " + template.topic(field.topic).name[language])]))
            blocks.append(.list(ordered: false, lines(field).map { ReportListItem([.text($0.text)]) }))
        }
        if !diff.parkedAdded.isEmpty || !diff.parkedRemoved.isEmpty {
            blocks.append(.heading(level: 3, [.text(language.pick(de: "Themenspeicher", en: "Parking lot"))]))
            let lines = diff.parkedAdded.map { language.pick(de: "neu: ", en: "new: ") + $0 }
                + diff.parkedRemoved.map { language.pick(de: "entfernt: ", en: "removed: ") + $0 }
            blocks.append(.list(ordered: false, lines.map { ReportListItem([.text($0)]) }))
        }
        if diff.detailsChanged {
            blocks.append(.paragraph([.text(language.pick(de: "Die Workshop-Angaben wurden geändert.",
                                                          en: "The workshop's details changed."))]))
        }
        return ReportDocument(blocks)
    }

    /// `Ist 13/20 → 14/20, Soll 9/20 → 10/20`.
    public func completeness(_ diff: WorkshopDiff) -> String {
        let total = ModelTemplate.topicCount
        return "Ist \(diff.before.istCount)/\(total) → \(diff.after.istCount)/\(total), "
            + "Soll \(diff.before.sollCount)/\(total) → \(diff.after.sollCount)/\(total)"
    }

    /// One change of a field in words, and what kind of change it is (a terminal marks and colours it by kind).
    public struct Line: Equatable, Sendable {
        /// What kind of change.
        public enum Kind: Equatable, Sendable {
            case added, removed, changed
        }

        /// What kind of change.
        public var kind: Kind
        /// The change in words, starting with what happened.
        public var text: String
    }

    /// A field's changes as lines of words.
    public func lines(_ field: WorkshopDiff.FieldChanges) -> [Line] {
        let side = { (column: Situation) in column == .ist ? "Ist" : "Soll" }
        var lines = field.added.map { Line(kind: .added, text: language.pick(de: "neu", en: "new") + " (\(side($0.column))): " + $0.text) }
        lines += field.removed.map { Line(kind: .removed, text: language.pick(de: "entfernt", en: "removed") + " (\(side($0.column))): " + $0.text) }
        lines += field.edited.map {
            Line(kind: .changed, text: language.pick(de: "geändert", en: "changed") + " (\(side($0.column))): " + $0.old + " → " + $0.new)
        }
        lines += field.moved.map {
            Line(kind: .changed, text: language.pick(de: "nach \(side($0.column)) verschoben", en: "moved to \(side($0.column))") + ": " + $0.text)
        }
        lines += field.conflictsAdded.map {
            Line(kind: .added, text: language.pick(de: "Konflikt", en: "conflict") + " (\(side($0.column))): " + $0.text
                + language.pick(de: " – oder – ", en: " – or – ") + $0.other)
        }
        lines += field.conflictsResolved.map {
            Line(kind: .changed, text: language.pick(de: "Konflikt gelöst", en: "conflict resolved") + " (\(side($0.column))): "
                + $0.text + language.pick(de: " – oder – ", en: " – or – ") + $0.other)
        }
        if field.statusBefore != field.statusAfter {
            lines.append(Line(kind: .changed, text: language.pick(de: "jetzt: ", en: "now: ") + field.statusAfter.label(in: language)
                + language.pick(de: " (vorher: ", en: " (before: ") + field.statusBefore.label(in: language) + ")"))
        }
        return lines
    }
}

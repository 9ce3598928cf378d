#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SixClusterFiles
import SixClusterModel

/// What `sixcluster actions` writes.
enum ActionsFormat: String, CaseIterable, ExpressibleByArgument, FormatByEnding {
    case text, json, csv, ics

    static let fallback = ActionsFormat.text
    static let otherEndings: [String: ActionsFormat] = ["ical": .ics]
}

extension ActionStatus: ExpressibleByArgument {}
extension ActionCalendar.Kind: ExpressibleByArgument {}

/// `sixcluster actions FILE...`: the actions (Soll cards with an owner or a due date) of one or many workshops,
/// overdue first.
struct ActionsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let l = HelpLanguage.current
        return CommandConfiguration(
            commandName: "actions",
            abstract: l.pick(de: "Listet die Maßnahmen eines oder vieler Workshops: Verantwortliche, Termine, Status; Überfälliges zuerst.",
                             en: "Lists the actions of one or many workshops: owners, due dates, status; overdue first."),
            discussion: l.pick(
                de: "Eine Maßnahme ist eine Soll-Karte mit Verantwortlichem oder Termin; ihren Status (offen, in Arbeit, erledigt, "
                    + "verworfen) setzt s im Feld. Termine als 2027-03-31 oder 31.03.2027 zählen für überfällig und den Kalender. "
                    + "Ein Ordner steht für seine Workshop-Dateien. ics schreibt je datierter Maßnahme einen Termin (oder mit "
                    + "--calendar todo eine Aufgabe); ein erneuter Import aktualisiert sie, statt sie zu verdoppeln.",
                en: "An action is a Soll card with an owner or a due date; s in the field sets its status (open, doing, done, "
                    + "dropped). Due dates written 2027-03-31 or 31.03.2027 count for overdue and the calendar. A folder stands for "
                    + "its workshop files. ics writes an all-day event per dated action (or with --calendar todo a to-do); importing "
                    + "it again updates them instead of doubling them."))
    }

    @Argument(help: ArgumentHelp(HelpLanguage.current.pick(de: "Workshop-Dateien oder Ordner mit solchen.",
                                                          en: "Workshop files, or folders holding them."), valueName: "file"),
              completion: .workshopFiles)
    var files: [String] = []

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(de: "Nur die Maßnahmen dieser Person.", en: "Only this person's actions."),
                               valueName: "name"))
    var owner: String?

    @Flag(help: ArgumentHelp(HelpLanguage.current.pick(de: "Nur überfällige (Termin vorbei, nicht erledigt oder verworfen).",
                                                      en: "Only overdue ones (due date passed, not done or dropped).")))
    var overdue = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Nur diese Status: open, doing, done, dropped.", en: "Only these states: open, doing, done, dropped."),
        valueName: "status"))
    var status: [ActionStatus] = []

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "text, json, csv oder ics (Standard: nach der Endung von -o, sonst text).",
        en: "text, json, csv or ics (default: by the ending of -o, else text)."), valueName: "text|json|csv|ics"))
    var format: ActionsFormat?

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "ics: event (ganztägiger Termin, Standard) oder todo (Aufgabe).", en: "ics: event (all-day, default) or todo."),
        valueName: "event|todo"))
    var calendar: ActionCalendar.Kind = .event

    @Option(help: ArgumentHelp(HelpLanguage.current.pick(
        de: "Überfällig zählen zum Stand dieses Tages, JJJJ-MM-TT (Standard: heute).",
        en: "Count overdue as of this day, YYYY-MM-DD (default: today)."), valueName: "date"))
    var today: String?

    @OptionGroup var destination: OutputOption
    private var output: String? { destination.output }

    @OptionGroup var options: LanguageOption

    func validate() throws {
        let l = options.language
        if files.isEmpty {
            throw ValidationError(l.pick(de: "Mindestens eine Datei oder einen Ordner angeben.", en: "Name at least one file or folder."))
        }
        if let today, CalendarDate(today) == nil {
            throw ValidationError(l.pick(de: "--today: „\(today)“ ist kein Datum (JJJJ-MM-TT)", en: "--today: “\(today)” is no date (YYYY-MM-DD)"))
        }
    }

    func run() throws {
        let language = options.language
        var workshops: [(source: String, workshop: Workshop)] = []
        var unreadable = false
        for path in WorkshopPaths.expand(files) {
            do {
                workshops.append((path, try Console.load(path, language: language).workshop))
            } catch {
                unreadable = true
            }
        }
        let day = today.flatMap(CalendarDate.init) ?? CalendarDate(LocalTime.today)!
        let filter = ActionList.Filter(owner: owner, overdueOnly: overdue, statuses: Set(status))
        let list = ActionList(workshops, template: .builtIn, language: language, today: day, filter: filter)
        let text: String
        switch format ?? output.map(ActionsFormat.init(path:)) ?? .text {
        case .text: text = ActionTable(list, language: language).text()
        case .csv: text = ActionTable(list, language: language).csv()
        case .json: text = try ActionsJSON.text(list)
        case .ics:
            let calendar = ActionCalendar(list, language: language, kind: calendar, stamp: Self.stamp(workshops.map(\.source)))
            text = calendar.text()
            if calendar.undatedCount > 0 {
                let n = calendar.undatedCount
                Console.error(language.pick(de: n == 1 ? "1 Maßnahme ohne lesbares Datum fehlt im Kalender" : "\(n) Maßnahmen ohne lesbares Datum fehlen im Kalender",
                                            en: n == 1 ? "1 action without a readable date is left out of the calendar" : "\(n) actions without a readable date are left out of the calendar"))
            }
        }
        if let output {
            try OutputFile.write(text, to: output, from: workshops.first?.source ?? files[0], language: language)
        } else {
            Console.output(text)
        }
        if unreadable { throw ExitStatus.unreadable }
    }

    /// When the newest of the workshops last changed, as iCalendar's UTC form (`20261208T093000Z`): the same
    /// stamp while the files stay unchanged.
    private static func stamp(_ paths: [String]) -> String {
        let newest = paths.map { path -> Int64 in
            var info = stat()
            return stat(path, &info) == 0 ? Int64(FileTime.modification(of: info).tv_sec) : 0
        }.max() ?? 0
        return UTCTimestamp.string(secondsSince1970: newest).filter { $0 != "-" && $0 != ":" }
    }
}

/// The action list as JSON for scripts.
enum ActionsJSON {
    private struct Document: Encodable {
        var today: String
        var overdue: Int
        var actions: [Entry]
    }

    private struct Entry: Encodable {
        var file: String
        var firm: String
        var field: Int
        var fieldName: String
        var text: String
        var owner: String?
        var due: String?
        var dueDate: String?
        var status: String
        var overdue: Bool
    }

    static func text(_ list: ActionList) throws -> String {
        let entries = list.actions.map {
            Entry(file: $0.source, firm: $0.firm, field: $0.topic, fieldName: $0.fieldName, text: $0.text, owner: $0.owner,
                  due: $0.due, dueDate: $0.dueDate?.description, status: $0.status.rawValue, overdue: $0.isOverdue(on: list.today))
        }
        return try JSONOutput.text(Document(today: list.today.description, overdue: list.overdueCount, actions: entries))
    }
}

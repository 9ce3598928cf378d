import ArgumentParser
import SixClusterModel

/// The exit codes of every subcommand.
enum ExitStatus {
    /// Some field is empty or a conflict unresolved (or, with `--strict`, a field lacks a target); or `new` found
    /// the file already there.
    static let incomplete = ExitCode(1)
    /// A file cannot be read or is not a valid workshop file, or cannot be written.
    static let unreadable = ExitCode(2)

    /// The exit codes as a help paragraph.
    static func helpText(_ l: Language) -> String {
        l.pick(
            de: """
            Exit-Codes:
              0   erfolgreich (bei check: kein Feld leer, kein Konflikt offen)
              1   mindestens ein Feld leer oder ein Konflikt ungelöst (check, export),
                  bei check --strict auch ein Feld ohne Ziel; bei new: die Datei
                  gibt es schon
              2   eine Datei ist nicht lesbar, ungültig oder nicht schreibbar
              64  falscher Aufruf (unbekannte Option, fehlendes Argument)
            """,
            en: """
            Exit codes:
              0   success (check: no field is empty, no conflict open)
              1   some field is empty or a conflict unresolved (check, export), with
                  check --strict also a field without a target; new: the file
                  exists already
              2   a file cannot be read, is invalid, or cannot be written
              64  usage error (unknown option, missing argument)
            """)
    }
}

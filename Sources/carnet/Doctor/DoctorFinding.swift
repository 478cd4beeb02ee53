import CarnetCore

/// One line of `carnet doctor`: what carnet sees about one thing, and what to do when it is wrong.
struct DoctorFinding {
    enum Status: String {
        /// As it should be.
        case ok
        /// carnet works, but not as well as it could (linear mode, no PDF text…).
        case warning
        /// Something will fail or is unsafe (a record others can read, an unknown terminal…).
        case problem
    }

    /// The thing checked; its key (`check`) in `--json`.
    enum Check: String {
        case version, terminal, size, colours, theme, locale, language, screenReader, record
        case permissions, schema, chain, pdfText

        var label: Phrase {
            switch self {
            case .version: .doctorCheckVersion
            case .terminal: .doctorCheckTerminal
            case .size: .doctorCheckSize
            case .colours: .doctorCheckColours
            case .theme: .doctorCheckTheme
            case .locale: .doctorCheckLocale
            case .language: .doctorCheckLanguage
            case .screenReader: .doctorCheckScreenReader
            case .record: .doctorCheckRecord
            case .permissions: .doctorCheckPermissions
            case .schema: .doctorCheckSchema
            case .chain: .doctorCheckChain
            case .pdfText: .doctorCheckPdf
            }
        }
    }

    let check: Check
    let status: Status
    /// What carnet read, as it read it (a TERM value, 80x24, a file mode…), for scripts.
    let value: String?
    /// What carnet sees, in the reader's language.
    let found: String
    /// What to do about it; nil when nothing needs doing.
    let advice: String?

    static func ok(_ check: Check, _ value: String?, _ found: String) -> DoctorFinding {
        DoctorFinding(check: check, status: .ok, value: value, found: found, advice: nil)
    }

    /// The line a person reads: `Permissions: PROBLEM. other users have access… Run: chmod 600 …`.
    func line(_ text: Catalog) -> String {
        let status =
            switch status {
            case .ok: text[.doctorOk]
            case .warning: text[.doctorWarning]
            case .problem: text[.doctorProblem]
            }
        let line = text[.doctorLine, text[check.label], status, found]
        return advice.map { line + " " + $0 } ?? line
    }
}

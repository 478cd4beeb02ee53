import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// Opens the full-screen browser on a record, or prints a summary when there is no
/// terminal to draw on (a pipe, a script).
enum Browser {
    /// - Parameter look: the look at the history's head, not made yet. What it finds is said
    ///   first where there is no full screen; on the full screen it is made once the first
    ///   frame is drawn, said on the status line, and on standard error once the screen is
    ///   put back.
    static func open(
        store: any RecordStore, patient: Patient, options: BrowserOptions, kiosk: KioskOptions? = nil,
        look: HistoryLook? = nil
    ) throws {
        // Even without a terminal: a bad --theme is reported the same way everywhere.
        let theme = try options.loadTheme()
        let linear = kiosk == nil && (options.linear || (options.linearMode() && isatty(STDIN_FILENO) == 1))
        let atTerminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        if linear || !atTerminal { look?.wait().warn() }
        if linear {
            let source = try StoreSource(store: store, patient: patient, language: options.language)
            var session = LinearSession(
                io: StandardLinearIO(), source: source, patientName: patient.name, language: options.language)
            session.run()
            return
        }
        guard atTerminal else {
            try RecordSummary.print(store: store, patient: patient, language: options.language)
            return
        }
        // Said after the screen is put back (the next `defer` runs first), however it ends.
        defer { look?.wait().warn() }
        // A kiosk reads Ctrl-C, Ctrl-Z and Ctrl-\\ as keys, which it ignores: the keyboard
        // sends no signal that could stop or suspend it.
        let terminal = try NcursesTerminal(theme: theme, rawKeys: kiosk != nil)
        defer { terminal.restore() }
        let language = options.language
        // A kiosk shows the one record it was started on (`--patient`), nothing of the others.
        let source = try StoreSource(store: store, patient: patient, language: language, onlyThisRecord: kiosk != nil)
        let runner = AppRunner(terminal: terminal, source: source)
        let text = Catalog(language)
        let notice = look.map { look in
            { @Sendable in look.wait().sentences(text).first.map { text[.warningPrefix] + $0 } }
        }
        let state = runner.run(
            patientName: patient.name,
            recordAge: patient.ageWords(text) ?? "",
            screenReader: options.screenReaderMode(), language: language,
            kiosk: kiosk.map { TimeInterval($0.idleTimeout) }, readOnly: store.isReadOnly && kiosk == nil,
            notice: notice)
        terminal.restore()
        if let exit = state.exit, exit != .quit { throw ExitCode(exit.status) }
    }
}

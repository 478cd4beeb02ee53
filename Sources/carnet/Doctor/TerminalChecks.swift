import CarnetCore
import CarnetTUI
import Foundation

/// The terminal as the browser will find it: its type, its size, its colours, the theme and
/// screen-reader mode. Nothing here draws or writes to the terminal.
struct TerminalChecks {
    let environment: [String: String]
    let options: BrowserOptions
    let text: Catalog

    var findings: [DoctorFinding] {
        let term = environment["TERM"] ?? ""
        let linear = options.linearMode(environment: environment)
        let terminfo = linear ? nil : TerminalProbe.terminfo(for: term)
        return [terminal(term, linear: linear, terminfo: terminfo), size(linear: linear)]
            + colours(term, linear: linear, terminfo: terminfo) + [screenReader]
    }

    private func terminal(_ term: String, linear: Bool, terminfo: TerminalProbe.Terminfo?) -> DoctorFinding {
        if options.linear { return .ok(.terminal, term, text[.doctorLinearAsked]) }
        if linear {
            return DoctorFinding(
                check: .terminal, status: .warning, value: term,
                found: text[term.isEmpty ? .doctorTermUnset : .doctorTermDumb],
                advice: text[.doctorTermSetAdvice])
        }
        if terminfo == .unknown {
            return DoctorFinding(
                check: .terminal, status: .problem, value: term, found: text[.doctorTermUnknown, term],
                advice: text[.doctorTermUnknownAdvice])
        }
        return .ok(.terminal, term, text[.doctorTermOk, term])
    }

    /// The browser needs standard input to be a terminal, and a window of 40×12 or more.
    private func size(linear: Bool) -> DoctorFinding {
        guard isatty(STDIN_FILENO) == 1, let size = TerminalProbe.windowSize() else {
            return DoctorFinding(
                check: .size, status: .warning, value: nil, found: text[.doctorNoTerminal],
                advice: text[.doctorNoTerminalAdvice])
        }
        let value = "\(size.cols)x\(size.rows)"
        let minimum = AppState.minimumSize
        let (cols, rows) = (String(size.cols), String(size.rows))
        let (least, fewest) = (String(minimum.cols), String(minimum.rows))
        // Linear mode prints plain lines: any window will do.
        guard linear || (size.cols >= minimum.cols && size.rows >= minimum.rows) else {
            return DoctorFinding(
                check: .size, status: .problem, value: value,
                found: text[.doctorSizeSmall, cols, rows, least, fewest], advice: text[.doctorSizeAdvice])
        }
        return .ok(.size, value, text[.doctorSizeOk, cols, rows, least, fewest])
    }

    private func colours(_ term: String, linear: Bool, terminfo: TerminalProbe.Terminfo?) -> [DoctorFinding] {
        var findings: [DoctorFinding] = []
        if environment["NO_COLOR"] != nil {
            findings.append(.ok(.colours, "0", text[.doctorNoColor]))
        } else if linear {
            findings.append(.ok(.colours, "0", text[.doctorColorsLinear]))
        } else if case .known(let colors) = terminfo {
            findings.append(
                colors == 0
                    ? DoctorFinding(
                        check: .colours, status: .warning, value: "0", found: text[.doctorNoColors, term],
                        advice: text[.doctorNoColorsAdvice])
                    : .ok(
                        .colours, String(colors),
                        text[.doctorColors, String(colors), options.theme ?? "default"]))
        }
        // A theme that cannot load stops the browser before it draws anything.
        do {
            _ = try options.loadTheme(environment: environment)
        } catch let error as ThemeError {
            findings.append(
                DoctorFinding(
                    check: .theme, status: .problem, value: options.theme,
                    found: text[.doctorThemeBroken, error.message(text)],
                    advice: text[.doctorThemeAdvice]))
        } catch {
            findings.append(
                DoctorFinding(
                    check: .theme, status: .problem, value: options.theme,
                    found: text[.doctorThemeBroken, String(describing: error)],
                    advice: text[.doctorThemeAdvice]))
        }
        return findings
    }

    private var screenReader: DoctorFinding {
        let on = options.screenReaderMode(environment: environment)
        if options.screenReader { return .ok(.screenReader, "on", text[.doctorReaderFlag]) }
        if on {
            let variable = environment["ACCESSIBLE"] != nil ? "ACCESSIBLE" : "CARNET_SCREEN_READER"
            return .ok(.screenReader, "on", text[.doctorReaderEnvironment, variable])
        }
        return .ok(.screenReader, "off", text[.doctorReaderOff])
    }
}

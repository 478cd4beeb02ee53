import CarnetCore
import CarnetTUI

/// The locale the browser starts in and the language carnet speaks.
struct LocaleChecks {
    let environment: [String: String]
    let options: BrowserOptions
    let text: Catalog

    var findings: [DoctorFinding] { [locale, language] }

    /// The browser takes the user's locale for its character set, and falls back to C.UTF-8.
    private var locale: DoctorFinding {
        let asked =
            ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
        let probe = TerminalProbe.locale()
        guard probe.name != nil else {
            return DoctorFinding(
                check: .locale, status: .warning, value: asked, found: text[.doctorLocaleMissing, asked],
                advice: text[.doctorLocaleMissingAdvice])
        }
        let codeset = probe.codeset.uppercased()
        guard codeset == "UTF-8" || codeset == "UTF8" else {
            return .ok(.locale, asked, text[.doctorLocaleNotUTF8, asked, probe.codeset])
        }
        return .ok(.locale, asked, text[.doctorLocaleOk, asked])
    }

    /// `--lang`, else the first of LC_ALL, LC_MESSAGES and LANG that is set, as `Language.fromLocale`.
    private var language: DoctorFinding {
        let language = CommandLanguage.asked ?? Language.fromLocale(environment: environment)
        let name = text[language == .fr ? .languageNameFrench : .languageNameEnglish]
        if CommandLanguage.asked != nil { return .ok(.language, language.rawValue, text[.doctorLanguageFlag, name]) }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            return .ok(.language, language.rawValue, text[.doctorLanguageLocale, name, variable, value])
        }
        return .ok(.language, language.rawValue, text[.doctorLanguageDefault, name])
    }
}

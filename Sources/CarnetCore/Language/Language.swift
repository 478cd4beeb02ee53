import Foundation

/// The languages carnet speaks. French when the locale is French, English otherwise.
public enum Language: String, CaseIterable, Sendable {
    case en
    case fr

    /// The language of the locale: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders
    /// them; French for `fr`, `fr_FR.UTF-8`, `fr_CA`…, English for anything else.
    public static func fromLocale(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Language
    {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("fr") ? .fr : .en
        }
        return .en
    }
}

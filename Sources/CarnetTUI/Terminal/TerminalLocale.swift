import CNcursesw
import Glibc

/// Makes the C library speak UTF-8 before ncurses starts, or accents and box drawing turn
/// to garbage (and `get_wch` cannot decode typed accents).
enum TerminalLocale {
    /// Takes the user's locale, or `C.UTF-8` when that locale's character set is not UTF-8
    /// (for example under `LANG=C` or with no locale variables at all).
    /// - Returns: whether the character set is UTF-8 afterwards.
    @discardableResult
    static func ensureUTF8() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        setlocale(LC_ALL, "C.UTF-8")
        return isUTF8
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}

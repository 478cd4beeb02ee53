/// Why a theme could not be loaded, worded for the person who wrote the file.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    /// A theme file is malformed or lets colour carry meaning alone. `line` is nil when no
    /// single line is at fault (a role missing, a file that cannot be read).
    case invalid(path: String, line: Int?, problem: String)
    /// `--theme` named no shipped theme and no theme of the user's.
    case unknown(name: String, available: [String], userDirectory: String?)

    public var description: String {
        switch self {
        case .invalid(let path, let line?, let problem):
            "\(path) line \(line): \(problem)"
        case .invalid(let path, nil, let problem):
            "\(path): \(problem)"
        case .unknown(let name, let available, let userDirectory):
            "no theme named '\(name)'. Available themes: \(available.joined(separator: ", "))."
                + (userDirectory.map { " Your own themes go in \($0)/NAME.theme." } ?? "")
        }
    }
}

import CarnetCore

/// Why a theme could not be loaded, worded for the person who wrote the file.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    /// A theme file is malformed or lets colour carry meaning alone. `line` is nil when no
    /// single line is at fault (a role missing, a file that cannot be read).
    case invalid(path: String, line: Int?, problem: ThemeProblem)
    /// `--theme` named no shipped theme and no theme of the user's.
    case unknown(name: String, available: [String], userDirectory: String?)

    public var description: String { message(Catalog(.en)) }

    /// The error in the reader's language.
    public func message(_ text: Catalog) -> String {
        switch self {
        case .invalid(let path, let line?, let problem):
            text[.themeAtLine, path, String(line), problem.message(text)]
        case .invalid(let path, nil, let problem):
            text[.themeInFile, path, problem.message(text)]
        case .unknown(let name, let available, let userDirectory):
            text[.themeUnknown, name, available.joined(separator: ", ")]
                + (userDirectory.map { text[.themeOwnFolder, $0] } ?? "")
        }
    }
}

/// What is wrong in a theme: a phrase of the catalog and the values it names, worded when
/// said so that each reader gets it in their language.
public struct ThemeProblem: Hashable, Sendable, CustomStringConvertible {
    public var phrase: Phrase
    public var arguments: [String]

    public init(_ phrase: Phrase, _ arguments: String...) {
        self.phrase = phrase
        self.arguments = arguments
    }

    public init(_ phrase: Phrase, arguments: [String]) {
        self.phrase = phrase
        self.arguments = arguments
    }

    public func message(_ text: Catalog) -> String { text[phrase, arguments: arguments] }

    public var description: String { message(Catalog(.en)) }
}

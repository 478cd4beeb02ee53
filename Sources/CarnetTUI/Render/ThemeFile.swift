/// One theme file as written, before inheritance: the looks it sets, the theme it inherits
/// and the attributes it allows, each with the line that said so. ``ThemeCatalog`` turns it
/// into a ``Theme``.
///
/// ```text
/// # Comments start with '#', here or after a value.
/// inherit = default                  # start from another theme
/// allow   = bold reverse underline   # drop the other attributes (here: dim)
/// focus   = fg:black bg:cyan reverse # a role: attributes and colours
/// tab-active = bold underline        # tabActive works too
/// ```
///
/// A role set here replaces the inherited look entirely. A file without `inherit` must set
/// every role, so that no role silently looks like `normal`.
public struct ThemeFile: Hashable, Sendable {
    /// A value and the line (from 1) it was read on.
    public struct Entry<Value: Hashable & Sendable>: Hashable, Sendable {
        public var value: Value
        public var line: Int
    }

    /// Where the file lives, as shown in error messages (`themes/light.theme`).
    public var path: String
    public var inherit: Entry<String>?
    public var allow: Entry<Style.Attributes>?
    public var looks: [Style.Role: Entry<Theme.Look>] = [:]

    /// Parses a theme file; every mistake is a ``ThemeError/invalid(path:line:problem:)``
    /// naming the file and the line.
    public init(parsing text: String, path: String) throws(ThemeError) {
        self.path = path
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .enumerated()
        {
            try read(rawLine, line: index + 1)
        }
        guard inherit == nil else { return }
        let missing = Style.Role.allCases.filter { looks[$0] == nil }
        guard missing.isEmpty else {
            throw .invalid(
                path: path, line: nil,
                problem: ThemeProblem(.themeMissingLooks, missing.map(\.themeName).joined(separator: ", ")))
        }
    }

    /// Whether a name can be a theme's: letters, digits, '-' and '_', so that it is also a
    /// safe file name.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            }
    }

    private mutating func read(_ rawLine: Substring, line: Int) throws(ThemeError) {
        let content = rawLine.prefix { $0 != "#" }.trimmingWhitespace()
        guard !content.isEmpty else { return }
        guard let equals = content.firstIndex(of: "=") else {
            throw problem(line, ThemeProblem(.themeExpectedPair, String(content)))
        }
        let key = content[..<equals].trimmingWhitespace()
        let value = content[content.index(after: equals)...].trimmingWhitespace()
        guard !key.isEmpty else { throw problem(line, ThemeProblem(.themeNothingBeforeEquals)) }
        guard !value.isEmpty else { throw problem(line, ThemeProblem(.themeNoValue, String(key))) }
        switch key {
        case "inherit":
            if let inherit { throw duplicate(key, line, first: inherit.line) }
            guard Self.isValidName(value) else { throw problem(line, ThemeProblem(.themeNotAName, String(value))) }
            inherit = Entry(value: value, line: line)
        case "allow":
            if let allow { throw duplicate(key, line, first: allow.line) }
            allow = Entry(value: try attributes(value, line: line), line: line)
        default:
            guard let role = Style.Role(themeName: key) else {
                throw problem(
                    line,
                    ThemeProblem(
                        .themeUnknownRole, String(key), Style.Role.allCases.map(\.themeName).joined(separator: ", ")))
            }
            if let existing = looks[role] { throw duplicate(key, line, first: existing.line) }
            looks[role] = Entry(value: try look(value, line: line), line: line)
        }
    }

    private func look(_ value: String, line: Int) throws(ThemeError) -> Theme.Look {
        let words = value.split(whereSeparator: \.isWhitespace).map(String.init)
        if words == ["plain"] { return Theme.Look() }
        var look = Theme.Look()
        var seen: (foreground: Bool, background: Bool) = (false, false)
        for word in words {
            if word.hasPrefix("fg:") {
                guard !seen.foreground else { throw problem(line, ThemeProblem(.themeTwoForegrounds)) }
                look.foreground = try color(String(word.dropFirst(3)), line: line)
                seen.foreground = true
            } else if word.hasPrefix("bg:") {
                guard !seen.background else { throw problem(line, ThemeProblem(.themeTwoBackgrounds)) }
                look.background = try color(String(word.dropFirst(3)), line: line)
                seen.background = true
            } else if word == "plain" {
                throw problem(line, ThemeProblem(.themePlainAlone))
            } else if Self.colorNames[word] != nil {
                throw problem(line, ThemeProblem(.themeBareColour, String(word)))
            } else {
                look.attributes.formUnion(try attributes(word, line: line))
            }
        }
        return look
    }

    private func attributes(_ value: String, line: Int) throws(ThemeError) -> Style.Attributes {
        var result: Style.Attributes = []
        for word in value.split(whereSeparator: \.isWhitespace) {
            guard let attribute = Self.attributeNames[String(word)] else {
                throw problem(line, ThemeProblem(.themeUnknownAttribute, String(word)))
            }
            result.insert(attribute)
        }
        return result
    }

    private func color(_ name: String, line: Int) throws(ThemeError) -> Theme.Color {
        if let color = Self.colorNames[name] { return color }
        if let index = UInt8(name) { return .indexed(index) }
        throw problem(line, ThemeProblem(.themeUnknownColour, name, Self.basicColors.joined(separator: ", ")))
    }

    private func problem(_ line: Int, _ problem: ThemeProblem) -> ThemeError {
        .invalid(path: path, line: line, problem: problem)
    }

    private func duplicate(_ key: String, _ line: Int, first: Int) -> ThemeError {
        problem(line, ThemeProblem(.themeSetTwice, key, String(first)))
    }

    private static let attributeNames: [String: Style.Attributes] = [
        "bold": .bold, "reverse": .reverse, "underline": .underline, "dim": .dim,
    ]

    private static let basicColors = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The eight basic colours by name, their bright forms as xterm colours 8 to 15, and
    /// `default` for the terminal's own.
    private static let colorNames: [String: Theme.Color] = {
        let basic: [Theme.Color] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]
        var names: [String: Theme.Color] = ["default": .terminalDefault]
        for (index, name) in basicColors.enumerated() {
            names[name] = basic[index]
            names["bright-" + name] = .indexed(UInt8(8 + index))
        }
        return names
    }()
}

extension Style.Role {
    /// The role's name in theme files and messages, in kebab-case (`tab-active`).
    public var themeName: String {
        rawValue.reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }

    /// The role a theme file names, in kebab-case (`tab-active`) or as in Swift (`tabActive`).
    public init?(themeName: String) {
        guard let role = Self.allCases.first(where: { $0.themeName == themeName || $0.rawValue == themeName })
        else { return nil }
        self = role
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? endIndex
        return String(self[start..<end])
    }
}

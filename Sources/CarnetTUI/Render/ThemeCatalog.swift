import Foundation

/// Finds themes by name and resolves their inheritance: the user's own themes in
/// `$XDG_CONFIG_HOME/carnet/themes/NAME.theme` (by default `~/.config/carnet/themes/`) first,
/// then the themes shipped in carnet.
///
/// ```swift
/// let theme = try ThemeCatalog(environment: ProcessInfo.processInfo.environment)
///     .theme(named: "high-contrast")
/// ```
///
/// A user theme may `inherit` a shipped theme, and one named like a shipped theme replaces
/// it; `inherit = light` in the user's own `light.theme` means the shipped one. Shipped
/// themes only ever inherit shipped themes. Every theme must read without colour
/// (``ThemeRules``), so a theme that breaks the rule is refused like a typo.
public struct ThemeCatalog: Sendable {
    /// The folder of the user's themes; nil for the shipped themes alone.
    public let userDirectory: String?
    private let shipped: [String: String]

    /// The shipped themes and the user's, from `XDG_CONFIG_HOME` or `HOME` in `environment`.
    public init(environment: [String: String]) {
        self.init(userDirectory: Self.userDirectory(environment: environment))
    }

    init(userDirectory: String?, shipped: [String: String] = ShippedThemes.texts) {
        self.userDirectory = userDirectory
        self.shipped = shipped
    }

    /// `$XDG_CONFIG_HOME/carnet/themes`, or `~/.config/carnet/themes`; a relative
    /// `XDG_CONFIG_HOME` is ignored, as the XDG specification says.
    public static func userDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return xdg + "/carnet/themes"
        }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/carnet/themes"
    }

    /// The names of the themes shipped with carnet.
    public static var shippedNames: [String] { ShippedThemes.texts.keys.sorted() }

    /// Every theme name, shipped and the user's, sorted.
    public var names: [String] {
        Set(shipped.keys).union(userThemeNames()).sorted()
    }

    /// The theme with this name, its inheritance resolved.
    public func theme(named name: String) throws(ThemeError) -> Theme {
        guard let source = try source(named: name, shippedOnly: false) else {
            throw .unknown(name: name, available: names, userDirectory: userDirectory)
        }
        let resolved = try resolve(source, chain: [])
        let theme = Theme(name: name, looks: resolved.looks, allowedAttributes: resolved.allowed)
        if let violation = ThemeRules.violations(in: theme).first {
            let origin = resolved.origins[violation.role] ?? (source.path, nil)
            throw .invalid(path: origin.path, line: origin.line, problem: violation.problem)
        }
        return theme
    }

    /// A shipped theme, for the built-in ``Theme/default`` and ``Theme/monochrome``. The
    /// shipped files are tested, so a failure here is a bug in carnet, not the user's doing.
    static func shippedTheme(_ name: String) -> Theme {
        do {
            return try ThemeCatalog(userDirectory: nil).theme(named: name)
        } catch {
            fatalError("the shipped theme \(name) is broken: \(error)")
        }
    }

    private enum Layer {
        case user, shipped
    }

    private struct Source {
        var name: String
        var layer: Layer
        var path: String
        var text: String
    }

    private struct Resolved {
        var looks: [Style.Role: Theme.Look] = [:]
        var allowed: Style.Attributes = [.bold, .reverse, .underline, .dim]
        /// Which file and line gave each role its look, to point at when a rule is broken.
        var origins: [Style.Role: (path: String, line: Int?)] = [:]
    }

    private func resolve(_ source: Source, chain: [Source]) throws(ThemeError) -> Resolved {
        let file = try ThemeFile(parsing: source.text, path: source.path)
        var resolved = Resolved()
        if let inherit = file.inherit {
            // A shipped theme stays whole whatever the user overrides, and a user theme that
            // inherits its own name extends the shipped theme it replaces.
            let shippedOnly = source.layer == .shipped || inherit.value == source.name
            guard let parent = try self.source(named: inherit.value, shippedOnly: shippedOnly) else {
                throw .invalid(
                    path: source.path, line: inherit.line,
                    problem: ThemeProblem(.themeNoParent, inherit.value, names.joined(separator: ", ")))
            }
            let path = chain + [source]
            if path.contains(where: { $0.name == parent.name && $0.layer == parent.layer }) {
                throw .invalid(
                    path: source.path, line: inherit.line,
                    problem: ThemeProblem(.themeInheritLoop, (path + [parent]).map(\.name).joined(separator: " → ")))
            }
            resolved = try resolve(parent, chain: path)
        }
        for (role, entry) in file.looks {
            resolved.looks[role] = entry.value
            resolved.origins[role] = (source.path, entry.line)
        }
        if let allow = file.allow { resolved.allowed = allow.value }
        return resolved
    }

    private func source(named name: String, shippedOnly: Bool) throws(ThemeError) -> Source? {
        guard ThemeFile.isValidName(name) else { return nil }
        if !shippedOnly, let directory = userDirectory {
            let path = directory + "/" + name + ".theme"
            if FileManager.default.fileExists(atPath: path) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw .invalid(path: path, line: nil, problem: ThemeProblem(.themeUnreadable))
                }
                return Source(
                    name: name, layer: .user, path: path, text: String(decoding: data, as: UTF8.self))
            }
        }
        return shipped[name].map {
            Source(name: name, layer: .shipped, path: ShippedThemes.path(of: name), text: $0)
        }
    }

    private func userThemeNames() -> [String] {
        guard let directory = userDirectory,
            let files = try? FileManager.default.contentsOfDirectory(atPath: directory)
        else { return [] }
        return files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(".theme".count)) }
            .filter(ThemeFile.isValidName)
    }
}

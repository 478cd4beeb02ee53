import Foundation

/// Finds the password for a location as libpq does: the URL's own, else `PGPASSWORD`, else
/// the first matching line of the password file (`PGPASSFILE`, else `~/.pgpass`).
///
/// A password file readable by the group or others is ignored, as libpq ignores it; the
/// lookup keeps a note of that so a refused login can say why no password was sent.
public struct PostgresPassword: Sendable {
    /// The password, if one was found.
    public let value: String?
    /// Why a password file was passed over (said when the server then refuses the login).
    public let notes: [String]

    public init(for location: PostgresLocation, environment: [String: String], home: String) {
        if let password = location.urlPassword {
            self.init(value: password, notes: [])
        } else if let password = environment["PGPASSWORD"], !password.isEmpty {
            self.init(value: password, notes: [])
        } else {
            let file = environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.pgpass"
            self = Self.lookUp(location, in: file)
        }
    }

    private init(value: String?, notes: [String]) {
        self.value = value
        self.notes = notes
    }

    private static func lookUp(_ location: PostgresLocation, in file: String) -> PostgresPassword {
        var status = stat()
        guard stat(file, &status) == 0 else { return PostgresPassword(value: nil, notes: []) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return PostgresPassword(value: nil, notes: ["the password file \(file) is not a plain file"])
        }
        guard status.st_mode & (S_IRWXG | S_IRWXO) == 0 else {
            return PostgresPassword(
                value: nil,
                notes: [
                    "the password file \(file) was ignored: others can read it (make it private: chmod 600 \(file))"
                ])
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            return PostgresPassword(value: nil, notes: ["the password file \(file) cannot be read"])
        }
        let wanted = [location.host, String(location.port), location.database, location.user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(of: line)
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) {
                return PostgresPassword(value: fields[4], notes: [])
            }
        }
        return PostgresPassword(value: nil, notes: [])
    }

    /// `host:port:database:user:password`, where `\:` is a colon and `\\` a backslash.
    static func fields(of line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}

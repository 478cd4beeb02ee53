import Foundation
import Testing

@testable import CarnetPostgres

/// The password of a login: the URL's, else PGPASSWORD, else the password file, as libpq.
@Suite final class PostgresPasswordTests {
    let location: PostgresLocation
    let home: String

    init() throws {
        location = try PostgresLocation(url: "postgres://clerk@db.example:5432/clinic", environment: [:])
        home = NSTemporaryDirectory() + "carnet-pgpass-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: home) }

    func writePasswordFile(_ text: String, mode: Int = 0o600, name: String = ".pgpass") throws -> String {
        let path = home + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    @Test func theURLComesFirstThenPGPASSWORDThenTheFile() throws {
        _ = try writePasswordFile("*:*:*:*:from-file\n")
        let inURL = try PostgresLocation(url: "postgres://clerk:from-url@db.example/clinic", environment: [:])
        #expect(
            PostgresPassword(for: inURL, environment: ["PGPASSWORD": "from-env"], home: home).value
                == "from-url")
        #expect(
            PostgresPassword(for: location, environment: ["PGPASSWORD": "from-env"], home: home).value
                == "from-env")
        #expect(PostgresPassword(for: location, environment: [:], home: home).value == "from-file")
    }

    @Test func takesTheFirstMatchingLineOfThePasswordFile() throws {
        _ = try writePasswordFile(
            """
            # host:port:database:user:password
            db.example:5432:other:clerk:not-this-database
            db.example:6000:*:clerk:not-this-port
            db.example:*:clinic:nurse:not-this-user
            db.example:*:clinic:clerk:pa\\:ss\\\\word:with-colons
            *:*:*:*:too-late
            """)
        #expect(
            PostgresPassword(for: location, environment: [:], home: home).value == "pa:ss\\word:with-colons")
    }

    @Test func readsPGPASSFILE() throws {
        let path = try writePasswordFile("*:*:clinic:clerk:elsewhere\n", name: "passwords")
        #expect(
            PostgresPassword(for: location, environment: ["PGPASSFILE": path], home: home).value
                == "elsewhere")
    }

    @Test func ignoresAPasswordFileOthersCanRead() throws {
        let path = try writePasswordFile("*:*:*:*:exposed\n", mode: 0o644)
        let password = PostgresPassword(for: location, environment: [:], home: home)
        #expect(password.value == nil)
        #expect(
            password.notes == [
                "the password file \(path) was ignored: others can read it (make it private: chmod 600 \(path))"
            ])
    }

    @Test func noFileNoPassword() {
        let password = PostgresPassword(for: location, environment: [:], home: home)
        #expect(password.value == nil)
        #expect(password.notes.isEmpty)
    }
}

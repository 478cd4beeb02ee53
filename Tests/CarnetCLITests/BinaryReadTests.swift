import Foundation
import Testing

/// A professional's read that carnet refuses to deliver (a binary file to a terminal) is not
/// recorded as a read, nor notified.
@Suite struct BinaryReadTests {
    /// The smallest PNG carnet accepts: its signature and a 1×1 header.
    static let png = Data(
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE]
            + [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aBinaryDocumentRefusedOnATerminalIsNotLoggedAsRead() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let image = carnet.path("scan.png")
        try Self.png.write(to: URL(fileURLWithPath: image))
        let add = try carnet.run([
            "pro", "--rpps", "10000000003", "add", image, "--category", "CPT_REND", "--title", "Scan", "--demo",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        let id = add.stdout.filter(\.isNumber)
        let events = try carnet.run(["log", "--demo", "--json"]).jsonObjects().count
        let notifications = try carnet.run(["notifications", "list", "--demo", "--json"]).jsonObjects().count
        // On a terminal (script gives the command one): refused, and nothing recorded.
        let command = [CarnetRunner.executable.path, "pro", "--rpps", "10000000003", "read", id, "--demo"]
            .joined(separator: " ")
        let onTerminal = try carnet.run(
            ["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(onTerminal.status == 1)
        #expect(onTerminal.stdout.contains("redirect it to a file"), "\(onTerminal.stdout)")
        #expect(try carnet.run(["log", "--demo", "--json"]).jsonObjects().count == events)
        #expect(
            try carnet.run(["notifications", "list", "--demo", "--json"]).jsonObjects().count == notifications)
        // Into a file (a pipe here): delivered, logged and notified.
        let piped = try carnet.run(["pro", "--rpps", "10000000003", "read", id, "--demo"])
        #expect(piped.status == 0)
        let log = try carnet.run(["log", "--demo", "--json"]).jsonObjects()
        #expect(log.count == events + 1)
        #expect(log.first?["action"] as? String == "read" && log.first?["target"] as? String == "document \(id)")
    }
}

import Foundation
import Testing

/// Every signal that ends carnet leaves the terminal as it found it (main screen, cursor shown)
/// and the conventional status; a kiosk never offers Swift's interactive backtracer.
@Suite(.serialized) struct SignalsEndToEndTests {
    /// carnet itself: the pane runs a shell that runs it.
    func carnetPID(_ tui: TmuxDriver) throws -> Int32 {
        let shell = try tui.panePID()
        return try #require(try CarnetRunner.childProcesses(of: shell).first)
    }

    @Test(arguments: [SIGUSR1, SIGALRM, SIGPIPE, SIGQUIT, SIGUSR2])
    func aSignalRestoresTheTerminalAndExitsWithItsStatus(_ signal: Int32) async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let tui = try carnet.browser("--demo")
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 16")
        #expect(try tui.paneFormat("#{alternate_on}") == "1")
        kill(try carnetPID(tui), signal)
        try await tui.expectScreenContains("EXITED \(128 + signal)")
        #expect(try tui.paneFormat("#{alternate_on}") == "0", "back on the main screen")
        #expect(try tui.paneFormat("#{cursor_flag}") == "1", "the cursor shows again")
    }

    @Test func aKioskRunsWithTheBacktracerNonInteractive() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        try carnet.run(["kiosk", "set-pin", "--demo"], stdin: "2468\n2468\n")
        let tui = try carnet.browser("--kiosk --demo")
        defer { tui.stop() }
        try await tui.expectScreenContains("read-only kiosk")
        let environ = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(try carnetPID(tui))/environ"))
        let variables = environ.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        #expect(variables.contains("SWIFT_BACKTRACE=interactive=no"))
    }
}

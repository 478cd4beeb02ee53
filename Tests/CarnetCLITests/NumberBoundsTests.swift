import Foundation
import Testing

/// Numbers a person types are bounded with a clear message, instead of crashing carnet.
@Suite struct NumberBoundsTests {
    static let shared: CarnetRunner = {
        let runner = CarnetRunner()
        _ = try! runner.run(["demo", "--no-open"])
        return runner
    }()

    @Test(arguments: ["200000000000000", "9223372036854775807", "0", "-5", "36501"])
    func summaryDaysAreBounded(_ days: String) throws {
        let result = try Self.shared.run(["measure", "summary", "weight", "--demo", "--days=\(days)"])
        #expect(result.status == 64, "\(days): \(result.stderr)")
        #expect(result.stderr.contains("--days must be 1 to 36500"), "\(result.stderr)")
    }

    @Test func aCenturyOfDaysIsFine() throws {
        let result = try Self.shared.run(["measure", "summary", "weight", "--demo", "--days", "36500"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test(arguments: ["9223372036854775807", "86401", "4"])
    func idleTimeoutsAreBounded(_ seconds: String) throws {
        let result = try Self.shared.run(["--kiosk", "--demo", "--idle-timeout", seconds])
        #expect(result.status == 64, "\(seconds): \(result.stderr)")
        #expect(result.stderr.contains("--idle-timeout must be 5 to 86400 seconds"), "\(result.stderr)")
    }
}

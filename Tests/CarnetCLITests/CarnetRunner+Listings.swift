import CarnetCore
import Foundation
import Testing

/// What a person can list of a record, to tell two records apart or not (a copy, the same
/// demo in a file and on a server).
extension CarnetRunner {
    /// Every listing of one record, ids included (a copy keeps them), as JSON text.
    func listings(_ database: [String]) throws -> [String: String] {
        var commands = [
            "documents": ["documents", "list"], "vaccinations": ["vaccinations", "list"],
            "profile": ["profile", "list"], "access": ["access", "list"], "log": ["log"],
            "notifications": ["notifications", "list"], "due": ["vaccinations", "due"],
        ]
        for type in MeasurementType.allCases where type != .systolic && type != .diastolic {
            commands[type.code] = ["measure", "list", type.code]
        }
        return try commands.mapValues { command in
            let result = try run(command + database + ["--json"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            return result.stdout
        }
    }

    /// What must stay the same of a record besides its listings: its head and its summary.
    func recordState(_ database: [String]) throws -> [String] {
        try [
            run(["log", "head"] + database).stdout, run(["log", "verify"] + database).stdout,
            run(["notifications", "prefs"] + database).stdout,
        ]
    }
}

import Foundation

/// SQLite's own floor: the same query as carnet's, run in one `sqlite3` session with
/// `.timer on`, so that a figure is read as a ratio to what SQLite alone takes on this
/// machine at this moment (which stays true on a noisy machine). The time is the CPU time
/// (`user` + `sys`) of the median run: `real` has only millisecond resolution.
enum SQLiteFloor {
    /// Median CPU time of `runs` runs of `sql`, or nil when `sqlite3` is not installed.
    static func median(of sql: String, in path: String, runs: Int = 9) -> Duration? {
        let script = ".timer on\n.output /dev/null\n" + String(repeating: sql + ";\n", count: runs)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-readonly", path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        input.fileHandleForWriting.write(Data(script.utf8))
        try? input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let times = text.split(separator: "\n").compactMap(cpuTime).sorted()
        guard process.terminationStatus == 0, times.count == runs else { return nil }
        return times[runs / 2]
    }

    /// "Run Time: real 0.016 user 0.001954 sys 0.000000" → 1.954 ms.
    private static func cpuTime(_ line: Substring) -> Duration? {
        let words = line.split(separator: " ")
        guard words.count == 8, words[0] == "Run", let user = Double(words[5]), let sys = Double(words[7])
        else { return nil }
        return .microseconds(Int(((user + sys) * 1_000_000).rounded()))
    }

    /// The queries carnet's lists make, as they reach SQLite, for patient `patient`: the
    /// count of the list's heading, its first page and its last page (200 rows).
    static func queries(patient: Int64) -> [String: (count: String, first: String, last: String)] {
        let history = "FROM accessEvent WHERE patientId = \(patient)"
        let page = "SELECT id, at, actorType, actorId, actorName, action, target, outcome, emergency, reason, hash"
        let readings = "FROM measurement WHERE patientId = \(patient) AND code IN ('99504-3')"
        return [
            "access history": (
                "SELECT coalesce(sum(events), 0) FROM accessEventDay WHERE patientId = \(patient)",
                "\(page) \(history) ORDER BY at DESC, id DESC LIMIT 200",
                "\(page) \(history) ORDER BY at ASC, id ASC LIMIT 200"
            ),
            "documents": (
                "SELECT count(*) FROM document WHERE patientId = \(patient)",
                "SELECT id, title, category, actDate FROM document WHERE patientId = \(patient) ORDER BY actDate DESC, id DESC LIMIT 200",
                "SELECT id, title, category, actDate FROM document WHERE patientId = \(patient) ORDER BY actDate ASC, id ASC LIMIT 200"
            ),
            "CGM readings": (
                "SELECT coalesce(sum(readings), 0) FROM measurementDay WHERE patientId = \(patient) AND code = '99504-3'",
                "SELECT id, code, value, unit, at \(readings) ORDER BY at DESC, id DESC LIMIT 200",
                "SELECT id, code, value, unit, at \(readings) ORDER BY at ASC, id ASC LIMIT 200"
            ),
        ]
    }
}

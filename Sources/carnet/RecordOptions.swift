import ArgumentParser
import CarnetCore
import Foundation

/// `--db`, `--demo` and `--patient`, declared once and used by the root command and every
/// subcommand, so that a parent command never swallows them.
struct RecordOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Path of the record database.", valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Use the demo record (demo.sqlite beside your record).")
    var demo = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The patient: their number in the record or their INS (default: the record's only or first patient).",
            valueName: "id"))
    var patient: String?

    func validate() throws {
        if db != nil && demo {
            throw ValidationError("--db and --demo name two different records; give one of them.")
        }
    }

    /// The database this command works on.
    var path: String {
        if let db { return db }
        return demo ? DataPaths.demo() : DataPaths.record()
    }

    func openStore() throws -> Store {
        try Store.open(at: path)
    }

    func patient(in store: Store) throws -> Patient {
        try store.patient(matching: patient)
    }
}

/// `--json` and `--limit`, shared by every listing.
struct ListingOptions: ParsableArguments {
    @Flag(name: .long, help: "Print a JSON array of objects instead of a table.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Print at most N rows.", valueName: "N"))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more.") }
    }
}

import CarnetCore
import Foundation
import Testing

/// `carnet pro` and `carnet access …` on the demo record, as a script would use them.
@Suite(.serialized) struct ProAndAccessTests {
    let carnet: CarnetRunner

    init() throws {
        carnet = CarnetRunner()
        try carnet.run(["demo", "--no-open"])
    }

    func titles(_ result: CarnetRunner.Result) throws -> [String] {
        try result.jsonObjects().compactMap { $0["title"] as? String }
    }

    @Test func theMaskedLabResultIsHiddenFromThePharmacistButNotFromTheTreatingDoctor() throws {
        defer { carnet.cleanUp() }
        let pharmacist = try carnet.run([
            "pro", "--rpps", DemoCast.pharmacist.rpps, "list", "--demo", "--json",
        ])
        #expect(pharmacist.status == 0, "\(pharmacist.stderr)")
        let seen = try pharmacist.jsonObjects()
        #expect(seen.contains { $0["category"] as? String == "BIOLOGIE" })
        #expect(!seen.contains { $0["masked"] as? Bool == true })
        #expect(!seen.contains { $0["category"] as? String == "CPT_REND" })
        let doctor = try carnet.run([
            "pro", "--rpps", DemoCast.treatingDoctor.rpps, "list", "--demo", "--json",
        ])
        #expect(
            try doctor.jsonObjects().contains {
                $0["masked"] as? Bool == true && $0["category"] as? String == "BIOLOGIE"
            })
    }

    @Test func theBlockedProfessionalIsRefusedWithExitCode3AndTheRefusalIsRecorded() throws {
        defer { carnet.cleanUp() }
        let result = try carnet.run(["pro", "--rpps", DemoCast.blocked.rpps, "list", "--demo"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("blocked by the patient"))
        #expect(result.stdout.isEmpty)
        let store = try SQLiteStore.open(at: carnet.dataDirectory + "/demo.sqlite")
        let last = try #require(try store.accessEvents(of: 1, limit: 1).first)
        #expect(last.actorId == DemoCast.blocked.rpps && last.outcome == .denied)
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "1"]).jsonObjects()
        #expect(log.first?["actorId"] as? String == DemoCast.blocked.rpps)
        #expect(log.first?["outcome"] as? String == "denied")
        #expect(try carnet.run(["log", "verify", "--demo"]).status == 0)
    }

    @Test func unknownProfessionalsAndForbiddenDocumentsExit3() throws {
        defer { carnet.cleanUp() }
        let unknown = try carnet.run(["pro", "--rpps", "10999999999", "list", "--demo"])
        #expect(unknown.status == 3)
        #expect(unknown.stderr.contains("no professional with RPPS number 10999999999"))
        let report = try carnet.run(["pro", "--rpps", DemoCast.pharmacist.rpps, "read", "8", "--demo"])
        #expect(report.status == 3)
        let stranger = try carnet.run(["pro", "--rpps", DemoCast.nurse.rpps, "list", "--demo"])
        #expect(stranger.status == 3)
        let emergency = try carnet.run([
            "pro", "--rpps", DemoCast.nurse.rpps, "--emergency", "list", "--demo",
        ])
        #expect(emergency.status == 0)
    }

    @Test func aProfessionalAddsAndUpdatesADocument() throws {
        defer { carnet.cleanUp() }
        let file = carnet.path("report.txt")
        try Data("Consultation du 26/11/2026.".utf8).write(to: URL(fileURLWithPath: file))
        let add = try carnet.run([
            "pro", "--rpps", DemoCast.cardiologist.rpps, "add", file, "--category", "CPT_REND", "--title",
            "Consultation de suivi", "--demo",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        let id = add.stdout.filter(\.isNumber)
        let documents = try carnet.run(["documents", "list", "--demo", "--json"]).jsonObjects()
        let added = try #require(documents.first { $0["id"] as? String == id })
        #expect(added["author"] as? String == DemoCast.cardiologist.name)
        try Data("Version corrigée.".utf8).write(to: URL(fileURLWithPath: file))
        let update = try carnet.run([
            "pro", "--rpps", DemoCast.cardiologist.rpps, "update", id, file, "--demo",
        ])
        #expect(update.status == 0, "\(update.stderr)")
        let read = try carnet.run(["pro", "--rpps", DemoCast.cardiologist.rpps, "read", id, "--demo"])
        #expect(read.stdout == "Version corrigée.\n")
        let other = try carnet.run([
            "pro", "--rpps", DemoCast.treatingDoctor.rpps, "update", id, file, "--demo",
        ])
        #expect(other.status == 3)
        try Data([0x4D, 0x5A, 0x90, 0x00]).write(to: URL(fileURLWithPath: carnet.path("x.exe")))
        let badType = try carnet.run([
            "pro", "--rpps", DemoCast.cardiologist.rpps, "add", carnet.path("x.exe"), "--category",
            "CPT_REND",
            "--title", "T", "--demo",
        ])
        #expect(badType.status == 1)
        #expect(badType.stderr.contains("x.exe is a Windows program, not a document"))
    }

    @Test func blockingTheTreatingDoctorIsExplainedAndChangesNothing() throws {
        defer { carnet.cleanUp() }
        let result = try carnet.run(["access", "block", DemoCast.treatingDoctor.rpps, "--demo"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is your treating doctor and cannot be blocked"))
        let rows = try carnet.run(["access", "list", "--demo", "--json"]).jsonObjects()
        let doctor = rows.first { $0["id"] as? String == DemoCast.treatingDoctor.rpps }
        #expect(doctor?["status"] as? String == "authorized")
    }

    @Test func consentCommandsChangeWhatProfessionalsSee() throws {
        defer { carnet.cleanUp() }
        let rpps = DemoCast.physiotherapist.rpps
        #expect(try carnet.run(["access", "block", rpps, "--demo"]).stdout.contains("is blocked"))
        #expect(try carnet.run(["pro", "--rpps", rpps, "list", "--demo"]).status == 3)
        #expect(try carnet.run(["access", "unblock", rpps, "--demo"]).status == 0)
        #expect(try carnet.run(["pro", "--rpps", rpps, "list", "--demo"]).status == 3)
        #expect(try carnet.run(["access", "grant", rpps, "--demo"]).status == 0)
        #expect(try carnet.run(["pro", "--rpps", rpps, "list", "--demo"]).status == 0)

        #expect(try carnet.run(["access", "emergency", "any", "off", "--demo"]).stdout.hasPrefix("Off:"))
        #expect(
            try carnet.run(["pro", "--rpps", DemoCast.nurse.rpps, "--emergency", "list", "--demo"]).status
                == 3)
        #expect(try carnet.run(["access", "emergency", "bogus", "on", "--demo"]).status == 64)

        #expect(try carnet.run(["access", "close", "--demo"]).status == 64)
        #expect(try carnet.run(["access", "close", "--yes", "--demo"]).status == 0)
        let closed = try carnet.run(["pro", "--rpps", DemoCast.treatingDoctor.rpps, "list", "--demo"])
        #expect(closed.status == 3)
        #expect(closed.stderr.contains("closed their record"))
        #expect(try carnet.run(["access", "reopen", "--demo"]).status == 0)
        #expect(
            try carnet.run(["pro", "--rpps", DemoCast.treatingDoctor.rpps, "list", "--demo"]).status == 0)

        let doctor = try carnet.run(["access", "set-doctor", DemoCast.cardiologist.rpps, "--demo"])
        #expect(doctor.stdout.contains("is now your treating doctor"))
        let rows = try carnet.run(["access", "list", "--demo", "--json"]).jsonObjects()
        #expect(
            rows.first { $0["treatingDoctor"] as? Bool == true }?["id"] as? String
                == DemoCast.cardiologist.rpps)
    }
}

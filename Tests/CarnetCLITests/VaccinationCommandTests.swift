import CarnetCore
import Foundation
import Testing

/// `carnet vaccinations …` and `carnet pro … vaccinate` on the demo record.
@Suite(.serialized) struct VaccinationCommandTests {
    let carnet: CarnetRunner

    init() throws {
        carnet = CarnetRunner()
        try carnet.run(["demo", "--no-open"])
    }

    func card() throws -> [[String: Any]] {
        try carnet.run(["vaccinations", "list", "--demo", "--json"]).jsonObjects()
    }

    @Test func theDemoBoosterAtFortyFiveIsOverdueInWords() throws {
        defer { carnet.cleanUp() }
        let due = try carnet.run(["vaccinations", "due", "--demo"])
        #expect(due.status == 0, "\(due.stderr)")
        #expect(due.stdout.contains("Diphtheria-tetanus-polio booster overdue since 14 March 2026"))
        let json = try carnet.run(["vaccinations", "due", "--demo", "--json"]).jsonObjects()
        #expect(json.first?["rule"] as? String == "dtpBooster")
        #expect(json.first?["status"] as? String == "overdue")
        #expect(json.first?["date"] as? String == "2026-03-14")
    }

    @Test func theCardListsNewestFirstWithLotsAndFiltersByDisease() throws {
        defer { carnet.cleanUp() }
        let all = try card()
        #expect(all.count == 19)
        #expect(all.first?["vaccine"] as? String == "Vaxigrip")
        #expect(all.first?["lotNumber"] as? String == "X5K02")
        #expect(all.first?["diseases"] as? [String] == ["influenza"])
        let flu = try carnet.run(["vaccinations", "list", "--demo", "--json", "--disease", "influenza"])
        #expect(try flu.jsonObjects().map { $0["vaccine"] as? String } == ["Vaxigrip", "Vaxigrip Tetra"])
    }

    @Test func aFutureDateOrAnEmptyVaccineIsRefusedAndWritesNothing() throws {
        defer { carnet.cleanUp() }
        let future = try carnet.run(["vaccinations", "add", "Revaxis", "--date", "2099-01-01", "--demo"])
        #expect(future.status == 1)
        #expect(future.stderr.contains("2099-01-01 is in the future"))
        let empty = try carnet.run(["vaccinations", "add", " ", "--demo"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("the vaccine is empty"))
        let unknown = try carnet.run(["vaccinations", "add", "Mystery", "--demo"])
        #expect(unknown.stderr.contains("which diseases Mystery protects against"))
        #expect(try card().count == 19)
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "1"]).jsonObjects()
        #expect(log.first?["target"] as? String != "vaccinations")
    }

    @Test func thePatientsEntryIsMarkedAsTheirsAndLogged() throws {
        defer { carnet.cleanUp() }
        let added = try carnet.run([
            "vaccinations", "add", "Revaxis", "--date", "2026-11-20", "--lot", "RX-1", "--vaccinator",
            "Centre de vaccination", "--demo",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let first = try #require(try card().first)
        #expect(first["vaccine"] as? String == "Revaxis")
        #expect(first["diseases"] as? [String] == ["diphtheria", "tetanus", "poliomyelitis"])
        #expect(first["enteredBy"] as? String == "patient")
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "1"]).jsonObjects()
        #expect(log.first?["action"] as? String == "add")
        #expect((log.first?["target"] as? String)?.hasPrefix("vaccination ") == true)
        // Given: the booster is no longer overdue.
        let due = try carnet.run(["vaccinations", "due", "--demo"])
        #expect(!due.stdout.contains("overdue"))
    }

    @Test func aProfessionalVaccinatesThroughTheGate() throws {
        defer { carnet.cleanUp() }
        let physio = try carnet.run([
            "pro", "--rpps", DemoCast.physiotherapist.rpps, "vaccinate", "Revaxis", "--demo",
        ])
        #expect(physio.status == 3)
        #expect(physio.stderr.contains("does not vaccinate"))
        let blocked = try carnet.run([
            "pro", "--rpps", DemoCast.blocked.rpps, "vaccinate", "Revaxis", "--demo",
        ])
        #expect(blocked.status == 3)
        #expect(try card().count == 19)

        let pharmacist = try carnet.run([
            "pro", "--rpps", DemoCast.pharmacist.rpps, "vaccinate", "Efluelda", "--lot", "EF-7", "--demo",
        ])
        #expect(pharmacist.status == 0, "\(pharmacist.stderr)")
        let first = try #require(try card().first)
        #expect(first["vaccine"] as? String == "Efluelda")
        #expect(first["enteredBy"] as? String == "professional")
        #expect(first["vaccinator"] as? String == DemoCast.pharmacist.name)
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "3"]).jsonObjects()
        #expect(log.first?["actorId"] as? String == DemoCast.pharmacist.rpps)
        #expect(log.first?["outcome"] as? String == "done")
        #expect(
            log.dropFirst().contains {
                $0["actorId"] as? String == DemoCast.physiotherapist.rpps
                    && $0["outcome"] as? String == "denied"
            })
    }
}

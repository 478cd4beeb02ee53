import CarnetCore
import Foundation
import Testing

/// `carnet profile …` on the demo record.
@Suite(.serialized) struct ProfileCommandTests {
    let carnet: CarnetRunner

    init() throws {
        carnet = CarnetRunner()
        try carnet.run(["demo", "--no-open"])
    }

    func profile(_ section: String? = nil) throws -> [[String: Any]] {
        try carnet.run(["profile", "list", "--demo", "--json"] + (section.map { ["--section", $0] } ?? []))
            .jsonObjects()
    }

    @Test func theListHoldsEverySectionWithItsFields() throws {
        defer { carnet.cleanUp() }
        let all = try profile()
        #expect(all.count == 16)
        #expect(
            Set(all.compactMap { $0["section"] as? String })
                == Set(ProfileEntry.Section.allCases.map(\.rawValue)))
        let contacts = try profile("contact")
        #expect(contacts.map { $0["contactRole"] as? String } == ["emergency", "trustedPerson", "carer"])
        #expect(contacts.first?["phone"] as? String == "06 39 98 00 01")
        let family = try profile("family-history")
        #expect(family.map { $0["relative"] as? String } == ["father", "mother"])
        let table = try carnet.run(["profile", "--demo", "--section", "illness"])
        #expect(
            table.stdout.contains("Appendicite aiguë") && table.stdout.contains("2025-10-30 – 2025-11-03"))
        #expect(table.stdout.contains("since 2019-06-12"))
    }

    @Test func addChangeAndRemoveAreWrittenWithTheirEvents() throws {
        defer { carnet.cleanUp() }
        let added = try carnet.run([
            "profile", "add", "family-history", "Glaucome", "--relative", "grand-mère", "--demo",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("Added to your profile: Family history “Glaucome” (id "))
        let entry = try #require(try profile("familyHistory").first { $0["label"] as? String == "Glaucome" })
        #expect(entry["relative"] as? String == "grandmother")
        let id = try #require(entry["id"] as? String)

        let changed = try carnet.run(["profile", "change", id, "--detail", "À 70 ans", "--demo"])
        #expect(
            changed.stdout == "Changed in your profile: Family history “Glaucome”.\n", "\(changed.stderr)")
        #expect(
            try profile("familyHistory").first { $0["id"] as? String == id }?["detail"] as? String
                == "À 70 ans")

        let removed = try carnet.run(["profile", "remove", id, "--demo"])
        #expect(removed.stdout == "Removed from your profile: Family history “Glaucome”.\n")
        #expect(try profile().count == 16)
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "3"]).jsonObjects()
        #expect(log.map { $0["action"] as? String } == ["delete", "modify", "add"])
        #expect(
            log.allSatisfy {
                $0["target"] as? String == "profile \(id)" && $0["actorType"] as? String == "patient"
            })
    }

    @Test func refusalsSayWhyAndWriteNothing() throws {
        defer { carnet.cleanUp() }
        let phone = try carnet.run([
            "profile", "add", "contact", "Léa", "--role", "carer", "--phone", "12", "--demo",
        ])
        #expect(phone.status == 1)
        #expect(phone.stderr.contains("“12” is not a phone number"))
        let relative = try carnet.run(["profile", "add", "family-history", "Glaucome", "--demo"])
        #expect(relative.status == 1)
        #expect(relative.stderr.contains("“Relative” is needed: choose one of mother, father"))
        let future = try carnet.run([
            "profile", "add", "illness", "Asthme", "--start", "2099-01-01", "--demo",
        ])
        #expect(future.stderr.contains("“Start” (2099-01-01) is after today"))
        let group = try carnet.run(["profile", "add", "blood-group", "O+", "--demo"])
        #expect(group.stderr.contains("Your blood group is already recorded (A+)"))
        let misplaced = try carnet.run([
            "profile", "add", "allergy", "Latex", "--phone", "0612345678", "--demo",
        ])
        #expect(misplaced.stderr.contains("“Phone” is not a field of Allergies"))
        let section = try carnet.run(["profile", "add", "pets", "Rex", "--demo"])
        #expect(section.status == 64)
        #expect(section.stderr.contains("“pets” is not a section of the profile: allergy, illness"))
        let missing = try carnet.run(["profile", "remove", "999", "--demo"])
        #expect(missing.status == 1 && missing.stderr.contains("There is no profile entry 999"))
        #expect(try profile().count == 16)
        let dosage = try carnet.run(["profile", "add", "treatment", "Ventoline", "--demo"])
        #expect(dosage.stderr.contains("“Dosage” is empty: this field is needed."))
        let log = try carnet.run(["log", "--demo", "--json", "--limit", "1"]).jsonObjects()
        #expect((log.first?["target"] as? String)?.hasPrefix("profile") == false)
    }
}

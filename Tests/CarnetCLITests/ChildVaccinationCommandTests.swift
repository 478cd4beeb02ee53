import CarnetCore
import Foundation
import Testing

/// `carnet vaccinations due` for a child's record: the children's calendar comes through the
/// same command as the adult rules, in words in both languages and in JSON.
@Suite(.serialized) struct ChildVaccinationCommandTests {
    let carnet = CarnetRunner()
    let calendar = Calendar(identifier: .gregorian)

    func iso(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    @Test func aThirteenMonthOldsSecondMMRDoseIsDueBy18Months() throws {
        defer { carnet.cleanUp() }
        let today = calendar.startOfDay(for: Date())
        let birth = calendar.date(byAdding: .month, value: -13, to: today)!
        let twelveMonths = calendar.date(byAdding: .month, value: 12, to: birth)!
        let eighteenMonths = calendar.date(byAdding: .month, value: 18, to: birth)!
        let made = try carnet.run(["init", "--name", "Léa Durand", "--birth-date", iso(birth)])
        #expect(made.status == 0, "\(made.stderr)")
        let added = try carnet.run([
            "vaccinations", "add", "Priorix", "--date", iso(twelveMonths), "--kind", "primary",
        ])
        #expect(added.status == 0, "\(added.stderr)")

        let english = try carnet.run(["vaccinations", "due"])
        #expect(english.status == 0, "\(english.stderr)")
        let on = TextFormat(.en).longDay(eighteenMonths)
        #expect(english.stdout.contains("Second dose of measles-mumps-rubella due by 18 months, on \(on)"))
        #expect(english.stdout.contains("First dose of DTaP-IPV-Hib-HepB (6-in-1) overdue since"))
        #expect(!english.stdout.contains("First dose of measles-mumps-rubella"))
        let french = try carnet.run(["--lang", "fr", "vaccinations", "due"])
        let le = TextFormat(.fr).longDay(eighteenMonths)
        #expect(
            french.stdout.contains(
                "Deuxième dose de rougeole-oreillons-rubéole à faire avant 18 mois, le \(le)"))

        let json = try carnet.run(["vaccinations", "due", "--json"]).jsonObjects()
        let mmr = try #require(json.first { $0["rule"] as? String == "measlesMumpsRubella" })
        #expect(mmr["status"] as? String == "upcoming")
        #expect(mmr["date"] as? String == iso(eighteenMonths))
        #expect(mmr["dose"] as? String == "second")
        #expect(mmr["requirement"] as? String == "mandatory")
        let adult = try #require(json.first { $0["rule"] as? String == "dtpBooster" })
        #expect(adult["dose"] is NSNull)
        #expect(adult["requirement"] as? String == "recommended")
    }
}

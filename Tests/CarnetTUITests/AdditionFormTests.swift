import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The add forms of the Vaccinations and Measurements panes: what they ask the record to
/// write, and the checks that keep them open with the reason beside the field.
@Suite struct AdditionFormTests {
    static let sizes: [ListID: Int] = [
        .documents: 3, .vaccinations(): 19, .measurementTypes: 2, .readings(.weight): 105,
    ]

    func harness(pane: Character) -> Harness {
        var harness = Harness(rows: 24, cols: 90, sizes: Self.sizes)
        harness.press(.char(pane))
        return harness
    }

    @Test func aCommonVaccineIsChosenFromTheListAndTheEntryIsAskedFor() {
        var harness = harness(pane: "2")
        harness.press(.char("a"))
        #expect(harness.state.form?.title == "Add a vaccination")
        harness.press(.enter)
        #expect(harness.state.menu?.options.first?.label == "Revaxis (diphtheria, tetanus, poliomyelitis)")
        #expect(harness.state.menu?.options.last?.label == "Another vaccine: type its name below")
        harness.press(.enter)
        #expect(harness.state.form?.fields[0].text == "Revaxis (diphtheria, tetanus, poliomyelitis)")
        harness.press(.tab, .tab)
        harness.type("25/11/2026")
        harness.press(.tab)
        harness.type("AB123")
        harness.press(.tab)
        harness.type("Pharmacie du Centre")
        harness.press(.enter)
        guard case .addVaccination(let entry)? = harness.source.changes.first else {
            Issue.record("no change asked for: \(harness.source.changes)")
            return
        }
        #expect(entry.vaccine == "Revaxis" && entry.diseases.isEmpty)
        #expect(entry.lotNumber == "AB123" && entry.vaccinator == "Pharmacie du Centre")
        #expect(entry.date.map { TextFormat(.en).day($0) } == "2026-11-25")
        #expect(harness.state.form == nil)
        #expect(harness.state.message?.hasPrefix("done: addVaccination") == true)
    }

    @Test func anotherVaccineNeedsItsDiseasesAndADateMustBeADate() {
        var harness = harness(pane: "2")
        harness.press(.char("a"), .tab)
        harness.type("Ixiaro")
        harness.press(.tab, .tab)
        harness.type("31/02/2026")
        harness.press(.tab, .tab, .enter)
        let form = try! #require(harness.state.form)
        #expect(
            form.fields[2].error?.hasPrefix("carnet does not know which diseases Ixiaro protects against")
                == true)
        #expect(form.fields[3].error?.hasPrefix("“31/02/2026” is not a date") == true)
        #expect(form.focus == 2, "the focus goes to the first field in error")
        #expect(harness.source.changes.isEmpty)
        harness.press(.ctrl("u"))
        harness.type("Japanese encephalitis")
        harness.press(.tab, .ctrl("u"), .tab, .tab, .enter)
        guard case .addVaccination(let entry)? = harness.source.changes.first else {
            Issue.record("no change asked for")
            return
        }
        #expect(entry.vaccine == "Ixiaro" && entry.diseases == ["Japanese encephalitis"] && entry.date == nil)
    }

    @Test func anEmptyVaccineIsRefusedInTheForm() {
        var harness = harness(pane: "2")
        harness.press(.char("a"), .tab, .tab, .tab, .tab, .tab, .enter)
        #expect(
            harness.state.form?.fields[1].error
                == "the vaccine is empty: type its name or choose one from the list.")
        #expect(harness.source.changes.isEmpty)
    }

    @Test func aReadingOpensOnTheOpenedKindAndAnImpossibleValueSaysTheRange() {
        var harness = harness(pane: "3")
        harness.press(.enter)
        #expect(harness.state.openedMeasurement == .weight)
        harness.press(.char("a"))
        let form = try! #require(harness.state.form)
        #expect(form.fields[0].text.hasPrefix("Weight"))
        #expect(form.focus == 1, "the value is asked for first")
        harness.type("-5")
        harness.press(.tab, .tab, .enter)
        #expect(
            harness.state.form?.fields[1].error
                == "-5 kg is not a possible value for weight (29463-7): carnet accepts 0.2–500 kg. Nothing was written."
        )
        #expect(harness.source.changes.isEmpty)
        #expect(harness.state.form?.focus == 1)
        harness.press(.ctrl("u"))
        harness.type("154")
        harness.press(.tab)
        harness.type("lb")
        harness.press(.tab)
        harness.type("2026-11-20 8h30")
        harness.press(.enter)
        guard case .addMeasurement(let entry)? = harness.source.changes.first else {
            Issue.record("no change asked for: \(String(describing: harness.state.form))")
            return
        }
        #expect(entry.type == .weight && entry.values == [154] && entry.unit == "lb")
        #expect(entry.at.map { TextFormat(.en).minute($0) } == "2026-11-20 08:30")
    }

    @Test func aBloodPressureIsTwoNumbersAndAnUnknownUnitIsNamed() {
        var harness = harness(pane: "3")
        harness.press(.char("a"), .enter)
        let options = try! #require(harness.state.menu?.options)
        let pressure = try! #require(options.firstIndex { $0.value == MeasurementType.bloodPressure.code })
        for _ in 0..<pressure { harness.press(.down) }
        harness.press(.enter)
        harness.type("128")
        harness.press(.tab)
        harness.type("psi")
        harness.press(.tab, .enter)
        let form = try! #require(harness.state.form)
        #expect(form.fields[1].error == "a blood pressure is two numbers, systolic/diastolic: 128/82.")
        #expect(
            form.fields[2].error?.hasPrefix("carnet does not convert psi for blood pressure (85354-9)")
                == true)
        #expect(harness.source.changes.isEmpty)
    }
}

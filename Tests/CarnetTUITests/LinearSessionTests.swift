import Foundation
import CarnetCore
import Testing

@testable import CarnetTUI

/// Lines typed from a script, lines printed into a string.
struct ScriptedLinearIO: LinearIO {
    var lines: [String]
    var printed = ""

    mutating func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }

    mutating func write(_ text: String) {
        printed += text
    }
}

@Suite struct LinearSessionTests {
    struct DiskFailure: Error, CustomStringConvertible {
        var description: String { "disk I/O error" }
    }

    func run(_ script: [String], source: FakeSource) -> String {
        var session = LinearSession(
            io: ScriptedLinearIO(lines: script), source: source, patientName: "Test Patient", language: .en)
        session.run()
        return session.io.printed
    }

    @Test func aRecordThatCannotBeReadIsSaidNeverShownAsEmpty() {
        let source = FakeSource(sizes: [.documents: 3, .vaccinations(): 2])
        source.readError = DiskFailure()
        let printed = run(["1", "back", "2", "quit"], source: source)
        // At start (the notifications waiting), and on opening each section.
        #expect(printed.components(separatedBy: "Could not read the record: disk I/O error").count - 1 >= 3)
        #expect(!printed.contains("0 items"))
        #expect(!printed.contains("Nothing here"))
    }

    @Test func theWaitingLineNamesTheNotificationsSectionNotABrowserKey() {
        let source = FakeSource(sizes: [.documents: 3])
        source.notify(.read)
        let printed = run(["quit"], source: source)
        #expect(printed.contains("1 unread notification waits in your inbox: "))
        #expect(printed.contains("Section 7, Notifications, lists it."))
        #expect(!printed.contains("n opens it"))
    }

    @Test func notificationsOfASilencedKindAreNotSummedUpAtStartAsInTheBrowser() throws {
        let source = FakeSource(sizes: [.documents: 3])
        source.notify(.read)
        source.preferences = NotificationPreferences(silenced: [.read])
        let printed = run(["quit"], source: source)
        #expect(!printed.contains("waits in your inbox"))
        // The browser's summary banner reads the same: none.
        let news = try source.notices(after: nil, limit: NotificationsState.freshBanners)
        #expect(news.unread == 1)
        #expect(news.waitingSummary == nil)
    }

    @Test func aVaccinationIsAskedStepByStepAndWrittenThroughTheSource() {
        let source = FakeSource(sizes: [.vaccinations(): 2])
        let other = String(CommonVaccine.list.count + 1)
        let printed = run(
            ["2", "add", other, "Vivotif", "typhoid", "2026-11-02", "L42", "Dr Martin", "quit"], source: source)
        #expect(printed.contains("\(other). Another vaccine"))
        #expect(
            source.changes == [
                .addVaccination(
                    VaccinationEntry(
                        vaccine: "Vivotif", diseases: ["typhoid"],
                        date: TextFormat(.en).typedDay("2026-11-02")!.start.addingTimeInterval(12 * 3_600),
                        lotNumber: "L42", vaccinator: "Dr Martin"))
            ])
    }

    @Test func aVaccinationWithAWrongFieldIsRefusedFieldByFieldAndNothingIsWritten() {
        let source = FakeSource(sizes: [.vaccinations(): 2])
        let other = String(CommonVaccine.list.count + 1)
        let printed = run(["2", "add", "99", other, "Mystery", "", "soon", "", "", "quit"], source: source)
        #expect(printed.contains("“99” is not one of the numbers 1 to \(other)."))
        #expect(printed.contains("Nothing was added:"))
        #expect(printed.contains("“soon” is not a date"))
        #expect(source.changes.isEmpty)
    }

    @Test func aProfileEntryIsAskedInItsSectionAndWritten() {
        let source = FakeSource(sizes: [.profile: 16])
        let printed = run(["4", "add", "1", "Arachide", "urticaire", "quit"], source: source)
        #expect(printed.contains("Which section (number)? "))
        #expect(source.changes == [.addProfileEntry(ProfileEntry(section: .allergy, label: "Arachide", detail: "urticaire"))])
        let refused = FakeSource(sizes: [.profile: 16])
        let missing = run(["4", "add", "3", "Metformine", "", "", "", "quit"], source: refused)
        #expect(missing.contains("Nothing was added:"))
        #expect(refused.changes.isEmpty)
    }
}

/// Lines typed from a script, with something happening to the record before each one.
struct EventfulLinearIO: LinearIO {
    var lines: [String]
    var before: (Int) -> Void
    var read = 0
    var printed = ""

    mutating func readLine() -> String? {
        before(read)
        read += 1
        return lines.isEmpty ? nil : lines.removeFirst()
    }

    mutating func write(_ text: String) {
        printed += text
    }
}

@Suite struct LinearConnectionTests {
    @Test func aLostServerIsSaidOnceAndWhatHappenedMeanwhileIsPrintedWhenItIsBack() {
        let source = FakeSource(sizes: [.documents: 3])
        let io = EventfulLinearIO(lines: ["1", "back", "1", "back", "quit"]) { read in
            switch read {
            case 1: source.feedConnection = .lost(since: Date())
            case 2:
                source.notify(.read)
                source.changedElsewhere = false
            case 3: source.feedConnection = .connected
            default: break
            }
        }
        var session = LinearSession(io: io, source: source, patientName: "Test Patient", language: .en)
        session.run()
        let printed = session.io.printed
        #expect(printed.components(separatedBy: "The record's server cannot be reached; reconnecting.").count == 2)
        #expect(printed.components(separatedBy: "Connected to the record's server again.").count == 2)
        let back = printed.range(of: "Connected to the record's server again.")!.upperBound
        #expect(printed[back...].contains("Dr Morel (pharmacist) read your record"))
    }
}

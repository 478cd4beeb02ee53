import Foundation
import Testing

@testable import CarnetCore

/// What every `RecordStore` must do, whatever keeps the record: run on each `ContractStore`.
/// Only the protocol is used here (and the policy types on top of it), so a second store
/// runs this suite as it is.
@Suite struct RecordStoreContractTests {
    // MARK: Pages and counts

    /// Walking a list page by page from its newest end and from its oldest end gives the same
    /// rows in the same order, and each row's position is its index.
    @Test(arguments: ContractStore.allCases)
    func documentPagesFromBothEnds(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        try record.addDocuments(23)
        let store = record.store
        let all = try store.documents(of: record.patient, limit: 100)
        #expect(all.map(\.title) == (1...23).reversed().map { "Result \($0)" })
        #expect(try store.documentCount(of: record.patient) == 23)

        var forward: [DocumentSummary] = []
        var page = try store.documents(of: record.patient, page: .first, limit: 5)
        while !page.isEmpty {
            forward += page
            let key = PageKey(date: page.last!.date, id: page.last!.id)
            page = try store.documents(of: record.patient, page: .after(key), limit: 5)
        }
        #expect(forward.map(\.id) == all.map(\.id))

        var backward: [DocumentSummary] = []
        page = try store.documents(of: record.patient, page: .last, limit: 5)
        #expect(page.count == 5)
        #expect(page.map(\.id) == Array(all.suffix(5)).map(\.id), "the oldest page, newest first like every page")
        while !page.isEmpty {
            backward = page + backward
            let key = PageKey(date: page.first!.date, id: page.first!.id)
            page = try store.documents(of: record.patient, page: .before(key), limit: 5)
        }
        #expect(backward.map(\.id) == all.map(\.id))

        for (index, document) in all.enumerated() {
            let key = PageKey(date: document.date, id: document.id)
            #expect(try store.documentPosition(of: key, patient: record.patient) == index)
        }
    }

    @Test(arguments: ContractStore.allCases)
    func filteredDocumentsAndSearch(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        try record.addDocuments(10)
        let store = record.store
        let labs = DocumentFilter(category: .labResults)
        #expect(try store.documentCount(of: record.patient, matching: labs) == 5)
        #expect(
            try store.documents(of: record.patient, matching: labs, limit: 10).map(\.title)
                == ["Result 10", "Result 8", "Result 6", "Result 4", "Result 2"])
        // Search folds accents and matches the start of words, in the title or the text.
        let search = DocumentFilter(search: "GLYCEMIE 7")
        #expect(try store.documents(of: record.patient, matching: search, limit: 10).map(\.title) == ["Result 7"])
        #expect(try store.documentCount(of: record.patient, matching: DocumentFilter(search: "resul")) == 10)
        #expect(try store.documentCount(of: record.patient, matching: DocumentFilter(search: "absent")) == 0)
    }

    @Test(arguments: ContractStore.allCases)
    func historyPagesCountsAndPositionsUnderFilters(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let ids = try record.addEvents(40)
        let store = record.store
        #expect(try store.accessEventCount(of: record.patient) == 40)
        let reads = AccessHistoryFilter(actorId: ContractPerson.treating.rawValue, action: .read)
        #expect(try store.accessEventCount(of: record.patient, matching: reads) == 20)
        let lists = AccessHistoryFilter(action: .list)
        #expect(try store.accessEventCount(of: record.patient, matching: lists) == 20)
        let firstDay = AccessHistoryFilter(
            since: ContractRecord.start, until: ContractRecord.start.addingTimeInterval(10 * 3_600))
        #expect(try store.accessEventCount(of: record.patient, matching: firstDay) == 10)

        let newest = try store.accessEvents(of: record.patient, matching: reads, limit: 3)
        #expect(newest.map(\.id) == [ids[39], ids[37], ids[35]])
        let oldest = try store.accessEvents(of: record.patient, matching: reads, page: .last, limit: 3)
        #expect(oldest.map(\.id) == [ids[5], ids[3], ids[1]])
        let next = try store.accessEvents(
            of: record.patient, matching: reads, page: .after(PageKey(date: newest[2].at, id: newest[2].id)),
            limit: 2)
        #expect(next.map(\.id) == [ids[33], ids[31]])
        let key = PageKey(date: newest[2].at, id: newest[2].id)
        #expect(try store.accessEventPosition(of: key, patient: record.patient, matching: reads) == 2)
        #expect(
            try store.accessEventPosition(of: key, patient: record.patient, matching: reads, oldestFirst: true)
                == 17)
        #expect(try store.accessEvent(ids[0], of: record.patient)?.actorId == ContractPerson.pharmacist.rawValue)
        var streamed = 0
        try store.forEachAccessEvent(of: record.patient, matching: lists) { _ in streamed += 1 }
        #expect(streamed == 20)
    }

    @Test(arguments: ContractStore.allCases)
    func readingsCardAndProfileCounts(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let store = record.store
        try store.write { writer in
            for day in 0..<12 {
                let at = ContractRecord.start.addingTimeInterval(Double(day) * 86_400)
                try writer.addMeasurement(
                    NewMeasurement(type: .weight, value: 70 + Double(day) / 10, at: at, source: .patient),
                    patient: record.patient)
            }
            try writer.addVaccination(
                Vaccination(
                    date: ContractRecord.start, vaccine: "Tetanus booster", diseases: ["Tetanus"], kind: .booster,
                    requirement: .recommended, enteredBy: .patient),
                patient: record.patient)
        }
        #expect(try store.measurementCount(of: record.patient, type: .weight) == 12)
        let latest = try store.measurements(of: record.patient, type: .weight, page: .first, limit: 2)
        #expect(latest.map(\.value) == [71.1, 71.0])
        let oldest = try store.measurements(of: record.patient, type: .weight, page: .last, limit: 1)
        #expect(oldest.map(\.value) == [70.0])
        let summary = try #require(try store.measurementSummary(of: record.patient, type: .weight, days: 30))
        #expect(summary.count == 12)
        #expect(summary.ranges == [70.0...71.1])
        #expect(try store.measurementOverview(of: record.patient).map(\.type) == [.weight])
        #expect(try store.vaccinationCount(of: record.patient) == 1)
        #expect(try store.vaccinationDiseases(of: record.patient) == ["Tetanus"])
        #expect(try store.counts(of: record.patient).measurements == 12)
    }

    // MARK: The policy's decisions, applied by the store

    @Test(arguments: ContractStore.allCases)
    func thePolicyDecidesAndEveryAttemptIsRecordedAndNotified(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        try record.addDocuments(4, masked: [2])
        let store = record.store
        // The treating doctor sees the masked lab result; the pharmacist only unmasked lab results.
        #expect(try record.access(.treating).listDocuments().count == 4)
        #expect(try record.access(.pharmacist).listDocuments().map(\.title) == ["Result 4"])
        #expect(throws: AccessDenied.blocked) { try record.access(.blocked).listDocuments() }
        #expect(throws: AccessDenied.blockedEstablishment(name: "Blocked Hospital")) {
            try record.access(.nurseOfBlockedHospital).listDocuments()
        }
        #expect(throws: AccessDenied.notAuthorized) { try record.access(.stranger).listDocuments() }
        #expect(throws: AccessDenied.unknownProfessional(rpps: "10000000099")) {
            try ProfessionalAccess(store: store, patient: record.patient, rpps: "10000000099").listDocuments()
        }
        // Breaking the glass: allowed by the patient's switch, recorded as an emergency.
        #expect(try record.access(.stranger, emergency: true).listDocuments().count == 3)

        let events = try store.accessEvents(of: record.patient, limit: 10)
        #expect(events.map(\.outcome) == [.done, .denied, .denied, .denied, .denied, .done, .done])
        #expect(events.first?.emergency == true)
        #expect(try store.noticeCount(of: record.patient, unreadOnly: true) == 7)
        let kinds = try store.notices(of: record.patient, limit: 10).map(\.notification.kind)
        #expect(kinds == [.emergency, .refused, .refused, .refused, .refused, .read, .read])
        #expect(try store.unreadNoticeCounts(of: record.patient)[.refused] == 4)

        // A refusal found while acting undoes the act, not its record.
        let before = try store.documentCount(of: record.patient)
        #expect(throws: AccessDenied.category(.reports)) {
            try record.access(.pharmacist).add(category: .reports, title: "No", mediaType: .text, content: Data())
        }
        #expect(try store.documentCount(of: record.patient) == before)
        #expect(try store.accessEvents(of: record.patient, limit: 1).first?.outcome == .denied)

        // A closed record refuses everyone.
        try store.write { writer in try writer.setClosed(patient: record.patient, at: ContractRecord.start) }
        #expect(throws: AccessDenied.recordClosed) { try record.access(.treating).listDocuments() }
    }

    @Test(arguments: ContractStore.allCases)
    func maskingHidesFromAllButTheAuthorAndTheTreatingDoctor(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let store = record.store
        let patient = try store.patient(matching: nil)
        let ids = try record.addDocuments(2)
        let documents = PatientDocuments(store: store, patient: patient)
        let preview = try documents.maskPreview(ids[1])
        #expect(preview.audience.whileUnmasked.sorted() == ["Dr authorized", "Dr pharmacist"])
        #expect(preview.audience.treatingDoctor == "Dr treating")
        let change = try documents.mask(ids[1])
        #expect(change.document.masked)
        #expect(try store.document(ids[1], of: record.patient)?.masked == true)
        #expect(try record.access(.pharmacist).listDocuments().isEmpty)
        #expect(try record.access(.treating).listDocuments().map(\.id).contains(ids[1]))
        #expect(throws: DocumentChangeError.alreadyMasked(title: "Result 2")) { try documents.mask(ids[1]) }
        _ = try documents.unmask(ids[1])
        #expect(try record.access(.pharmacist).listDocuments().map(\.id) == [ids[1]])
        #expect(try store.accessEvents(of: record.patient, limit: 10).map(\.action).contains(.mask))
    }

    // MARK: The chain

    @Test(arguments: ContractStore.allCases)
    func theChainStaysIntactAndItsHeadFollowsEveryWrite(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let store = record.store
        try record.addEvents(5)
        let seen = try store.accessChainHead(of: record.patient)
        #expect(seen.events == 5)
        #expect(try store.change(since: seen, of: record.patient) == nil)
        _ = try record.access(.treating).listDocuments()
        _ = try? record.access(.blocked).listDocuments()
        #expect(try store.verifyAccessChain(of: record.patient) == .intact(events: 7))
        let head = try store.accessChainHead(of: record.patient)
        #expect(head.events == 7)
        #expect(head.lastEvent == (try store.accessEvents(of: record.patient, limit: 1).first?.id))
        #expect(head.hash != seen.hash)
        #expect(try store.historyProblems(of: record.patient).isEmpty)
        #expect(try store.missingGuards().isEmpty)
    }

    @Test(arguments: ContractStore.allCases)
    func aTransactionThatThrowsWritesNothing(_ kind: ContractStore) throws {
        struct Stop: Error {}
        let record = try ContractRecord(kind)
        let store = record.store
        #expect(throws: Stop.self) {
            try store.write { writer in
                try writer.addDocument(
                    NewDocument(
                        category: .reports, title: "Half", author: .patient, date: ContractRecord.start,
                        deposited: ContractRecord.start, content: Data("x".utf8)),
                    patient: record.patient)
                try writer.appendEvent(
                    AccessEvent(
                        at: ContractRecord.start, actorType: .patient, actorId: String(record.patient),
                        actorName: "Camille Contrat", action: .add, target: "document 1", outcome: .done),
                    patient: record.patient)
                throw Stop()
            }
        }
        #expect(try store.documentCount(of: record.patient) == 0)
        #expect(try store.accessEventCount(of: record.patient) == 0)
        #expect(try store.verifyAccessChain(of: record.patient) == .intact(events: 0))
    }

    // MARK: Records and notifications

    @Test(arguments: ContractStore.allCases)
    func recordsAndTheirRules(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let store = record.store
        let child = try store.write { writer in
            try writer.addPatient(
                NewPatient(name: "Léa Contrat", birthDate: "2019-06-10", relation: .child, sex: .female),
                at: ContractRecord.start)
        }
        #expect(throws: StoreError.rule(.recordsOwnExists, [])) {
            try store.write { writer in
                try writer.addPatient(NewPatient(name: "Other", birthDate: "1990-01-01"), at: ContractRecord.start)
            }
        }
        #expect(try store.records().map(\.patient.name) == ["Camille Contrat", "Léa Contrat"])
        #expect(try store.patient(matching: "lea").id == child)
        #expect(try store.patient(matching: "280017512345678").id == record.patient)
        #expect(try store.patients().count == 2)
    }

    @Test(arguments: ContractStore.allCases)
    func notificationsAcrossRecordsAndMarkingThemRead(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let store = record.store
        let patient = try store.patient(matching: nil)
        let before = try store.latestNotificationId(ofRecords: [record.patient]) ?? 0
        _ = try record.access(.treating).listDocuments()
        _ = try record.access(.pharmacist).listDocuments()
        let news = try store.notices(ofRecords: [record.patient], after: before, limit: 10)
        #expect(news.count == 2)
        // Newest first, each naming its record.
        #expect(news.notices.map(\.event.actorId) == [ContractPerson.pharmacist.rawValue, ContractPerson.treating.rawValue])
        #expect(news.notices.map(\.patientId) == [record.patient, record.patient])
        let inbox = NotificationInbox(store: store, patient: patient)
        let first = news.notices[1].notification.id
        #expect(try inbox.markRead(first))
        #expect(try inbox.markRead(first) == false)
        #expect(throws: InboxError.noNotification(id: 999)) { try inbox.markRead(999) }
        #expect(try store.noticeCount(of: record.patient, unreadOnly: true) == 1)
        #expect(try inbox.markAllRead() == 1)
        try inbox.setBanners(.reads, on: false)
        #expect(try store.notificationPreferences(of: record.patient).banners(.read) == false)
        #expect(try store.latestNotificationId(of: record.patient) == news.notices[0].notification.id)
    }

    // MARK: The change feed

    @Test(arguments: ContractStore.allCases)
    func theChangeFeedWakesOnAnotherConnectionsCommit(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let feed = try record.store.changeFeed()
        #expect(feed.recordChanged() == false)
        let other = try record.place.reopen()
        defer { try? other.close() }
        _ = try ProfessionalAccess(store: other, patient: record.patient, rpps: ContractPerson.treating.rawValue)
            .listDocuments()
        #expect(feed.recordChanged())
        #expect(feed.recordChanged() == false, "one wake-up per change")
        // What changed is read from the record: the notification is a row.
        #expect(try record.store.noticeCount(of: record.patient, unreadOnly: true) == 1)
    }

    @Test(arguments: ContractStore.allCases)
    func aReadOnlyStoreCannotWrite(_ kind: ContractStore) throws {
        let record = try ContractRecord(kind)
        let kiosk = try record.place.location.openReadOnly()
        defer { try? kiosk.close() }
        #expect(kiosk.isReadOnly)
        #expect(throws: (any Error).self) {
            try kiosk.write { writer in try writer.setMetadata("x", "y") }
        }
        #expect(try record.store.metadata("x") == nil)
        #expect(try kiosk.patient(matching: nil).id == record.patient)
    }
}

import Foundation
import Testing

@testable import CarnetCore

/// The patient's own changes to their documents: each checked, written with its access
/// event in one transaction, or refused with a reason and nothing written.
@Suite struct PatientDocumentsTests {
    let folder = TemporaryFolder()
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func demo() throws -> (SQLiteStore, Patient, PatientDocuments) {
        let path = folder.file("demo.sqlite")
        try DemoRecord.write(to: path, scale: .small)
        let store = try SQLiteStore.open(at: path)
        let patient = try store.patient(matching: nil)
        let clock = now
        return (
            store, patient,
            PatientDocuments(
                store: store, patient: patient, pdf: PDFTextExtractor(executable: nil), now: { clock })
        )
    }

    func id(_ title: String, _ store: SQLiteStore, _ patient: Patient) throws -> Int64 {
        try #require(try store.documents(of: patient.id, limit: 100).first { $0.title == title }).id
    }

    func text(_ body: String, name: String = "note.txt") throws -> DocumentFile {
        try DocumentFile.check(name: name, content: Data(body.utf8), by: .patient)
    }

    @Test func addingWritesTheDocumentAndItsEventTogether() throws {
        let (store, patient, documents) = try demo()
        let before = try store.counts(of: patient.id)
        let added = try documents.add(
            try text("Glycémie 1,2 g/L"), category: .labResults, title: "  Mon bilan  ",
            date: now.addingTimeInterval(-86_400))
        #expect(added.title == "Mon bilan")
        #expect(added.author == .patient && added.authorName == patient.name)
        #expect(added.deposited == now && added.versionCount == 1)
        let after = try store.counts(of: patient.id)
        #expect(after.documents == before.documents + 1)
        #expect(after.accessEvents == before.accessEvents + 1)
        #expect(after.notifications == before.notifications, "the patient is not notified of their own act")
        let event = try #require(try store.accessEvents(of: patient.id, limit: 1).first)
        #expect(event.action == .add && event.target == "document \(added.id)" && event.actorType == .patient)
        #expect(
            try store.documentCount(of: patient.id, matching: DocumentFilter(search: "glycemie 1,2")) >= 1)
    }

    @Test func refusedAdditionsWriteNothing() throws {
        let (store, patient, documents) = try demo()
        let before = try store.counts(of: patient.id)
        #expect(throws: DocumentChangeError.emptyTitle) {
            try documents.add(try text("x"), category: .other, title: "   ")
        }
        #expect(throws: DocumentChangeError.titleTooLong(length: 501)) {
            try documents.add(try text("x"), category: .other, title: String(repeating: "a", count: 501))
        }
        let tomorrow = now.addingTimeInterval(2 * 86_400)
        #expect(throws: DocumentChangeError.futureDate(tomorrow)) {
            try documents.add(try text("x"), category: .other, title: "Plus tard", date: tomorrow)
        }
        // A file built by hand is checked as a file read from disk is.
        let program = DocumentFile(name: "setup.pdf", mediaType: .pdf, content: SampleFiles.windowsProgram)
        #expect(throws: DocumentFileError.refusedContent("setup.pdf", .windowsProgram)) {
            try documents.add(program, category: .other, title: "Setup")
        }
        #expect(try store.counts(of: patient.id) == before)
    }

    @Test func maskingSaysWhoStopsSeeingItAndIsRecorded() throws {
        let (store, patient, documents) = try demo()
        let lab = try id("Bilan lipidique et glycémie à jeun", store, patient)
        let text = Catalog(.en)
        let preview = try documents.maskPreview(lab)
        #expect(
            preview.question(text)
                == "Mask “Bilan lipidique et glycémie à jeun” from professionals? Dr Sophie Lefèvre and Julien Bernard will stop seeing it; only you, its author Laboratoire BioValmont and your treating doctor Dr Claire Martin will see it."
        )
        let masked = try documents.mask(lab)
        #expect(masked.document.masked)
        #expect(
            masked.done(text)
                == "Masked: only you, its author Laboratoire BioValmont and your treating doctor Dr Claire Martin will see “Bilan lipidique et glycémie à jeun”."
        )
        #expect(try store.document(lab, of: patient.id)?.masked == true)
        #expect(try store.accessEvents(of: patient.id, limit: 1).first?.action == .mask)
        // The pharmacist no longer sees it; the treating doctor still does.
        let pharmacist = ProfessionalAccess(store: store, patient: patient.id, rpps: DemoCast.pharmacist.rpps)
        #expect(!(try pharmacist.listDocuments().contains { $0.id == lab }))
        #expect(throws: DocumentChangeError.alreadyMasked(title: "Bilan lipidique et glycémie à jeun")) {
            try documents.mask(lab)
        }
        let unmasked = try documents.unmask(lab)
        #expect(
            unmasked.done(text)
                == "Unmasked: Dr Sophie Lefèvre and Julien Bernard can see “Bilan lipidique et glycémie à jeun” again."
        )
        #expect(try pharmacist.listDocuments().contains { $0.id == lab })
        #expect(throws: DocumentChangeError.notMasked(title: "Bilan lipidique et glycémie à jeun")) {
            try documents.unmask(lab)
        }
    }

    @Test func theTreatingDoctorAsAuthorIsNamedOnceAndAReportReachesTheCardiologist() throws {
        let (store, patient, documents) = try demo()
        let prescription = try id("Ordonnance — traitement de fond", store, patient)
        let question = try documents.maskPreview(prescription).question(Catalog(.en))
        #expect(
            question.contains("only you and its author, your treating doctor Dr Claire Martin will see it"),
            "\(question)")
        #expect(question.contains("Dr Sophie Lefèvre"), "a physician may read prescriptions")
        let french = try documents.maskPreview(prescription).question(Catalog(.fr))
        #expect(
            french.hasPrefix(
                "Masquer « Ordonnance — traitement de fond » aux professionnels ? Il ne sera plus visible par"
            ))
    }

    @Test func onlyThePatientsOwnDocumentsCanBeDeleted() throws {
        let (store, patient, documents) = try demo()
        let summary = try id("Volet de synthèse médicale", store, patient)
        #expect(
            throws: DocumentChangeError.notYours(
                title: "Volet de synthèse médicale", author: "Dr Claire Martin")
        ) { try documents.delete(summary) }
        let own = try id("Mes directives anticipées", store, patient)
        let before = try store.counts(of: patient.id)
        try documents.delete(own)
        #expect(try store.document(own, of: patient.id) == nil)
        #expect(try store.documentVersions(of: own).isEmpty)
        #expect(try store.counts(of: patient.id).documents == before.documents - 1)
        let event = try #require(try store.accessEvents(of: patient.id, limit: 1).first)
        #expect(event.action == .delete && event.target == "document \(own)")
        #expect(throws: DocumentChangeError.noDocument(id: own)) { try documents.delete(own) }
        guard case .intact = try store.verifyAccessChain(of: patient.id) else {
            Issue.record("the access chain is broken")
            return
        }
    }

    @Test func versionsAddedByTheAuthorAreListedNewestFirstAndReadable() throws {
        let (store, patient, _) = try demo()
        let cardiologist = ProfessionalAccess(
            store: store, patient: patient.id, rpps: DemoCast.cardiologist.rpps,
            pdf: PDFTextExtractor(executable: nil))
        let id = try cardiologist.add(
            category: .reports, title: "Échographie cardiaque", mediaType: .text,
            content: Data("Première".utf8))
        try cardiologist.update(id, mediaType: .text, content: Data("Seconde, corrigée".utf8))
        let reader = DocumentReader(store: store, patient: patient.id, pdf: PDFTextExtractor(executable: nil))
        let latest = try #require(try reader.read(id))
        #expect(latest.summary.authorName == "Dr Sophie Lefèvre" && latest.summary.versionCount == 2)
        #expect(latest.versions.map(\.version) == [2, 1])
        #expect(latest.versions.allSatisfy { $0.authorName == "Dr Sophie Lefèvre" })
        #expect(latest.isLatest && latest.body == .text("Seconde, corrigée"))
        let first = try #require(try reader.read(id, version: 1))
        #expect(!first.isLatest && first.body == .text("Première"))
        #expect(try reader.read(id, version: 3) == nil)
        #expect(try reader.read(999) == nil)
        #expect(try store.documentCount(of: patient.id, matching: DocumentFilter(search: "corrigee")) == 1)
    }

    @Test func aPDFShowsItsTextOrWhyNot() throws {
        let (store, patient, _) = try demo()
        let id = try store.write { writer in
            try writer.addDocument(
                NewDocument(
                    category: .labResults, title: "Scan", author: .patient, date: now, deposited: now,
                    mediaType: .pdf, content: SampleFiles.pdf("Ferritine 45")), patient: patient.id)
        }
        let without = DocumentReader(
            store: store, patient: patient.id, pdf: PDFTextExtractor(executable: nil))
        #expect(try without.read(id)?.body == .pdfWithoutText(.notInstalled))
        let image = try store.write { writer in
            try writer.addDocument(
                NewDocument(
                    category: .imaging, title: "Photo", author: .patient, date: now, deposited: now,
                    mediaType: .png, content: SampleFiles.png(width: 10, height: 20)), patient: patient.id)
        }
        #expect(try without.read(image)?.body == .image(ImageSize(width: 10, height: 20)))
        if PDFTextExtractor.installed.executable != nil {
            let with = DocumentReader(store: store, patient: patient.id)
            guard case .text(let text)? = try with.read(id)?.body else {
                Issue.record("pdftotext gave no text")
                return
            }
            #expect(text.contains("Ferritine 45"))
        }
    }
}

import Foundation
import Testing

@testable import CarnetCore

/// A refusal's reason is stored as a stable code and worded in the reader's language; the
/// English words of records written before codes are recognised and translated too.
@Suite struct RefusalReasonTests {
    static let refusals: [AccessDenied] = [
        .recordClosed, .unknownProfessional(rpps: "10009999999"), .blocked,
        .blockedEstablishment(name: "Clinique: du Parc"), .notAuthorized, .emergencyNotAllowed,
        .category(.reports), .noDocument(id: 12), .notAuthor(id: 7), .notAVaccinator,
    ]

    @Test(arguments: refusals)
    func everyCodeReadsBackAsItsRefusal(_ refusal: AccessDenied) {
        #expect(AccessDenied(code: refusal.code) == refusal)
        #expect(!refusal.code.contains(" ") || refusal.code.hasPrefix("blocked-establishment:"))
        #expect(AccessDenied.words(forStored: refusal.code, Catalog(.fr)) == refusal.message(Catalog(.fr)))
    }

    @Test(arguments: refusals)
    func theEnglishWordsOfOlderRecordsAreTranslated(_ refusal: AccessDenied) {
        let stored = refusal.message(Catalog(.en))
        #expect(AccessDenied.words(forStored: stored, Catalog(.fr)) == refusal.message(Catalog(.fr)))
        #expect(AccessDenied.words(forStored: stored, Catalog(.en)) == stored)
    }

    @Test func aReasonTypedForAnEmergencyIsSaidAsItIs() {
        #expect(AccessDenied.words(forStored: "SAMU regulation", Catalog(.fr)) == "SAMU regulation")
        #expect(AccessDenied(code: "no-document:abc") == nil)
        #expect(AccessDenied(code: "blocked-by-patient:extra") == nil)
    }

    func notice(reason: String?, specialty: String?) -> Notice {
        let event = AccessEvent(
            id: 3, at: Date(timeIntervalSince1970: 1_795_700_700), actorType: .professional,
            actorId: "10000000005", actorName: "Dr Paul Moreau", action: .read, target: "record",
            outcome: .denied, reason: reason)
        return Notice(
            notification: Notification(id: 1, eventId: 3, kind: .refused, createdAt: event.at, readAt: nil),
            event: event, profession: "physician", specialty: specialty)
    }

    @Test func theBannerSaysTheReasonAndTheSpecialtyInFrench() {
        let french = notice(reason: AccessDenied.blocked.code, specialty: "dermatology")
            .sentence(Catalog(.fr))
        #expect(
            french
                == "REFUSÉ (bloqué par le patient) : Dr Paul Moreau (médecin, dermatologie et vénéréologie) a tenté de consulter votre dossier"
        )
        let english = notice(reason: "blocked by the patient", specialty: "dermatology").sentence(Catalog(.en))
        #expect(english.hasPrefix("REFUSED (blocked by the patient): Dr Paul Moreau (physician, dermatology) tried to"))
        // A reason given for an emergency access is said with it.
        var emergency = notice(reason: "SAMU regulation", specialty: "emergency medicine")
        emergency.event.outcome = .done
        emergency.event.emergency = true
        #expect(
            emergency.sentence(Catalog(.fr)).hasPrefix(
                "ACCÈS EN URGENCE, bris de glace (SAMU regulation) : Dr Paul Moreau (médecin, médecine d'urgence)"))
    }

    @Test func specialtiesAreSaidInTheReadersLanguage() {
        #expect(SpecialtyWords.words("cardiology", .fr) == "cardiologie et maladies vasculaires")
        #expect(SpecialtyWords.words("Cardiologie", .en) == "cardiology")
        #expect(SpecialtyWords.words("Médecine générale", .en) == "general practice")
        #expect(SpecialtyWords.words("emergency medicine", .fr) == "médecine d'urgence")
        // A specialty the table does not know is said as it was given.
        #expect(SpecialtyWords.words("aerospace medicine", .fr) == "aerospace medicine")
    }

    @Test func everySpecialtyHasBothLanguagesAndOneEntryPerName() {
        for term in SpecialtyWords.terms {
            #expect(!term.en.isEmpty && !term.fr.isEmpty)
            #expect(SpecialtyWords.words(term.en, .fr) == term.fr)
            #expect(SpecialtyWords.words(term.fr, .en) == term.en)
        }
    }

    @Test func theStoresRulesAreWordedInEitherLanguage() {
        let error = StoreError.rule(.ruleNoDocument, ["12"])
        #expect(error.message(Catalog(.en)) == "no document 12 in this record.")
        #expect(error.message(Catalog(.fr)) == "aucun document 12 dans ce dossier.")
    }
}

import Foundation

/// A notification said in words, the same in the browser's banners and inbox and in
/// `carnet notifications list`: who acted, what they did or tried, and when. Emergency
/// accesses and refusals say so first, in capitals, so that no colour is needed.
extension Notice {
    /// The whole notice: "Dr Claire Martin (physician, general practice) read “Bilan
    /// lipidique” — 26 November 2026 at 14:32".
    public func banner(_ text: Catalog, _ format: TextFormat) -> String {
        let at = event.at
        return text[.noticeWhen, sentence(text), text[.dayAtTime, format.longDay(at), format.time(at)]]
    }

    /// Who did what, with the emergency or refusal said first.
    public func sentence(_ text: Catalog) -> String {
        flagged(text[.noticeSentence, who(text), what(text)], text)
    }

    /// What was done or tried, with the emergency or refusal said first, without who: the
    /// inbox says who in a column of its own.
    public func headline(_ text: Catalog) -> String {
        flagged(what(text), text)
    }

    /// The emergency or refusal said first, with its reason (why it was refused, or the
    /// one given for an emergency) beside it, so that a banner cut to the window's width
    /// still says why.
    private func flagged(_ words: String, _ text: Catalog) -> String {
        let reason = event.reasonWords(text)
        let flag: (plain: Phrase, because: Phrase)? =
            switch (event.outcome, event.emergency) {
            case (.denied, true): (.noticeRefusedEmergency, .noticeRefusedEmergencyBecause)
            case (.denied, false): (.noticeRefused, .noticeRefusedBecause)
            case (.done, true): (.noticeEmergency, .noticeEmergencyBecause)
            case (.done, false): nil
            }
        guard let flag else { return reason.map { text[.noticeWithReason, words, $0] } ?? words }
        guard let reason else { return text[flag.plain, words] }
        return text[flag.because, words, reason]
    }

    /// Who acted: their name and profession ("Dr Claire Martin (physician, general
    /// practice)"); an establishment's name and kind.
    public func who(_ text: Catalog) -> String {
        guard let profession else {
            // The directory does not know them: an RPPS the record never saw.
            return event.actorType == .professional
                ? text[.unknownProfessional, event.actorId] : event.actorName
        }
        let role = DirectoryEntry.roleWords(
            profession: profession, specialty: specialty, establishment: event.actorType == .establishment, text)
        return text[.nameAndRole, event.actorName, role]
    }

    /// What they did or tried, without who: "read “Bilan lipidique”", "tried to add a
    /// document".
    public func what(_ text: Catalog) -> String {
        let object = object(text)
        let tried = event.outcome == .denied
        switch event.action {
        case .read, .list: return text[tried ? .noticeTriedRead : .noticeReadThing, object]
        case .add: return text[tried ? .noticeTriedAdd : .noticeAddedThing, object]
        case .modify: return text[tried ? .noticeTriedModify : .noticeModifiedThing, object]
        default: return text[.noticeOther, text[event.action.phrase], object]
        }
    }

    /// What the event acted on: a document's title in quotes, the record, the list.
    func object(_ text: Catalog) -> String {
        if let document { return text[.quotedTitle, document.title] }
        if let id = event.documentId { return text[.documentNumber, String(id)] }
        switch event.target {
        case "record": return text[.targetRecord]
        case "documents": return event.action == .add ? text[.aNewDocument] : text[.theDocumentList]
        case "vaccinations": return text[.aVaccination]
        default: return event.target
        }
    }
}

extension BannerTopic {
    /// What the topic covers, in words: "reads of your record".
    public var phrase: Phrase {
        switch self {
        case .reads: .topicReads
        case .changes: .topicChanges
        }
    }
}

extension Profession {
    /// How a profession is named to a person; nil for `other`, which says nothing.
    public var phrase: Phrase? {
        switch self {
        case .physician: .professionPhysician
        case .pharmacist: .professionPharmacist
        case .nurse: .professionNurse
        case .physiotherapist: .professionPhysiotherapist
        case .midwife: .professionMidwife
        case .dentist: .professionDentist
        case .biologist: .professionBiologist
        case .other: nil
        }
    }
}

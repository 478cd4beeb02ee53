/// Who sees a document besides the patient, as the policy gate decides it: what masking it
/// would take away and unmasking give back.
public struct DocumentAudience: Sendable, Equatable {
    /// A professional or establishment author, who sees it masked or not.
    public var author: String?
    /// The treating doctor, who sees every document; nil when there is none.
    public var treatingDoctor: String?
    /// Whether the author is the treating doctor.
    public var authorIsTreatingDoctor: Bool
    /// The professionals who see it only while it is not masked, by name.
    public var whileUnmasked: [String]

    public init(
        author: String?, treatingDoctor: String?, authorIsTreatingDoctor: Bool, whileUnmasked: [String]
    ) {
        self.author = author
        self.treatingDoctor = treatingDoctor
        self.authorIsTreatingDoctor = authorIsTreatingDoctor
        self.whileUnmasked = whileUnmasked
    }

    /// Asks the gate, for every professional the record knows, whether they would see the
    /// document masked and unmasked: the rules are the gate's, not repeated here.
    static func of(
        _ document: DocumentSummary, patient: Int64, _ reader: any RecordReader
    ) throws -> DocumentAudience {
        let doctor = try reader.recordSettings(of: patient)?.treatingDoctorRpps.flatMap(reader.professional)
        let doctorRpps = doctor?.rpps
        var open = document
        open.masked = false
        var hidden = document
        hidden.masked = true
        var whileUnmasked: [String] = []
        for professional in try reader.professionalsByName() {
            let grant: AccessGrant
            do {
                grant = try AccessGrant.decide(rpps: professional.rpps, patient: patient, emergency: false, reader)
            } catch is ProfessionalAccess.Refusal {
                continue
            }
            if grant.refusal(for: open) == nil && grant.refusal(for: hidden) != nil {
                whileUnmasked.append(professional.name)
            }
        }
        return DocumentAudience(
            author: document.author == .patient ? nil : document.authorName,
            treatingDoctor: doctor?.name,
            authorIsTreatingDoctor: doctorRpps != nil && document.author == .professional(rpps: doctorRpps!),
            whileUnmasked: whileUnmasked)
    }

    /// "you, its author Dr Martin and your treating doctor Dr Durand": who sees it masked.
    public func stillSeeing(_ text: Catalog) -> String {
        var people = [text[.audienceYou]]
        if authorIsTreatingDoctor, let treatingDoctor {
            people.append(text[.audienceAuthorTreatingDoctor, treatingDoctor])
        } else {
            if let author { people.append(text[.audienceAuthor, author]) }
            if let treatingDoctor { people.append(text[.audienceTreatingDoctor, treatingDoctor]) }
        }
        return Self.list(people, text)
    }

    /// "Dr Morel, Dr Petit and Kiné Roux": who sees it only unmasked.
    public func unmaskedOnly(_ text: Catalog) -> String {
        Self.list(whileUnmasked, text)
    }

    /// Names joined as a sentence says them: "a, b and c".
    static func list(_ names: [String], _ text: Catalog) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + text[.listAnd] + names.last!
    }
}

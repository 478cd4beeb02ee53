import Foundation

/// The person a file is about, read from its Patient: name, birth date, INS, sex.
struct FilePatient: Equatable {
    var given: [String]
    var family: String
    var birthDate: String
    var ins: String?
    /// From `gender` when it is female or male (other and unknown say nothing of growth curves).
    var sex: Sex?

    var name: String { (given + [family]).joined(separator: " ").trimmingCharacters(in: .whitespaces) }

    init(_ element: FHIRElement) throws {
        guard let name = try element.objects("name").first else { throw ImportIssue.missing("name") }
        given = try name.strings("given")
        family = try name.string("family", limit: 200) ?? ""
        if given.isEmpty && family.isEmpty, let text = try name.string("text", limit: 200) { family = text }
        guard !(given.isEmpty && family.isEmpty) else { throw ImportIssue.missing("name[0].family") }
        guard let birthDate = try element.string("birthDate", limit: 10) else { throw ImportIssue.missing("birthDate") }
        guard RecordDays.isCalendarDate(birthDate) else { throw ImportIssue.notADate("birthDate", "\"\(birthDate)\"") }
        self.birthDate = birthDate
        ins = try FrenchIdentifiers.ins(try element.objects("identifier"))
        sex = try element.string("gender", limit: 20).flatMap(Sex.init(rawValue:))
    }

    /// The same person as the record's: the same INS when both have one, else the same
    /// family name, given names and birth date (case and accents aside, in any order).
    func isSamePerson(as patient: Patient) -> Bool {
        if let ins, let recorded = patient.ins { return ins == recorded }
        return birthDate == patient.birthDate && Self.words(name) == Self.words(patient.name)
    }

    private static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).map(String.init).sorted()
    }
}

/// The DMP document categories. The raw value is the DMP code shown in listings and JSON.
public enum DocumentCategory: String, CaseIterable, Sendable {
    case healthSummary = "SYNTHESE"
    case prescriptions = "ORD_SOIN"
    case imaging = "RADIO_SC"
    case labResults = "BIOLOGIE"
    case reports = "CPT_REND"
    case screening = "DEPISTAG"
    case certificates = "CERT_MED"
    case administrative = "DOC_ADM"
    case medicalSummary = "SYNTH_PML"
    case advanceDirectives = "DIR_ANT"
    case healthQuestionnaire = "QUEST_SANTE"
    case other = "AUTR_DOC"

    /// The DMP code, e.g. `BIOLOGIE`.
    public var code: String { rawValue }

    /// Finds a category by its DMP code, case-insensitively.
    public init?(code: String) {
        self.init(rawValue: code.uppercased())
    }
}

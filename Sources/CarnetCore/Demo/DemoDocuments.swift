import Foundation

/// The documents of the small demo: most categories, one version history, and one masked
/// lab result (a category pharmacists may read, so only the masking hides it from them).
enum DemoDocuments {
    struct Entry {
        var category: DocumentCategory
        var title: String
        var author: Author
        var day: String
        var masked = false
        var body: String
    }

    static let maskedTitle = "Sérologies VIH et hépatites B et C"

    static let entries: [Entry] = [
        Entry(
            category: .healthSummary, title: "Volet de synthèse médicale",
            author: .professional(rpps: DemoCast.treatingDoctor.rpps), day: "2025-01-14",
            body:
                "Patiente de 43 ans. Diabète de type 2 depuis 2019, hypertension artérielle depuis 2021.\nAllergie à la pénicilline (urticaire).\nTraitement : metformine 1000 mg matin et soir, ramipril 5 mg le matin."
        ),
        Entry(
            category: .prescriptions, title: "Ordonnance — traitement de fond",
            author: .professional(rpps: DemoCast.treatingDoctor.rpps), day: "2026-10-02",
            body:
                "Metformine 1000 mg : 1 comprimé matin et soir, 3 mois.\nRamipril 5 mg : 1 comprimé le matin, 3 mois.\nBandelettes et lancettes pour autosurveillance glycémique."
        ),
        Entry(
            category: .prescriptions, title: "Ordonnance de kinésithérapie — genou droit",
            author: .professional(rpps: DemoCast.treatingDoctor.rpps), day: "2026-04-10",
            body: "15 séances de rééducation du genou droit, à domicile si besoin."),
        Entry(
            category: .imaging, title: "Radiographie du genou droit",
            author: .establishment(finess: DemoCast.hospital.finess), day: "2026-03-28",
            body: "Pas de fracture. Discret pincement fémoro-tibial interne. Pas d'épanchement."),
        Entry(
            category: .labResults, title: "Bilan lipidique et glycémie à jeun",
            author: .establishment(finess: DemoCast.laboratory.finess), day: "2026-10-20",
            body:
                "Glycémie à jeun : 1,18 g/L (6,5 mmol/L).\nCholestérol LDL : 1,05 g/L.\nTriglycérides : 1,32 g/L."
        ),
        Entry(
            category: .labResults, title: maskedTitle,
            author: .establishment(finess: DemoCast.laboratory.finess), day: "2026-06-05",
            masked: true,
            body:
                "Sérologie VIH : négative.\nAg HBs : négatif. Anticorps anti-HBs : positifs (vaccinée).\nSérologie hépatite C : négative."
        ),
        Entry(
            category: .labResults, title: "Hémoglobine glyquée (HbA1c)",
            author: .establishment(finess: DemoCast.laboratory.finess), day: "2026-07-14",
            body: "HbA1c : 6,9 %. Objectif individualisé : inférieur à 7 %."),
        Entry(
            category: .reports, title: "Consultation de cardiologie",
            author: .professional(rpps: DemoCast.cardiologist.rpps), day: "2026-05-19",
            body:
                "Tension bien contrôlée sous ramipril. ECG normal. Échographie cardiaque sans anomalie.\nContrôle dans un an."
        ),
        Entry(
            category: .reports, title: "Compte rendu d'hospitalisation — appendicectomie",
            author: .establishment(finess: DemoCast.hospital.finess), day: "2025-11-03",
            body:
                "Admise le 30/10/2025 par le SAMU pour douleur abdominale aiguë.\nAppendicectomie cœlioscopique le 30/10. Suites simples. Sortie le 03/11/2025."
        ),
        Entry(
            category: .reports, title: "Bilan de kinésithérapie",
            author: .professional(rpps: DemoCast.physiotherapist.rpps), day: "2026-06-30",
            body:
                "15 séances réalisées. Flexion du genou 135°. Douleur 1/10 à l'effort. Fin de prise en charge."
        ),
        Entry(
            category: .screening, title: "Dépistage du cancer colorectal",
            author: .establishment(finess: DemoCast.laboratory.finess), day: "2025-09-12",
            body: "Test immunologique fécal : négatif. Prochain dépistage dans deux ans."),
        Entry(
            category: .certificates, title: "Certificat d'aptitude à la course à pied",
            author: .professional(rpps: DemoCast.treatingDoctor.rpps), day: "2026-09-01",
            body: "Absence de contre-indication à la pratique de la course à pied en compétition."),
        Entry(
            category: .administrative, title: "Attestation de droits à l'Assurance Maladie",
            author: .patient, day: "2026-01-08",
            body: "Attestation de droits valable jusqu'au 31/12/2026."),
        Entry(
            category: .advanceDirectives, title: "Mes directives anticipées",
            author: .patient, day: "2025-12-01",
            body:
                "En cas de situation irréversible, je refuse l'acharnement thérapeutique.\nPersonne de confiance : Nadia Benali."
        ),
        Entry(
            category: .healthQuestionnaire, title: "Questionnaire de santé — licence sportive",
            author: .patient, day: "2026-08-25",
            body: "Aucune réponse positive au questionnaire."),
        Entry(
            category: .other, title: "Carnet de glycémies — export du lecteur",
            author: .patient, day: "2026-11-10",
            body: "Moyenne des glycémies à jeun sur 30 jours : 112 mg/dL."),
    ]

    static func write(_ writer: any RecordWriter, patient: Int64, history: inout DemoHistory) throws {
        var summaryId: Int64 = 0
        for entry in entries {
            let date = DemoCalendar.date(entry.day, hour: 10)
            let deposited = date.addingTimeInterval(entry.author == .patient ? 3_600 : 6 * 3_600)
            let id = try writer.addDocument(
                NewDocument(
                    category: entry.category, title: entry.title, author: entry.author, date: date,
                    deposited: deposited, masked: false, content: Data(entry.body.utf8)),
                patient: patient)
            history.documentAdded(id: id, author: entry.author, at: deposited)
            if entry.category == .healthSummary { summaryId = id }
            if entry.masked {
                try writer.setMasked(document: id, masked: true)
                history.patientAction(
                    .mask, target: "document \(id)", at: deposited.addingTimeInterval(86_400))
            }
        }
        // The health summary was brought up to date: a second version.
        let summaryUpdate = DemoCalendar.date("2026-09-15", hour: 17)
        try writer.addVersion(
            document: summaryId, author: .professional(rpps: DemoCast.treatingDoctor.rpps), at: summaryUpdate,
            mediaType: .text,
            content: Data(
                (entries[0].body + "\nMise à jour 09/2026 : HbA1c 6,9 %, genou droit rééduqué.").utf8))
        history.documentModified(
            id: summaryId, by: .professional(rpps: DemoCast.treatingDoctor.rpps), at: summaryUpdate)
    }
}

import Foundation

/// Medical specialties in both languages. The directory keeps a specialty as it was given
/// (`carnet pro add --specialty cardiology`, an import); a specialty this table knows, given
/// in either language, is said in the reader's; any other is said as it was given.
///
/// Sources of the terms:
/// - English: Directive 2005/36/EC of the European Parliament, Annex V, point 5.1.3 (titles
///   of training in specialised medicine) and point 5.1.4 (general medical practice).
/// - French: the specialties of the Diplômes d'études spécialisées (arrêté du 21 avril 2017
///   relatif aux connaissances, compétences et maquettes de formation des DES) as the
///   Fédération des Spécialités Médicales names them (specialitesmedicales.org).
public enum SpecialtyWords {
    /// (English, French), lower case as they sit inside a sentence.
    static let terms: [(en: String, fr: String)] = [
        ("general practice", "médecine générale"),
        ("allergology", "allergologie"),
        ("anaesthetics", "anesthésie-réanimation"),
        ("cardiology", "cardiologie et maladies vasculaires"),
        ("dermatology", "dermatologie et vénéréologie"),
        ("emergency medicine", "médecine d'urgence"),
        ("endocrinology", "endocrinologie, diabétologie et nutrition"),
        ("gastroenterology", "hépato-gastro-entérologie"),
        ("general surgery", "chirurgie viscérale et digestive"),
        ("geriatrics", "gériatrie"),
        ("haematology", "hématologie"),
        ("infectious diseases", "maladies infectieuses et tropicales"),
        ("internal medicine", "médecine interne"),
        ("medical biology", "biologie médicale"),
        ("nephrology", "néphrologie"),
        ("neurology", "neurologie"),
        ("neurological surgery", "neurochirurgie"),
        ("nuclear medicine", "médecine nucléaire"),
        ("obstetrics and gynaecology", "gynécologie obstétrique"),
        ("occupational medicine", "médecine du travail"),
        ("oncology", "oncologie"),
        ("ophthalmology", "ophtalmologie"),
        ("orthopaedics", "chirurgie orthopédique et traumatologique"),
        ("otorhinolaryngology", "oto-rhino-laryngologie"),
        ("paediatrics", "pédiatrie"),
        ("pathological anatomy", "anatomie et cytologie pathologiques"),
        ("physical medicine and rehabilitation", "médecine physique et de réadaptation"),
        ("psychiatry", "psychiatrie"),
        ("public health", "santé publique"),
        ("radiology", "radiologie et imagerie médicale"),
        ("respiratory medicine", "pneumologie"),
        ("rheumatology", "rhumatologie"),
        ("urology", "urologie"),
    ]

    /// The other spellings people give for the same specialty (American English, the short
    /// French name), mapped to the table's English term.
    static let aliases: [String: String] = [
        "general medicine": "general practice", "médecine générale": "general practice",
        "anesthesiology": "anaesthetics", "anesthésie": "anaesthetics",
        "cardiologie": "cardiology", "dermatologie": "dermatology", "dermato-venereology": "dermatology",
        "endocrinologie": "endocrinology", "gastro-entérologie": "gastroenterology",
        "hematology": "haematology", "gynecology": "obstetrics and gynaecology",
        "gynécologie": "obstetrics and gynaecology", "pediatrics": "paediatrics",
        "neurosurgery": "neurological surgery", "orthopedics": "orthopaedics",
        "pulmonology": "respiratory medicine", "ent": "otorhinolaryngology", "orl": "otorhinolaryngology",
        "radiologie": "radiology",
    ]

    static let byKey: [String: (en: String, fr: String)] = {
        var table: [String: (en: String, fr: String)] = [:]
        for term in terms {
            table[key(term.en)] = term
            table[key(term.fr)] = term
        }
        for (alias, english) in aliases {
            if let term = terms.first(where: { $0.en == english }) { table[key(alias)] = term }
        }
        return table
    }()

    /// Case, accents and spacing do not matter: "Cardiologie", "cardiologie " are one.
    static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The specialty in the reader's language; as given when the table does not know it.
    public static func words(_ specialty: String, _ language: Language) -> String {
        guard let term = byKey[key(specialty)] else { return specialty }
        return language == .fr ? term.fr : term.en
    }
}

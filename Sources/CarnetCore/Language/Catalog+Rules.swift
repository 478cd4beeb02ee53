extension Catalog {
    // The record's own rules, as the store words a refused value or write, and the command
    // line's checks of its options.
    static let rulesEnglish: [Phrase: String] = [
        .rulePatientNameEmpty: "the patient's name is empty.",
        .ruleINSLength: "INS {1} must be 15 characters: the 13 of the NIR and a 2-digit key.",
        .ruleTitleEmpty: "the document's title is empty.",
        .ruleNoDocument: "no document {1} in this record.",
        .ruleNoProfileEntry: "no profile entry {1} in this record.",
        .ruleFileTooLarge: "the file is {1} bytes; the limit is {2} bytes (5 MB).",
        .ruleBloodPressurePair: "blood pressure is stored as its systolic and diastolic values.",
        .ruleImpossibleReading: "{1} {2} is not a possible value for {3}; expected {4}–{5} {2}.",
        .ruleUnknownActor: "no professional (RPPS) or establishment (FINESS) {1} is known.",
        .ruleRPPSDigits: "an RPPS number is 11 digits; nothing was recorded.",
        .ruleEventWrongType: "access event {1} holds a value of the wrong type.",
        .ruleDemoBeingWritten: "another carnet is writing the demo record at {1}; wait for it to finish.",
        .storeNoServer:
            "{1} names a PostgreSQL database, and this carnet has no PostgreSQL store: nothing was created or changed.",
        .storeServerHoldsRecord:
            "the database {1} already holds a record that is not this demo; carnet demo writes only into an empty database, or opens its own demo of the same size.",
        .ruleTreatingDoctorNotBlocked: "the treating doctor cannot be blocked.",
        .ruleTreatingDoctorPhysician: "the treating doctor must be a physician who is not blocked.",
        .ruleAppendOnly: "the access history is append-only: its events cannot be changed or removed.",
        .optionKind: "--kind must be primary, booster or immunization.",
        .optionImportNothing: "give at least one file, folder or - for standard input.",
        .optionUnknownMeasurement: "unknown measurement type '{1}'.",
        .optionDays: "--days must be 1 to 36500 (a hundred years).",
        .optionDbAndDemo: "--db and --demo name two different records; give one of them.",
        .optionLimit: "--limit must be 0 or more.",
        .optionIdleTimeout: "--idle-timeout must be 5 to 86400 seconds (a day).",
        .optionInitDemo: "init creates your own record; `carnet demo` writes the demo record.",
        .optionBirthDate: "--birth-date: {1}",
    ]

    static let rulesFrench: [Phrase: String] = [
        .rulePatientNameEmpty: "le nom du patient est vide.",
        .ruleINSLength: "l'INS {1} doit faire 15 caractères : les 13 du NIR et une clé de 2 chiffres.",
        .ruleTitleEmpty: "le titre du document est vide.",
        .ruleNoDocument: "aucun document {1} dans ce dossier.",
        .ruleNoProfileEntry: "aucune entrée de profil {1} dans ce dossier.",
        .ruleFileTooLarge: "le fichier fait {1} octets ; la limite est de {2} octets (5 Mo).",
        .ruleBloodPressurePair: "la tension est enregistrée par ses valeurs systolique et diastolique.",
        .ruleImpossibleReading: "{1} {2} n'est pas une valeur possible pour {3} ; attendu : {4} à {5} {2}.",
        .ruleUnknownActor: "aucun professionnel (RPPS) ni établissement (FINESS) {1} n'est connu.",
        .ruleRPPSDigits: "un numéro RPPS a 11 chiffres ; rien n'a été enregistré.",
        .ruleEventWrongType: "l'événement d'accès {1} contient une valeur du mauvais type.",
        .storeNoServer:
            "{1} désigne une base PostgreSQL, et ce carnet n'a pas de stockage PostgreSQL : rien n'a été créé ni modifié.",
        .storeServerHoldsRecord:
            "la base {1} contient déjà un dossier qui n'est pas cette démonstration ; carnet demo n'écrit que dans une base vide, ou ouvre sa propre démonstration de même taille.",
        .ruleDemoBeingWritten:
            "un autre carnet est en train d'écrire le dossier de démonstration dans {1} ; attendez qu'il ait fini.",
        .ruleTreatingDoctorNotBlocked: "le médecin traitant ne peut pas être bloqué.",
        .ruleTreatingDoctorPhysician: "le médecin traitant doit être un médecin qui n'est pas bloqué.",
        .ruleAppendOnly:
            "l'historique des accès ne fait que s'allonger : ses événements ne peuvent être ni modifiés ni supprimés.",
        .optionKind: "--kind doit valoir primary, booster ou immunization.",
        .optionImportNothing: "donnez au moins un fichier, un dossier ou - pour l'entrée standard.",
        .optionUnknownMeasurement: "type de mesure « {1} » inconnu.",
        .optionDays: "--days doit aller de 1 à 36500 (cent ans).",
        .optionDbAndDemo: "--db et --demo désignent deux dossiers différents ; donnez l'un des deux.",
        .optionLimit: "--limit doit valoir 0 ou plus.",
        .optionIdleTimeout: "--idle-timeout doit aller de 5 à 86400 secondes (un jour).",
        .optionInitDemo: "init crée votre propre dossier ; `carnet demo` écrit le dossier de démonstration.",
        .optionBirthDate: "--birth-date : {1}",
    ]
}

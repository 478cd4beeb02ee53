extension Catalog {
    // Words of the medical profile: its sections, its entries' fields, their checks and the
    // pane's keys and messages.
    static let profileEnglish: [Phrase: String] = [
        .headingAllergies: "Allergies", .headingIllnesses: "Illnesses", .headingTreatments: "Treatments",
        .headingFamilyHistory: "Family history", .headingHospitalisations: "Hospitalisations",
        .headingDisability: "Disability", .headingBloodGroup: "Blood group", .headingContacts: "Contacts",
        .headingAdvanceDirectives: "Advance directives",
        .noAllergies: "No allergies recorded", .noIllnesses: "No illnesses recorded",
        .noTreatments: "No treatments recorded", .noFamilyHistory: "No family history recorded",
        .noHospitalisations: "No hospitalisations recorded", .noDisability: "No disability recorded",
        .noBloodGroup: "No blood group recorded", .noContacts: "No contacts recorded",
        .noAdvanceDirectives: "No advance directives recorded",

        // Fields, named as each section asks for them
        .profileFieldAllergy: "Allergy", .profileFieldReaction: "Reaction", .profileFieldIllness: "Illness",
        .profileFieldMedicine: "Medicine", .profileFieldDosage: "Dosage", .profileFieldCondition: "Condition",
        .profileFieldHospitalReason: "Reason", .profileFieldEstablishment: "Establishment",
        .profileFieldAdmitted: "Admitted", .profileFieldDischarged: "Discharged",
        .profileFieldDisability: "Disability", .profileFieldBloodGroup: "Blood group",
        .profileFieldContactName: "Name", .profileFieldRelationship: "Relationship",
        .profileFieldDirectives: "Directives", .profileFieldWrittenOn: "Written on",
        .profileFieldDetails: "Details", .profileFieldStart: "Start", .profileFieldEnd: "End",
        .profileFieldRelative: "Relative", .profileFieldContactRole: "Role", .profileFieldPhone: "Phone",
        .relativeMother: "mother", .relativeFather: "father", .relativeSister: "sister",
        .relativeBrother: "brother", .relativeDaughter: "daughter", .relativeSon: "son",
        .relativeGrandmother: "grandmother", .relativeGrandfather: "grandfather", .relativeAunt: "aunt",
        .relativeUncle: "uncle", .relativeCousin: "cousin", .relativeOther: "another relative",

        // Checks
        .profileNeedsText: "“{1}” is empty: this field is needed.",
        .profileNeedsChoice: "“{1}” is needed: choose one of {2}.",
        .profileTooLong: "“{1}” is longer than {2} characters.",
        .profileNotInSection: "“{1}” is not a field of {2}.",
        .profileBadPhone:
            "“{1}” is not a phone number: type a French number (06 12 34 56 78 or +33 6 12 34 56 78) or an international one (+, the country code, then the number).",
        .profileUnknownRelative: "“{1}” is not a relative carnet knows: {2}.",
        .profileUnknownBloodGroup: "“{1}” is not a blood group: {2}.",
        .profileDateInFuture: "“{1}” ({2}) is after today: only what has happened is recorded.",
        .profileDateBeforeBirth: "“{1}” is before your birth ({2}).",
        .profileEndBeforeStart: "“{1}” ({2}) is before “{3}” ({4}).",
        .profileBloodGroupRecorded: "Your blood group is already recorded ({1}): change that entry instead.",
        .profileNoEntry: "There is no profile entry {1} in this record.",

        // The pane
        .profileEntryCount: "{1} entries", .profileEntryCountOne: "1 entry",
        .profileSectionSpoken: "{1}, section {2} of {3}: {4}", .profileNothingRecorded: "nothing recorded",
        .sinceDate: "since {1}", .untilDate: "until {1}", .profileDateRange: "from {1} to {2}",
        .profileDirectiveDocument: "Document: {1}",
        .profileDirectiveDocumentSpoken: "Advance directives document “{1}”, {2}; Enter opens it",
        .firstSection: "This is the first section.", .lastSection: "This is the last section.",

        .profileFormAdd: "Add to your profile: {1}", .profileFormChange: "Change in your profile: {1}",
        .profileDatePlaceholder: "empty, or 2026-03-14", .profileEndPlaceholder: "empty: still going on",
        .profilePhonePlaceholder: "06 12 34 56 78 or +33 6 12 34 56 78",
        .profileFormChangeKeys: "Tab: next field   Enter: next, then save   Esc: cancel",
        .profileAdded: "Added to your profile: {1} “{2}”.",
        .profileChanged: "Changed in your profile: {1} “{2}”.",
        .profileRemoved: "Removed from your profile: {1} “{2}”.",
        .profileConfirmRemove: "Remove {1} “{2}” from your profile?",
        .chooseProfileEntry:
            "There is no entry here to change or remove: move to one, or press a to add one.",
        .profileDocumentNotEntry:
            "This line is a document of your record: remove it from the Documents pane.",
        .profileBloodGroupEditInstead: "Your blood group is recorded: change it here.",
        .profileTargetGone: "profile entry {1} (removed)",

        // carnet profile
        .profileAddedWithId: "Added to your profile: {1} “{2}” (id {3}).",
        .profileUnknownSection: "“{1}” is not a section of the profile: {2}.",
        .profileUnknownRole: "“{1}” is not a contact's role: {2}.",
        .tableSection: "SECTION", .tableEntry: "ENTRY", .tableDates: "DATES", .tableDetails: "DETAILS",
    ]

    static let profileFrench: [Phrase: String] = [
        .headingAllergies: "Allergies", .headingIllnesses: "Maladies", .headingTreatments: "Traitements",
        .headingFamilyHistory: "Antécédents familiaux", .headingHospitalisations: "Hospitalisations",
        .headingDisability: "Handicap", .headingBloodGroup: "Groupe sanguin", .headingContacts: "Contacts",
        .headingAdvanceDirectives: "Directives anticipées",
        .noAllergies: "Aucune allergie enregistrée", .noIllnesses: "Aucune maladie enregistrée",
        .noTreatments: "Aucun traitement enregistré",
        .noFamilyHistory: "Aucun antécédent familial enregistré",
        .noHospitalisations: "Aucune hospitalisation enregistrée", .noDisability: "Aucun handicap enregistré",
        .noBloodGroup: "Groupe sanguin non renseigné", .noContacts: "Aucun contact enregistré",
        .noAdvanceDirectives: "Aucune directive anticipée enregistrée",

        .profileFieldAllergy: "Allergie", .profileFieldReaction: "Réaction", .profileFieldIllness: "Maladie",
        .profileFieldMedicine: "Médicament", .profileFieldDosage: "Posologie",
        .profileFieldCondition: "Pathologie", .profileFieldHospitalReason: "Motif",
        .profileFieldEstablishment: "Établissement", .profileFieldAdmitted: "Entrée",
        .profileFieldDischarged: "Sortie", .profileFieldDisability: "Handicap",
        .profileFieldBloodGroup: "Groupe sanguin", .profileFieldContactName: "Nom",
        .profileFieldRelationship: "Lien", .profileFieldDirectives: "Directives",
        .profileFieldWrittenOn: "Rédigées le", .profileFieldDetails: "Précisions",
        .profileFieldStart: "Début",
        .profileFieldEnd: "Fin", .profileFieldRelative: "Membre de la famille",
        .profileFieldContactRole: "Rôle",
        .profileFieldPhone: "Téléphone",
        .relativeMother: "mère", .relativeFather: "père", .relativeSister: "sœur", .relativeBrother: "frère",
        .relativeDaughter: "fille", .relativeSon: "fils", .relativeGrandmother: "grand-mère",
        .relativeGrandfather: "grand-père", .relativeAunt: "tante", .relativeUncle: "oncle",
        .relativeCousin: "cousin ou cousine", .relativeOther: "autre membre de la famille",

        .profileNeedsText: "« {1} » est vide : ce champ est nécessaire.",
        .profileNeedsChoice: "« {1} » est nécessaire : choisissez parmi {2}.",
        .profileTooLong: "« {1} » dépasse {2} caractères.",
        .profileNotInSection: "« {1} » n’est pas un champ de la rubrique {2}.",
        .profileBadPhone:
            "« {1} » n’est pas un numéro de téléphone : tapez un numéro français (06 12 34 56 78 ou +33 6 12 34 56 78) ou international (+, l’indicatif du pays, puis le numéro).",
        .profileUnknownRelative: "« {1} » n’est pas un membre de la famille connu de carnet : {2}.",
        .profileUnknownBloodGroup: "« {1} » n’est pas un groupe sanguin : {2}.",
        .profileDateInFuture: "« {1} » ({2}) est après aujourd’hui : seul ce qui a eu lieu s’enregistre.",
        .profileDateBeforeBirth: "« {1} » est antérieur à votre naissance ({2}).",
        .profileEndBeforeStart: "« {1} » ({2}) est avant « {3} » ({4}).",
        .profileBloodGroupRecorded:
            "Votre groupe sanguin est déjà enregistré ({1}) : modifiez plutôt cet élément.",
        .profileNoEntry: "Aucun élément {1} dans le profil de ce dossier.",

        .profileEntryCount: "{1} éléments", .profileEntryCountOne: "1 élément",
        .profileSectionSpoken: "{1}, rubrique {2} sur {3} : {4}",
        .profileNothingRecorded: "rien d’enregistré",
        .sinceDate: "depuis le {1}", .untilDate: "jusqu’au {1}", .profileDateRange: "du {1} au {2}",
        .profileDirectiveDocument: "Document : {1}",
        .profileDirectiveDocumentSpoken: "Document de directives anticipées « {1} », {2} ; Entrée l’ouvre",
        .firstSection: "C’est la première rubrique.", .lastSection: "C’est la dernière rubrique.",

        .profileFormAdd: "Ajouter au profil : {1}", .profileFormChange: "Modifier dans le profil : {1}",
        .profileDatePlaceholder: "vide, ou 14/03/2026", .profileEndPlaceholder: "vide : toujours en cours",
        .profilePhonePlaceholder: "06 12 34 56 78 ou +33 6 12 34 56 78",
        .profileFormChangeKeys: "Tab : champ suivant   Entrée : suivant, puis enregistrer   Échap : annuler",
        .profileAdded: "Ajouté au profil : {1} « {2} ».",
        .profileChanged: "Modifié dans le profil : {1} « {2} ».",
        .profileRemoved: "Retiré du profil : {1} « {2} ».",
        .profileConfirmRemove: "Retirer du profil : {1} « {2} » ?",
        .chooseProfileEntry:
            "Il n’y a pas ici d’élément à modifier ou retirer : allez sur un élément, ou appuyez sur a pour en ajouter un.",
        .profileDocumentNotEntry:
            "Cette ligne est un document de votre dossier : retirez-le depuis le volet Documents.",
        .profileBloodGroupEditInstead: "Votre groupe sanguin est enregistré : modifiez-le ici.",
        .profileTargetGone: "élément {1} du profil (retiré)",

        .profileAddedWithId: "Ajouté au profil : {1} « {2} » (id {3}).",
        .profileUnknownSection: "« {1} » n’est pas une rubrique du profil : {2}.",
        .profileUnknownRole: "« {1} » n’est pas un rôle de contact : {2}.",
        .tableSection: "RUBRIQUE", .tableEntry: "ÉLÉMENT", .tableDates: "DATES", .tableDetails: "PRÉCISIONS",
    ]
}

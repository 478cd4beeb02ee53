extension Catalog {
    // Words of the document viewer and the patient's document actions.
    static let documentWorkflowEnglish: [Phrase: String] = [
        // Files and their checks
        .acceptedFileTypes: "text, PDF, JPEG, PNG, TIFF and RTF files",
        .fileNotFound: "{1}: there is no such file.",
        .fileNotRegular: "{1} is not a file (a folder or a device): choose a document file.",
        .fileUnreadable: "{1} cannot be read: check that it is yours to read.",
        .fileEmpty: "{1} is empty: there is nothing to add.",
        .fileTooBig: "{1} is {2}, over the limit of {3}.",
        .fileRefusedContent: "{1} is {2}, not a document: the record takes {3}.",
        .fileUnknownExtension: "{1}: files ending in {2} are not taken; the record takes {3}.",
        .fileMismatch: "{1} is named {2}, but its content is {3}: rename it or choose the right file.",
        .mediaText: "text", .mediaPDF: "a PDF document", .mediaJPEG: "a JPEG image", .mediaPNG: "a PNG image",
        .mediaXML: "an XML document", .mediaTIFF: "a TIFF image", .mediaRTF: "an RTF document",
        .refusedWindowsProgram: "a Windows program", .refusedProgram: "a program",
        .refusedArchive: "an archive (ZIP, RAR, 7-Zip or gzip; Word and OpenDocument files are archives too)",
        .refusedOfficeDocument: "a Word or Excel file of the old format",
        .refusedGIF: "a GIF image", .refusedBitmap: "a BMP image",
        .refusedOtherImage: "an image of a type the record does not take (WebP, HEIC)",
        .refusedMedia: "a sound or video file", .refusedUTF16: "text in UTF-16 (save it as UTF-8)",
        .refusedBinary: "binary data of no known type",
        .sizeBytes: "{1} bytes", .sizeKilobytes: "{1} KB", .sizeMegabytes: "{1} MB",

        // The patient's changes
        .audienceYou: "you", .audienceAuthor: "its author {1}",
        .audienceTreatingDoctor: "your treating doctor {1}",
        .audienceAuthorTreatingDoctor: "its author, your treating doctor {1}", .listAnd: " and ",
        .maskedDone: "Masked: only {1} will see “{2}”.",
        .unmaskedDone: "Unmasked: {1} can see “{2}” again.",
        .unmaskedDoneNobody:
            "Unmasked: “{1}” is visible again to the professionals you authorise whose profession may read it.",
        .confirmMask: "Mask “{1}” from professionals? {2} will stop seeing it; only {3} will see it.",
        .confirmMaskNobody:
            "Mask “{1}” from professionals? No other professional sees it now; from now on only {2} will, whoever you authorise.",
        .confirmUnmask: "Unmask “{1}”? {2} will start seeing it.",
        .confirmUnmaskNobody:
            "Unmask “{1}”? No other professional would see it now; those you authorise will, if their profession may read it.",
        .confirmDelete: "Delete “{1}” for good? It cannot be undone.",
        .documentNotFound: "no document {1} in this record.",
        .titleEmpty: "The title is empty: give the document a title.",
        .titleTooLong: "The title is {1} characters long; it may have at most {2}.",
        .actDateInFuture: "The date of the act, {1}, is after today.",
        .alreadyMasked: "“{1}” is already masked.",
        .notMasked: "“{1}” is not masked.",
        .deleteNotYours:
            "“{1}” was deposited by {2}: you can delete only the documents you deposited. You can mask it instead.",
        .documentAddedByPatient: "Added document {1}: “{2}” ({3}, {4}).",
        .documentDeleted: "Deleted document {1}: “{2}”.",
        .unknownCategory: "unknown category '{1}'. Categories: {2}.",
        .yesNoSuffix: " (y/n) ",

        // The list
        .columnVersion: "Ver.", .versionCell: "v{1}", .versionSpoken: "version {1}",
        .documentsFiltered: "{1} — {2}", .searchWords: "“{1}”",
        .searchPrompt: "Search:", .categoryMenuTitle: "Category", .everyCategory: "All categories",

        .chooseDocument: "There is no document here to act on.",

        // The viewer
        .fieldCategory: "Category", .fieldAuthor: "Author", .fieldActDate: "Date of the act",
        .fieldDeposited: "Deposited", .fieldVersion: "Version", .fieldMasked: "Masked", .fieldFile: "File",
        .versionLatest: "{1} of {2}, the latest", .versionEarlier: "{1} of {2}, an earlier version",
        .maskedYes: "yes: only you, its author and your treating doctor see it", .maskedNo: "no",
        .bodyImage: "This is {1} of {2} × {3} pixels: carnet shows no images.",
        .bodyImageNoSize: "This is {1}: carnet shows no images.",
        .bodyPDFNotInstalled:
            "The text of this PDF cannot be shown: pdftotext is not installed. Install the poppler-utils package (apt-get install poppler-utils) and open the document again.",
        .bodyPDFUnreadable:
            "pdftotext could not read this PDF (exit status {1}): the file may be damaged.",
        .bodyPDFTimedOut: "pdftotext took too long to read this PDF and was stopped.",
        .bodyEmpty: "This version holds no text (a PDF of scanned pages has none).",
        .versionsMenuTitle: "Versions of “{1}”",
        .versionOption: "Version {1}: {2}, {3}",
        .latestMark: " (latest)",
        .onlyOneVersion: "“{1}” has only one version.",
        .lineRange: "lines {1}–{2} of {3}",

        // The add form
        .formAddTitle: "Add a document", .fieldFilePath: "File", .fieldTitle: "Title",
        .formChoose: "Enter: choose", .todayPlaceholder: "empty: today; or 2026-03-14",
        .formKeys: "Tab: next field   Enter: next, then add   Esc: cancel",
        .formFileMissing: "Type the path of the file to add.",
        .formCategoryMissing: "Choose a category: Enter opens the list.",
        .formFieldSpoken: "{1}, field {2} of {3}: {4}",
        .formInvalid: "Check the field marked: {1}",

        .addedDone: "Added “{1}” to your documents.",
        .deletedDone: "Deleted “{1}”.",
    ]

    static let documentWorkflowFrench: [Phrase: String] = [
        .acceptedFileTypes: "les fichiers texte, PDF, JPEG, PNG, TIFF et RTF",
        .fileNotFound: "{1} : ce fichier n’existe pas.",
        .fileNotRegular: "{1} n’est pas un fichier (un dossier ou un périphérique) : choisissez un document.",
        .fileUnreadable: "{1} ne peut pas être lu : vérifiez que vous avez le droit de le lire.",
        .fileEmpty: "{1} est vide : il n’y a rien à ajouter.",
        .fileTooBig: "{1} fait {2}, au-delà de la limite de {3}.",
        .fileRefusedContent: "{1} est {2}, pas un document : le dossier accepte {3}.",
        .fileUnknownExtension: "{1} : les fichiers en {2} ne sont pas acceptés ; le dossier accepte {3}.",
        .fileMismatch:
            "{1} porte l’extension {2}, mais son contenu est {3} : renommez-le ou choisissez le bon fichier.",
        .mediaText: "du texte", .mediaPDF: "un document PDF", .mediaJPEG: "une image JPEG",
        .mediaPNG: "une image PNG",
        .mediaXML: "un document XML", .mediaTIFF: "une image TIFF", .mediaRTF: "un document RTF",
        .refusedWindowsProgram: "un programme Windows", .refusedProgram: "un programme",
        .refusedArchive:
            "une archive (ZIP, RAR, 7-Zip ou gzip ; les fichiers Word et OpenDocument en sont aussi)",
        .refusedOfficeDocument: "un fichier Word ou Excel de l’ancien format",
        .refusedGIF: "une image GIF", .refusedBitmap: "une image BMP",
        .refusedOtherImage: "une image d’un type que le dossier n’accepte pas (WebP, HEIC)",
        .refusedMedia: "un fichier son ou vidéo",
        .refusedUTF16: "du texte en UTF-16 (enregistrez-le en UTF-8)",
        .refusedBinary: "des données binaires de type inconnu",
        .sizeBytes: "{1} octets", .sizeKilobytes: "{1} Ko", .sizeMegabytes: "{1} Mo",

        .audienceYou: "vous", .audienceAuthor: "son auteur {1}",
        .audienceTreatingDoctor: "votre médecin traitant {1}",
        .audienceAuthorTreatingDoctor: "son auteur, votre médecin traitant {1}", .listAnd: " et ",
        .maskedDone: "Masqué : « {2} » n’est plus visible que par {1}.",
        .unmaskedDone: "Démasqué : « {2} » est de nouveau visible par {1}.",
        .unmaskedDoneNobody:
            "Démasqué : « {1} » est de nouveau visible par les professionnels que vous autorisez et dont la profession peut le lire.",
        .confirmMask:
            "Masquer « {1} » aux professionnels ? Il ne sera plus visible par {2}, seulement par {3}.",
        .confirmMaskNobody:
            "Masquer « {1} » aux professionnels ? Aucun autre professionnel ne le voit aujourd’hui ; il ne sera plus visible que par {2}, quels que soient ceux que vous autoriserez.",
        .confirmUnmask: "Démasquer « {1} » ? Il deviendra visible par {2}.",
        .confirmUnmaskNobody:
            "Démasquer « {1} » ? Aucun autre professionnel ne le verrait aujourd’hui ; ceux que vous autoriserez le verront si leur profession peut le lire.",
        .confirmDelete: "Supprimer définitivement « {1} » ? C’est irréversible.",
        .documentNotFound: "aucun document {1} dans ce dossier.",
        .titleEmpty: "Le titre est vide : donnez un titre au document.",
        .titleTooLong: "Le titre fait {1} caractères ; il en a au plus {2}.",
        .actDateInFuture: "La date de l’acte, {1}, est postérieure à aujourd’hui.",
        .alreadyMasked: "« {1} » est déjà masqué.",
        .notMasked: "« {1} » n’est pas masqué.",
        .deleteNotYours:
            "« {1} » a été déposé par {2} : vous ne pouvez supprimer que les documents que vous avez déposés. Vous pouvez le masquer.",
        .documentAddedByPatient: "Document {1} ajouté : « {2} » ({3}, {4}).",
        .documentDeleted: "Document {1} supprimé : « {2} ».",
        .unknownCategory: "catégorie « {1} » inconnue. Catégories : {2}.",
        .yesNoSuffix: " (o/n) ",

        .columnVersion: "Vers.", .versionCell: "v{1}", .versionSpoken: "version {1}",
        .documentsFiltered: "{1} — {2}", .searchWords: "« {1} »",
        .searchPrompt: "Rechercher :", .categoryMenuTitle: "Catégorie",
        .everyCategory: "Toutes les catégories",

        .chooseDocument: "Il n’y a pas ici de document sur lequel agir.",

        .fieldCategory: "Catégorie", .fieldAuthor: "Auteur", .fieldActDate: "Date de l’acte",
        .fieldDeposited: "Déposé le", .fieldVersion: "Version", .fieldMasked: "Masqué", .fieldFile: "Fichier",
        .versionLatest: "{1} sur {2}, la plus récente",
        .versionEarlier: "{1} sur {2}, une version antérieure",
        .maskedYes: "oui : seuls vous, son auteur et votre médecin traitant le voient", .maskedNo: "non",
        .bodyImage: "C’est {1} de {2} × {3} pixels : carnet n’affiche pas les images.",
        .bodyImageNoSize: "C’est {1} : carnet n’affiche pas les images.",
        .bodyPDFNotInstalled:
            "Le texte de ce PDF ne peut pas être affiché : pdftotext n’est pas installé. Installez le paquet poppler-utils (apt-get install poppler-utils) puis rouvrez le document.",
        .bodyPDFUnreadable:
            "pdftotext n’a pas pu lire ce PDF (code de sortie {1}) : le fichier est peut-être endommagé.",
        .bodyPDFTimedOut: "pdftotext a mis trop de temps à lire ce PDF et a été arrêté.",
        .bodyEmpty: "Cette version ne contient pas de texte (un PDF de pages numérisées n’en a pas).",
        .versionsMenuTitle: "Versions de « {1} »",
        .versionOption: "Version {1} : {2}, {3}",
        .latestMark: " (la plus récente)",
        .onlyOneVersion: "« {1} » n’a qu’une version.",
        .lineRange: "lignes {1} à {2} sur {3}",

        .formAddTitle: "Ajouter un document", .fieldFilePath: "Fichier", .fieldTitle: "Titre",
        .formChoose: "Entrée : choisir", .todayPlaceholder: "vide : aujourd’hui ; ou 14/03/2026",
        .formKeys: "Tab : champ suivant   Entrée : suivant, puis ajouter   Échap : annuler",
        .formFileMissing: "Tapez le chemin du fichier à ajouter.",
        .formCategoryMissing: "Choisissez une catégorie : Entrée ouvre la liste.",
        .formFieldSpoken: "{1}, champ {2} sur {3} : {4}",
        .formInvalid: "Vérifiez le champ signalé : {1}",

        .addedDone: "« {1} » a été ajouté à vos documents.",
        .deletedDone: "« {1} » a été supprimé.",
    ]
}

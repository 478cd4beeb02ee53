extension Catalog {
    // The command line's help: each command's abstract and discussion, each option's help.
    static let helpEnglish: [Phrase: String] = [
        .helpLang: "fr or en (default: French when the locale is French).",
        .parserOverview: "OVERVIEW: ",
        .parserUsageHeading: "USAGE: ",
        .parserArguments: "ARGUMENTS:",
        .parserOptions: "OPTIONS:",
        .parserSubcommands: "SUBCOMMANDS:",
        .parserShowVersion: "Show the version.",
        .parserShowHelp: "Show help information.",
        .parserDefault: "(default: {1})",
        .parserValues: "(values: {1})",
        .parserSeeDetailedHelp: "See '{1}' for detailed help.",
        .parserSeeMoreInformation: "See '{1}' for more information.",
        .parserError: "Error: ",
        .parserUsage: "Usage: ",
        .parserHelp: "Help: ",
        .parserMissingArgument: "Missing expected argument '{1}'",
        .parserUnknownOption: "Unknown option '{1}'",
        .parserUnexpectedArgument: "Unexpected argument '{1}'",
        .parserMissingValue: "Missing value for '{1}'",
        .parserInvalidValue: "The value '{1}' is invalid for '{2}'",
        .parserDidYouMean: "Did you mean '{1}'?",
        .abstractAccessChangeGrant: "Authorise a professional (RPPS) or establishment (FINESS).",
        .helpAccessChangeGrantId: "RPPS or FINESS number.",
        .abstractAccessChangeBlock: "Block a professional or establishment.",
        .abstractAccessChangeUnblock: "Lift a block.",
        .abstractAccessChangeSetDoctor: "Designate your treating doctor (médecin traitant).",
        .helpAccessChangeSetDoctorRpps: "The physician's RPPS number.",
        .abstractAccessChangeEmergency: """
            Turn an emergency switch on or off: samu (SAMU regulation), any (break the glass), masked (reveal masked documents).
            """,
        .helpAccessChangeEmergencyWhich: "samu, any or masked.",
        .helpAccessChangeEmergencyState: "on or off.",
        .abstractAccessChangeClose: "Close your space: no professional can access it any more.",
        .helpAccessChangeCloseYes: "Confirm that every professional loses access.",
        .abstractAccessChangeReopen: "Reopen a closed space.",
        .abstractAccess: "Who may access the record: professionals, establishments, consents.",
        .abstractAccessList: "List the professionals and establishments the record knows, with their status.",
        .helpBrowserScreenReader: """
            Plain self-describing lines for screen readers and braille displays (also when ACCESSIBLE or CARNET_SCREEN_READER is set).
            """,
        .helpBrowserLinear: """
            Numbered menus and plain lines, no full screen (also when TERM is dumb or unset): for braille displays that prefer scrollback and for the simplest terminals.
            """,
        .helpBrowserTheme: """
            The look: default, light, high-contrast, mono, or a theme of yours in ~/.config/carnet/themes (NO_COLOR always gives mono).
            """,
        .helpKioskKiosk: """
            A read-only kiosk: nothing can be changed or left by the keyboard; locks itself when idle (needs `carnet kiosk set-pin`).
            """,
        .helpKioskIdleTimeout: "Seconds without a key before a kiosk hides the record.",
        .abstractCarnet: "A terminal browser for your personal health record.",
        .discussionCarnet: """
            Your record lives in $XDG_DATA_HOME/carnet/carnet.sqlite (by default
            ~/.local/share/carnet/carnet.sqlite); the demo record in demo.sqlite beside it.
            Exit codes: 0 done, 1 error, 3 refused by the access policy, 64 bad usage.
            """,
        .abstractDemo: "Write the demo record, then open it.",
        .discussionDemo: """
            The demo record is fictitious and the same on every run. It is written to
            demo.sqlite beside your record (or to --db PATH) and never touches your own record.
            """,
        .helpDemoSizeSize: """
            small, or large: adds 5,000 documents, 100,000 glucose readings and 1,000,000 access events.
            """,
        .helpDemoSizeNoOpen: "Write the demo record without opening it.",
        .helpDemoSizeForce: "Write the demo record again even if it is already there.",
        .abstractDoctor: "Say what carnet sees on this machine and whether it will work.",
        .discussionDoctor: """
            Checks the terminal (type, size, colours), the locale and language, screen-reader
            mode, the record (where it is, who may read it, its schema, its access history)
            and pdftotext, and says what to do about anything wrong. It changes nothing: the
            record is read without being created, updated or locked. Give the options you
            start carnet with (--screen-reader, --lang, --theme, --db…) to check that start.
            Exits with 1 when it finds a problem, 0 otherwise (warnings included).
            """,
        .helpDoctorJson: "Print a JSON array of objects (check, status, value, found, advice).",
        .abstractDocumentChangeAdd: "Add a file to your documents (text, PDF, JPEG, PNG, TIFF or RTF; at most 5 MB).",
        .helpDocumentChangeAddFile: "The file.",
        .helpDocumentChangeAddCategory: "The DMP category code, e.g. BIOLOGIE.",
        .helpDocumentChangeAddTitle: "The document's title.",
        .helpDocumentChangeAddDate: "The date of the act (default: today).",
        .abstractDocumentChangeMask: "Mask a document from professionals: only you, its author and your treating doctor see it.",
        .helpDocumentChangeMaskId: "The document's identifier, as listings print it.",
        .abstractDocumentChangeUnmask: "Show a masked document to professionals again.",
        .helpDocumentChangeUnmaskId: "The document's identifier.",
        .abstractDocumentChangeDelete: "Delete a document you deposited, with its versions.",
        .discussionDocumentChangeDelete: "On a terminal it asks first; --yes (or a script's standard input) does not.",
        .helpDocumentChangeDeleteYes: "Do not ask for confirmation.",
        .abstractDocuments: "The documents of the record.",
        .abstractDocumentsList: "List the documents, newest first.",
        .abstractExport: "Write the whole record as FHIR R4 (a Bundle, or NDJSON files in a folder).",
        .discussionExport: """
            A Bundle of type collection goes to standard output, or to --out PATH. --format
            ndjson writes one file per resource type (FHIR Bulk Data) into the folder --out
            names. An existing file is replaced only with --force; the export is written
            under a temporary name and renamed, readable by you alone. --with-history adds
            every access event as an AuditEvent. `carnet import` reads the export back.
            """,
        .helpExportFormat: "bundle (one JSON file) or ndjson (a folder).",
        .helpExportOut: "Where to write (a file, or a folder for ndjson); standard output by default.",
        .helpExportWithHistory: "Add the access history, every event as an AuditEvent.",
        .helpExportForce: "Replace an existing file, or an earlier NDJSON export's folder.",
        .abstractImport: "Bring a FHIR R4 export (Bundle or NDJSON) into the record.",
        .discussionImport: """
            Files are recognised by their content: a FHIR R4 Bundle (JSON) or NDJSON (FHIR Bulk
            Data, one resource per line); a folder is read file by file; - reads standard input.
            The import is one transaction: a file with any problem writes nothing and every
            problem is listed with where it is (exit 1), unless --skip-invalid. Importing the
            same file again adds nothing. With no record at --db, one is created from the
            file's Patient.
            """,
        .helpImportFiles: "FHIR files or folders; - for standard input.",
        .helpImportJson: "Print the summary as a JSON object.",
        .helpImportDryRun: "Check and report without writing anything.",
        .helpImportSkipInvalid: "Write the valid resources and list the others, instead of refusing the file.",
        .abstractInit: "Create your own record.",
        .helpInitName: "Your name as it should appear on the record.",
        .helpInitBirthDate: "Your date of birth.",
        .helpInitIns: "Your INS (identifiant national de santé), 15 characters.",
        .abstractKiosk: "The read-only clinic kiosk.",
        .abstractKioskSetPin: "Set the PIN that unlocks an idle kiosk: 4 to 12 digits, read twice from standard input.",
        .discussionKioskSetPin: "On a terminal it is asked for without echo. Only a salted slow hash of it is stored.",
        .abstractLog: "The access history: who did what to the record, and when.",
        .discussionLog: """
            Every event is chained to the one before it by a SHA-256 hash, so that an event
            changed or removed afterwards is found by `carnet log verify`. Keep the head that
            `carnet log head` prints somewhere else: `carnet log verify --head` then tells a
            history cut or rewritten since.
            """,
        .abstractLogList: "List the access history, newest first.",
        .helpLogListSince: "Only events from this local day (YYYY-MM-DD) or ISO 8601 date-time on.",
        .helpLogListUntil: "Only events up to this local day (YYYY-MM-DD, included) or ISO 8601 date-time.",
        .helpLogListActor: "Only the events of this actor: an RPPS, a FINESS or the patient's number.",
        .abstractLogVerify: "Check that no event of the access history was changed or removed.",
        .discussionLogVerify: """
            Recomputes the hash chain from the first event to the last, and checks what the
            chain alone cannot show: the head carnet remembers from last time, the
            append-only guards, the events that notifications were about. With --head,
            checks that the history extends a head you kept (`carnet log head`). Exits
            with 0 when all is well, 1 naming what does not match.
            """,
        .helpLogVerifyHead: "A head printed by `carnet log head` earlier, e.g. \"1,040 events · 7f3a 91c2 0b44\".",
        .abstractLogHead: "Print the history's head, to keep somewhere else (paper, another machine).",
        .discussionLogHead: """
            The head is the number of events and the start of the last event's hash. Later,
            `carnet log verify --head "CODE"` says whether the history still extends it: a
            history cut or rewritten before that point fails, named.
            """,
        .abstractMeasure: "Measurements: weight, blood pressure, glucose…",
        .abstractMeasureList: "List the readings of one type, oldest first.",
        .discussionMeasureList: "Types: {1}.",
        .helpMeasureListCode: "A LOINC code or a short name such as weight or cgm.",
        .abstractMeasureAdd: "Add a reading of yours.",
        .discussionMeasureAdd: """
            VALUE is a number (72.5 or 72,5); for blood pressure, systolic/diastolic (128/82). UNIT converts where it is safe: lb or g to kg, in or m to cm, °F to °C, mmol/L to mg/dL for glucose. An impossible value is refused with the range carnet accepts, and nothing is written.
            """,
        .helpMeasureAddCode: "A LOINC code or a short name such as weight or bp.",
        .helpMeasureAddValueAndUnit: """
            The value (72.5, or 128/82 for blood pressure), then the unit it is in (default: the type's own, e.g. kg).
            """,
        .helpMeasureAddAt: "When it was taken (default: now).",
        .abstractMeasureSummary: "Say one type's readings in a sentence: the latest, the change over 30 days, the range.",
        .helpMeasureSummaryDays: "The window, in days before the latest reading.",
        .abstractNotifications: "Your notifications: who read, added, changed or tried to reach your record.",
        .discussionNotifications: """
            Every notification is kept. Preferences turn off only the browser's banners for
            reads and for document changes; emergency accesses and refusals always show one.
            """,
        .abstractNotificationsList: "List the notifications, newest first.",
        .helpNotificationsListUnread: "Only the unread ones.",
        .abstractNotificationsRead: "Mark a notification, or every unread one, as read.",
        .helpNotificationsReadId: "The notification's number, as listings print it.",
        .helpNotificationsReadAll: "Every unread notification.",
        .abstractNotificationsPrefs: "Show or set which notifications show a banner: reads, changes (additions and changes).",
        .discussionNotificationsPrefs: "For example: carnet notifications prefs reads off changes on",
        .helpNotificationsPrefsSettings: "Pairs of reads|changes and on|off.",
        .abstractPro: "Act on the record as a health professional (for tests and other programs).",
        .discussionPro: """
            A refusal exits with code 3 and says why on standard error; it is in the access history too.
            """,
        .helpProRpps: "The professional's RPPS number (11 digits).",
        .helpProEmergency: "Break the glass: an emergency access, allowed only by the patient's emergency switches.",
        .abstractProList: "List the documents this professional may see.",
        .abstractProRead: "Print a document's latest version.",
        .abstractProAdd: "Put a document into the record.",
        .helpProAddFile: "The file: text, PDF, JPEG, PNG, TIFF, RTF or XML.",
        .helpProAddCategory: "The DMP category code, e.g. CPT_REND.",
        .abstractProUpdate: "Add a new version to a document you wrote.",
        .helpProUpdateFile: "The file of the new version.",
        .abstractProImport: "Deposit a FHIR R4 file (Bundle or NDJSON) into the record.",
        .discussionProImport: """
            Through the policy gate: you are recorded as the one who deposited it, each item
            keeps its own author from the file, the file may hold only what your profession
            may add, and the patient is notified.
            """,
        .abstractProVaccinate: """
            Add a vaccination you gave to the patient's card (physicians, midwives, nurses, pharmacists).
            """,
        .helpProfileChangeFieldsDetail: "More about it: the reaction, the dosage, the establishment, the relationship…",
        .helpProfileChangeFieldsStart: "When it began, or the day directives were written.",
        .helpProfileChangeFieldsEnd: "When it ended (a treatment's may be ahead).",
        .helpProfileChangeFieldsRelative: "For family history: mother, father, sister, brother, daughter, son, grandmother, …",
        .helpProfileChangeFieldsRole: "For contacts: emergency, trusted-person (personne de confiance) or carer.",
        .helpProfileChangeFieldsPhone: "For contacts: 06 12 34 56 78, +33 6 12 34 56 78 or an international number.",
        .abstractProfileChangeAdd: "Add an entry to a section of your profile.",
        .discussionProfileChangeAdd: """
            SECTION is one of {1}. A treatment needs --detail (its dosage), family history --relative, a contact --role and --phone.
            """,
        .helpProfileChangeAddSection: "The section.",
        .helpProfileChangeAddLabel: "What the entry is: the allergy, the illness, the medicine, the contact's name…",
        .abstractProfileChangeChange: "Change an entry of your profile: what is given replaces it, an empty value clears it.",
        .helpProfileChangeChangeId: "The entry's identifier, as listings print it.",
        .helpProfileChangeChangeLabel: "What the entry is.",
        .abstractProfileChangeRemove: "Remove an entry from your profile.",
        .helpProfileChangeRemoveId: "The entry's identifier.",
        .abstractProfile: "The medical profile: allergies, illnesses, treatments, contacts…",
        .discussionProfile: "SECTION is one of {1}.",
        .abstractProfileList: "List the profile, section by section.",
        .helpProfileListSection: "Only this section.",
        .helpRecordDb: "Path of the record database.",
        .helpRecordDemo: "Use the demo record (demo.sqlite beside your record).",
        .helpRecordPatient: """
            The patient: their number in the record or their INS (default: the record's only or first patient).
            """,
        .helpListingJson: "Print a JSON array of objects instead of a table.",
        .helpListingLimit: "Print at most N rows.",
        .abstractVaccinations: "The vaccination card and the boosters that are due.",
        .abstractVaccinationsList: "List the card, newest first.",
        .helpVaccinationsListDisease: "Only the lines that protect against this disease (as the card names it).",
        .abstractVaccinationsDue: "Say what the French vaccination calendar asks for now: due, overdue, next.",
        .helpVaccinationsDueJson: "Print a JSON array of objects instead of sentences.",
        .abstractVaccinationsAdd: "Add a line to your card, entered by you.",
        .discussionVaccinationsAdd: "Common vaccines fill in their diseases: {1}.",
        .helpVaccinationEntryVaccine: "The vaccine's name, e.g. Revaxis or Vaxigrip Tetra.",
        .helpVaccinationEntryDate: "The day it was given (default: today).",
        .helpVaccinationEntryLot: "The lot number.",
        .helpVaccinationEntryVaccinator: "Who gave it.",
        .helpVaccinationEntryDiseases: """
            The diseases it protects against, separated by commas (needed for a vaccine carnet does not know).
            """,
        .helpVaccinationEntryKind: "primary, booster or immunization (default: booster).",
    ]

    static let helpFrench: [Phrase: String] = [
        .helpLang: "fr ou en (par défaut : le français quand la locale est française).",
        .parserOverview: "PRÉSENTATION : ",
        .parserUsageHeading: "UTILISATION : ",
        .parserArguments: "ARGUMENTS :",
        .parserOptions: "OPTIONS :",
        .parserSubcommands: "SOUS-COMMANDES :",
        .parserShowVersion: "Afficher la version.",
        .parserShowHelp: "Afficher l'aide.",
        .parserDefault: "(par défaut : {1})",
        .parserValues: "(valeurs : {1})",
        .parserSeeDetailedHelp: "Voir « {1} » pour l'aide détaillée.",
        .parserSeeMoreInformation: "Voir « {1} » pour en savoir plus.",
        .parserError: "Erreur : ",
        .parserUsage: "Utilisation : ",
        .parserHelp: "Aide : ",
        .parserMissingArgument: "Argument attendu manquant : « {1} »",
        .parserUnknownOption: "Option inconnue : « {1} »",
        .parserUnexpectedArgument: "Argument inattendu : « {1} »",
        .parserMissingValue: "Valeur manquante pour « {1} »",
        .parserInvalidValue: "La valeur « {1} » n'est pas valide pour « {2} »",
        .parserDidYouMean: "Vouliez-vous dire « {1} » ?",
        .abstractAccessChangeGrant: "Autoriser un professionnel (RPPS) ou un établissement (FINESS).",
        .helpAccessChangeGrantId: "Numéro RPPS ou FINESS.",
        .abstractAccessChangeBlock: "Bloquer un professionnel ou un établissement.",
        .abstractAccessChangeUnblock: "Lever un blocage.",
        .abstractAccessChangeSetDoctor: "Désigner votre médecin traitant.",
        .helpAccessChangeSetDoctorRpps: "Le numéro RPPS du médecin.",
        .abstractAccessChangeEmergency: """
            Activer ou couper un accès d'urgence : samu (régulation du SAMU), any (bris de glace), masked (montrer les documents masqués).
            """,
        .helpAccessChangeEmergencyWhich: "samu, any ou masked.",
        .helpAccessChangeEmergencyState: "on ou off.",
        .abstractAccessChangeClose: "Fermer votre espace : plus aucun professionnel n'y a accès.",
        .helpAccessChangeCloseYes: "Confirmer que tous les professionnels perdent l'accès.",
        .abstractAccessChangeReopen: "Rouvrir un espace fermé.",
        .abstractAccess: "Qui peut accéder au dossier : professionnels, établissements, consentements.",
        .abstractAccessList: "Lister les professionnels et établissements que le dossier connaît, avec leur statut.",
        .helpBrowserScreenReader: """
            Des lignes simples qui se décrivent, pour les lecteurs d'écran et les plages braille (aussi quand ACCESSIBLE ou CARNET_SCREEN_READER est défini).
            """,
        .helpBrowserLinear: """
            Des menus numérotés et des lignes simples, sans plein écran (aussi quand TERM vaut dumb ou n'est pas défini) : pour les plages braille qui préfèrent le défilement et pour les terminaux les plus simples.
            """,
        .helpBrowserTheme: """
            L'apparence : default, light, high-contrast, mono, ou l'un de vos thèmes dans ~/.config/carnet/themes (NO_COLOR donne toujours mono).
            """,
        .helpKioskKiosk: """
            Une borne en lecture seule : rien ne peut être modifié ni quitté au clavier ; elle se verrouille quand personne ne s'en sert (il faut `carnet kiosk set-pin`).
            """,
        .helpKioskIdleTimeout: "Secondes sans touche avant qu'une borne cache le dossier.",
        .abstractCarnet: "Un navigateur en terminal pour votre dossier de santé personnel.",
        .discussionCarnet: """
            Votre dossier est dans $XDG_DATA_HOME/carnet/carnet.sqlite (par défaut
            ~/.local/share/carnet/carnet.sqlite) ; le dossier de démonstration dans demo.sqlite à côté.
            Codes de sortie : 0 fait, 1 erreur, 3 refusé par la politique d'accès, 64 mauvais usage.
            """,
        .abstractDemo: "Écrire le dossier de démonstration, puis l'ouvrir.",
        .discussionDemo: """
            Le dossier de démonstration est fictif et le même à chaque fois. Il est écrit dans
            demo.sqlite à côté de votre dossier (ou dans --db CHEMIN) et ne touche jamais votre propre dossier.
            """,
        .helpDemoSizeSize: """
            small, ou large : ajoute 5 000 documents, 100 000 glycémies et 1 000 000 d'événements d'accès.
            """,
        .helpDemoSizeNoOpen: "Écrire le dossier de démonstration sans l'ouvrir.",
        .helpDemoSizeForce: "Réécrire le dossier de démonstration même s'il existe déjà.",
        .abstractDoctor: "Dire ce que carnet voit sur cette machine et s'il fonctionnera.",
        .discussionDoctor: """
            Vérifie le terminal (type, taille, couleurs), la locale et la langue, le mode lecteur
            d'écran, le dossier (où il est, qui peut le lire, son schéma, son historique des accès)
            et pdftotext, et dit quoi faire de ce qui ne va pas. Ne change rien : le dossier est
            lu sans être créé, mis à jour ni verrouillé. Donnez les options avec lesquelles vous
            lancez carnet (--screen-reader, --lang, --theme, --db…) pour vérifier ce lancement.
            Sort avec 1 quand il trouve un problème, 0 sinon (avertissements compris).
            """,
        .helpDoctorJson: "Afficher un tableau JSON d'objets (check, status, value, found, advice).",
        .abstractDocumentChangeAdd: """
            Ajouter un fichier à vos documents (texte, PDF, JPEG, PNG, TIFF ou RTF ; 5 Mo au plus).
            """,
        .helpDocumentChangeAddFile: "Le fichier.",
        .helpDocumentChangeAddCategory: "Le code de catégorie DMP, par exemple BIOLOGIE.",
        .helpDocumentChangeAddTitle: "Le titre du document.",
        .helpDocumentChangeAddDate: "La date de l'acte (par défaut : aujourd'hui).",
        .abstractDocumentChangeMask: """
            Masquer un document aux professionnels : seuls vous, son auteur et votre médecin traitant le voient.
            """,
        .helpDocumentChangeMaskId: "L'identifiant du document, tel que les listes l'affichent.",
        .abstractDocumentChangeUnmask: "Montrer de nouveau un document masqué aux professionnels.",
        .helpDocumentChangeUnmaskId: "L'identifiant du document.",
        .abstractDocumentChangeDelete: "Supprimer un document que vous avez déposé, avec ses versions.",
        .discussionDocumentChangeDelete: """
            Sur un terminal, il demande d'abord ; --yes (ou l'entrée standard d'un script) ne demande pas.
            """,
        .helpDocumentChangeDeleteYes: "Ne pas demander de confirmation.",
        .abstractDocuments: "Les documents du dossier.",
        .abstractDocumentsList: "Lister les documents, du plus récent au plus ancien.",
        .abstractExport: "Écrire tout le dossier en FHIR R4 (un Bundle, ou des fichiers NDJSON dans un dossier).",
        .discussionExport: """
            Un Bundle de type collection va sur la sortie standard, ou dans --out CHEMIN.
            --format ndjson écrit un fichier par type de ressource (FHIR Bulk Data) dans le
            dossier que nomme --out. Un fichier existant n'est remplacé qu'avec --force ;
            l'export est écrit sous un nom temporaire puis renommé, lisible par vous seul.
            --with-history ajoute chaque événement d'accès comme AuditEvent. `carnet import`
            relit l'export.
            """,
        .helpExportFormat: "bundle (un fichier JSON) ou ndjson (un dossier).",
        .helpExportOut: "Où écrire (un fichier, ou un dossier pour ndjson) ; la sortie standard par défaut.",
        .helpExportWithHistory: "Ajouter l'historique des accès, chaque événement comme AuditEvent.",
        .helpExportForce: "Remplacer un fichier existant, ou le dossier d'un export NDJSON précédent.",
        .abstractImport: "Importer un export FHIR R4 (Bundle ou NDJSON) dans le dossier.",
        .discussionImport: """
            Les fichiers sont reconnus à leur contenu : un Bundle FHIR R4 (JSON) ou du NDJSON (FHIR
            Bulk Data, une ressource par ligne) ; un dossier est lu fichier par fichier ; - lit
            l'entrée standard. L'import est une seule transaction : un fichier qui a un problème
            n'écrit rien et chaque problème est listé avec son emplacement (sortie 1), sauf avec
            --skip-invalid. Importer de nouveau le même fichier n'ajoute rien. S'il n'y a pas de
            dossier à --db, il est créé à partir du Patient du fichier.
            """,
        .helpImportFiles: "Fichiers ou dossiers FHIR ; - pour l'entrée standard.",
        .helpImportJson: "Afficher le bilan sous forme d'objet JSON.",
        .helpImportDryRun: "Vérifier et rendre compte sans rien écrire.",
        .helpImportSkipInvalid: "Écrire les ressources valides et lister les autres, au lieu de refuser le fichier.",
        .abstractInit: "Créer votre propre dossier.",
        .helpInitName: "Votre nom tel qu'il doit figurer sur le dossier.",
        .helpInitBirthDate: "Votre date de naissance.",
        .helpInitIns: "Votre INS (identifiant national de santé), 15 caractères.",
        .abstractKiosk: "La borne de consultation en lecture seule.",
        .abstractKioskSetPin: """
            Définir le code qui déverrouille une borne en veille : 4 à 12 chiffres, lus deux fois sur l'entrée standard.
            """,
        .discussionKioskSetPin: """
            Sur un terminal, il est demandé sans écho. Seule une empreinte salée et lente en est gardée.
            """,
        .abstractLog: "L'historique des accès : qui a fait quoi au dossier, et quand.",
        .discussionLog: """
            Chaque événement est chaîné au précédent par une empreinte SHA-256, de sorte qu'un
            événement modifié ou supprimé après coup est trouvé par `carnet log verify`. Gardez
            ailleurs la tête qu'affiche `carnet log head` : `carnet log verify --head` dit alors
            si l'historique a été coupé ou réécrit depuis.
            """,
        .abstractLogList: "Lister l'historique des accès, du plus récent au plus ancien.",
        .helpLogListSince: """
            Seulement les événements à partir de ce jour local (AAAA-MM-JJ) ou de cette date-heure ISO 8601.
            """,
        .helpLogListUntil: """
            Seulement les événements jusqu'à ce jour local (AAAA-MM-JJ, inclus) ou cette date-heure ISO 8601.
            """,
        .helpLogListActor: "Seulement les événements de cet acteur : un RPPS, un FINESS ou le numéro du patient.",
        .abstractLogVerify: "Vérifier qu'aucun événement de l'historique des accès n'a été modifié ni supprimé.",
        .discussionLogVerify: """
            Recalcule la chaîne d'empreintes du premier événement au dernier, et vérifie ce que la
            chaîne seule ne peut pas montrer : la tête que carnet a retenue la dernière fois, les
            gardes d'ajout seul, les événements dont parlaient les notifications. Avec --head,
            vérifie que l'historique prolonge une tête que vous avez gardée (`carnet log head`).
            Sort avec 0 quand tout va bien, 1 en nommant ce qui ne correspond pas.
            """,
        .helpLogVerifyHead: """
            Une tête affichée plus tôt par `carnet log head`, par exemple "1 040 événements · 7f3a 91c2 0b44".
            """,
        .abstractLogHead: "Afficher la tête de l'historique, à garder ailleurs (papier, autre machine).",
        .discussionLogHead: """
            La tête est le nombre d'événements et le début de l'empreinte du dernier. Plus tard,
            `carnet log verify --head "CODE"` dit si l'historique la prolonge encore : un
            historique coupé ou réécrit avant ce point échoue, en le nommant.
            """,
        .abstractMeasure: "Mesures : poids, tension, glycémie…",
        .abstractMeasureList: "Lister les mesures d'un type, de la plus ancienne à la plus récente.",
        .discussionMeasureList: "Types : {1}.",
        .helpMeasureListCode: "Un code LOINC ou un nom court comme weight ou cgm.",
        .abstractMeasureAdd: "Ajouter une de vos mesures.",
        .discussionMeasureAdd: """
            VALEUR est un nombre (72.5 ou 72,5) ; pour la tension, systolique/diastolique (128/82). L'UNITÉ est convertie quand c'est sûr : lb ou g en kg, in ou m en cm, °F en °C, mmol/L en mg/dL pour la glycémie. Une valeur impossible est refusée avec la plage que carnet accepte, et rien n'est écrit.
            """,
        .helpMeasureAddCode: "Un code LOINC ou un nom court comme weight ou bp.",
        .helpMeasureAddValueAndUnit: """
            La valeur (72.5, ou 128/82 pour la tension), puis son unité (par défaut : celle du type, par exemple kg).
            """,
        .helpMeasureAddAt: "Quand elle a été prise (par défaut : maintenant).",
        .abstractMeasureSummary: """
            Dire en une phrase les mesures d'un type : la dernière, l'évolution sur 30 jours, la plage.
            """,
        .helpMeasureSummaryDays: "La fenêtre, en jours avant la dernière mesure.",
        .abstractNotifications: """
            Vos notifications : qui a consulté, ajouté, modifié ou tenté d'atteindre votre dossier.
            """,
        .discussionNotifications: """
            Toute notification est gardée. Les préférences ne coupent que les bandeaux du
            navigateur pour les consultations et les changements de documents ; les accès en
            urgence et les refus en affichent toujours un.
            """,
        .abstractNotificationsList: "Lister les notifications, de la plus récente à la plus ancienne.",
        .helpNotificationsListUnread: "Seulement celles qui ne sont pas lues.",
        .abstractNotificationsRead: "Marquer une notification, ou toutes celles non lues, comme lue.",
        .helpNotificationsReadId: "Le numéro de la notification, tel que les listes l'affichent.",
        .helpNotificationsReadAll: "Toutes les notifications non lues.",
        .abstractNotificationsPrefs: """
            Montrer ou choisir les notifications qui affichent un bandeau : reads (consultations), changes (ajouts et modifications).
            """,
        .discussionNotificationsPrefs: "Par exemple : carnet notifications prefs reads off changes on",
        .helpNotificationsPrefsSettings: "Des paires reads|changes et on|off.",
        .abstractPro: "Agir sur le dossier en tant que professionnel de santé (pour les tests et d'autres programmes).",
        .discussionPro: """
            Un refus sort avec le code 3 et dit pourquoi sur la sortie d'erreur ; il figure aussi dans l'historique des accès.
            """,
        .helpProRpps: "Le numéro RPPS du professionnel (11 chiffres).",
        .helpProEmergency: """
            Bris de glace : un accès en urgence, permis seulement par les accès d'urgence du patient.
            """,
        .abstractProList: "Lister les documents que ce professionnel peut voir.",
        .abstractProRead: "Afficher la dernière version d'un document.",
        .abstractProAdd: "Déposer un document dans le dossier.",
        .helpProAddFile: "Le fichier : texte, PDF, JPEG, PNG, TIFF, RTF ou XML.",
        .helpProAddCategory: "Le code de catégorie DMP, par exemple CPT_REND.",
        .abstractProUpdate: "Ajouter une nouvelle version à un document que vous avez écrit.",
        .helpProUpdateFile: "Le fichier de la nouvelle version.",
        .abstractProImport: "Déposer un fichier FHIR R4 (Bundle ou NDJSON) dans le dossier.",
        .discussionProImport: """
            En passant par la politique d'accès : vous êtes enregistré comme celui qui l'a déposé,
            chaque élément garde l'auteur que donne le fichier, le fichier ne peut contenir que ce
            que votre profession peut ajouter, et le patient est notifié.
            """,
        .abstractProVaccinate: """
            Ajouter une vaccination que vous avez faite au carnet du patient (médecins, sages-femmes, infirmiers, pharmaciens).
            """,
        .helpProfileChangeFieldsDetail: "Précisions : la réaction, la posologie, l'établissement, le lien…",
        .helpProfileChangeFieldsStart: "Quand cela a commencé, ou le jour où les directives ont été écrites.",
        .helpProfileChangeFieldsEnd: "Quand cela a pris fin (celle d'un traitement peut être à venir).",
        .helpProfileChangeFieldsRelative: """
            Pour les antécédents familiaux : mother, father, sister, brother, daughter, son, grandmother, …
            """,
        .helpProfileChangeFieldsRole: "Pour les contacts : emergency, trusted-person (personne de confiance) ou carer (aidant).",
        .helpProfileChangeFieldsPhone: "Pour les contacts : 06 12 34 56 78, +33 6 12 34 56 78 ou un numéro international.",
        .abstractProfileChangeAdd: "Ajouter une entrée à une section de votre profil.",
        .discussionProfileChangeAdd: """
            SECTION est l'une de : {1}. Un traitement demande --detail (sa posologie), un antécédent familial --relative, un contact --role et --phone.
            """,
        .helpProfileChangeAddSection: "La section.",
        .helpProfileChangeAddLabel: """
            Ce qu'est l'entrée : l'allergie, la maladie, le médicament, le nom du contact…
            """,
        .abstractProfileChangeChange: """
            Modifier une entrée de votre profil : ce qui est donné la remplace, une valeur vide l'efface.
            """,
        .helpProfileChangeChangeId: "L'identifiant de l'entrée, tel que les listes l'affichent.",
        .helpProfileChangeChangeLabel: "Ce qu'est l'entrée.",
        .abstractProfileChangeRemove: "Retirer une entrée de votre profil.",
        .helpProfileChangeRemoveId: "L'identifiant de l'entrée.",
        .abstractProfile: "Le profil médical : allergies, maladies, traitements, contacts…",
        .discussionProfile: "SECTION est l'une de : {1}.",
        .abstractProfileList: "Lister le profil, section par section.",
        .helpProfileListSection: "Seulement cette section.",
        .helpRecordDb: "Chemin de la base du dossier.",
        .helpRecordDemo: "Utiliser le dossier de démonstration (demo.sqlite à côté de votre dossier).",
        .helpRecordPatient: """
            Le patient : son numéro dans le dossier ou son INS (par défaut : le seul ou le premier patient du dossier).
            """,
        .helpListingJson: "Afficher un tableau JSON d'objets au lieu d'un tableau.",
        .helpListingLimit: "Afficher au plus N lignes.",
        .abstractVaccinations: "Le carnet de vaccination et les rappels à faire.",
        .abstractVaccinationsList: "Lister le carnet, du plus récent au plus ancien.",
        .helpVaccinationsListDisease: "Seulement les lignes qui protègent contre cette maladie (telle que le carnet la nomme).",
        .abstractVaccinationsDue: """
            Dire ce que le calendrier vaccinal français demande maintenant : à faire, en retard, prochain.
            """,
        .helpVaccinationsDueJson: "Afficher un tableau JSON d'objets au lieu de phrases.",
        .abstractVaccinationsAdd: "Ajouter une ligne à votre carnet, saisie par vous.",
        .discussionVaccinationsAdd: "Les vaccins courants remplissent leurs maladies : {1}.",
        .helpVaccinationEntryVaccine: "Le nom du vaccin, par exemple Revaxis ou Vaxigrip Tetra.",
        .helpVaccinationEntryDate: "Le jour où il a été fait (par défaut : aujourd'hui).",
        .helpVaccinationEntryLot: "Le numéro de lot.",
        .helpVaccinationEntryVaccinator: "Qui l'a fait.",
        .helpVaccinationEntryDiseases: """
            Les maladies contre lesquelles il protège, séparées par des virgules (nécessaire pour un vaccin que carnet ne connaît pas).
            """,
        .helpVaccinationEntryKind: "primary (primovaccination), booster (rappel) ou immunization (par défaut : booster).",
    ]
}

extension Catalog {
    // Words of `carnet doctor`: what carnet sees on this machine, and what to do when it is wrong.
    static let doctorEnglish: [Phrase: String] = [
        .doctorLine: "{1}: {2}. {3}",
        .doctorOk: "ok", .doctorWarning: "warning", .doctorProblem: "PROBLEM",
        .doctorSummaryOk: "Everything carnet needs is in place.",
        .doctorSummary: "Problems: {1}, warnings: {2}. Each line above says what to do.",
        .doctorCheckVersion: "Version", .doctorCheckTerminal: "Terminal", .doctorCheckSize: "Window size",
        .doctorCheckColours: "Colours", .doctorCheckTheme: "Theme", .doctorCheckLocale: "Locale",
        .doctorCheckLanguage: "Language", .doctorCheckScreenReader: "Screen-reader mode",
        .doctorCheckRecord: "Record", .doctorCheckPermissions: "Permissions", .doctorCheckSchema: "Schema",
        .doctorCheckChain: "Access history", .doctorCheckPdf: "PDF text",
        .doctorTermUnset: "TERM is not set: carnet starts in linear mode (numbered menus, no full screen).",
        .doctorTermDumb: "TERM is dumb: carnet starts in linear mode (numbered menus, no full screen).",
        .doctorTermSetAdvice:
            "If this terminal can draw a full screen, give its type, for example: export TERM=xterm-256color",
        .doctorTermUnknown:
            "TERM is {1}, a type the terminfo database does not know: the full-screen browser cannot start.",
        .doctorTermUnknownAdvice:
            "Install the package ncurses-term (apt install ncurses-term), or set TERM=xterm-256color.",
        .doctorTermOk: "TERM is {1}: the full-screen browser starts.",
        .doctorLinearAsked: "--linear asks for linear mode (numbered menus, no full screen).",
        .doctorNoTerminal:
            "Standard input is not a terminal: carnet prints a summary of the record instead of the browser.",
        .doctorNoTerminalAdvice: "Run carnet in a terminal window (over SSH: ssh -t).",
        .doctorSizeOk: "{1} columns by {2} rows (carnet needs at least {3} by {4}).",
        .doctorSizeSmall:
            "{1} columns by {2} rows: below {3} by {4}, carnet only says that the window is too small.",
        .doctorSizeAdvice: "Enlarge the window or make its font smaller.",
        .doctorNoColor:
            "NO_COLOR is set: carnet draws without colour (the mono theme); unset it for colours.",
        .doctorColors: "{1} colours: the {2} theme is drawn in colour.",
        .doctorNoColors:
            "TERM={1} has no colours: carnet draws with the mono theme (bold, reverse, underline).",
        .doctorNoColorsAdvice: "If your terminal shows colours, set TERM=xterm-256color.",
        .doctorColorsLinear: "Linear mode sends no colour.",
        .doctorThemeBroken: "The theme cannot be loaded, so the browser will not start: {1}",
        .doctorThemeAdvice:
            "Fix that file, or choose a shipped theme: --theme default, light, high-contrast or mono.",
        .doctorLocaleOk: "{1}, in UTF-8.",
        .doctorLocaleMissing: "{1} is not installed on this machine: carnet falls back to C.UTF-8.",
        .doctorLocaleMissingAdvice:
            "Install that locale (Debian: dpkg-reconfigure locales), or choose one that locale -a lists.",
        .doctorLocaleNotUTF8: "{1} uses {2}, not UTF-8: carnet switches to C.UTF-8 so that accents show.",
        .doctorLanguageFlag: "{1}, as --lang asks.",
        .doctorLanguageLocale: "{1}, from {2}={3}.",
        .doctorLanguageDefault: "{1}: no locale variable names French (LANG=fr_FR.UTF-8 gives French).",
        .languageNameEnglish: "English", .languageNameFrench: "French",
        .doctorReaderFlag: "On, because of --screen-reader.",
        .doctorReaderEnvironment: "On, because {1} is set.",
        .doctorReaderOff:
            "Off. Start carnet with --screen-reader, or set ACCESSIBLE=1, for plain self-describing lines.",
        .doctorRecordFound: "{1}",
        .doctorRecordMissing: "There is no record at {1}.",
        .doctorRecordMissingAdvice:
            "Create yours with carnet init --name NAME --birth-date YYYY-MM-DD, or try carnet demo.",
        .doctorPrivate: "Only you can read {1} (mode {2}).",
        .doctorOpenFile: "Other users have access to {1} (mode {2}), and it holds health data.",
        .doctorOpenFileAdvice: "Run: chmod 600 {1}",
        .doctorOpenFolder: "Other users can look into the folder {1} (mode {2}).",
        .doctorOpenFolderAdvice: "Run: chmod 700 {1}",
        .doctorUnreadable: "carnet cannot read {1} (mode {2}).",
        .doctorUnreadableAdvice: "Give yourself read access (chmod u+r {1}), or check its owner with ls -l.",
        .doctorReadOnly: "carnet can read {1} but not change it (mode {2}): every change will be refused.",
        .doctorReadOnlyAdvice: "To make changes, run: chmod u+w {1}",
        .doctorSchemaCurrent: "Version {1}, the one this carnet writes.",
        .doctorSchemaOlder: "Version {1}, older than the version {2} this carnet writes.",
        .doctorSchemaOlderAdvice:
            "Open it once with carnet (not --kiosk): it updates the record, and a kiosk can show it afterwards.",
        .doctorSchemaNewer: "Written by a newer carnet (above version {1}): this carnet refuses to open it.",
        .doctorSchemaNewerAdvice:
            "Install that newer carnet (carnet --version says which schema a carnet writes).",
        .doctorNotARecordAdvice: "Check the path given with --db.",
        .doctorCannotOpenAdvice: "Check the file's owner and permissions with ls -l.",
        .doctorChainIntact: "{1}: intact, {2} events.",
        .doctorChainBroken: "{1}: {2}",
        .doctorChainAdvice:
            "The history was changed outside carnet: keep a copy of the file as it is, and see carnet log verify.",
        .doctorNoPatient: "The record holds no patient.",
        .doctorPdfFound: "pdftotext is at {1}: PDF documents show their text.",
        .doctorPdfMissing: "pdftotext is not installed: a PDF document shows its details but not its text.",
        .doctorPdfAdvice: "Install poppler-utils (Debian: apt install poppler-utils).",
    ]

    static let doctorFrench: [Phrase: String] = [
        .doctorLine: "{1} : {2}. {3}",
        .doctorOk: "ok", .doctorWarning: "attention", .doctorProblem: "PROBLÈME",
        .doctorSummaryOk: "Tout ce dont carnet a besoin est en place.",
        .doctorSummary: "Problèmes : {1}, avertissements : {2}. Chaque ligne ci-dessus dit quoi faire.",
        .doctorCheckVersion: "Version", .doctorCheckTerminal: "Terminal",
        .doctorCheckSize: "Taille de la fenêtre",
        .doctorCheckColours: "Couleurs", .doctorCheckTheme: "Thème", .doctorCheckLocale: "Locale",
        .doctorCheckLanguage: "Langue", .doctorCheckScreenReader: "Mode lecteur d’écran",
        .doctorCheckRecord: "Dossier", .doctorCheckPermissions: "Droits d’accès",
        .doctorCheckSchema: "Schéma",
        .doctorCheckChain: "Historique des accès", .doctorCheckPdf: "Texte des PDF",
        .doctorTermUnset:
            "TERM n’est pas défini : carnet démarre en mode linéaire (menus numérotés, sans plein écran).",
        .doctorTermDumb:
            "TERM vaut dumb : carnet démarre en mode linéaire (menus numérotés, sans plein écran).",
        .doctorTermSetAdvice:
            "Si ce terminal sait afficher en plein écran, donnez son type, par exemple : export TERM=xterm-256color",
        .doctorTermUnknown:
            "TERM vaut {1}, un type que la base terminfo ne connaît pas : le navigateur plein écran ne peut pas démarrer.",
        .doctorTermUnknownAdvice:
            "Installez le paquet ncurses-term (apt install ncurses-term), ou réglez TERM=xterm-256color.",
        .doctorTermOk: "TERM vaut {1} : le navigateur plein écran démarre.",
        .doctorLinearAsked: "--linear demande le mode linéaire (menus numérotés, sans plein écran).",
        .doctorNoTerminal:
            "L’entrée standard n’est pas un terminal : carnet affiche un résumé du dossier au lieu du navigateur.",
        .doctorNoTerminalAdvice: "Lancez carnet dans une fenêtre de terminal (par SSH : ssh -t).",
        .doctorSizeOk: "{1} colonnes sur {2} lignes (carnet a besoin d’au moins {3} sur {4}).",
        .doctorSizeSmall:
            "{1} colonnes sur {2} lignes : en dessous de {3} sur {4}, carnet dit seulement que la fenêtre est trop petite.",
        .doctorSizeAdvice: "Agrandissez la fenêtre ou réduisez sa police.",
        .doctorNoColor:
            "NO_COLOR est défini : carnet dessine sans couleur (le thème mono) ; retirez-le pour avoir des couleurs.",
        .doctorColors: "{1} couleurs : le thème {2} est dessiné en couleur.",
        .doctorNoColors:
            "TERM={1} n’a pas de couleurs : carnet dessine avec le thème mono (gras, inverse, souligné).",
        .doctorNoColorsAdvice: "Si votre terminal affiche des couleurs, réglez TERM=xterm-256color.",
        .doctorColorsLinear: "Le mode linéaire n’envoie aucune couleur.",
        .doctorThemeBroken: "Le thème ne peut pas être chargé, le navigateur ne démarrera donc pas : {1}",
        .doctorThemeAdvice:
            "Corrigez ce fichier, ou choisissez un thème fourni : --theme default, light, high-contrast ou mono.",
        .doctorLocaleOk: "{1}, en UTF-8.",
        .doctorLocaleMissing: "{1} n’est pas installée sur cette machine : carnet se rabat sur C.UTF-8.",
        .doctorLocaleMissingAdvice:
            "Installez cette locale (Debian : dpkg-reconfigure locales), ou choisissez-en une que locale -a affiche.",
        .doctorLocaleNotUTF8:
            "{1} utilise {2} et non UTF-8 : carnet passe en C.UTF-8 pour que les accents s’affichent.",
        .doctorLanguageFlag: "{1}, comme le demande --lang.",
        .doctorLanguageLocale: "{1}, d’après {2}={3}.",
        .doctorLanguageDefault:
            "{1} : aucune variable de locale ne désigne le français (LANG=fr_FR.UTF-8 donne le français).",
        .languageNameEnglish: "Anglais", .languageNameFrench: "Français",
        .doctorReaderFlag: "Activé, à cause de --screen-reader.",
        .doctorReaderEnvironment: "Activé, car {1} est défini.",
        .doctorReaderOff:
            "Désactivé. Lancez carnet avec --screen-reader, ou réglez ACCESSIBLE=1, pour des lignes simples qui se décrivent.",
        .doctorRecordFound: "{1}",
        .doctorRecordMissing: "Il n’y a pas de dossier à {1}.",
        .doctorRecordMissingAdvice:
            "Créez le vôtre avec carnet init --name NOM --birth-date AAAA-MM-JJ, ou essayez carnet demo.",
        .doctorPrivate: "Vous seul pouvez lire {1} (mode {2}).",
        .doctorOpenFile:
            "D’autres utilisateurs ont accès à {1} (mode {2}), qui contient des données de santé.",
        .doctorOpenFileAdvice: "Lancez : chmod 600 {1}",
        .doctorOpenFolder: "D’autres utilisateurs peuvent regarder dans le dossier {1} (mode {2}).",
        .doctorOpenFolderAdvice: "Lancez : chmod 700 {1}",
        .doctorUnreadable: "carnet ne peut pas lire {1} (mode {2}).",
        .doctorUnreadableAdvice:
            "Donnez-vous le droit de lecture (chmod u+r {1}), ou vérifiez son propriétaire avec ls -l.",
        .doctorReadOnly:
            "carnet peut lire {1} mais pas le modifier (mode {2}) : toute modification sera refusée.",
        .doctorReadOnlyAdvice: "Pour pouvoir le modifier, lancez : chmod u+w {1}",
        .doctorSchemaCurrent: "Version {1}, celle qu’écrit ce carnet.",
        .doctorSchemaOlder: "Version {1}, plus ancienne que la version {2} qu’écrit ce carnet.",
        .doctorSchemaOlderAdvice:
            "Ouvrez-le une fois avec carnet (sans --kiosk) : il met le dossier à jour, et un kiosque peut ensuite l’afficher.",
        .doctorSchemaNewer:
            "Écrit par un carnet plus récent (au-delà de la version {1}) : ce carnet refuse de l’ouvrir.",
        .doctorSchemaNewerAdvice:
            "Installez ce carnet plus récent (carnet --version dit quel schéma un carnet écrit).",
        .doctorNotARecordAdvice: "Vérifiez le chemin donné avec --db.",
        .doctorCannotOpenAdvice: "Vérifiez le propriétaire et les droits du fichier avec ls -l.",
        .doctorChainIntact: "{1} : intact, {2} événements.",
        .doctorChainBroken: "{1} : {2}",
        .doctorChainAdvice:
            "L’historique a été modifié hors de carnet : gardez une copie du fichier tel quel, et voyez carnet log verify.",
        .doctorNoPatient: "Le dossier ne contient aucun patient.",
        .doctorPdfFound: "pdftotext est à {1} : les documents PDF montrent leur texte.",
        .doctorPdfMissing:
            "pdftotext n’est pas installé : un document PDF montre ses détails mais pas son texte.",
        .doctorPdfAdvice: "Installez poppler-utils (Debian : apt install poppler-utils).",
    ]
}

extension Catalog {
    // Words of linear mode: menus, prompts and commands, printed and never rewritten.
    static let linearEnglish: [Phrase: String] = [
        .linearWelcome: "carnet, linear mode — record of {1}. Type a number or a command, then Enter.",
        .linearPrompt: "> ",
        .linearMainMenu: "Main menu:",
        .linearMainHelp: "Type a number to open it; help lists the commands; quit leaves.",
        .linearWhoMayAccess: "Who may access your record",
        .linearNotifications: "Notifications",
        .linearAtTop: "You are at the main menu.",
        .linearUnknown: "“{1}” is not a command here; help lists them.",
        .linearMore: "more? Enter shows the next ones; a number opens one; help, back, quit.",
        .linearEnd: "That is all.",
        .linearListHelp: "A number opens one; help lists the commands; back returns.",
        .linearListCommands:
            "Commands: a number opens that item; Enter or more: the next ones; back; quit; help.",
        .linearOpenCommand: "Nothing else to do here but open and read.",
        .linearDocumentCommands:
            "search WORDS: documents matching; search: all again; mask N / unmask N: hide document N from professionals, or show it again.",
        .linearHistoryCommands:
            "since DATE, until DATE (2026-03-14 or 14/03/2026), action WORD (read, add, block…), oldest, newest, clear.",
        .linearAccessCommands:
            "authorize N, block N, unblock N: the professional or establishment printed as N.",
        .linearMeasureCommands: "add: add a reading (here, of this kind).",
        .linearNoSuchItem: "There is no item {1} printed here.",
        .linearTextMore: "more? Enter for the next lines, back to stop: ",
        .linearTextEnd: "End of text.",
        .linearYesNo: "(yes/no) ",
        .linearWhichItem: "{1} which one? Give the number printed before it: {1} 3.",
        .linearAlreadyMasked: "“{1}” is already masked.",
        .linearNotMasked: "“{1}” is not masked.",
        .linearActions: "Actions: {1}.",
        .linearWhichKind: "Which kind (number)? ",
        .linearValue: "{1}, value (128/82 for blood pressure): ",
        .linearUnit: "Unit (Enter for {1}): ",
        .linearWhen: "Taken when (Enter for now, or 2026-03-14 08:30): ",
    ]

    static let linearFrench: [Phrase: String] = [
        .linearWelcome:
            "carnet, mode linéaire — dossier de {1}. Tapez un numéro ou une commande, puis Entrée.",
        .linearPrompt: "> ",
        .linearMainMenu: "Menu principal :",
        .linearMainHelp: "Tapez un numéro pour l’ouvrir ; help liste les commandes ; quit quitte.",
        .linearWhoMayAccess: "Qui peut accéder à votre dossier",
        .linearNotifications: "Notifications",
        .linearAtTop: "Vous êtes au menu principal.",
        .linearUnknown: "« {1} » n’est pas une commande ici ; help les liste.",
        .linearMore: "la suite ? Entrée affiche les suivants ; un numéro en ouvre un ; help, back, quit.",
        .linearEnd: "C’est tout.",
        .linearListHelp: "Un numéro en ouvre un ; help liste les commandes ; back revient.",
        .linearListCommands:
            "Commandes : un numéro ouvre cet élément ; Entrée ou more : les suivants ; back ; quit ; help.",
        .linearOpenCommand: "Ici, on ne peut qu’ouvrir et lire.",
        .linearDocumentCommands:
            "search MOTS : les documents qui les contiennent ; search : tous à nouveau ; mask N / unmask N : masquer le document N aux professionnels, ou le montrer à nouveau.",
        .linearHistoryCommands:
            "since DATE, until DATE (14/03/2026 ou 2026-03-14), action MOT (lecture, ajout, blocage…), oldest, newest, clear.",
        .linearAccessCommands:
            "authorize N, block N, unblock N : le professionnel ou l’établissement affiché en N.",
        .linearMeasureCommands: "add : ajouter une mesure (ici, de ce type).",
        .linearNoSuchItem: "Aucun élément {1} n’est affiché ici.",
        .linearTextMore: "la suite ? Entrée pour les lignes suivantes, back pour arrêter : ",
        .linearTextEnd: "Fin du texte.",
        .linearYesNo: "(oui/non) ",
        .linearWhichItem: "{1} lequel ? Donnez le numéro affiché devant : {1} 3.",
        .linearAlreadyMasked: "« {1} » est déjà masqué.",
        .linearNotMasked: "« {1} » n’est pas masqué.",
        .linearActions: "Actions : {1}.",
        .linearWhichKind: "Quel type (numéro) ? ",
        .linearValue: "{1}, valeur (128/82 pour la tension) : ",
        .linearUnit: "Unité (Entrée pour {1}) : ",
        .linearWhen: "Prise quand (Entrée pour maintenant, ou 14/03/2026 8h30) : ",
    ]
}

extension Catalog {
    // Words of the history's head and its checks, read-only records and the bounds of what a
    // person types.
    static let hardeningEnglish: [Phrase: String] = [
        .headLine: "{1} events · {2}",
        .headExtends: "the history extends the head you kept ({1} events); it now holds {2}.",
        .headShorter: "the history was cut: the head you kept held {1} events; it now holds {2}.",
        .headRewritten:
            "the history was rewritten: event {1}, at the position of the head you kept ({2} events), is not the event you kept.",
        .headBadCode:
            "--head {1} is not a head as `carnet log head` prints it (for example: 1,000,040 events · 7f3a 91c2 0b44).",
        .warningPrefix: "Warning: ",
        .historyShrunk: "the history held {1} events on {2}; it now holds {3}: events were removed.",
        .historyRewritten:
            "the history held {1} events on {2}; it now holds {3}, and those events are not the ones carnet saw: it was rewritten.",
        .headMemoryUnwritable:
            "cannot keep the history's head in {1}, so a cut of the history would go unnoticed; carnet goes on.",
        .guardsMissing:
            "the access history's append-only guards are missing ({1}): someone changed the record around carnet.",
        .guardsRestored: "the access history's append-only guards were missing ({1}); they are restored.",
        .notifiedEventMissing:
            "notification {1} was about event {2}, which is no longer in the history as it was notified.",
        .emptyHistory:
            "the access history is empty, yet the record holds {1} documents and {2} notifications: it was wiped.",
        .errorReadOnlyRecord:
            "{1} is read-only (its mode, its folder or its medium): carnet can show it but not change it.",
        .readOnlyStatus: "read-only record",
        .paneHead: "Head: {1} (keep it elsewhere; `carnet log verify --head` checks it)",
        .dayInFuture: "{1} is after today: a record holds what has happened.",
        .dayBeforeBirth: "that day is before the patient's birth ({1}).",
        .dayTooEarly: "{1} is before {2}: check the year.",
        .dayNotADay: "{1} is not a day of the calendar; write it YYYY-MM-DD.",
        .permissionsTightened: "{1} was open to other users (mode {2}); carnet made it private (mode {3}).",
        .permissionsOpen:
            "{1} is open to other users (mode {2}) and is not yours to change: ask its owner to run chmod go-rwx on it.",
        .measureNotANumberPlain: "“{1}” is not a number: type it as 72.5 or 72,5.",
        .measureNotWhole: "“{1}” is not a whole number: {2} is counted without decimals.",
        .diseasesTooMany: "a vaccination lists at most {1} diseases of at most {2} characters each.",
        .badRPPS: "--rpps {1} is not an RPPS number: it is 11 digits. Nothing was recorded.",
        .badActorId:
            "{1} is neither an RPPS number (11 digits) nor a FINESS number (9 characters: digits, 2A or 2B first in Corsica).",
    ]

    static let hardeningFrench: [Phrase: String] = [
        .headLine: "{1} événements · {2}",
        .headExtends:
            "l'historique prolonge la tête que vous avez gardée ({1} événements) ; il en compte {2}.",
        .headShorter:
            "l'historique a été coupé : la tête que vous avez gardée comptait {1} événements ; il en compte {2}.",
        .headRewritten:
            "l'historique a été réécrit : l'événement {1}, à la place de la tête gardée ({2} événements), n'est pas celui que vous avez gardé.",
        .headBadCode:
            "--head {1} n'est pas une tête telle que `carnet log head` l'affiche (par exemple : 1 000 040 événements · 7f3a 91c2 0b44).",
        .warningPrefix: "Attention : ",
        .historyShrunk:
            "l'historique comptait {1} événements le {2} ; il en compte {3} : des événements ont été supprimés.",
        .historyRewritten:
            "l'historique comptait {1} événements le {2} ; il en compte {3}, et ce ne sont plus ceux que carnet a vus : il a été réécrit.",
        .headMemoryUnwritable:
            "impossible de garder la tête de l'historique dans {1} : une coupe de l'historique passerait inaperçue ; carnet continue.",
        .guardsMissing:
            "les protections de l'historique (ajout seul) manquent ({1}) : quelqu'un a modifié le dossier en contournant carnet.",
        .guardsRestored:
            "les protections de l'historique (ajout seul) manquaient ({1}) ; elles sont rétablies.",
        .notifiedEventMissing:
            "la notification {1} portait sur l'événement {2}, qui n'est plus dans l'historique tel qu'il a été notifié.",
        .emptyHistory:
            "l'historique des accès est vide, alors que le dossier contient {1} documents et {2} notifications : il a été effacé.",
        .errorReadOnlyRecord:
            "{1} est en lecture seule (ses droits, son dossier ou son support) : carnet peut l'afficher mais pas le modifier.",
        .readOnlyStatus: "dossier en lecture seule",
        .paneHead: "Tête : {1} (gardez-la ailleurs ; `carnet log verify --head` la vérifie)",
        .dayInFuture: "{1} est après aujourd'hui : un dossier contient ce qui a eu lieu.",
        .dayBeforeBirth: "ce jour est avant la naissance du patient ({1}).",
        .dayTooEarly: "{1} est avant {2} : vérifiez l'année.",
        .dayNotADay: "{1} n'est pas un jour du calendrier ; écrivez-le AAAA-MM-JJ.",
        .permissionsTightened:
            "{1} était ouvert aux autres utilisateurs (mode {2}) ; carnet l'a rendu privé (mode {3}).",
        .permissionsOpen:
            "{1} est ouvert aux autres utilisateurs (mode {2}) et ne vous appartient pas : demandez à son propriétaire de lancer chmod go-rwx dessus.",
        .measureNotANumberPlain: "« {1} » n'est pas un nombre : tapez-le comme 72.5 ou 72,5.",
        .measureNotWhole: "« {1} » n'est pas un nombre entier : {2} se compte sans décimales.",
        .diseasesTooMany: "une vaccination cite au plus {1} maladies d'au plus {2} caractères chacune.",
        .badRPPS: "--rpps {1} n'est pas un numéro RPPS : il compte 11 chiffres. Rien n'a été enregistré.",
        .badActorId:
            "{1} n'est ni un numéro RPPS (11 chiffres) ni un numéro FINESS (9 caractères : des chiffres, 2A ou 2B en tête en Corse).",
    ]
}

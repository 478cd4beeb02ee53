extension Catalog {
    // Words of the kiosk: the read-only record, the PIN and the lock screen.
    static let kioskEnglish: [Phrase: String] = [
        .errorNeedsUpdate:
            "{1} was written by an older carnet and must be updated before a kiosk can show it: open it once with carnet (not --kiosk).",
        .pinBadFormat: "a kiosk PIN is 4 to 12 digits.",
        .pinMismatch: "the two PINs differ; nothing was changed.",
        .pinNotSet:
            "this record has no kiosk PIN: set one first with `carnet kiosk set-pin` (outside the kiosk).",
        .pinPrompt: "Kiosk PIN (4 to 12 digits): ", .pinPromptAgain: "The same PIN again: ",
        .pinSet:
            "The kiosk PIN is set. `carnet --kiosk` now shows this record read-only and locks it when idle.",
        .kioskStatus: "read-only kiosk",
        .lockTitle: "carnet — this kiosk is locked",
        .lockHowTo: "Type your kiosk PIN, then Enter, to show your record.",
        .lockPinLabel: "PIN:",
        .lockChecking: "Checking the PIN…",
        .lockTyped: "{1} digits typed.",
        .lockWrong: "Wrong PIN. {1} tries left before a one-minute wait.",
        .lockWaiting: "Too many wrong PINs: wait {1} seconds, then try again.",
        .lockShown: "The kiosk is locked. Type the PIN, then Enter.",
        .kioskNeedsPin:
            "this record has no kiosk PIN, so a kiosk would lock with no way back: set one first with `carnet kiosk set-pin`.",
    ]

    static let kioskFrench: [Phrase: String] = [
        .errorNeedsUpdate:
            "{1} a été écrit par une version plus ancienne de carnet et doit être mis à jour avant qu’un kiosque puisse l’afficher : ouvrez-le une fois avec carnet (sans --kiosk).",
        .pinBadFormat: "un code de kiosque compte de 4 à 12 chiffres.",
        .pinMismatch: "les deux codes diffèrent ; rien n’a été modifié.",
        .pinNotSet:
            "ce dossier n’a pas de code de kiosque : définissez-en un avec `carnet kiosk set-pin` (hors du kiosque).",
        .pinPrompt: "Code du kiosque (4 à 12 chiffres) : ", .pinPromptAgain: "Le même code à nouveau : ",
        .pinSet:
            "Le code du kiosque est défini. `carnet --kiosk` affiche désormais ce dossier en lecture seule et le verrouille en cas d’inactivité.",
        .kioskStatus: "kiosque en lecture seule",
        .lockTitle: "carnet — ce kiosque est verrouillé",
        .lockHowTo: "Tapez votre code de kiosque puis Entrée pour afficher votre dossier.",
        .lockPinLabel: "Code :",
        .lockChecking: "Vérification du code…",
        .lockTyped: "{1} chiffres tapés.",
        .lockWrong: "Code erroné. Encore {1} essais avant une attente d’une minute.",
        .lockWaiting: "Trop de codes erronés : attendez {1} secondes, puis réessayez.",
        .lockShown: "Le kiosque est verrouillé. Tapez le code puis Entrée.",
        .kioskNeedsPin:
            "ce dossier n’a pas de code de kiosque, un kiosque verrouillé ne pourrait donc plus s’ouvrir : définissez-en un avec `carnet kiosk set-pin`.",
    ]
}

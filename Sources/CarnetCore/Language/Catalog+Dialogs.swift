extension Catalog {
    // Words of dialogs (questions, menus, typed lines) and text pages, shared by every pane.
    static let dialogsEnglish: [Phrase: String] = [
        .confirmTitle: "Confirm",
        .fieldLabel: "{1}:",
        .confirmKeys: "y: yes    n or Esc: no",
        .confirmKeysSpoken: "Press y for yes, n or Escape for no.",
        .nothingChanged: "Nothing was changed.",
        .changeFailed: "Nothing was changed: {1}",
        .nothingThere: "That item is no longer in the record.",
        .readsCutShort:
            "The record kept changing while it was read: what shows is read again at the next change or key.",
        .jobStillRunning: "The last one is still running: wait for its summary.",
        .itemOption: "Option",
        .itemLine: "Line",
        .findPrompt: "Find:",
        .notFound: "“{1}” is not in this text.",
        .badTypedDay: "“{1}” is not a date: type it as 2026-03-14 or 14/03/2026.",

    ]

    static let dialogsFrench: [Phrase: String] = [
        .confirmTitle: "Confirmer",
        .fieldLabel: "{1} :",
        .confirmKeys: "o : oui    n ou Échap : non",
        .confirmKeysSpoken: "Appuyez sur o pour oui, n ou Échap pour non.",
        .nothingChanged: "Rien n’a été modifié.",
        .changeFailed: "Rien n’a été modifié : {1}",
        .nothingThere: "Cet élément n’est plus dans le dossier.",
        .readsCutShort:
            "Le dossier changeait pendant sa lecture : l’affichage sera relu au prochain changement ou à la prochaine touche.",
        .jobStillRunning: "Le précédent est toujours en cours : attendez son résumé.",
        .itemOption: "Choix",
        .itemLine: "Ligne",
        .findPrompt: "Chercher :",
        .notFound: "« {1} » n’est pas dans ce texte.",
        .badTypedDay: "« {1} » n’est pas une date : tapez-la sous la forme 14/03/2026 ou 2026-03-14.",

    ]
}

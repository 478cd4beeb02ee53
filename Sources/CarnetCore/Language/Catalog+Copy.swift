extension Catalog {
    // Words of `carnet copy`: one patient's record from one store into another, ids kept.
    static let copyEnglish: [Phrase: String] = [
        .abstractCopy:
            "Copy one patient's whole record into another record file, ids and history as they are.",
        .discussionCopy: """
        Copies the record --patient names (by default your own) from --from into --to: the patient, \
        settings and consents, documents with every version, vaccinations, readings, profile, \
        notifications, import sources and the access history as written (its hash chain is copied, \
        never recomputed), with the whole directory of professionals and establishments. Ids are kept, \
        so a destination that already uses one of them, or the patient's INS, is refused and nothing \
        is written. A destination that does not exist is created. The copy is then verified: the \
        chain walked again, its head and every count equal to the source's.
        """,
        .helpCopyFrom: "The record to copy from (as --db takes it); by default the one --db or --demo names.",
        .helpCopyTo: "The record to copy into (as --db takes it); created when it does not exist.",
        .helpCopyJson: "Print what was copied as a JSON object.",
        .optionCopyFromAndDb: "--from names the record to copy from: give it, or --db / --demo, not both.",
        .copyDone: "Copied record {1} ({2}) to {3}: {4}.",
        .copyVerified: "Chain verified: head {1}.",
        .copyCreated: "Created {1} for the copy.",
        .copyProgress: "Copying {1}%",
        .copySameRecord: "--from and --to are the same record ({1}): give another destination.",
        .copyDocuments: "{1} documents", .copyDocumentOne: "1 document",
        .copyVersions: "{1} versions", .copyVersionOne: "1 version",
        .copyVaccinations: "{1} vaccinations", .copyVaccinationOne: "1 vaccination",
        .copyReadings: "{1} readings", .copyReadingOne: "1 reading",
        .copyProfileEntries: "{1} profile entries", .copyProfileEntryOne: "1 profile entry",
        .copyNotifications: "{1} notifications", .copyNotificationOne: "1 notification",
        .copyEvents: "{1} events", .copyEventOne: "1 event",
        .copyPatientTaken:
            "the destination already has a record with id {1} ({2}): a copy keeps every id, so this record cannot go there. Nothing was copied.",
        .copyINSTaken: "the destination already holds INS {1}, in the record of {2}. Nothing was copied.",
        .copyOwnTaken:
            "the destination already has its own record ({1}), and this one is its holder's own record too. Nothing was copied.",
        .copyDocumentTaken:
            "the destination already has a document with id {1}: a copy keeps every id (the history names them), so this record cannot go there. Nothing was copied.",
        .copyVaccinationTaken:
            "the destination already has a vaccination with id {1}: a copy keeps every id, so this record cannot go there. Nothing was copied.",
        .copyProfileTaken:
            "the destination already has a profile entry with id {1}: a copy keeps every id, so this record cannot go there. Nothing was copied.",
        .copyReadingTaken:
            "the destination already has a reading with id {1}: a copy keeps every id, so this record cannot go there. Nothing was copied.",
        .copyEventTaken:
            "the destination already has an access event with id {1}: a copy keeps every id (the history's chain names them), so this record cannot go there. Nothing was copied.",
        .copyNotificationTaken:
            "the destination already has a notification with id {1}: a copy keeps every id, so this record cannot go there. Nothing was copied.",
        .copySourceEventUnreadable:
            "event {1} of the source's access history cannot be read as it was written (carnet log verify says more). Nothing was copied.",
        .copySourceChainBroken:
            "the source's access history does not verify at event {1} (carnet log verify says more): a copy would carry a broken history. Nothing was copied.",
        .copyDestinationReadOnly: "{1} is opened read-only: a copy cannot go there. Nothing was copied.",
        .copyDestinationKiosk:
            "{1} is a clinic kiosk's record (it has a kiosk PIN): a kiosk shows records, a copy does not go there. Nothing was copied.",
        .copyVerifyFailed:
            "the copy was written but does not verify: {1}: {2} in the source, {3} in the copy.",
        .copyVerifyChainBroken:
            "the copy was written but its access history does not verify at event {1} (carnet log verify on the destination says more).",
        .copyVerifyHead: "the copy was written but its history's head is {2}, not the source's {1}.",
    ]

    static let copyFrench: [Phrase: String] = [
        .abstractCopy:
            "Copier le dossier entier d’un patient dans un autre fichier de dossier, identifiants et historique tels quels.",
        .discussionCopy: """
        Copie le dossier que désigne --patient (par défaut le vôtre) de --from vers --to : le patient, \
        ses réglages et consentements, les documents avec toutes leurs versions, les vaccinations, les \
        mesures, le profil, les notifications, les sources d’import et l’historique des accès tel \
        qu’écrit (sa chaîne d’empreintes est copiée, jamais recalculée), avec tout l’annuaire des \
        professionnels et établissements. Les identifiants sont gardés : une destination qui en utilise \
        déjà un, ou l’INS du patient, est refusée et rien n’est écrit. Une destination qui n’existe pas \
        est créée. La copie est ensuite vérifiée : la chaîne reparcourue, sa tête et chaque compte égaux \
        à ceux de la source.
        """,
        .helpCopyFrom:
            "Le dossier à copier (comme --db le prend) ; par défaut celui que désigne --db ou --demo.",
        .helpCopyTo: "Le dossier où copier (comme --db le prend) ; créé s’il n’existe pas.",
        .helpCopyJson: "Écrire ce qui a été copié en un objet JSON.",
        .optionCopyFromAndDb:
            "--from désigne le dossier à copier : donnez-le, ou --db / --demo, pas les deux.",
        .copyDone: "Dossier {1} ({2}) copié vers {3} : {4}.",
        .copyVerified: "Chaîne vérifiée : tête {1}.",
        .copyCreated: "{1} créé pour la copie.",
        .copyProgress: "Copie {1} %",
        .copySameRecord: "--from et --to sont le même dossier ({1}) : donnez une autre destination.",
        .copyDocuments: "{1} documents", .copyDocumentOne: "1 document",
        .copyVersions: "{1} versions", .copyVersionOne: "1 version",
        .copyVaccinations: "{1} vaccinations", .copyVaccinationOne: "1 vaccination",
        .copyReadings: "{1} mesures", .copyReadingOne: "1 mesure",
        .copyProfileEntries: "{1} éléments du profil", .copyProfileEntryOne: "1 élément du profil",
        .copyNotifications: "{1} notifications", .copyNotificationOne: "1 notification",
        .copyEvents: "{1} événements", .copyEventOne: "1 événement",
        .copyPatientTaken:
            "la destination a déjà un dossier d’identifiant {1} ({2}) : une copie garde chaque identifiant, ce dossier ne peut donc pas y aller. Rien n’a été copié.",
        .copyINSTaken: "la destination contient déjà l’INS {1}, dans le dossier de {2}. Rien n’a été copié.",
        .copyOwnTaken:
            "la destination a déjà son propre dossier ({1}), et celui-ci est aussi le dossier propre de son titulaire. Rien n’a été copié.",
        .copyDocumentTaken:
            "la destination a déjà un document d’identifiant {1} : une copie garde chaque identifiant (l’historique les nomme), ce dossier ne peut donc pas y aller. Rien n’a été copié.",
        .copyVaccinationTaken:
            "la destination a déjà une vaccination d’identifiant {1} : une copie garde chaque identifiant, ce dossier ne peut donc pas y aller. Rien n’a été copié.",
        .copyProfileTaken:
            "la destination a déjà un élément du profil d’identifiant {1} : une copie garde chaque identifiant, ce dossier ne peut donc pas y aller. Rien n’a été copié.",
        .copyReadingTaken:
            "la destination a déjà une mesure d’identifiant {1} : une copie garde chaque identifiant, ce dossier ne peut donc pas y aller. Rien n’a été copié.",
        .copyEventTaken:
            "la destination a déjà un accès d’identifiant {1} : une copie garde chaque identifiant (la chaîne de l’historique les nomme), ce dossier ne peut donc pas y aller. Rien n’a été copié.",
        .copyNotificationTaken:
            "la destination a déjà une notification d’identifiant {1} : une copie garde chaque identifiant, ce dossier ne peut donc pas y aller. Rien n’a été copié.",
        .copySourceEventUnreadable:
            "l’accès {1} de l’historique de la source ne peut pas être relu tel qu’il a été écrit (carnet log verify en dit plus). Rien n’a été copié.",
        .copySourceChainBroken:
            "l’historique des accès de la source ne se vérifie pas à l’accès {1} (carnet log verify en dit plus) : une copie emporterait un historique rompu. Rien n’a été copié.",
        .copyDestinationReadOnly:
            "{1} est ouvert en lecture seule : une copie ne peut pas y aller. Rien n’a été copié.",
        .copyDestinationKiosk:
            "{1} est le dossier d’une borne (il a un code de borne) : une borne montre des dossiers, une copie n’y va pas. Rien n’a été copié.",
        .copyVerifyFailed:
            "la copie a été écrite mais ne se vérifie pas : {1} : {2} dans la source, {3} dans la copie.",
        .copyVerifyChainBroken:
            "la copie a été écrite mais son historique des accès ne se vérifie pas à l’accès {1} (carnet log verify sur la destination en dit plus).",
        .copyVerifyHead:
            "la copie a été écrite mais la tête de son historique est {2}, et non {1} comme dans la source.",
    ]
}

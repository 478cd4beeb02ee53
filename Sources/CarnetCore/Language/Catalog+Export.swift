extension Catalog {
    // Words of `carnet export`.
    static let exportEnglish: [Phrase: String] = [
        .exportExists: "{1} already exists: give --force to replace it. Nothing was written.",
        .exportIsAFolder: "{1} is a folder: a Bundle is one file (or give --format ndjson for a folder).",
        .exportNotAnExportFolder:
            "{1} is not a folder of an earlier NDJSON export (it holds other files): give another path. Nothing was written.",
        .exportNDJSONNeedsFolder: "--format ndjson writes a folder: give its path with --out.",
        .exportCannotWrite: "could not write {1}: {2}. Nothing was written.",
        .exportDone: "Exported {1} FHIR R4 resources to {2}.",
        .exportProgress: "Exporting {1}%",
        .formExportTitle: "Export the record (FHIR R4)",
        .fieldExportFormat: "Format",
        .exportAsBundle: "One Bundle file (JSON)",
        .exportAsNDJSON: "NDJSON files in a folder",
        .fieldExportHistory: "Access history",
        .exportWithoutHistory: "Left out",
        .exportWithHistory: "Included, as AuditEvents",
        .fieldExportPath: "Write to",
        .exportFormKeys: "Tab: other fields   Enter: export   Esc: cancel",
        .formExportPathMissing: "Type where to write the export.",
        .exportReplace: "{1} already exists. Replace it with this export?",
        .exportPageTitle: "Export to {1}",
        .targetExport: "{1} FHIR resources", .targetExportToFile: "{1} FHIR resources, to a file",
        .targetImportNothingNew: "nothing new",
    ]

    static let exportFrench: [Phrase: String] = [
        .exportExists: "{1} existe déjà : ajoutez --force pour le remplacer. Rien n’a été écrit.",
        .exportIsAFolder:
            "{1} est un dossier : un Bundle est un seul fichier (ou choisissez --format ndjson pour un dossier).",
        .exportNotAnExportFolder:
            "{1} n’est pas le dossier d’un export NDJSON précédent (il contient d’autres fichiers) : choisissez un autre chemin. Rien n’a été écrit.",
        .exportNDJSONNeedsFolder: "--format ndjson écrit un dossier : donnez son chemin avec --out.",
        .exportCannotWrite: "impossible d’écrire {1} : {2}. Rien n’a été écrit.",
        .exportDone: "{1} ressources FHIR R4 exportées vers {2}.",
        .exportProgress: "Export {1} %",
        .formExportTitle: "Exporter le dossier (FHIR R4)",
        .fieldExportFormat: "Format",
        .exportAsBundle: "Un fichier Bundle (JSON)",
        .exportAsNDJSON: "Des fichiers NDJSON dans un dossier",
        .fieldExportHistory: "Historique des accès",
        .exportWithoutHistory: "Non inclus",
        .exportWithHistory: "Inclus, en AuditEvent",
        .fieldExportPath: "Écrire dans",
        .exportFormKeys: "Tab : autres champs   Entrée : exporter   Échap : annuler",
        .formExportPathMissing: "Tapez où écrire l’export.",
        .exportReplace: "{1} existe déjà. Le remplacer par cet export ?",
        .exportPageTitle: "Export vers {1}",
        .targetExport: "{1} ressources FHIR", .targetExportToFile: "{1} ressources FHIR, vers un fichier",
        .targetImportNothingNew: "rien de nouveau",
    ]
}

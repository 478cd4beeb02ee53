extension Catalog {
    // Words of a record kept on a server: `carnet db`.
    static let serverEnglish: [Phrase: String] = [
        .abstractDb: "Set up a PostgreSQL database for carnet's clients.",
        .abstractDbRoles:
            "Print the SQL that creates the application's role (reads and writes, never edits the access history) and the kiosk's role (reads only, in read-only sessions), for the database's owner to run.",
        .helpDbDatabase: "The database the roles may connect to (default: the one --db names, else carnet).",
        .helpDbApplication: "The name of the application's role.",
        .helpDbKiosk: "The name of the kiosk's role.",
    ]

    static let serverFrench: [Phrase: String] = [
        .abstractDb: "Préparer une base PostgreSQL pour les clients de carnet.",
        .abstractDbRoles:
            "Afficher le SQL qui crée le rôle de l'application (lit et écrit, ne modifie jamais l'historique des accès) et celui de la borne (lit seulement, en sessions en lecture seule), à faire exécuter par le propriétaire de la base.",
        .helpDbDatabase: "La base à laquelle les rôles peuvent se connecter (par défaut : celle que nomme --db, sinon carnet).",
        .helpDbApplication: "Le nom du rôle de l'application.",
        .helpDbKiosk: "Le nom du rôle de la borne.",
    ]
}

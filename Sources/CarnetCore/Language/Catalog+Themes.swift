extension Catalog {
    // What is wrong in a theme file, worded for the person who wrote it.
    static let themesEnglish: [Phrase: String] = [
        .themeAtLine: "{1} line {2}: {3}",
        .themeInFile: "{1}: {2}",
        .themeUnknown: "no theme named '{1}'. Available themes: {2}.",
        .themeOwnFolder: " Your own themes go in {1}/NAME.theme.",
        .themeMissingLooks: "no look for {1}; set them, or start from another theme with 'inherit = default'",
        .themeExpectedPair: "expected 'name = value', found '{1}'",
        .themeNothingBeforeEquals: "nothing before '='",
        .themeNoValue: "no value for '{1}' (write 'plain' for none)",
        .themeNotAName: "'{1}' is not a theme name",
        .themeUnknownRole: "unknown role '{1}' (roles: {2})",
        .themeTwoForegrounds: "two foreground colours",
        .themeTwoBackgrounds: "two background colours",
        .themePlainAlone: "'plain' means no attributes and stands alone",
        .themeBareColour: "'{1}' is a colour: write fg:{1} or bg:{1}",
        .themeUnknownAttribute: "unknown attribute '{1}' (attributes: bold, reverse, underline, dim)",
        .themeUnknownColour:
            "unknown colour '{1}' (colours: default, {2}, bright-red and the other bright- names, or 0 to 255)",
        .themeSetTwice: "'{1}' is set twice (first on line {2})",
        .themeNoParent: "inherits '{1}', which is no theme (available: {2})",
        .themeInheritLoop: "inherit loop: {1}",
        .themeUnreadable: "cannot be read",
        .themeFocusMark: "{1} must be reverse, or bold and underline, so the focus shows without colour",
        .themeMustBeBold: "{1} must be bold, so it shows without colour",
        .themeMustDiffer: "{1} must differ from {2} by bold, reverse or underline, not by colour alone",
    ]

    static let themesFrench: [Phrase: String] = [
        .themeAtLine: "{1} ligne {2} : {3}",
        .themeInFile: "{1} : {2}",
        .themeUnknown: "aucun thème nommé « {1} ». Thèmes disponibles : {2}.",
        .themeOwnFolder: " Vos propres thèmes vont dans {1}/NOM.theme.",
        .themeMissingLooks:
            "pas d'apparence pour {1} ; définissez-les, ou partez d'un autre thème avec « inherit = default »",
        .themeExpectedPair: "attendu « nom = valeur », trouvé « {1} »",
        .themeNothingBeforeEquals: "rien avant « = »",
        .themeNoValue: "pas de valeur pour « {1} » (écrivez « plain » pour aucune)",
        .themeNotAName: "« {1} » n'est pas un nom de thème",
        .themeUnknownRole: "rôle « {1} » inconnu (rôles : {2})",
        .themeTwoForegrounds: "deux couleurs de texte",
        .themeTwoBackgrounds: "deux couleurs de fond",
        .themePlainAlone: "« plain » veut dire sans attribut et s'écrit seul",
        .themeBareColour: "« {1} » est une couleur : écrivez fg:{1} ou bg:{1}",
        .themeUnknownAttribute: "attribut « {1} » inconnu (attributs : bold, reverse, underline, dim)",
        .themeUnknownColour:
            "couleur « {1} » inconnue (couleurs : default, {2}, bright-red et les autres noms en bright-, ou 0 à 255)",
        .themeSetTwice: "« {1} » est défini deux fois (d'abord à la ligne {2})",
        .themeNoParent: "hérite de « {1} », qui n'est pas un thème (disponibles : {2})",
        .themeInheritLoop: "héritage en boucle : {1}",
        .themeUnreadable: "ne peut pas être lu",
        .themeFocusMark: "{1} doit être en vidéo inverse, ou gras et souligné, pour que le focus se voie sans couleur",
        .themeMustBeBold: "{1} doit être en gras, pour se voir sans couleur",
        .themeMustDiffer:
            "{1} doit différer de {2} par le gras, la vidéo inverse ou le soulignement, pas par la couleur seule",
    ]
}

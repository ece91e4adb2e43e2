# fr: messages of the command-line tool gia (src/bin/gia.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.

## Usage errors (printed after `gia: `, exit code 2)
cli-no-input = aucun document à lire{"\u00A0"}: nommez un fichier (`gia { $command } FICHIER.json`, ou `-` pour l’entrée standard), ou demandez l’exemple fourni avec `gia { $command } --example metropolis`
cli-unknown-framework = référentiel inconnu `{ $id }`{"\u00A0"}; référentiels intégrés{"\u00A0"}: { $built-in }
cli-framework-not-found = --framework{"\u00A0"}: `{ $arg }` n’est ni un référentiel intégré ({ $built-in }) ni un fichier
cli-level = --level{"\u00A0"}: un niveau de confiance doit être strictement compris entre 0 et 1 (par exemple 0.95){"\u00A0"}; valeur trouvée{"\u00A0"}: { $value }
cli-reference = --reference{"\u00A0"}: une part doit être un nombre de 0 à 1{"\u00A0"}; valeur trouvée{"\u00A0"}: { $value }
cli-default-weekly-hours = --default-weekly-hours{"\u00A0"}: heures hebdomadaires de 0.01 à 168 attendues
cli-delimiter = --delimiter{"\u00A0"}: un caractère ASCII (ni guillemet ni saut de ligne) ou `tab` attendu
cli-cannot-read = impossible de lire { $path }{"\u00A0"}: { $kind ->
    [not-found] fichier ou dossier introuvable
    [permission-denied] permission refusée
    [is-a-directory] c’est un dossier
   *[other] { $detail }
}
cli-cannot-write = impossible d’écrire { $path }{"\u00A0"}: { $kind ->
    [not-found] dossier introuvable
    [permission-denied] permission refusée
    [is-a-directory] c’est un dossier
   *[other] { $detail }
}
cli-internal = erreur interne{"\u00A0"}: { $detail }

## Problems in the input (printed as `pointer: message`, exit code 1)
cli-not-utf8 = on attendait un document texte en UTF-8, mais l’octet { $byte } n’est pas de l’UTF-8 valide
cli-list-not-array = --{ $flag }{"\u00A0"}: on attendait un tableau JSON d’objets ayant chacun une "category" ({ $flag ->
        [measures] et des "measures", et une "evaluation" le cas échéant
       *[other] et un "text"
    }), mais le document a une autre forme (ligne { $line }, colonne { $column })
cli-list-unknown-category = --{ $flag }{"\u00A0"}: on attendait une catégorie de travailleurs présente dans la paie, mais aucune ligne ne porte celle-ci
cli-format-needs-by = --format { $format } écrit une ligne par groupe{"\u00A0"}: attendu avec --by COL
cli-by-format = --by écrit une analyse par groupe, au fur et à mesure{"\u00A0"}: --format ndjson, csv ou parquet attendu (un rapport Markdown, HTML ou JSON de milliers d’employeurs ne se lit pas{"\u00A0"}; lancez gia pay sur les lignes d’un employeur pour son rapport)
cli-by-flag = { $flag } s’applique au rapport d’un seul employeur{"\u00A0"}: attendu sans --by
cli-sheet-not-workbook = --sheet s’applique à un classeur (.xlsx, .xlsm, .xlsb, .xls, .ods), pas à un fichier CSV
cli-text-flags-not-text-file = --delimiter et --encoding s’appliquent à un fichier texte (CSV), pas à un classeur ni à un fichier Parquet, dont les cellules et les textes sont déjà typés
cli-stdin-parquet-too-large = un fichier Parquet sur l’entrée standard est gardé en mémoire (son pied est à la fin){"\u00A0"}: attendu au plus { $max }{"\u00A0"}Gio, trouvé davantage{"\u00A0"}; donnez plutôt le chemin du fichier
cli-needs-profile-es = { $flag } s’applique au registre des rémunérations espagnol (registro retributivo){"\u00A0"}: attendu avec --profile es
cli-init-json-only = nom de fichier en .json ou .xlsx attendu
cli-convert-kinds = un document JSON et un classeur attendus (`gia convert donnees.json donnees.xlsx`, ou l’inverse ; un classeur se lit en .xlsx, .xlsm, .xlsb, .xls ou .ods et s’écrit en .xlsx), trouvé { $from } et { $to }
cli-network-workbook = --network lit un document JSON ; un classeur contient une seule organisation
cli-fields-without-ndjson = --fields choisit ce que contient chaque ligne de --format ndjson{"\u00A0"}: ajoutez --format ndjson, ou retirez --fields
cli-init-exists = { $path } existe : choisissez un autre nom, ou donnez --force pour le remplacer
cli-init-written = { $path } écrit : remplacez les lignes d’exemple par vos registres, puis lancez `gia validate { $path }`

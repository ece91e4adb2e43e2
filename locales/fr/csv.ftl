# fr: problems in a payroll CSV (src/pay/csv.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# Forme « X attendu, Y trouvé » ; espace insécable avant « : » et « ; ».

## Emplacement d’un problème
csv-at-line = ligne { $line }
csv-at-cell = ligne { $line }, colonne { $number } ({ $name })
csv-at-column-number = ligne { $line }, colonne { $number }
csv-at-column-name = ligne { $line }, colonne { $name }
csv-problem = { $place } : { $message }
csv-more-problems = et { $n } { $n ->
        [one] autre problème
       *[other] autres problèmes
    }

## L’en-tête et le fichier
csv-cannot-read = impossible de lire l’entrée : { $kind ->
        [not-found] fichier introuvable
        [permission-denied] accès refusé
        [is-a-directory] c’est un dossier
        [invalid-data] données invalides
        [unexpected-eof] fin inattendue des données
        [interrupted] lecture interrompue
        [timed-out] délai dépassé
       *[other] { $reason }
    }
csv-empty-file = ligne d’en-tête attendue, fichier vide trouvé
csv-missing-column = colonne { $columns } attendue dans l’en-tête, aucune trouvée sous ce nom
csv-missing-columns = colonnes { $columns } attendues dans l’en-tête, aucune trouvée sous ces noms
csv-column-repeated = nom de colonne attendu une seule fois dans l’en-tête, trouvé { $times } fois
csv-variable-pay-twice = chaque colonne de rémunération variable attendue une seule fois, celle-ci trouvée deux fois
csv-no-rows = au moins une ligne de données attendue après l’en-tête, aucune trouvée
csv-too-many-rows = au plus { $max } lignes de données attendues, davantage trouvées
csv-field-count = { $width } { $width ->
        [one] champ attendu
       *[other] champs attendus
    } (autant que dans l’en-tête), { $found } { $found ->
        [one] trouvé
       *[other] trouvés
    }
csv-line-too-long = ligne d’au plus { $max } octets attendue, ligne plus longue trouvée
csv-quote-inside-field = guillemets incorrects : guillemet attendu seulement au début d’un champ, guillemet trouvé à l’intérieur d’un champ sans guillemets
csv-quote-text-after = guillemets incorrects : séparateur ou fin de ligne attendu après un guillemet fermant, autre texte trouvé
csv-quote-not-closed = guillemets incorrects : guillemet fermant attendu pour le champ ouvert à cette ligne, fin du fichier trouvée

## Cellules
csv-number-text = nombre attendu, texte trouvé
csv-number-nan = nombre attendu, valeur non numérique (NaN) trouvée
csv-number-too-large = nombre fini attendu, nombre trop grand pour être représenté trouvé
csv-number-infinite = nombre fini attendu, nombre infini trouvé
csv-amount-empty = montant attendu, cellule vide trouvée
csv-amount-negative = montant positif ou nul attendu, nombre négatif trouvé
csv-amount-too-large = montant d’au plus 1 000 000 000 000 (10^12) attendu, montant plus grand trouvé
csv-amount-invalid = montant attendu, nombre invalide trouvé
csv-variable-pay-sum-too-large = composantes de rémunération variable de somme finie attendues, somme trop grande pour être représentée trouvée
csv-hours-empty = heures hebdomadaires attendues, cellule vide trouvée
csv-control-empty = on attendait un nombre, mais la cellule est vide
csv-hours-range = heures hebdomadaires de 0,01 à 168 attendues
csv-fte-empty = équivalent temps plein attendu, cellule vide trouvée
csv-fte-range = équivalent temps plein supérieur à 0 et au plus égal à 1 attendu
csv-days-empty = nombre de jours travaillés attendu, cellule vide trouvée
csv-days-range = nombre de jours travaillés de 1 à 366 attendu
csv-flag-empty = true ou false attendu (ou yes/no, y/n, 1/0), cellule vide trouvée
csv-flag-other = true ou false attendu (ou yes/no, y/n, 1/0), autre valeur trouvée
csv-group-empty = code du groupe de la ligne attendu (--by), cellule vide trouvée : chaque ligne doit nommer son employeur
csv-text-blank = texte non vide attendu
csv-text-too-long = texte d’au plus { $n } caractères attendu
csv-too-many-texts = moins de textes distincts attendus, plus de 4 milliards trouvés

-csv-gender-codes = des mots comme woman, female, femme, mujer, Frau, donna, mulher, dona, man, male, homme, hombre, Mann, uomo, homem, home, non-binary, undisclosed, en majuscules ou minuscules, ou les lettres F/M, F/H, W/M, D/H, X, U ; --gender-code CODE=woman|man|non_binary|undisclosed donne le sens de tout autre code
csv-gender-code-empty = code de genre attendu ({ -csv-gender-codes }), cellule vide trouvée dans { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, la première ici (à traduire avec --gender-code =undisclosed)
csv-gender-code-unknown = code de genre attendu ({ -csv-gender-codes }), code inconnu `{ $code }` trouvé dans { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, la première ici
csv-gender-code-unquoted = code de genre attendu ({ -csv-gender-codes }), code inconnu trouvé (non cité, car il pourrait s’agir de données personnelles : il est long, contient des chiffres ou n’est que dans une ligne) dans { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, la première ici
csv-gender-ambiguous = codes de genre d’une seule langue attendus, lettres { $codes } trouvées, qui se lisent de deux façons (M est « male » en anglais mais « mujer » en espagnol à côté de H, « hombre ») : indiquez le sens de chacune, par exemple { $example } avec woman, man, non_binary ou undisclosed
csv-gender-too-many = colonne de genre d’au plus { $max } codes distincts attendue, davantage trouvés : est-ce bien la colonne du genre ?
csv-number-grouping = nombre écrit comme les autres de la colonne attendu, avec `{ $decimal }` avant les décimales et les milliers par groupes de trois, nombre écrit autrement trouvé (indiquez le séparateur avec --decimal)
csv-decimal-undecided = nombres dont le séparateur décimal se reconnaît attendus ; dans cette colonne, chaque nombre avec un séparateur a un seul `.` ou `,` suivi de trois chiffres (comme 1.234), qui se lit comme décimale ou comme milliers : indiquez-le avec --decimal , ou --decimal .
csv-text-not-utf8 = texte UTF-8 attendu, octets qui ne sont pas de l’UTF-8 trouvés : si le fichier a été enregistré dans un autre encodage, indiquez-le avec --encoding (par exemple --encoding windows-1252)

sheet-cannot-read = classeur lisible attendu (XLSX, XLSM, XLSB, XLS ou ODS), classeur illisible trouvé : { $reason }
sheet-too-large = classeur d’au plus { $max } Mo attendu, classeur plus grand trouvé : enregistrez la paie en CSV, qui se lit au fil de l’eau
sheet-not-found = feuille `{ $sheet }` attendue (un nom, ou un numéro à partir de 1), feuilles trouvées : { $sheets }
sheet-not-a-worksheet = feuille de calcul attendue, `{ $sheet }` est une feuille de graphique ou de macros (les feuilles : { $sheets }) ; choisissez-en une avec --sheet
sheet-formula-error = valeur attendue, erreur de formule { $error } trouvée
sheet-cells-beyond-header = aucune cellule à droite de la dernière colonne nommée de l’en-tête attendue, cellules trouvées (une cellule d’en-tête fusionnée sur deux colonnes laisse la seconde sans nom)
csv-header-columns = l’en-tête a { $count ->
        [one] { $count } colonne
       *[other] { $count } colonnes
    } : { $columns }{ $nearest ->
        [none] {""}
       *[other] ; noms les plus proches : { $nearest }
    } (nommez les colonnes avec --gender, --annual-pay…)
csv-header-one-column = l’en-tête est une seule colonne contenant `{ $delimiter }` : `{ $delimiter }` est-il le délimiteur ? Omettez --delimiter (il est détecté) ou donnez --delimiter '{ $delimiter }'

## Hypothèses faites à la lecture d’une paie, énoncées avec les chiffres (src/pay/csv/assumption.rs).
csv-assumption-variable-sum = la rémunération variable est la somme des colonnes { $columns }
csv-assumption-hours-for-all = les heures hebdomadaires ne figurent pas dans le fichier : { $hours } heures par semaine retenues pour chaque travailleur
csv-assumption-hours-missing = heures hebdomadaires manquantes (colonne `{ $column }` vide) pour { $count } { $n ->
        [one] travailleur
       *[other] travailleurs
    } : { $hours } heures par semaine retenues
csv-assumption-empty-as-zero = { $count } { $n ->
        [one] cellule vide
       *[other] cellules vides
    } de la colonne `{ $column }` { $n ->
        [one] lue
       *[other] lues
    } comme 0 (--empty-as-zero)
csv-assumption-not-recorded = { $count } { $n ->
        [one] cellule
       *[other] cellules
    } de la colonne `{ $column }` contenant { $markers } { $n ->
        [one] considérée comme non renseignée
       *[other] considérées comme non renseignées
    }
csv-assumption-or = ou
csv-assumption-encoding = le fichier a été lu en { $encoding }
csv-assumption-delimiter = les champs sont séparés par { $kind ->
        [tab] des tabulations
       *[other] `{ $delimiter }`
    }
csv-assumption-decimal-comma = les nombres ont une virgule décimale dans { $columns }

## The registro retributivo's defaults (src/pay/csv/assumption.rs).
csv-assumption-fte-for-all = les équivalents temps plein ne figurent pas dans le fichier : chaque travailleur est compté à temps plein (1)
csv-assumption-fte-missing = équivalent temps plein manquant (colonne `{ $column }` vide) pour { $count } { $n ->
        [one] travailleur
       *[other] travailleurs
    } : compté à temps plein (1)
csv-assumption-days-for-all = les jours travaillés ne figurent pas dans le fichier : chaque travailleur est compté sur l’année entière (365 jours)
csv-assumption-days-missing = jours travaillés manquants (colonne `{ $column }` vide) pour { $count } { $n ->
        [one] travailleur
       *[other] travailleurs
    } : 365 jours retenus

## Fichiers de paie Parquet (src/pay/csv/parquet/)
parquet-at-column = { $file }, colonne { $number } ({ $name })
parquet-at-row = { $file }, ligne { $row }
parquet-at-cell = { $file }, ligne { $row }, colonne { $number } ({ $name })
parquet-not-parquet = fichier Parquet attendu (commençant par `PAR1`), autre contenu trouvé
parquet-truncated = fichier Parquet entier attendu (finissant par `PAR1`), fichier tronqué trouvé
parquet-encrypted = fichier Parquet non chiffré attendu, fichier chiffré trouvé (le déchiffrer d’abord)
parquet-cannot-read = impossible de lire le fichier Parquet : { $reason }
parquet-codec = colonne compressée en snappy, gzip, zstd ou lz4 (ou non compressée) attendue, { $codec } trouvé
parquet-nested-column = colonne simple attendue (une valeur par ligne), { $kind ->
        [group] colonne imbriquée (un groupe de champs) trouvée
       *[other] colonne répétée (une liste de valeurs par ligne) trouvée
    }
parquet-column-type = nombres, texte ou vrai/faux attendus, colonne de type { $type } trouvée
parquet-decimal-scale = échelle décimale de 0 à 38 attendue, { $scale } trouvé
parquet-decimal-too-long = décimal d’au plus 16 octets attendu, décimal plus long trouvé
parquet-not-utf8 = texte en UTF-8 attendu, autres octets trouvés
parquet-value-missing = valeur annoncée par les niveaux du fichier attendue, aucune trouvée (fichier endommagé)
parquet-damaged-chunk = emplacement des données de la colonne dans le fichier attendu, emplacement négatif trouvé (fichier endommagé)
parquet-damaged = pages lisibles attendues, pages endommagées trouvées : le lecteur Parquet s’y est arrêté ({ $reason })

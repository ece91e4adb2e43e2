# fr: problems in framework and network documents and in published figures (src/framework.rs, src/network.rs, src/assessment.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# Forme « X attendu, Y trouvé » ; espace insécable avant « : » et « ; ».

## Référentiels (src/framework.rs)
doc-no-pillars = au moins 1 pilier attendu, aucun trouvé
doc-small-count-zero = nombre d’au moins 1 attendu, 0 trouvé
doc-pillar-id-repeated = identifiant de pilier unique attendu, `{ $id }` trouvé une nouvelle fois
doc-weight-out-of-range = pondération positive d’au plus 1 000 000 attendue, autre valeur trouvée
doc-indicator-key-empty = clé d’indicateur attendue, texte vide trouvé
doc-no-bands = au moins 1 tranche attendue, aucune trouvée
doc-band-min-above-max = `min` non supérieur à `max` attendu, min { $min } et max { $max } trouvés

## Réseaux (src/network.rs)
doc-network-name = texte libre attendu (non vide, d’au plus { $max } caractères), autre valeur trouvée

## Indicateurs et chiffres publiés (src/assessment.rs)
doc-indicator-id-repeated = identifiants d’indicateurs uniques attendus, `{ $id }` produit deux fois
doc-reported-decimals = au plus 6 décimales attendues, { $found } trouvées
doc-reported-percent-range = pourcentage de 0 à 100 attendu, valeur hors de cet intervalle trouvée
doc-reported-count-negative = effectif d’au moins 0 attendu, nombre négatif trouvé
doc-reported-indicator-unknown = identifiant d’un indicateur permis par ces registres attendu (par exemple `{ $example }`), `{ $found }` trouvé
doc-reported-unit = `{ $expected }` attendu pour l’indicateur `{ $indicator }`, `{ $found }` trouvé

# Le modèle de document (gia init) : textes d’exemple, à remplacer.
template-organisation = Votre organisation
template-source = D’où viennent les chiffres (rapport, registre, date)
template-board = Conseil d’administration
template-board-note = Une ligne par membre ; un siège vacant se compte à partir de `seats`
template-staff = Personnel
template-grade-director = Direction
template-grade-officer = Chargé·e de mission
template-initiative = Formation à l’égalité femmes-hommes pour l’encadrement
template-initiative-note = À remplacer par vos initiatives (types : training, session, workshop, campaign…)
template-policy = Politique de congés pour soins
template-origin = D’où vient la politique (une ville, un membre, un partenaire)
template-evidence = Le document qui montre que l’étape est atteinte
template-project = Projet de mobilité urbaine
template-outcome = Femmes parmi les conductrices et conducteurs du projet
template-fund = Fonds pour l’égalité femmes-hommes

## Classeurs de données (src/document/workbook)
workbook-too-many-cells = on attendait au plus { $max } cellules non vides dans le classeur, mais il y en a davantage : enregistrez les données en JSON
workbook-column-twice = on attendait chaque colonne une seule fois dans l’en-tête, mais `{ $column }` revient
workbook-root-header = on attendait les colonnes `field` et `value` sur la première ligne de la feuille `{ $sheet }`, mais on a trouvé d’autres noms
workbook-field-twice = on attendait chaque champ une seule fois, mais `{ $field }` revient
workbook-field-conflict = on attendait que `{ $field }` contienne une valeur propre, mais il contient déjà une liste ou un objet (ou se trouve à l’intérieur d’une valeur)
workbook-key-column-missing = on attendait dans la feuille `{ $sheet }` une colonne `{ $table }.id` (ou `{ $table }.#`) indiquant la ligne de la feuille `{ $table }` à laquelle appartient chaque ligne, mais il n’y en a pas
workbook-key-empty = on attendait l’élément de { $table } auquel appartient cette ligne, mais la cellule est vide
workbook-key-unknown = on attendait { $kind ->
        [id] l’identifiant
       *[other] la position (à partir de 1)
    } d’une ligne de la feuille `{ $table }`, mais on a trouvé `{ $key }`, qu’aucune ligne ne porte
workbook-cannot-write = on attendait des valeurs qu’un classeur peut contenir, mais l’une ne peut pas l’être : { $reason }
workbook-array-in-array = on attendait des listes d’éléments ou de valeurs simples, mais on a trouvé une liste dans une liste, qu’aucune feuille ne peut contenir
workbook-about-title = Comment ce classeur est organisé
workbook-about-sheets = Chaque feuille est un tableau des données. La feuille `organisation` contient l’organisation, la période et les autres champs uniques, un par ligne (field, value). Chaque autre feuille contient une liste (bodies, bodies.members, staff.members, initiatives…) : une ligne par élément, une colonne par champ.
workbook-about-keys = Une ligne d’une liste imbriquée indique dans ses premières colonnes la ligne à laquelle elle appartient : `bodies.id` est l’identifiant d’un organe de la feuille `bodies` ; `periods.#` est la position d’une ligne de la feuille `periods` (1 pour la première).
workbook-about-cells = Laissez une cellule vide en l’absence de valeur. Une colonne dotée d’une liste déroulante n’accepte que ses valeurs. Écrivez les dates sous la forme AAAA-MM-JJ. Les feuilles dont le nom commence par _ ne sont pas lues.
workbook-about-check = Vérifiez le classeur avec `gia validate FICHIER.xlsx` : chaque problème est indiqué à sa cellule, par exemple bodies.members!C12 (gender).
workbook-about-head-sheet = Feuille
workbook-about-head-column = Colonne
workbook-about-head-required = Obligatoire
workbook-about-head-values = Valeurs
workbook-about-head-description = Description (tirée du schéma publié, en anglais)
workbook-about-yes = oui
workbook-about-key = { $kind ->
        [id] L’identifiant
       *[other] La position (à partir de 1)
    } de la ligne de la feuille `{ $table }` à laquelle appartient cette ligne.
workbook-unknown-sheet = on attendait une feuille portant le nom d’une liste des données (bodies, bodies.members, staff.members, initiatives… ; la feuille _about de `gia init FICHIER.xlsx` les énumère toutes), mais on a trouvé la feuille `{ $sheet }` (une paie se lit avec `gia pay`)
workbook-unknown-column = on attendait une colonne portant le nom d’un champ de `{ $sheet }` (le plus proche est `{ $nearest }`), mais on a trouvé `{ $column }` ; la colonne n’est pas lue
workbook-no-root = on attendait une feuille `{ $sheet }` contenant l’organisation, la période et les autres champs uniques (colonnes `field` et `value`), mais il n’y en a pas
workbook-too-large = on attendait un classeur d’au plus { $max } Mo, mais il est plus grand : gardez des données aussi volumineuses en JSON (`gia convert` ne peut pas le lire non plus)

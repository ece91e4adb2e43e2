# fr: problems in a JSON input document (src/validate.rs, src/limits.rs, src/input.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# Pattern: « on attendait X, mais Y ». Codes (fields, values, pointers) are quoted as the
# English does, between backquotes or double quotes.

## Helpers (message references share the arguments of the message that uses them)
input-type-found = { $found ->
    [null] null
    [boolean] un booléen
    [integer] un entier
    [number] un nombre
    [string] une chaîne
    [array] un tableau
    [object] un objet
   *[other] une valeur d’un autre type
}
input-type-expected = { $expected ->
    [null] null
    [boolean] un booléen
    [integer] un entier
    [number] un nombre
    [string] une chaîne
    [array] un tableau
    [object] un objet
   *[other] une valeur d’un autre type
}
input-type-expected2 = { $expected2 ->
    [null] null
    [boolean] un booléen
    [integer] un entier
    [number] un nombre
    [string] une chaîne
    [array] un tableau
    [object] un objet
   *[other] une valeur d’un autre type
}
input-syntax-detail = { $detail ->
    [eof-list] le texte s’arrête au milieu d’un tableau
    [eof-object] le texte s’arrête au milieu d’un objet
    [eof-string] le texte s’arrête au milieu d’une chaîne
    [eof-value] le texte s’arrête avant une valeur
    [colon] il manque `:` après une clé
    [comma-list] il manque `,` ou `]` dans un tableau
    [comma-object] il manque `,` ou `{"}"}` dans un objet
    [ident] mot inconnu (seuls `true`, `false` et `null` s’écrivent sans guillemets)
    [value] il manque une valeur
    [quote] il manque `"`
    [escape] séquence d’échappement non valide
    [number] nombre mal écrit
    [number-range] nombre hors limites
    [code-point] point de code Unicode non valide
    [control] caractère de contrôle (U+0000 à U+001F) dans une chaîne
    [key-string] une clé doit être une chaîne
    [key-number] une clé doit être un nombre entre guillemets
    [key-float] une clé numérique doit être finie
    [surrogate] seizet d’indirection isolé dans un échappement `\u`
    [trailing-comma] virgule en trop
    [trailing-characters] caractères après la fin du document
    [hex-escape] échappement hexadécimal `\u` incomplet
    [recursion] imbrication trop profonde
    [untagged] la valeur n’a aucune des formes admises
    [length] le nombre d’éléments ne convient pas
   *[other] erreur non reconnue (message de l’analyseur, en anglais : « { $text } »)
}

## The document as a whole
input-too-many-problems = on attendait au plus { $n } problèmes à lister, mais il y en a davantage : seuls les { $n } premiers sont listés
input-too-many-values = on attendait au plus { $n } valeurs (nombres, textes, tableaux, objets…) pour lister tous les problèmes, mais il y en a davantage : seul le premier problème est listé
input-document-too-large = on attendait un document d’au plus { $max } octets, mais il en compte { $size }
input-nesting-depth = on attendait des tableaux et des objets imbriqués sur { $depth } niveaux au plus, mais l’imbrication est plus profonde à la ligne { $line }, colonne { $column }
input-number-range = on attendait un nombre représentable en virgule flottante sur 64 bits (d’au plus 1,8e308 environ en valeur absolue), mais il est hors limites à la ligne { $line }, colonne { $column }
input-syntax = on attendait un document JSON, mais il y a une erreur de syntaxe à la ligne { $line }, colonne { $column } ({ $kind ->
    [eof] le document s’arrête trop tôt
    [syntax] JSON mal formé
    [io] lecture impossible
   *[data] données inattendues
} : { input-syntax-detail })
input-rejected = on attendait un document valide, mais l’analyseur le refuse sans en donner la raison

## Structure (the JSON Schema)
input-type = on attendait { input-type-expected }, mais la valeur est { input-type-found }
input-type-two = on attendait { input-type-expected } ou { input-type-expected2 }, mais la valeur est { input-type-found }
input-type-many = on attendait une valeur de l’un des types { $codes }, mais la valeur est { input-type-found }
input-required = on attendait ce champ obligatoire, mais il est absent
input-unknown-field = on attendait un champ connu (parmi { $fields }), mais ce champ est inconnu
input-unknown-field-bare = on attendait un champ connu, mais ce champ est inconnu
input-enum-value = on attendait l’une des valeurs { $options }, mais la valeur est "{ $value }"
input-enum-type = on attendait l’une des valeurs { $options }, mais la valeur est { input-type-found }
input-minimum = on attendait un nombre supérieur ou égal à { $limit_fr }, mais il est plus petit
input-maximum = on attendait un nombre inférieur ou égal à { $limit_fr }, mais il est plus grand
input-exclusive-minimum = on attendait un nombre strictement supérieur à { $limit_fr }, mais il ne l’est pas
input-exclusive-maximum = on attendait un nombre strictement inférieur à { $limit_fr }, mais il ne l’est pas
input-min-length = on attendait un texte d’au moins { $n } { $n ->
    [one] caractère
   *[other] caractères
}, mais il est plus court
input-max-length = on attendait un texte d’au plus { $n } { $n ->
    [one] caractère
   *[other] caractères
}, mais il est plus long
input-min-items = on attendait au moins { $n } { $n ->
    [one] élément
   *[other] éléments
}, mais il y en a moins
input-max-items = on attendait au plus { $n } { $n ->
    [one] élément
   *[other] éléments
}, mais il y en a davantage
input-pattern = on attendait { $what ->
    [date] une date du calendrier écrite AAAA-MM-JJ (ISO 8601)
    [id] un identifiant de 1 à 64 lettres ASCII, chiffres, `_` ou `-`, commençant par une lettre ou un chiffre
    [text] un texte libre non vide d’au plus 2 000 caractères
   *[other] un texte de la forme attendue
}, mais le texte ne correspond pas
input-format-date = on attendait une date du calendrier qui existe, écrite AAAA-MM-JJ, mais celle-ci n’existe pas
input-format = on attendait un texte au format `{ $format }`, mais il n’est pas à ce format
input-members-or-counts = on attendait exactement un des champs `members` et `counts`, mais { $found ->
    [both] les deux sont présents
   *[neither] aucun des deux n’est présent
}
input-period-form = on attendait {"{"}"year": AAAA{"}"} ou {"{"}"start": "AAAA-MM-JJ", "end": "AAAA-MM-JJ"{"}"}, mais { $shape ->
    [empty] l’objet est vide
    [keys] l’objet, avec { $keys }, n’a aucune de ces deux formes
   *[type] la valeur est { input-type-found }
}
input-no-form = on attendait une valeur de l’une des formes admises, mais la valeur trouvée ({ input-type-found }) n’a aucune de ces formes
input-several-forms = on attendait une valeur d’une seule des formes admises, mais la valeur trouvée ({ input-type-found }) en a plusieurs
input-constant = on attendait { $value }, mais la valeur est différente
input-schema-keyword = on attendait une valeur conforme au mot-clé `{ $keyword }` du schéma, mais elle ne l’est pas

## What the parser reports (serde), values left out
input-whole-number = on attendait un nombre entier écrit uniquement avec des chiffres (3, et non 3.0, 3e0 ou -0), mais il est écrit autrement
input-period-serde = on attendait {"{"}"year": AAAA{"}"} ou {"{"}"start": "AAAA-MM-JJ", "end": "AAAA-MM-JJ"{"}"}, l’année étant un nombre entier écrit sans point décimal, mais la valeur n’a aucune de ces deux formes
input-serde-expected = on attendait { $kind ->
    [u8] un entier de 0 à 255
    [u16] un entier de 0 à 65 535
    [u32] un entier de 0 à 4 294 967 295
    [u64] un entier de 0 à 18 446 744 073 709 551 615
    [i8] un entier de -128 à 127
    [i16] un entier de -32 768 à 32 767
    [i32] un entier de -2 147 483 648 à 2 147 483 647
    [i64] un entier sur 64 bits
    [float] un nombre
    [string] une chaîne
    [boolean] un booléen
    [sequence] un tableau
    [map] un objet
    [char] un caractère
    [unit] null
    [date] une date valide
   *[other] une valeur d’une autre forme
}, mais la valeur trouvée ne convient pas
input-duplicate-field = on attendait chaque champ une seule fois, mais `{ $field }` apparaît plusieurs fois
input-missing-field = on attendait le champ obligatoire `{ $field }`, mais il est absent
input-unknown-value = on attendait { $form ->
    [one] { $first }
    [two] { $first } ou { $second }
   *[many] l’un des noms { $list }
}, mais le nom est différent
input-unknown-none = { $what ->
    [field] champ `{ $name }` inconnu : aucun champ n’est admis ici
   *[other] variante `{ $name }` inconnue : aucune variante n’est admise ici
}
input-invalid-value = on attendait une valeur valide, mais l’analyseur signale : { input-syntax-detail }
input-parser = { input-syntax-detail }
input-year = on attendait une année de 1900 à 2200, mais l’année est { $year }
input-date-form = on attendait une date écrite AAAA-MM-JJ
input-date-exists = on attendait une date du calendrier qui existe (AAAA-MM-JJ)
input-id-form = on attendait un identifiant de 1 à 64 lettres, chiffres, `_` ou `-`, commençant par une lettre ou un chiffre
input-text-blank = on attendait un texte non vide
input-text-long = on attendait un texte d’au plus { $n } caractères
input-either-serde = on attendait soit `members`, soit `counts`, mais { $found ->
    [both] les deux sont présents
   *[neither] aucun des deux n’est présent
}
input-grades-none = on attendait au moins un niveau dans `grades`, mais il n’y en a aucun
input-fte = on attendait un équivalent temps plein supérieur à 0 et d’au plus 1
input-pay-amount = on attendait un montant de 0 à 1e12
input-pay-hours = on attendait un nombre d’heures hebdomadaires de 0,01 à 168

## Rules across fields
input-end-before-start = on attendait une date égale ou postérieure au début ({ $start }), mais la date est { $end }
input-employees-zero = on attendait un effectif d'au moins 1, mais le document donne 0
input-employees-missing = on attendait l'effectif (`employees`) auquel le droit de `{ $country }` compare ses seuils, mais le document n'en donne pas
input-unknown-framework = on attendait un référentiel intégré ({ $built-in }), mais le document nomme `{ $id }`
input-duplicate-id = on attendait un identifiant unique pour chaque { $what ->
    [body] organe
    [grade] niveau
    [initiative] initiative
    [policy] politique
    [project] projet
    [outcome] résultat du projet
    [fund] fonds
   *[target] objectif
}, mais `{ $id }` revient (première occurrence en { $first })
input-over-seats = on attendait au plus { $seats } { $what ->
    [members] { $seats ->
        [one] membre
       *[other] membres
    }
   *[people] { $seats ->
        [one] personne
       *[other] personnes
    }
} (les sièges de l’organe), mais il y en a { $filled }
input-date-outside-period = on attendait une date comprise dans la période (du { $start } au { $end }), mais la date est { $date }
input-president-twice = on attendait au plus une présidence par organe, mais il y en a une autre (la première en { $first }) ; pour une présidence partagée, utiliser `co_president`
input-unknown-grade = on attendait l’un des niveaux listés dans /staff/grades ({ $listed }), mais le niveau est `{ $grade }`
input-grade-twice = on attendait chaque niveau une seule fois, mais `{ $grade }` revient (première occurrence en { $first })
input-no-stage = on attendait au moins 1 étape, mais il n’y en a aucune
input-stage-after-period = on attendait une date égale ou antérieure à la fin de la période ({ $end }), mais la date est { $date }
input-adopting-member-missing = on attendait le membre qui a adopté la politique pour une étape `adopted_elsewhere`, mais il est absent
input-member-on-other-stage = on attendait `member` seulement sur une étape `adopted_elsewhere`, mais il figure sur une autre étape
input-outcome-range = on attendait un nombre de -1e12 à 1e12, mais il est hors de cet intervalle
input-fund-years = on attendait un nombre d’années de 1 à 100, mais il est hors de cet intervalle
input-period-overlap = on attendait une période qui n’en chevauche aucune autre, mais { $form ->
    [year] l’année { $year }
   *[range] la période du { $start } au { $end }
} chevauche la période en { $at }
input-target-share = on attendait une part de 0 à 1 pour un indicateur de part (0,4 pour 40 %), mais le nombre est hors de cet intervalle
input-target-range = on attendait un nombre de 0 à 1e12, mais il est hors de cet intervalle
input-target-indicator-empty = on attendait un identifiant d’indicateur, mais le texte est vide
input-pay-category-unknown = on attendait une catégorie de personnel nommée dans /pay/workers ({ $n } { $n ->
    [one] catégorie
   *[other] catégories
}), mais aucune personne n’appartient à celle-ci
input-pay-category-twice = on attendait une seule justification par catégorie, mais celle-ci revient (la première en { $first })

# fr: problems met by the DataFusion aggregate functions (gender-impact-datafusion/).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# Forme « X attendu, Y trouvé » ; espace insécable avant « : ».

sql-problem = { $function }, argument { $position } ({ $argument }) : { $message }
sql-argument-count = { $function } : { $expected } arguments attendus, { $found } trouvés
sql-type-number = nombre attendu, type { $found } trouvé
sql-type-text = texte attendu, type { $found } trouvé
sql-type-integer = nombre entier attendu, type { $found } trouvé
sql-band = quartile de rémunération attendu, de 1 (les moins payés) à 4 (les mieux payés), { $found } trouvé
sql-band-not-constant = quartile de rémunération attendu, écrit dans la requête comme un nombre entier de 1 à 4, expression dépendant des lignes trouvée
sql-gender-null = genre attendu (woman, man, non_binary ou undisclosed) sur une ligne avec une rémunération, NULL trouvé
sql-gender-unknown = genre attendu, écrit woman, man, non_binary ou undisclosed (en minuscules), autre texte de { $chars } { $chars ->
        [one] caractère
       *[other] caractères
    } trouvé (non affiché)
sql-pay-out-of-range = rémunération attendue de 0 à 1 000 000 000 000, montant hors de cet intervalle trouvé (non affiché)
sql-state = état écrit par cette fonction lors de la première phase d’une agrégation attendu, { $found } trouvé
sql-distinct = { $function } : rémunération de chaque personne attendue, DISTINCT trouvé (qui compterait une seule fois les rémunérations égales)

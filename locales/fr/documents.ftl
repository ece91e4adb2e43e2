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

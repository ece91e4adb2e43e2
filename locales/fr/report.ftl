# Messages français des rapports (mêmes identifiants que le fichier anglais).
# Les nombres passés en arguments sont écrits par la bibliothèque (espace fine insécable
# entre les milliers, virgule décimale) ; les pourcentages arrivent déjà formatés.

## Appréciations (échelle UN-SWAP)
rating-exceeds = dépasse les exigences
rating-meets = satisfait aux exigences
rating-approaches = se rapproche des exigences
rating-missing = ne satisfait pas aux exigences
rating-not-applicable = sans objet
rating-insufficient-data = données insuffisantes
rating-sentence = Appréciation : { $rating }.

## Document
report-title = Évaluation de l’impact sur le genre : { $organisation }, { $period }
report-period-range = du { $start } au { $end }
report-framework = Référentiel : { $framework } (`{ $id }`, version { $version }). Produit par { $tool } { $toolversion }.
report-source = Source : { $source }
report-language-note = Les noms des organes, des niveaux et des sources sont cités tels que les registres les donnent.
heading-summary = Synthèse
heading-key-findings = Constats essentiels
heading-findings = Tous les constats
heading-bodies = Organes statutaires
heading-staff = Personnel par niveau
heading-indicators = Indicateurs
heading-other-indicators = Autres indicateurs (non appréciés par le référentiel)
heading-published = Chiffres publiés
heading-data-quality = Qualité des données
heading-method = Méthode
heading-contents = Sommaire
no-findings = Aucun constat : les registres ne comportent ni organe ni personnel à évaluer.
no-warnings = Aucun avertissement.
no-staff-grades = Les registres ne donnent pas le personnel par niveau.

## Synthèse
overall-rating = Appréciation globale : { $rating }
overall-score = note de { $score } sur 3
overall-derivation = Moyenne pondérée des notes des piliers (pondérations du référentiel) = { $score }, arrondie à l’appréciation inférieure.
overall-not-rated = Non appréciés, et écartés plutôt que comptés comme zéro : { $pillars }. L’appréciation globale ne couvre donc qu’une partie du référentiel.
overall-none = Aucun pilier n’a pu être apprécié à partir des registres.
pillar-derivation = Moyenne pondérée des notes des { $rated } indicateurs appréciés (non satisfait 0, se rapproche 1, satisfait 2, dépasse 3) = { $score }, arrondie à l’appréciation inférieure ; { $meets } sur { $rated } satisfont aux exigences ou les dépassent.
pillar-left-out = { $count ->
    [one] { $count } indicateur écarté faute d’appréciation.
   *[other] { $count } indicateurs écartés faute d’appréciation.
}
pillar-no-criterion = Le référentiel ne fixe encore aucun critère pour ce pilier, qui n’est donc pas apprécié.
pillar-none-rated = Aucun indicateur de ce pilier n’a pu être apprécié à partir des registres.
col-pillar = Pilier
col-rating = Appréciation
col-score = Note (0–3)
col-rated = Indicateurs appréciés
col-meets = Satisfont ou dépassent
col-derivation = Mode de calcul
col-indicator = Indicateur
col-id = Identifiant
col-value = Valeur
col-count = Effectif
col-undisclosed = Genre non communiqué
undisclosed-fewer = moins de { $k }
col-interval = Intervalle
col-p = p
col-organisation = Organisation
col-grade = Niveau
col-women = Femmes
col-others = Hommes et personnes non binaires
col-known = Genre connu
col-share = Part des femmes
col-range = Tranche de la part
col-organisations = Organisations

## Référentiels et piliers intégrés (utilisés lorsque le texte du référentiel est le texte anglais)
framework-metropolis = Stratégie d’intégration du genre de Metropolis
framework-eu-gender-balance = Équilibre entre les femmes et les hommes dans l’UE (directive (UE) 2022/2381)
pillar-metropolis-leadership = Leadership des femmes dans les organes statutaires
pillar-metropolis-awareness = Initiatives de sensibilisation aux questions de genre
pillar-metropolis-policies = Politiques, stratégies et instruments recensés et partagés
pillar-metropolis-secretariat = Équilibre entre les femmes et les hommes au Secrétariat général
pillar-eu-gender-balance-balance = Équilibre entre les femmes et les hommes
framework-general = Référentiel général d’impact sur le genre
pillar-general-bodies = Équilibre entre les femmes et les hommes dans les organes statutaires, conseils et assemblées
pillar-general-staff = Équilibre entre les femmes et les hommes dans le personnel et ses niveaux
pillar-general-initiatives = Égalité entre les femmes et les hommes dans les initiatives de l’organisation

## Titres des indicateurs
title-body-women-share = Part des femmes dans les sièges pourvus : { $name }
title-body-leadership-women-share = Part des femmes dans les fonctions de direction : { $name }
title-body-presidency-woman = Présidence assurée par une femme : { $name }
title-body-unfilled-seats = Sièges vacants ou non renseignés : { $name }
title-body-undisclosed = Membres dont le genre n’est pas communiqué : { $name }
title-body-seats-short = Sièges qui manquent encore au genre sous-représenté : { $name }
title-staff-women-share = Part des femmes dans le personnel : { $name }
title-staff-grade-women-share = Part des femmes au niveau : { $name }
title-staff-management-women-share = Part des femmes dans les niveaux d’encadrement : { $name }
title-staff-glass-ceiling-ratio = Indice de plafond de verre : { $name }
title-staff-undisclosed = Personnel dont le genre n’est pas communiqué : { $name }
staff-unnamed-name = Personnel
title-staff-women-share-unnamed = Part des femmes dans le personnel
title-staff-management-women-share-unnamed = Part des femmes dans les niveaux d’encadrement
title-staff-glass-ceiling-ratio-unnamed = Indice de plafond de verre
title-staff-undisclosed-unnamed = Personnel dont le genre n’est pas communiqué

## Valeurs
value-yes = oui
value-no = non
value-not-computable = non calculable : { $reason }
value-withheld-small = non publié : moins de { $k } femmes ou de { $k } hommes
value-withheld-derived = non publié : calculé à partir d’un chiffre non publié
value-withheld-complementary = non publié, pour que d’autres chiffres non publiés ne puissent pas être retrouvés
value-withheld-small-count = non publié : moins de { $k } personnes
count-of = { $k } sur { $n }
p-below = < { $p }
p-versus = { $p } (contre { $reference })
small-count-mark = † moins de personnes que le seuil des petits effectifs
reason-aggregate-counts = l’organe est enregistré en effectifs agrégés, les fonctions sont donc inconnues
reason-no-leader = aucun membre n’exerce de fonction de direction ({ $roles })
reason-no-president = aucun membre n’a la fonction `president`
reason-president-undisclosed = le genre de la personne qui préside n’est pas communiqué
reason-no-seats = le nombre de sièges n’est pas renseigné
reason-body-no-known = aucun membre de l’organe n’a de genre connu
reason-leaders-no-known = aucune personne en fonction de direction n’a de genre connu
reason-staff-no-known = aucun membre du personnel n’a de genre connu
reason-grade-no-known = personne n’a de genre connu à ce niveau
reason-management-no-known = personne n’a de genre connu dans les niveaux d’encadrement
reason-no-management = aucun niveau n’est désigné comme niveau d’encadrement
reason-glass-no-known = personne n’a de genre connu dans l’encadrement ou dans le personnel
reason-no-women = le personnel ne compte aucune femme, l’indice n’est donc pas défini
reason-not-finite = l’indice n’est pas un nombre fini
indicators-intro = Les parts sont calculées sur les personnes dont le genre est connu ; l’intervalle est l’intervalle de { $method } à { $level } pour le taux sous-jacent, et p est le test binomial exact bilatéral par rapport à la part de référence ({ $reference } par défaut). † signale les effectifs inférieurs au seuil des petits effectifs ({ $threshold }).
people-known = { $n ->
    [one] { $n } personne dont le genre est connu
   *[other] { $n } personnes dont le genre est connu
}

## Méthodes d’intervalle
method-wilson = Wilson
method-clopper-pearson = Clopper-Pearson
method-jeffreys = Jeffreys
method-wilson-long = intervalle de score de Wilson
method-clopper-pearson-long = intervalle exact de Clopper-Pearson
method-jeffreys-long = intervalle de Jeffreys (à queues égales, avec la correction aux bornes de Brown, Cai et DasGupta)

## Constats
finding-body-women-share = { $name } : les femmes occupent { $k } { $k ->
    [one] siège
   *[other] sièges
} sur { $n } ({ $share }).
finding-body-leadership = { $name } : les femmes exercent { $k } { $k ->
    [one] fonction
   *[other] fonctions
} de direction sur { $n } ({ $share }).
finding-presidency-woman = { $name } : la présidence est assurée par une femme.
finding-presidency-man = { $name } : la présidence n’est pas assurée par une femme.
finding-unfilled-seats = { $name } : { $seats } sièges, mais les registres ne recensent que { $filled } { $filled ->
    [one] membre
   *[other] membres
} ; { $unfilled ->
    [one] { $unfilled } siège est vacant ou non renseigné.
   *[other] { $unfilled } sièges sont vacants ou non renseignés.
}
finding-unfilled-seats-only = { $name } : { $unfilled ->
    [one] { $unfilled } siège est vacant ou non renseigné.
   *[other] { $unfilled } sièges sont vacants ou non renseignés.
}
finding-seats-short = { $name } : pour atteindre l’objectif de { $target } (arrondi comme le fait la directive (UE) 2022/2381), il manque au genre sous-représenté { $short } { $short ->
    [one] siège
   *[other] sièges
}.
finding-seats-reached = { $name } : le genre sous-représenté occupe au moins les sièges nécessaires pour atteindre l’objectif de { $target }.
finding-staff-women-share = { $name } : les femmes représentent { $k } { $k ->
    [one] membre
   *[other] membres
} du personnel sur { $n } ({ $share }).
finding-staff-women-share-unnamed = Les femmes représentent { $k } { $k ->
    [one] membre
   *[other] membres
} du personnel sur { $n } ({ $share }).
finding-grade-women-share = Niveau { $name } : les femmes sont { $k } sur { $n } ({ $share }).
finding-management-women-share = Les femmes occupent { $k } { $k ->
    [one] poste
   *[other] postes
} d’encadrement sur { $n } ({ $share }).
finding-glass-ceiling = La part des femmes dans l’encadrement vaut { $ratio } fois leur part dans l’ensemble du personnel.

## Chiffres publiés
relation-under = moins de { $figure }
relation-over = plus de { $figure }
reconcile-agrees = Le chiffre publié ({ $figure }) pour « { $title } » concorde avec les registres : { $records }.
reconcile-disagrees = Le chiffre publié ({ $figure }) pour « { $title } » ne concorde pas avec les registres, qui donnent { $records } : un écart qui dépasse l’arrondi.
reconcile-unchecked = Le chiffre publié ({ $figure }) pour « { $title } » ne peut pas être vérifié : les registres ne donnent aucune valeur.
reconcile-records = { $k } sur { $n } ({ $share })
reconcile-no-value = aucune valeur
reconcile-source = Source : { $source }
label-value = { $label } : { $value }
mark-agrees = concorde
mark-discrepancy = écart
mark-unchecked = invérifiable

## Avertissements sur la qualité des données
warning-small-count = { $title } : { $n ->
    [one] seulement { $n } personne dont le genre est connu
   *[other] seulement { $n } personnes dont le genre est connu
} ; une personne fait varier la part de { $points } points. Lisez les effectifs, pas seulement le pourcentage ; des personnes pourraient être identifiables.
warning-undisclosed = { $title } : { $u } personnes sur { $total } ({ $share }) n’ont pas communiqué leur genre, au-delà du seuil de { $threshold } ; la part est calculée sur les { $n } autres.
warning-undisclosed-few = { $title } : moins de { $k } personnes ont un genre non déclaré (leur nombre n’est pas publié), au-delà du seuil de { $threshold } ; la part est calculée sur les autres.
warning-undisclosed-withheld = { $title } : plus de { $threshold } des personnes ont un genre non communiqué (leur nombre n’est pas publié, pour que d’autres chiffres non publiés ne puissent pas être déduits) ; la part est calculée sur les autres.
warning-uncertain = { $name } : le genre { $count ->
    [one] d’un enregistrement est incertain
   *[other] de { $count } enregistrements est incertain
} ({ $women } { $women ->
    [one] enregistré comme femme
   *[other] enregistrés comme femmes
}, { $men } comme { $men ->
    [one] homme
   *[other] hommes
} ; voir les notes en { $pointer }). Si chacun avait été enregistré autrement, la part des femmes se situerait entre { $low } et { $high } au lieu de { $share }.
warning-unfilled = { $name } : { $seats } sièges mais { $filled } membres enregistrés ; les parts portent sur les membres enregistrés, et les { $other } autres sièges pourraient les modifier.
warning-unfilled-only = { $name } : { $other ->
    [one] { $other } siège est vacant ou non renseigné ; les parts portent sur les membres enregistrés, et il pourrait les modifier.
   *[other] { $other } sièges sont vacants ou non renseignés ; les parts portent sur les membres enregistrés, et ils pourraient les modifier.
}
warning-unmatched = Un chiffre publié renvoie à `{ $id }`, qu’aucun indicateur de cette évaluation n’a produit ; il n’a pas pu être rapproché.
warning-not-computable = { $title } : non calculable ({ $reason }), donc non apprécié.

reason-withheld = non publié (contrôle de la divulgation, k = { $k })
disclosure-off = Le contrôle de la divulgation est désactivé (seuil k ≤ 1) : tous les chiffres sont publiés.
disclosure-scope-staff = personnel (les organes statutaires sont des fonctions publiques et sont publiés en entier)
disclosure-scope-all = personnel et organes statutaires
disclosure-none = Contrôle de la divulgation (seuil k = { $k }, { $scope }) : aucun groupe ne compte moins de { $k } femmes ou moins de { $k } hommes ; rien n’est retenu.
disclosure-some = Contrôle de la divulgation (seuil k = { $k }, { $scope }) : { $n ->
    [one] { $n } indicateur n’est pas publié
   *[other] { $n } indicateurs ne sont pas publiés
} : ceux qui portent sur des groupes de moins de { $k } femmes ou de moins de { $k } hommes, ceux qui en sont calculés, et autant d’autres qu’il le faut pour qu’aucun ne puisse être déduit des totaux publiés. Les effectifs de genre non communiqué de 1 à { $k1 } ne sont pas publiés non plus.

## Notes de méthode
note-shares = Les parts de femmes sont calculées sur les personnes dont le genre est connu (femmes, hommes et personnes non binaires) ; les personnes dont le genre n’est pas communiqué sont comptées à côté de chaque part.
note-census = Les registres d’un organe ou du personnel sont en général un recensement complet, et non un échantillon : la part est alors un fait, sans erreur d’échantillonnage. L’intervalle et le test répondent à une autre question : un processus de sélection neutre du point de vue du genre aurait-il pu produire cette composition ? L’intervalle est la plage des taux sous-jacents compatibles avec l’effectif ; le test demande si l’effectif est compatible avec la part de référence.
note-intervals = Intervalles : { $method } à { $level } ; tests : test binomial exact bilatéral (la somme des probabilités de tous les résultats qui ne sont pas plus probables que celui observé, comme le calcule binom.test de R) par rapport à la part de référence ({ $reference }, sauf si un organe donne la part de son propre vivier).
note-ratings = Les appréciations suivent le référentiel `{ $id }` version { $version } sur l’échelle UN-SWAP (dépasse, satisfait, se rapproche, ne satisfait pas) ; les indicateurs que le référentiel n’apprécie pas sont marqués sans objet.
note-small = Les effectifs inférieurs à { $threshold } sont signalés comme petits : une seule personne fait beaucoup varier la part, et des personnes pourraient être identifiables.
note-charts = Les graphiques montrent la part des femmes dans chaque organe avec la zone d’équilibre de 40 à 60 % et la ligne de parité à 50 %, et le personnel de chaque niveau, les femmes à gauche, les hommes et les personnes non binaires à droite ; chaque graphique est accompagné d’un tableau ou d’un texte donnant les mêmes chiffres.

## Graphiques
chart-body = { $name } : les femmes occupent { $share } des sièges ({ $k } sur { $n }) ; zone d’équilibre de 40 à 60 %, parité à 50 %.
chart-women = femmes
chart-balance-band = zone d’équilibre 40–60 %
chart-parity = parité 50 %
chart-pyramid = Personnel par niveau, du premier niveau indiqué au dernier : { $grades }.
chart-pyramid-grade = { $name } : { $women } femmes, { $others } hommes et personnes non binaires
chart-distribution = { $title } : nombre d’organisations dans chaque tranche de la part des femmes, de 0–10 % à 90–100 %.
chart-distribution-band = { $low }–{ $high } : { $count }

## Rapport comparatif d’un réseau
network-title = Évaluation comparative de l’impact sur le genre : { $name }
network-unnamed = un réseau d’organisations
network-count = { $count ->
    [one] { $count } organisation évaluée.
   *[other] { $count } organisations évaluées.
}
network-overall = Appréciations globales
network-per-indicator = Par indicateur
network-median = Part médiane : { $median } ; { $balanced } { $balanced ->
    [one] organisation
   *[other] organisations
} sur { $count } dans la zone d’équilibre de 40 à 60 %.
network-table-limit = Le tableau présente les { $shown } organisations dont la part est la plus faible et les { $shown } dont elle est la plus élevée, sur { $count } ; le graphique et le tableau par tranche les couvrent toutes.
network-band = Tranche de la part des femmes

## Ligne de commande
cli-written = Écrit : { $path }

## Initiatives de sensibilisation
title-initiatives-count = Initiatives recensées
title-initiatives-marker-principal = Initiatives dont l’égalité des sexes est l’objectif principal (marqueur CAD 2)
title-initiatives-marker-targeted = Initiatives visant l’égalité des sexes (marqueur CAD 1 ou 2)
title-initiatives-marker-unscreened = Initiatives non examinées au regard du marqueur genre
title-initiatives-participants = Participants comptés aux initiatives
title-initiatives-participants-women-share = Part des femmes parmi les participants
title-initiatives-speakers-women-share = Part des femmes parmi les intervenants et formateurs
title-initiatives-all-male-panels = Panels exclusivement masculins
title-initiatives-audience-missing = Initiatives sans chiffres de participation
reason-no-initiative = aucune initiative n’est recensée
reason-no-audience = aucune initiative ne donne de chiffres de participation
reason-no-participant-gender = le genre d’aucun participant n’est enregistré
reason-no-speakers = aucune initiative n’enregistre ses intervenants
reason-no-speaker-gender = le genre d’aucun intervenant n’est enregistré
finding-initiatives-count = { $n ->
    [one] { $n } initiative est recensée.
   *[other] { $n } initiatives sont recensées.
}
finding-initiatives-principal = { $k ->
    [one] { $k } initiative sur { $n } a l’égalité des sexes pour objectif principal (marqueur CAD 2 : { $share }).
   *[other] { $k } initiatives sur { $n } ont l’égalité des sexes pour objectif principal (marqueur CAD 2 : { $share }).
}
finding-initiatives-targeted = { $k ->
    [one] { $k } initiative sur { $n } vise l’égalité des sexes (marqueur CAD 1 ou 2 : { $share }).
   *[other] { $k } initiatives sur { $n } visent l’égalité des sexes (marqueur CAD 1 ou 2 : { $share }).
}
finding-initiatives-unscreened = { $k ->
    [one] { $k } initiative sur { $n } n’a pas de marqueur genre (non examinée) ; elle est comptée comme ne visant pas, à notre connaissance, l’égalité des sexes.
   *[other] { $k } initiatives sur { $n } n’ont pas de marqueur genre (non examinées) ; elles sont comptées comme ne visant pas, à notre connaissance, l’égalité des sexes.
}
finding-initiatives-participants = { $k } participants sont comptés à { $with } initiatives sur { $n }.
finding-initiatives-participants-at-least = Au moins { $k } participants sont comptés à { $with } initiatives sur { $n }.
finding-initiatives-participants-women = Les femmes sont { $k } sur { $n } participants dont le genre est enregistré ({ $share }).
finding-initiatives-speakers-women = Les femmes sont { $k } sur { $n } intervenants et formateurs dont le genre est enregistré ({ $share }).
finding-initiatives-all-male = { $k ->
    [one] { $k } panel exclusivement masculin parmi les initiatives qui enregistrent leurs intervenants.
   *[other] { $k } panels exclusivement masculins parmi les initiatives qui enregistrent leurs intervenants.
}
finding-initiatives-audience-missing = { $k ->
    [one] Les chiffres de participation manquent pour { $k } initiative sur { $n } ({ $share }) : ses participants sont inconnus, pas nuls.
   *[other] Les chiffres de participation manquent pour { $k } initiatives sur { $n } ({ $share }) : leurs participants sont inconnus, pas nuls.
}

## Politiques partagées
title-policies-identified = Politiques identifiées
title-policies-documented = Politiques documentées
title-policies-shared = Politiques partagées
title-policies-shared-share = Part des politiques identifiées qui ont été partagées
title-policies-members-reached = Membres atteints par les politiques partagées
title-policies-adoptions = Adoptions par d’autres membres
reason-no-policy = aucune politique n’est recensée
reason-no-members-reached = aucune politique ne donne le nombre de membres atteints
reason-no-adoptions-followed = les adoptions d’aucune politique ne sont suivies
finding-policies-identified = { $n ->
    [one] { $n } politique favorable à l’égalité des sexes est identifiée.
   *[other] { $n } politiques favorables à l’égalité des sexes sont identifiées.
}
finding-policies-shared = { $k ->
    [one] { $k } politique identifiée sur { $n } a été partagée.
   *[other] { $k } politiques identifiées sur { $n } ont été partagées.
}
finding-policies-members-reached = Les politiques partagées ont atteint { $k } membres (total sur les politiques qui donnent ce chiffre).
finding-policies-adoptions = { $k ->
    [one] { $k } adoption par d’autres membres est enregistrée (sur les politiques dont les adoptions sont suivies).
   *[other] { $k } adoptions par d’autres membres sont enregistrées (sur les politiques dont les adoptions sont suivies).
}

## Projets et ressources
title-projects-count = Projets recensés
title-projects-marker-targeted = Projets visant l’égalité des sexes (marqueur CAD 1 ou 2)
title-projects-budget-targeted = Budget des projets visant l’égalité des sexes (marqueur CAD 1 ou 2)
title-projects-outcomes-on-track = Résultats de genre atteints ou en bonne voie
title-projects-outcomes-not-assessable = Résultats de genre impossibles à apprécier
reason-no-project = aucun projet n’est recensé
reason-project-budget-missing = tous les projets ne donnent pas leur budget
reason-project-budget-zero = les budgets des projets totalisent 0
reason-no-outcome = aucun projet n’enregistre de résultat de genre
reason-no-assessable-outcome = aucun résultat n’a la valeur de référence, la cible, la valeur observée et les dates nécessaires
finding-projects-count = { $n ->
    [one] { $n } projet est recensé.
   *[other] { $n } projets sont recensés.
}
finding-projects-targeted = { $k ->
    [one] { $k } projet sur { $n } vise l’égalité des sexes (marqueur CAD 1 ou 2 : { $share }).
   *[other] { $k } projets sur { $n } visent l’égalité des sexes (marqueur CAD 1 ou 2 : { $share }).
}
finding-projects-on-track = { $k } résultats de genre appréciables sur { $n } sont atteints ou en bonne voie ({ $share }).
finding-projects-not-assessable = { $k ->
    [one] { $k } résultat de genre ne peut pas être apprécié : il manque une valeur de référence, une cible, une valeur observée ou une date.
   *[other] { $k } résultats de genre ne peuvent pas être appréciés : il manque une valeur de référence, une cible, une valeur observée ou une date.
}

## Agrégat : contributions et sensibilité
contributions = Contributions à la note globale (pondération du pilier × note du pilier ÷ pondérations des piliers appréciés) : { $list }.
contribution-item = { $pillar } { $value }
sensitivity-stable = Sensibilité : modifier de 20 % à la baisse ou à la hausse l’une quelconque des { $weights } pondérations (piliers et critères) ({ $cases } cas) laisse l’appréciation globale inchangée (notes de { $low } à { $high }).
sensitivity-unstable = Sensibilité : modifier une pondération de 20 % à la baisse ou à la hausse change l’appréciation globale dans { $changed } cas sur { $cases } : { $list }.
sensitivity-case-pillar = la pondération de « { $pillar } » × { $factor } donne { $rating } ({ $score })
sensitivity-case-criterion = la pondération de `{ $indicator }` dans « { $pillar } » × { $factor } donne { $rating } ({ $score })
sensitivity-none = Sensibilité : il n’y a pas d’appréciation globale à éprouver.

## Évolution dans le temps
heading-progress = Évolution dans le temps
progress-intro = Périodes : { $periods }. Une variation est la valeur de la période moins celle de la précédente (pour les parts, en points de pourcentage), avec l’intervalle de Newcombe à { $level } et le test exact bilatéral de Fisher d’un taux inchangé (le test z au-delà d’un million de tableaux) ; tous deux traitent les périodes comme des échantillons indépendants. Une rupture marque un changement de définition (sièges ou nature d’un organe, version de la définition d’un indicateur) : aucune variation n’est calculée à travers elle.
col-period = Période
col-change = Variation
col-change-interval = Intervalle de la variation
progress-no-records = pas de données
progress-points = { $points } points
progress-p-exact = { $p } (Fisher)
progress-p-z = { $p } (test z)
progress-break = rupture : { $reason }
break-seats = les sièges de { $name } sont passés de { $from } à { $to }
break-kind = { $name } a changé de nature, de { $from } à { $to }
break-definition = la définition de `{ $name }` est passée de { $from } à { $to }
break-unknown = inconnu
break-default = la définition par défaut
chart-series = { $title }, par période : { $points }.
chart-series-point = { $period } : { $value }
heading-targets = Cibles
target-level-none = niveau non précisé
target-status-met = déjà atteinte
target-status-on-track = en bonne voie
target-status-off-track = en retard
target-status-too-early = trop tôt pour le dire (une seule valeur depuis le début ou la rupture de la série)
target-status-no-level = aucun niveau n’est précisé, la progression ne peut donc pas être appréciée
target-line = Cible `{ $id }` ({ $level } d’ici le { $by }) : { $title }, { $latest } en { $period } : { $status }.
target-seats = Les femmes occupent { $held } sièges sur { $seats } et en ont besoin de { $needed } ({ $short } de plus).
target-no-data = Cible `{ $id }` ({ $level } d’ici le { $by }) : aucune période ne donne de valeur pour `{ $indicator }`.
target-source = Source : { $source }

## Personnes figurant dans les registres (seulement avec --show-names)
heading-people = Personnes figurant dans les registres (noms affichés sur demande)
people-warning = Données personnelles : cette section n’est imprimée que sur demande (`--show-names`). Ne la publiez pas.
people-group = Groupe
people-index = N°
people-name = Nom
people-title = Titre
people-gender = Genre
people-uncertain = Genre incertain
people-role = Rôle
people-gender-woman = femme
people-gender-man = homme
people-gender-non-binary = non binaire
people-gender-undisclosed = non communiqué

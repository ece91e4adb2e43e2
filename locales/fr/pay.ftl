# fr: the pay report (src/report/pay.rs, src/report/pay_html.rs) and the texts the pay analysis carries (src/pay).
# Ids are unique across all files of a language; every id exists in en, fr and es.

## Document
pay-heading = Rapport sur les écarts de rémunération
pay-intro = Règles `{ $rules }` version { $version } ({ $tool } { $toolversion }). Écart = (hommes − femmes) / hommes : positif quand les hommes sont mieux payés. Les chiffres sont arrondis à { $decimals ->
    [one] { $decimals } décimale
   *[other] { $decimals } décimales
} ici seulement ; la sortie JSON les donne sans arrondi.
pay-workers = Travailleurs : { $women ->
    [one] { $women } femme
   *[other] { $women } femmes
}, { $men ->
    [one] { $men } homme
   *[other] { $men } hommes
} ; { $excluded ->
    [one] { $excluded } travailleur non binaire ou dont le genre n’est pas déclaré est écarté
   *[other] { $excluded } travailleurs non binaires ou dont le genre n’est pas déclaré sont écartés
} des chiffres réglementaires, que les textes définissent sur les femmes et les hommes.
pay-without-pay = { $n ->
    [one] { $n } enregistrement sans niveau de rémunération annuel est écarté.
   *[other] { $n } enregistrements sans niveau de rémunération annuel sont écartés.
}
pay-assumption = Hypothèse : { $text }
pay-no-figure = Aucun chiffre n’est publié.

## Tables
pay-col-indicator = Indicateur
pay-col-figure = Chiffre
pay-col-value = Valeur
pay-col-women = Femmes
pay-col-men = Hommes
pay-col-category = Catégorie
pay-col-basic-gap = Écart de salaire de base
pay-col-variable-gap = Écart des composantes variables
pay-col-level-gap = Écart de niveau de rémunération
pay-col-joint = Évaluation conjointe des rémunérations
pay-col-band = Quartile
pay-col-women-share = Part des femmes
pay-withheld = non publié
pay-not-computable = non calculable ({ $reason })
pay-no-one-recorded = personne n’est enregistré
pay-count-share = { $share } ({ $k } sur { $n })

## Article 9
pay-heading-article-9 = Directive (UE) 2023/970, article 9
pay-a-annual = (a) Écart de rémunération entre les femmes et les hommes (moyenne), niveau de rémunération annuel
pay-a-hourly = (a) Écart de rémunération entre les femmes et les hommes (moyenne), niveau de rémunération horaire
pay-b = (b) Écart des composantes complémentaires ou variables (moyenne, bénéficiaires)
pay-c-annual = (c) Écart médian de rémunération entre les femmes et les hommes, niveau de rémunération annuel
pay-c-hourly = (c) Écart médian de rémunération entre les femmes et les hommes, niveau de rémunération horaire
pay-d = (d) Écart médian des composantes complémentaires ou variables (bénéficiaires)
pay-e = (e) Bénéficiaires de composantes complémentaires ou variables
pay-f-intro = (f) Quartiles de rémunération, classés selon le { $basis } :
pay-basis-hourly = niveau de rémunération horaire
pay-basis-annual = niveau de rémunération annuel (tous les travailleurs n’ont pas de taux horaire)
pay-band-lower = Inférieur
pay-band-lower-middle = Intermédiaire inférieur
pay-band-upper-middle = Intermédiaire supérieur
pay-band-upper = Supérieur

## Article 9, point g), et article 10
pay-heading-categories = (g) Par catégorie de travailleurs, et le contrôle de l’article 10
pay-flag-not-decided = non tranché : { $reason }
pay-flag-required = requise
pay-flag-justified = non requise : justifiée
pay-flag-not-required = non requise
pay-article-10 = Article 10 : { $required ->
    [one] { $required } catégorie publiée sur { $n } présente
   *[other] { $required } catégories publiées sur { $n } présentent
} une différence de niveau moyen de rémunération d’au moins { $threshold }, dans un sens ou dans l’autre, que les registres ne marquent pas comme justifiée{ $list }. Une évaluation conjointe des rémunérations est requise si la différence n’est pas corrigée dans les six mois suivant le rapport.{ $withheld }
pay-article-10-list = {" "}: { $categories }
pay-article-10-withheld = { " " }{ $w ->
    [one] La catégorie non publiée n’est pas comptée ici : son contrôle n’est pas publié non plus.
   *[other] Les { $w } catégories non publiées ne sont pas comptées ici : leur contrôle n’est pas publié non plus.
}
pay-article-10-none = Article 10 : aucune catégorie n’est publiée, et le contrôle d’aucune catégorie ne l’est donc.
pay-justified = { $category } : justifiée par des critères objectifs et non sexistes : { $text }

## Contrôle de la divulgation du tableau par catégorie
pay-categories = { $n ->
    [one] { $n } catégorie
   *[other] { $n } catégories
}
pay-disclosure-total = Contrôle de la divulgation (seuil k = { $k }) : le tableau compte en tout moins de { $k } femmes ou moins de { $k } hommes ; { $n ->
    [1] ni sa seule catégorie ni son total ne sont donc publiés.
   *[other] ni ses { $categories } ni son total ne sont donc publiés.
}
pay-disclosure-none = Contrôle de la divulgation (seuil k = { $k }) : aucune catégorie ne compte moins de { $k } femmes ou moins de { $k } hommes ; { $n ->
    [1] la seule catégorie est publiée.
   *[other] les { $categories } sont toutes publiées.
}
pay-disclosure-some = Contrôle de la divulgation (seuil k = { $k }) : { $withheld ->
    [one] { $withheld } catégorie sur { $n } n’est pas publiée
   *[other] { $withheld } catégories sur { $n } ne sont pas publiées
} : celles qui comptent moins de { $k } femmes ou moins de { $k } hommes, et autant d’autres qu’il le faut pour qu’aucun chiffre non publié ne puisse se déduire du total publié.

## Royaume-Uni
pay-heading-uk = Royaume-Uni : les six chiffres (SI 2017/172)
pay-uk-employees = Salariés concernés (relevant employees) : { $total } ({ $women ->
    [one] { $women } femme
   *[other] { $women } femmes
}, { $men ->
    [one] { $men } homme
   *[other] { $men } hommes
}, { $others ->
    [one] { $others } autre
   *[other] { $others } autres
}) ; { $employer ->
    [yes] l’employeur est donc assujetti (250 salariés ou plus)
   *[no] l’employeur n’est donc pas assujetti (250 salariés ou plus)
}. Salariés concernés à plein salaire : { $fullwomen ->
    [one] { $fullwomen } femme
   *[other] { $fullwomen } femmes
}, { $fullmen ->
    [one] { $fullmen } homme
   *[other] { $fullmen } hommes
}.
pay-uk-mean-hourly = Écart moyen de rémunération horaire (règl. 8)
pay-uk-median-hourly = Écart médian de rémunération horaire (règl. 9)
pay-uk-mean-bonus = Écart moyen des primes (règl. 10)
pay-uk-median-bonus = Écart médian des primes (règl. 11)
pay-uk-bonus-proportion = Proportion de bénéficiaires de primes (règl. 12)
pay-uk-quartiles-intro = Quartiles de rémunération (règl. 13), taux horaires des salariés concernés à plein salaire :
pay-left-out = Écartés : { $reason } ({ $n }).
pay-excluded-gender = genre non binaire ou non déclaré : les chiffres du règlement portent sur les hommes et les femmes
pay-excluded-not-full-pay = salarié qui n’est pas à plein salaire (rémunération réduite ou nulle pour cause de congé) : écarté des chiffres horaires
pay-excluded-no-hourly = pas de taux horaire (ni rémunération horaire, ni rémunération annuelle avec heures hebdomadaires) : écarté des chiffres horaires
pay-excluded-no-bonus = primes non enregistrées (ni primes, ni rémunération variable) : écarté des chiffres sur les primes, et non compté comme zéro

## Inférence et décomposition
pay-heading-inference = Inférence (pas un chiffre réglementaire)
pay-inference-note = L’inférence répond à une autre question que les chiffres réglementaires : un écart de cette taille pourrait-il apparaître par hasard si la rémunération ne dépendait pas du genre ? Les écarts réglementaires comptent chaque travailleur et sont ce qu’ils sont.
pay-inference-not-asked = L’inférence n’a pas été demandée.
pay-mean-gap-annual = Écart moyen, niveau de rémunération annuel
pay-median-gap-annual = Écart médian, niveau de rémunération annuel
pay-bootstrap = { $name } : intervalle bootstrap à { $level } de { $low } à { $high } ({ $resamples } rééchantillonnages, graine { $seed }).
pay-item-not-computable = { $name } : non calculable ({ $reason }).
pay-item-not-computed = { $name } : non calculé.
pay-permutation-floor = Test de permutation de l’écart moyen : p ≤ { $p }, la plus petite valeur que { $n } permutations puissent donner (graine { $seed }) : aucune réattribution n’a produit un écart aussi grand.
pay-permutation = Test de permutation de l’écart moyen : p = { $p } ({ $n } permutations, graine { $seed }).
pay-permutation-test = Test de permutation
pay-heading-decomposition = D’où vient l’écart
pay-decomposition = Sur l’écart moyen global de { $total }, { $between } vient de ce que les femmes et les hommes se répartissent différemment entre les catégories de travailleurs, et { $within } des différences de rémunération au sein des catégories. { $method }
pay-decomposition-not-computable = La décomposition n’est pas calculable ({ $reason }).
pay-decomposition-skipped = La décomposition n’a pas été calculée.
pay-decomposition-method = Décomposition structurelle (shift-share) de l’écart moyen : (moyenne_H - moyenne_F) / moyenne_H = inter + intra, où inter = somme sur les catégories c de (s_Hc - s_Fc) * moyenne_Hc / moyenne_H (composition, valorisée aux moyennes des hommes de chaque catégorie) et intra = somme sur c de s_Fc * (moyenne_Hc - moyenne_Fc) / moyenne_H (différences de rémunération au sein des catégories, pondérées par la répartition des femmes), s_Hc et s_Fc étant les parts de l’ensemble des hommes et de l’ensemble des femmes qui sont dans la catégorie c. Une catégorie composée uniquement de femmes n’offre aucune comparaison interne : toute sa contribution, -s_Fc * moyenne_Fc / moyenne_H, est comptée dans la part inter (sa rémunération de référence est la moyenne des femmes elles-mêmes) ; une catégorie composée uniquement d’hommes contribue s_Hc * moyenne_Hc / moyenne_H, également dans la part inter ; une catégorie vide ne contribue pas. L’identité inter + intra = écart total est exacte.

## Pourquoi un chiffre n’est pas calculable
pay-reason-no-value = aucune valeur
pay-reason-no-women-no-men = aucune femme et aucun homme avec une valeur
pay-reason-no-men = aucun homme dans le groupe
pay-reason-no-women = aucune femme dans le groupe
pay-reason-men-zero = la valeur des hommes est nulle, l’écart (qui en est une part) n’est donc pas défini
pay-reason-men-tiny = la valeur des hommes est si petite à côté de celle des femmes que l’écart n’est pas un nombre fini
pay-reason-one-woman = moins de 2 femmes dans le groupe : une valeur unique n’a pas de variation d’échantillonnage à rééchantillonner
pay-reason-one-man = moins de 2 hommes dans le groupe : une valeur unique n’a pas de variation d’échantillonnage à rééchantillonner
pay-reason-women-not-money = une valeur des femmes n’est pas un montant (un nombre fini, nul ou positif)
pay-reason-men-not-money = une valeur des hommes n’est pas un montant (un nombre fini, nul ou positif)
pay-reason-value-not-money = une valeur n’est pas un montant (un nombre fini, nul ou positif)
pay-reason-no-resamples = aucun rééchantillonnage n’a été demandé
pay-reason-level = le niveau de confiance doit être strictement compris entre 0 et 1 (par exemple 0,95)
pay-reason-no-permutations = aucune permutation n’a été demandée
pay-reason-no-categories = aucune catégorie
pay-reason-category-twice = une catégorie figure plusieurs fois
pay-reason-no-women-any = aucune femme dans aucune catégorie
pay-reason-no-men-any = aucun homme dans aucune catégorie
pay-reason-no-residual-df = { $rows } salariés pour { $parameters } paramètres : une régression demande plus de salariés que de paramètres
pay-reason-one-level = le facteur `{ $factor }` n’a qu’un niveau parmi ces salariés : il ne distingue rien
pay-reason-woman-aliased = les variables de contrôle distinguent les femmes des hommes (l’une d’elles, ou une combinaison, est l’indicatrice « femme ») : la régression ne peut pas les séparer
pay-reason-perfect-fit = l’ajustement est parfait : l’erreur type du coefficient est nulle, ses tests ne sont pas définis
pay-reason-logib-too-few = { $employees } salariés valides : le modèle d’analyse standard de Logib en demande au moins { $min }
pay-reason-logib-no-weekly-hours = des heures hebdomadaires manquent et aucun horaire hebdomadaire usuel n’est donné (--default-weekly-hours)
pay-reason-logib-columns = il manque au fichier des colonnes de la feuille de données Logib : { $columns }
pay-reason-logib-years-without-reference = la colonne { $column } contient des années de 4 chiffres et aucune année de référence n’est donnée (--reference-year) pour en déduire des durées
pay-reason-logib-year-format = la colonne { $column } mêle des années (4 chiffres) à des âges ou des nombres d’années : écrivez l’un ou l’autre
pay-reason-zero-in-resamples = la valeur des hommes est nulle (ou trop petite pour un écart fini) dans { $k } rééchantillonnages sur { $n }, où l’écart (qui en est une part) n’est pas défini
pay-reason-gap-not-computable = l’écart moyen n’est pas calculable ({ $reason })
pay-reason-too-many-women = plus de { $max } femmes dans le groupe
pay-reason-too-many-men = plus de { $max } hommes dans le groupe
pay-reason-too-many-splits = plus de { $max } répartitions à énumérer : utilisez le test de permutation de Monte-Carlo
# Un texte de l’analyse des rémunérations relu depuis sa sortie JSON : montré tel qu’il est écrit, dans toutes les langues.
pay-recorded = { $text }

## La déclaration de contrôle de la divulgation de la sortie JSON (`disclosure.statement`)
pay-statement-nothing = Contrôle de la divulgation (seuil k = { $k }) : le tableau compte en tout moins de { $k } femmes ou moins de { $k } hommes ; { $n ->
    [1] ni sa seule catégorie ni son total ne sont donc publiés.
   *[other] ni ses { $categories } catégories ni son total ne sont donc publiés.
}
pay-statement-all = Contrôle de la divulgation (seuil k = { $k }) : aucune catégorie ne compte moins de { $k } femmes ou moins de { $k } hommes ; { $n ->
    [1] la seule catégorie est publiée.
   *[other] les { $categories } catégories sont toutes publiées.
}
pay-statement-some = Contrôle de la divulgation (seuil k = { $k }) : { $withheld ->
    [one] { $withheld } catégorie sur { $categories } n’est pas publiée
   *[other] { $withheld } catégories sur { $categories } ne sont pas publiées
} : celles qui comptent moins de { $k } femmes ou moins de { $k } hommes, et autant d’autres qu’il le faut pour qu’aucun chiffre non publié ne puisse se déduire du total publié.

## Graphiques des quartiles de la page HTML
pay-chart-eu-title = (f) Part des femmes dans chaque quartile de rémunération
pay-chart-uk-title = Part des femmes dans chaque quartile de rémunération (règl. 13)
pay-chart-desc = Part des femmes dans chaque quartile de rémunération, du plus bas au plus haut : { $bands }.
pay-chart-band = { $band } : { $women ->
    [one] { $women } femme
   *[other] { $women } femmes
} et { $men ->
    [one] { $men } homme
   *[other] { $men } hommes
} ({ $share })
pay-chart-band-empty = { $band } : personne
pay-chart-parity = parité { $p }
pay-chart-note = Chaque graphique est suivi de son tableau, qui donne les mêmes chiffres.

## L’écart ajusté (gia pay --control, --factor)
pay-heading-adjusted = L’écart ajusté : femmes et hommes aux caractéristiques enregistrées identiques
pay-heading-adjusted-categories = Écart ajusté par catégorie de travailleurs
pay-adjusted-factor = { $factor } (niveaux mesurés par rapport à { $base })
pay-adjusted-intro = Une régression par les moindres carrés du logarithme { $outcome ->
        [hourly] du salaire horaire
       *[other] de la rémunération annuelle par équivalent temps plein
    } sur les caractéristiques désignées par l’employeur ({ $controls }) et une indicatrice « femme ». L’employeur affirme que ces critères sont objectifs et non sexistes ; ce rapport ne les juge pas. Exclus : { $other } personnes ni femmes ni hommes, { $missing } sans rémunération ou sans une caractéristique, { $zero } à rémunération nulle.
pay-adjusted-gap = À caractéristiques identiques, les femmes sont payées { $gap } par rapport aux hommes (un chiffre négatif : moins), intervalle à 95 % de { $low } à { $high }, estimation de Kennedy { $kennedy }, p { $p } ; { $women } femmes et { $men } hommes. Ensemble, les caractéristiques et le sexe expliquent { $r2 } de la variance du logarithme de la rémunération.
pay-adjusted-not-computable = L’écart ajusté n’est pas calculable ({ $reason }).
pay-oaxaca-intro = Décomposition de Blinder–Oaxaca de l’écart de logarithme moyen de la rémunération entre hommes et femmes ({ $gap }, proche d’un écart en pour cent) : dotations (caractéristiques différentes) { $endowments }, coefficients (rémunération différente à caractéristiques égales) { $coefficients }, interaction { $interaction }. La part expliquée dépend de la structure de rémunération prise pour référence :
pay-oaxaca-reference = { $reference ->
        [men] structure de rémunération des hommes
        [women] structure de rémunération des femmes
        [reimers] la moyenne des deux (Reimers)
        [cotton] les deux, pondérées par les effectifs (Cotton)
        [neumark] une régression sur l’ensemble (Neumark)
       *[other] une régression sur l’ensemble avec une indicatrice « femme »
    }
pay-col-reference = Référence
pay-col-explained = Expliqué
pay-col-unexplained = Inexpliqué
pay-col-adjusted-gap = Écart ajusté
pay-col-interval = Intervalle à 95 %
pay-col-p = Valeur p

## L’évaluation conjointe des rémunérations (art. 10, § 2)
pay-heading-joint = Évaluation conjointe des rémunérations (article 10)
pay-joint-intro = Une évaluation conjointe des rémunérations avec les représentants des travailleurs est due pour chaque catégorie ci-dessous : son écart moyen atteint { $threshold } et les données ne donnent aucune justification par des critères objectifs et non sexistes (sauf si la différence est corrigée dans les six mois). Points a) à f) de l’article 10, paragraphe 2 :
pay-joint-point = { $letter })
pay-joint-shares = { $women } femmes ({ $women_share }) et { $men } hommes ({ $men_share }).
pay-joint-pay = Salaire de base annuel moyen : femmes { $basic_women }, hommes { $basic_men } ; composantes complémentaires ou variables moyennes : femmes { $variable_women }, hommes { $variable_men }.
pay-joint-differences = Écarts (hommes − femmes, en part de la valeur des hommes) : salaire de base { $basic }, composantes variables { $variable }, niveau de rémunération { $level }.
pay-joint-reasons = Dans la catégorie, avec les caractéristiques désignées par l’employeur : { $adjusted } Ce que les caractéristiques n’expliquent pas est l’écart à justifier.
pay-joint-reasons-none = Pas d’analyse des raisons : désignez les caractéristiques que l’employeur tient pour objectives et non sexistes avec `gia pay --control COL --factor COL`.
pay-joint-leave = Augmentations de rémunération au retour d’un congé de maternité, de paternité, parental ou d’aidant : absentes des données de paie ; à compléter par l’employeur.
pay-joint-measures = Mesures : { $measures } Évaluation des mesures antérieures : { $evaluation }
pay-joint-measures-none = Aucune mesure enregistrée : donnez-les avec `gia pay --measures FICHIER` (un tableau JSON de { "{" }"category", "measures", "evaluation"{ "}" }).
pay-joint-category = Catégorie { $category }

## Le modèle d’analyse standard de Logib (gia pay --preset logib)
pay-heading-logib = Modèle d’analyse standard de Logib (Suisse)
pay-logib-sample = { $employees } personnes analysées ({ $women } femmes, { $men } hommes) ; exclues : { $population } hors de la population statistique, { $invalid } échouant à un contrôle de la feuille de données, { $no_salary } sans salaire. Plein temps : { $hours } heures par semaine, la durée la plus fréquente.
pay-logib-years = Calculé à partir de l’année de référence : { $age ->
    [yes] les âges depuis les années de naissance
   *[no] {""}
}{ $age ->
    [yes] { $service ->
        [yes] {", "}
       *[no] {""}
    }
   *[no] {""}
}{ $service ->
    [yes] les années de service depuis les années d’entrée
   *[no] {""}
}.
pay-logib-effect = À conditions égales par ailleurs (formation, ancienneté, expérience potentielle, niveau d’exigences, position professionnelle), le salaire standardisé des femmes diffère de celui des hommes de { $kennedy } (estimation de Kennedy ; coefficient { $coefficient }, erreur type { $se }, t { $t }, { $df } degrés de liberté, p { $p } ; R² { $r2 }).
pay-logib-rating = Évaluation { $rating ->
        [1] 1 : pas de différence significative au seuil de 5 %.
        [2] 2 : significative, dans la valeur cible de 2,5 %.
        [3] 3 : significative, au-dessus de la valeur cible de 2,5 % et dans la valeur limite de 5 %.
       *[other] 4 : significative, au-dessus de la valeur limite de 5 %.
    }
pay-logib-tolerance = Test de tolérance utilisé avant 2024 (le seuil de 5 % est-il significativement dépassé ?) : { $exceeded ->
        [yes] oui
       *[other] non
    } (p unilatéral { $p }).
pay-logib-not-computable = Le modèle de Logib n’est pas calculable ({ $reason }).
pay-category-none = (sans catégorie)

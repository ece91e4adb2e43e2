# fr : la section égapro du rapport sur la rémunération (`gia pay --profile fr`, src/report/pay_egapro.rs).
# Les identifiants sont uniques dans tous les fichiers d'une langue ; chacun existe en en, fr et es.

egapro-heading = France : les indicateurs A à G selon égapro
egapro-intro = Conventions d’égapro (la plateforme de l’administration, source github.com/SocialGouv/egapro au commit { $commit }) : chaque écart vaut (hommes − femmes) / hommes, signé (positif quand les hommes sont mieux payés) ; un écart est significatif à partir de 5 % dans un sens ou dans l’autre, et égapro le qualifie d’élevé à partir de 5 % en faveur des hommes seulement.
egapro-calendar = Effectif { $employees } ({ $from ->
        [given] donné par --employees
       *[payroll] les lignes de la paie ; égapro retient l’effectif moyen annuel : donnez-le avec --employees
    }) : { $size ->
        [voluntary] moins de 50, la déclaration est volontaire
        [triennial] de 50 à 99, une déclaration tous les trois ans (2027, 2030…)
       *[annual] 100 ou plus, une déclaration chaque année, avec l’avis du CSE
    }.
egapro-calendar-year = Année de déclaration { $year } : la déclaration des indicateurs A à F { $declaration ->
        [yes] est due
       *[no] n’est pas due
    } ; l’indicateur G { $g ->
        [yes] est dû
       *[no] n’est pas dû
    }.
egapro-calendar-no-year = Aucune année de déclaration n’a été donnée (--year) : on ne décide pas si la déclaration et l’indicateur G sont dus.
egapro-col-indicator = Indicateur
egapro-col-gap = Écart
egapro-col-significant = Significatif (5 % dans un sens ou l’autre)
egapro-col-level = Niveau selon égapro
egapro-col-women-share = Femmes (4 décimales)
egapro-col-men-share = Hommes (4 décimales)
egapro-row-a-annual = A. Écart moyen, rémunération annuelle
egapro-row-a-hourly = A. Écart moyen, rémunération horaire
egapro-row-b = B. Écart moyen, rémunération variable ou complémentaire
egapro-row-c-annual = C. Écart médian, rémunération annuelle
egapro-row-c-hourly = C. Écart médian, rémunération horaire
egapro-row-d = D. Écart médian, rémunération variable ou complémentaire
egapro-yes = oui
egapro-no = non
egapro-level-high = élevé
egapro-level-low = faible
egapro-not-computable = non calculable (voir l’article 9)
egapro-e = E (égapro) : les femmes sont { $women } des { $recipients } bénéficiaires d’une rémunération variable ou complémentaire ({ $share }).
egapro-e-none = E (égapro) : personne ne perçoit de rémunération variable ou complémentaire ; la part des femmes parmi les bénéficiaires n’est pas calculable.
egapro-quartiles-annual = F. Quartiles de la rémunération annuelle, du plus bas au plus haut (parts arrondies à 4 décimales, comme égapro les arrondit) :
egapro-quartiles-hourly = F. Quartiles de la rémunération horaire, du plus bas au plus haut :
egapro-quartile = Quartile { $n }
egapro-top = Quartile supérieur : { $share } de femmes ({ $with_hourly ->
        [yes] la moyenne des quartiles annuel et horaire
       *[no] le quartile annuel
    }) : { $balance ->
        [balanced] équilibré (de 45 % à 55 % de femmes)
        [women] femmes sous-représentées (moins de 45 %)
       *[men] hommes sous-représentés (plus de 55 % de femmes)
    }.
egapro-top-empty = Quartile supérieur : vide ; son équilibre n’est pas calculable.
egapro-g = L’indicateur G (écarts par catégorie de salariés) est confidentiel dans égapro : transmis à l’administration, non publié. { $categories ->
        [one] Une catégorie
       *[other] { $categories } catégories
    } ; { $above } avec un écart de salaire de base ou de rémunération variable de 5 % ou plus en faveur des hommes. Les valeurs figurent dans la sortie JSON (--format json) ; le tableau (g) de la directive, plus haut, est destiné aux salariés et à leurs représentants, non à la publication.
egapro-compliance = Parcours de mise en conformité : { $required ->
        [yes] requis
        [no] non requis
       *[open] non décidé sans année de déclaration
    }. Il s’ouvre pour un employeur de 100 salariés ou plus ({ $size }) qui doit l’indicateur G cette année-là ({ $g_due }) et dont une catégorie présente un écart de 5 % ou plus en faveur des hommes ({ $gap }).
egapro-condition-unknown = inconnu
egapro-departures = Où égapro s’écarte de la directive (directive (UE) 2023/970, articles 9 et 10) :
egapro-departure-e = E est la part des femmes parmi les bénéficiaires d’une rémunération variable ou complémentaire ; la directive demande la proportion de femmes qui en perçoivent et celle des hommes (toutes deux dans le tableau de l’article 9).
egapro-departure-level = égapro qualifie un écart d’« élevé » à partir de 5 % en faveur des hommes seulement ; un écart de 5 % en faveur des femmes est « faible » (le ticket égapro #3963 le conteste). Le seuil de la directive (article 10) dit « au moins 5 % », ce que cet outil applique dans les deux sens.
egapro-departure-compliance = Le parcours de mise en conformité ne s’ouvre que sur des écarts par catégorie en faveur des hommes ; l’évaluation conjointe de l’article 10 suit une différence dans un sens ou dans l’autre.
egapro-departure-quartiles = L’indicateur F est donné sur la rémunération annuelle et sur la rémunération horaire, parts arrondies à 4 décimales ; la directive parle de quartiles de rémunération sans base ni arrondi.
egapro-departure-top-quartile = Le quartile supérieur est jugé sur une bande de 45 % à 55 % de femmes, que la directive ne prévoit pas.
egapro-departure-calendar = Le calendrier : une déclaration des indicateurs A à F chaque année dès 100 salariés et tous les trois ans dès 50 ; G chaque année dès 250, tous les trois ans dès 150 (à partir de 2027) et dès 50 (à partir de 2030). Le rythme de la directive (de mémoire, non relu ici : chaque année dès 250 ; tous les trois ans dès 150, à partir de 2027, et dès 100, à partir de 2031) est le même pour tous les indicateurs.

## Usage errors of gia pay --profile fr (exit code 2)
egapro-error-employees = --employees{"\u00A0"}: un effectif de 0 ou plus attendu, trouvé { $value }
egapro-error-year = --year{"\u00A0"}: une année de déclaration de { $first } (les indicateurs A à G d’égapro ; les années précédentes relevaient de l’Index, non calculé ici) à 9999 attendue, trouvé { $year }
egapro-error-fr-only = --{ $flag } ne s’applique qu’avec --profile fr (le calendrier d’égapro)

# fr : `gia obligations` (src/report/law.rs) et les erreurs du module law (src/law).
# Ids are unique across all files of a language; every id exists in en, fr and es.

law-heading = Obligations : { $country ->
    [eu] Union européenne
    [fr] France
    [es] Espagne
   *[uk] Royaume-Uni
}, rapports dus en { $year }
law-intro = Un employeur de { $employees ->
    [one] { $employees } salarié
   *[other] { $employees } salariés
}{ $listed ->
    [yes] , coté
   *[no] {""}
}{ $public ->
    [yes] , entité d’intérêt public
   *[no] {""}
}. Un rapport dû en { $year } porte sur { $datayear } (ou sur une date de référence en { $datayear }). Règles comparées à leurs sources pour la dernière fois le { $checked } ; ceci n’est pas un conseil juridique.
law-pay-heading = Rémunération
law-indicators = Indicateurs de l’article 9 dus en { $year } : { $letters }.
law-indicators-none = Aucun indicateur de l’article 9 n’est dû en { $year }.
law-pay-none = Aucune obligation de rémunération tenue ici ne concerne cet effectif.
law-col-rule = Règle
law-col-duty = Obligation
law-col-due = Due cette année
law-col-cadence = Fréquence
law-col-deadline = Échéance
law-col-next = Prochaine fois
law-col-source = Source (texte lu)
law-col-body = Instance
law-col-in-force = En vigueur
law-col-next-step = Étape suivante
law-duty = { $duty ->
    [pay_gap_report] Rapport sur les écarts de rémunération (indicateurs a–g)
    [joint_pay_assessment] Évaluation conjointe des rémunérations
    [egapro] Déclaration sur égapro
    [pay_register] Registre des rémunérations (registro retributivo)
    [pay_audit] Audit des rémunérations (auditoría retributiva)
    [gap_justification] Justification d’un écart de 25 % ou plus
   *[uk_gender_pay_gap] Les six chiffres britanniques de l’écart de rémunération
}
law-yes-no = { $value ->
    [yes] oui
   *[no] non
}
law-read = { $value ->
    [yes] lu
   *[no] non lu
}
law-optional = facultatif (au choix de l’État membre)
law-cadence = { $every ->
    [0] en permanence
    [1] chaque année
   *[other] tous les { $every } ans
}
law-jpa = `{ $rule }` : une évaluation conjointe des rémunérations suit lorsque l’écart moyen d’une catégorie de travailleurs atteint { $threshold } % ou plus, n’est pas justifié par des critères objectifs et non sexistes et n’est pas corrigé dans les { $months } mois suivant le rapport.
law-threshold = `{ $rule }` : un écart de { $threshold } % ou plus entre les rémunérations moyennes des femmes et des hommes, au total ou dans un groupe, doit être justifié.
law-snapshot = `{ $rule }` : à la date de référence du { $date }.
law-uk-figures = `{ $rule }` : les écarts moyen et médian de rémunération horaire, les écarts moyen et médian de primes, les proportions de femmes et d’hommes qui reçoivent une prime et la part des femmes et des hommes dans chaque quartile ; les six sont publiés.
law-published = `{ $rule }` : publiés : { $letters }.
law-confidential = `{ $rule }` : non publié : { $text } (tel que les données le disent, en anglais).
law-gov-heading = Conseils et direction, au 31 décembre { $year }
law-gov-none = Aucun quota de conseil ou de direction tenu ici ne concerne cette organisation.
law-body = { $body ->
    [board] Conseil
    [senior_executives] Cadres dirigeants
   *[management_bodies] Membres des instances dirigeantes
}
law-objective = { $share } % { $of ->
    [non_executive] des administrateurs non exécutifs
   *[all] des sièges
}
law-or = ou
law-since = depuis le { $date }
law-from = à partir du { $date }
law-not-yet = pas encore en vigueur
law-condition = `{ $rule }` ne s’applique qu’à : { $text } (tel que les données le disent, en anglais).
law-unless-sme = `{ $rule }` ne s’applique que si l’entreprise n’est pas une PME (ce qui dépend aussi de son chiffre d’affaires).
law-deadlines-heading = Échéances en { $year }
law-deadlines-none = Aucune échéance datée en { $year }.
law-unverified-heading = Règles non vérifiées sur le texte juridique
law-unverified-intro = Ces règles ont été rappelées de mémoire, ou prises de sources secondaires ou d’une implémentation ; chaque note (en anglais, tirée des données) dit ce qui est incertain.
law-all-verified = Chaque règle appliquée ici a été vérifiée sur son texte juridique.
law-error-document = { $pointer } : { $problem }
law-error-country = --country : attendu eu, fr, es ou uk, trouvé `{ $found }`
law-error-no-employees = --employees : attendu un effectif d’au moins 1, trouvé 0
law-error-before-rules = --year : les règles de rémunération tenues pour { $country } commencent en { $first } ; pour { $year }, gia n’en tient aucune et ne devine pas

## Les quotas des conseils dans une évaluation (organisation.jurisdiction)
quota-heading = Quotas des conseils ({ $country })
quota-intro = Les quotas des conseils connus pour `{ $country }`, appliqués à chaque organe à la date de sa composition (ou à la fin de la période quand elle manque). L'organisation est lue ainsi : { $employees } salariés ; cotée : { $listed } ; entité d'intérêt public : { $public } (un champ absent du document est lu comme non).
quota-col-body = Organe, date
quota-col-held = Sièges du sexe sous-représenté
quota-col-status = Statut
quota-body-date = { $name }, { $date }{ $end ->
    [yes] {" "}(fin de la période)
   *[no] {""}
}
quota-held = { $sex ->
    [woman] les femmes occupent { $held } sur { $seats }
    [man] les hommes occupent { $held } sur { $seats }
   *[none] chaque sexe occupe { $held } sur { $seats }
}
quota-needed = { $objective } : { $needed } requis
quota-unchecked = { $objective } : non vérifié (ces sièges ne sont pas relevés)
quota-status = { $status ->
    [met] atteint
    [short] il manque { $short }
   *[undecided] indéterminé
}
quota-assumed-all = { $body } : le document ne dit pas quels postes d'administrateur sont relevés (`directors`) ; tous les administrateurs sont supposés.
quota-non-executive = { $body } : les sièges sont des postes d'administrateur non exécutif ; un objectif sur l'ensemble des administrateurs n'est pas vérifié.
quota-neither = { $body } : { $n ->
    [one] { $n } membre relevé non binaire ou de genre non communiqué occupe un siège mais ne compte
   *[other] { $n } membres relevés non binaires ou de genre non communiqué occupent des sièges mais ne comptent
} pour aucun sexe.
quota-withheld = La vérification de l'organe `{ $body }` est retenue (contrôle de divulgation).
quota-unmatched = `{ $rule }` concerne l'organisation mais compte { $body ->
    [board] un conseil
    [senior_executives] les cadres dirigeants
   *[management_bodies] les instances dirigeantes
}, et aucun organe n'est compté comme tel (`quota_body`).
quota-outside = `{ $rule }` ne concerne pas l'organisation : il s'applique { $scope }.
quota-scope-listed = aux sociétés cotées
quota-scope-public = aux entités d'intérêt public
quota-scope-employees = aux organisations d'au moins { $n } salariés
quota-none = Aucun quota de conseil connu pour `{ $country }` ne concerne l'organisation.
quota-sources-heading = Sources des règles
quota-source = `{ $rule }` : { $act }, { $article }, { $url } (texte { $read ->
    [yes] lu
   *[no] non lu
}).
quota-recalled = `{ $rule }` a été rappelée de mémoire et non lue : { $note } (la note des données, en anglais).

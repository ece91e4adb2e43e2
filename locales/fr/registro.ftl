## Registre des rémunérations espagnol (src/report/registro.rs).
registro-heading = Espagne{"\u00A0"}: registro retributivo (RD 902/2020, art. 5–6{"\u00A0"}; Statut des travailleurs, art. 28)
registro-audience-representatives = Pour les représentants légaux du personnel{"\u00A0"}: le registre entier, les montants effectivement perçus et les montants équivalents.
registro-audience-worker = Pour un salarié qui l’a demandé en l’absence de représentants du personnel{"\u00A0"}: les écarts en pourcentage entre les rémunérations moyennes des femmes et des hommes seulement, sans montant (RD 902/2020, art. 5.3).
registro-averages-all-workers = Moyennes et médianes portent sur tous les salariés du groupe, un élément non perçu comptant pour 0 (la lecture retenue là où le texte ne tranche pas{"\u00A0"}; l’autre{"\u00A0"}: --registro-averages recipients).
registro-averages-recipients = Moyennes et médianes portent sur les salariés du groupe qui ont perçu l’élément (--registro-averages recipients{"\u00A0"}; la lecture par défaut compte tous les salariés du groupe).
registro-equalised-note = Montant équivalent{"\u00A0"}: le montant ÷ (équivalent temps plein × jours travaillés ÷ 365), ce qui aurait été perçu à temps plein sur l’année entière.
registro-gap-note = Les écarts sont (hommes − femmes) ÷ hommes{"\u00A0"}: positifs quand les hommes perçoivent davantage. Les effectifs figurent à côté de chaque chiffre{"\u00A0"}; † signale une ligne de moins de { $k } femmes ou hommes.
registro-excluded = { $n ->
        [one] { $n } salarié d’un autre genre ou de genre non déclaré est compté
       *[other] { $n } salariés d’un autre genre ou de genre non déclaré sont comptés
    } dans la paie mais pas dans les colonnes des femmes et des hommes.
registro-not-finite = { $n ->
        [one] { $n } montant équivalent trop grand pour être représenté (un équivalent temps plein infime) est laissé
       *[other] { $n } montants équivalents trop grands pour être représentés (un équivalent temps plein infime) sont laissés
    } hors des chiffres équivalents.
registro-group-all = Tous les groupes
registro-group = Groupe { $group }
registro-group-none = Salariés sans groupe
registro-heading-actual = Effectivement perçu{"\u00A0"}:
registro-heading-equalised = Équivalent temps plein sur l’année entière{"\u00A0"}:
registro-col-concept = Élément
registro-col-women = Femmes
registro-col-men = Hommes
registro-col-mean-women = Moyenne, femmes
registro-col-mean-men = Moyenne, hommes
registro-col-median-women = Médiane, femmes
registro-col-median-men = Médiane, hommes
registro-col-gap = Écart
registro-col-gap-mean = Écart, moyenne
registro-col-gap-median = Écart, médiane
registro-col-gap-mean-equalised = Écart, moyenne équivalente
registro-col-gap-median-equalised = Écart, médiane équivalente
registro-concept-base = Salaire de base
registro-concept-supplement = Complément{"\u00A0"}: { $name }
registro-concept-non-salary = Versement non salarial{"\u00A0"}: { $name }
registro-concept-total = Total
registro-small = moins de { $k } femmes ou hommes dans la ligne{"\u00A0"}: chiffres portant sur très peu de personnes, à lire avec prudence.
registro-rule-heading = La règle des 25{"\u202F"}% (Statut des travailleurs, art. 28.3)
registro-rule-applies = L’entreprise compte { $employees } salariés, 50 ou plus{"\u00A0"}: lorsque la rémunération totale moyenne d’un sexe dépasse celle de l’autre de 25{"\u202F"}% ou plus, le registre doit justifier que l’écart est sans rapport avec le sexe.
registro-rule-not-applies = L’entreprise compte { $employees } salariés, moins de 50{"\u00A0"}: la règle des 25{"\u202F"}% ne s’applique pas{"\u00A0"}; les écarts sont donnés pour information.
registro-rule-check = { $group }{"\u00A0"}: { $higher ->
        [women] la rémunération totale moyenne des femmes est supérieure de { $excess }
        [men] la rémunération totale moyenne des hommes est supérieure de { $excess }
        [equal] rémunérations totales moyennes égales
       *[none] pas de comparaison (femmes ou hommes absents)
    }{"\u00A0"}; en équivalent{"\u00A0"}: { $higherequalised ->
        [women] celle des femmes supérieure de { $excessequalised }
        [men] celle des hommes supérieure de { $excessequalised }
        [equal] égales
       *[none] pas de comparaison
    }. { $status }
registro-rule-below = Moins de 25{"\u202F"}%.
registro-rule-required = 25{"\u202F"}% ou plus{"\u00A0"}: une justification est due, et aucune n’a été donnée (--justifications).
registro-rule-exceeds-small = 25{"\u202F"}% ou plus (la règle s’applique à partir de 50 salariés).
registro-rule-justified = 25{"\u202F"}% ou plus{"\u00A0"}; la justification de l’employeur{"\u00A0"}: «{"\u00A0"}{ $text }{"\u00A0"}»
registro-col-group = Groupe professionnel
registro-group-total = Tous les groupes
registro-sheet-actual = Montants perçus
registro-sheet-equalised = Montants équivalents
registro-sheet-differences = Écarts
registro-sheet-rule = Règle des 25 %

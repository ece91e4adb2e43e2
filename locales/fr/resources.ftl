# La famille des ressources (src/indicators/resources/) : titres, raisons et constats.

title-resources-gender-funds = Fonds consacrés à l’égalité des sexes
title-resources-gender-funds-share = Fonds consacrés à l’égalité des sexes, en part du budget
reason-no-budget = le budget n’est pas renseigné
reason-fund-amount-missing = le montant d’un fonds n’est pas renseigné
reason-budget-zero = le budget est nul
finding-resources-funds = { $n ->
    [one] { $n } fonds consacré à l’égalité des sexes est recensé.
   *[other] { $n } fonds consacrés à l’égalité des sexes sont recensés.
}

# La familia de los recursos (src/indicators/resources/): títulos, motivos y constataciones.

title-resources-gender-funds = Fondos dedicados a la igualdad de género
title-resources-gender-funds-share = Fondos dedicados a la igualdad de género, como proporción del presupuesto
reason-no-budget = no consta el presupuesto
reason-fund-amount-missing = no consta el importe de un fondo
reason-budget-zero = el presupuesto es 0
finding-resources-funds = { $n ->
    [one] { $n } fondo dedicado a la igualdad de género registrado.
   *[other] { $n } fondos dedicados a la igualdad de género registrados.
}

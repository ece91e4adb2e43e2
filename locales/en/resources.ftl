# The resources family (src/indicators/resources/): titles, reasons and findings.

title-resources-gender-funds = Funds dedicated to gender equality
title-resources-gender-funds-share = Funds dedicated to gender equality, as a share of the budget
reason-no-budget = the budget is not recorded
reason-fund-amount-missing = the amount of a fund is not recorded
reason-budget-zero = the budget is 0
finding-resources-funds = { $n ->
    [one] { $n } fund dedicated to gender equality is recorded.
   *[other] { $n } funds dedicated to gender equality are recorded.
}

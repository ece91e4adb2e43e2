## Spain's registro retributivo (src/report/registro.rs).
registro-heading = Spain: registro retributivo (RD 902/2020, art. 5–6; Workers' Statute, art. 28)
registro-audience-representatives = For the workers' legal representatives: the whole register, the amounts actually received and the equalised amounts.
registro-audience-worker = For a worker who asked where there are no workers' representatives: the percentage differences between the average pay of women and men only, no amount (RD 902/2020, art. 5.3).
registro-averages-all-workers = Means and medians are taken over every worker of the group, a concept not received counting as 0 (the crate's reading where the regulation is open; the other: --registro-averages recipients).
registro-averages-recipients = Means and medians are taken over the workers of the group who received the concept (--registro-averages recipients; the crate's default reading counts every worker of the group).
registro-equalised-note = Equalised amount: the amount ÷ (full-time equivalent × days worked ÷ 365), what would have been received working full time for the whole year.
registro-gap-note = Differences are (men − women) ÷ men: positive when men receive more. Counts are given beside every figure; † marks a row with fewer than { $k } women or men.
registro-excluded = { $n ->
        [one] { $n } worker of another or undisclosed gender is
       *[other] { $n } workers of another or undisclosed gender are
    } counted in the payroll but not in the women's and men's columns.
registro-not-finite = { $n ->
        [one] { $n } equalised amount was
       *[other] { $n } equalised amounts were
    } too large to be represented (a very small full-time equivalent) and left out of the equalised figures.
registro-group-all = All groups
registro-group = Group { $group }
registro-group-none = Workers without a group
registro-heading-actual = Actually received:
registro-heading-equalised = Equalised to full time and a full year:
registro-col-concept = Concept
registro-col-women = Women
registro-col-men = Men
registro-col-mean-women = Mean, women
registro-col-mean-men = Mean, men
registro-col-median-women = Median, women
registro-col-median-men = Median, men
registro-col-gap = Difference
registro-col-gap-mean = Difference, mean
registro-col-gap-median = Difference, median
registro-col-gap-mean-equalised = Difference, equalised mean
registro-col-gap-median-equalised = Difference, equalised median
registro-concept-base = Base salary
registro-concept-supplement = Supplement: { $name }
registro-concept-non-salary = Non-salary payment: { $name }
registro-concept-total = Total
registro-small = fewer than { $k } women or men in the row: figures about very few people, to be read with care.
registro-rule-heading = The 25% rule (Workers' Statute, art. 28.3)
registro-rule-applies = The company has { $employees } workers, 50 or more: where the mean total pay of one sex is higher than the other's by 25% or more, the register must carry a justification that the difference has nothing to do with sex.
registro-rule-not-applies = The company has { $employees } workers, fewer than 50: the 25% rule does not apply; the differences are shown for information.
registro-rule-check = { $group }: { $higher ->
        [women] women's mean total pay is higher by { $excess }
        [men] men's mean total pay is higher by { $excess }
        [equal] equal mean total pay
       *[none] no comparison (women or men missing)
    }; equalised: { $higherequalised ->
        [women] women's higher by { $excessequalised }
        [men] men's higher by { $excessequalised }
        [equal] equal
       *[none] no comparison
    }. { $status }
registro-rule-below = Below 25%.
registro-rule-required = 25% or more: a justification is due, and none was given (--justifications).
registro-rule-exceeds-small = 25% or more (the rule applies from 50 workers).
registro-rule-justified = 25% or more; the employer's justification: “{ $text }”
registro-col-group = Professional group
registro-group-total = All groups
registro-sheet-actual = Actual amounts
registro-sheet-equalised = Equalised amounts
registro-sheet-differences = Differences
registro-sheet-rule = 25% rule

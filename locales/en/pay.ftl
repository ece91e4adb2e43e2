# en: the pay report (src/report/pay.rs, src/report/pay_html.rs) and the texts the pay analysis carries (src/pay).
# Ids are unique across all files of a language; every id exists in en, fr and es.

## Document
pay-heading = Pay gap report
pay-intro = Rules `{ $rules }` version { $version } ({ $tool } { $toolversion }). Gap = (men − women) / men: positive when men are paid more. Figures are rounded to { $decimals ->
    [one] { $decimals } decimal place
   *[other] { $decimals } decimal places
} here only; the JSON output carries them unrounded.
pay-workers = Workers: { $women ->
    [one] { $women } woman
   *[other] { $women } women
}, { $men ->
    [one] { $men } man
   *[other] { $men } men
}; { $excluded ->
    [one] { $excluded } non-binary or undisclosed worker is
   *[other] { $excluded } non-binary or undisclosed workers are
} left out of the statutory figures, which the laws define on women and men.
pay-without-pay = { $n ->
    [one] { $n } record without an annual pay level is left out.
   *[other] { $n } records without an annual pay level are left out.
}
pay-assumption = Assumption: { $text }
pay-no-figure = No figure is published.

## Tables
pay-col-indicator = Indicator
pay-col-figure = Figure
pay-col-value = Value
pay-col-women = Women
pay-col-men = Men
pay-col-category = Category
pay-col-basic-gap = Basic pay gap
pay-col-variable-gap = Variable components gap
pay-col-level-gap = Pay level gap
pay-col-joint = Joint pay assessment
pay-col-band = Band
pay-col-women-share = Women's share
pay-withheld = withheld
pay-not-computable = not computable ({ $reason })
pay-no-one-recorded = no one recorded
pay-count-share = { $share } ({ $k } of { $n })

## Article 9
pay-heading-article-9 = Directive (EU) 2023/970, Article 9
pay-a-annual = (a) Gender pay gap (mean), annual pay level
pay-a-hourly = (a) Gender pay gap (mean), hourly pay level
pay-b = (b) Gap in complementary or variable components (mean, recipients)
pay-c-annual = (c) Median gender pay gap, annual pay level
pay-c-hourly = (c) Median gender pay gap, hourly pay level
pay-d = (d) Median gap in complementary or variable components (recipients)
pay-e = (e) Receiving complementary or variable components
pay-f-intro = (f) Quartile pay bands, ranked by { $basis }:
pay-basis-hourly = hourly pay level
pay-basis-annual = annual pay level (not every worker has an hourly rate)
pay-band-lower = Lower
pay-band-lower-middle = Lower middle
pay-band-upper-middle = Upper middle
pay-band-upper = Upper

## Article 9(g) and Article 10
pay-heading-categories = (g) By category of workers, and the Article 10 check
pay-flag-not-decided = not decided: { $reason }
pay-flag-required = required
pay-flag-justified = not required: justified
pay-flag-not-required = not required
pay-article-10 = Article 10: { $required } of { $n } published { $n ->
    [one] category
   *[other] categories
} { $required ->
    [one] shows
   *[other] show
} a difference in average pay level of at least { $threshold } in either direction that the records do not mark as justified{ $list }. A joint pay assessment is required if the difference is not remedied within six months of the report.{ $withheld }
pay-article-10-list = : { $categories }
pay-article-10-withheld = { " " }{ $w ->
    [one] The withheld category is not counted here: its check is not published either.
   *[other] The { $w } withheld categories are not counted here: their checks are not published either.
}
pay-article-10-none = Article 10: no category is published, so neither is the check of any category.
pay-justified = { $category }: justified by objective, gender-neutral criteria: { $text }

## Disclosure control of the category table
pay-categories = { $n ->
    [one] { $n } category
   *[other] { $n } categories
}
pay-disclosure-total = Disclosure control (threshold k = { $k }): the table has fewer than { $k } women or fewer than { $k } men in all, so { $n ->
    [1] neither its only category nor its total is published.
   *[other] neither its { $categories } nor its total is published.
}
pay-disclosure-none = Disclosure control (threshold k = { $k }): no category has fewer than { $k } women or fewer than { $k } men; { $n ->
    [1] the only category is published.
   *[other] all { $categories } are published.
}
pay-disclosure-some = Disclosure control (threshold k = { $k }): { $withheld } of { $categories } are not published: those with fewer than { $k } women or fewer than { $k } men, and as many others as needed so that no withheld figure can be worked out from the published total.

## UK
pay-heading-uk = UK: the six figures (SI 2017/172)
pay-uk-employees = Relevant employees: { $total } ({ $women ->
    [one] { $women } woman
   *[other] { $women } women
}, { $men ->
    [one] { $men } man
   *[other] { $men } men
}, { $others ->
    [one] { $others } other
   *[other] { $others } others
}); { $employer ->
    [yes] so a relevant employer (250 or more)
   *[no] not a relevant employer (250 or more)
}. Full-pay relevant employees: { $fullwomen ->
    [one] { $fullwomen } woman
   *[other] { $fullwomen } women
}, { $fullmen ->
    [one] { $fullmen } man
   *[other] { $fullmen } men
}.
pay-uk-mean-hourly = Mean hourly pay gap (reg. 8)
pay-uk-median-hourly = Median hourly pay gap (reg. 9)
pay-uk-mean-bonus = Mean bonus gap (reg. 10)
pay-uk-median-bonus = Median bonus gap (reg. 11)
pay-uk-bonus-proportion = Proportion receiving bonus pay (reg. 12)
pay-uk-quartiles-intro = Quartile pay bands (reg. 13), hourly rates of full-pay relevant employees:
pay-left-out = Left out: { $reason } ({ $n }).
pay-excluded-gender = non-binary or undisclosed gender: the regulations' figures are on men and women
pay-excluded-not-full-pay = not a full-pay relevant employee (reduced or nil pay because of leave): excluded from the hourly figures
pay-excluded-no-hourly = no hourly rate (neither hourly pay nor annual pay with weekly hours): excluded from the hourly figures
pay-excluded-no-bonus = bonus pay not recorded (neither bonus pay nor variable pay): excluded from the bonus figures, not counted as zero

## Inference and decomposition
pay-heading-inference = Inference (not a statutory figure)
pay-inference-note = Inference answers a different question from the statutory figures: could a gap this size arise by chance if pay did not depend on gender? The statutory gaps count every worker and are what they are.
pay-inference-not-asked = Inference was not asked for.
pay-mean-gap-annual = Mean gap, annual pay level
pay-median-gap-annual = Median gap, annual pay level
pay-bootstrap = { $name }: { $level } bootstrap interval { $low } to { $high } ({ $resamples } resamples, seed { $seed }).
pay-item-not-computable = { $name }: not computable ({ $reason }).
pay-item-not-computed = { $name }: not computed.
pay-permutation-floor = Permutation test of the mean gap: p ≤ { $p }, the smallest value { $n } permutations can give (seed { $seed }): no relabelling produced a gap as large.
pay-permutation = Permutation test of the mean gap: p = { $p } ({ $n } permutations, seed { $seed }).
pay-permutation-test = Permutation test
pay-heading-decomposition = Where the gap comes from
pay-decomposition = Of the overall mean gap of { $total }, { $between } comes from women and men being in different categories of workers and { $within } from pay differences within categories. { $method }
pay-decomposition-not-computable = The decomposition is not computable ({ $reason }).
pay-decomposition-skipped = The decomposition was not computed.
pay-decomposition-method = Shift-share decomposition of the mean gap: (mean_M - mean_F) / mean_M = between + within, with between = sum over categories c of (s_Mc - s_Fc) * mean_Mc / mean_M (composition, valued at men's category means) and within = sum over c of s_Fc * (mean_Mc - mean_Fc) / mean_M (pay differences within categories, weighted by women's distribution), where s_Mc and s_Fc are the shares of all men and of all women who are in category c. A category with women only has no within-category comparison: its whole contribution, -s_Fc * mean_Fc / mean_M, is counted as between (its reference pay is the women's own mean); a category with men only contributes s_Mc * mean_Mc / mean_M, also between; an empty category contributes nothing. The identity between + within = total gap is exact.

## Why a figure is not computable (the pay analysis carries typed reasons; its JSON output, their English text)
pay-reason-no-value = no value
pay-reason-no-women-no-men = no women and no men with a value
pay-reason-no-men = no men in the group
pay-reason-no-women = no women in the group
pay-reason-men-zero = men's value is zero, so the gap (a share of it) is undefined
pay-reason-men-tiny = men's value is so small beside the women's that the gap is not a finite number
pay-reason-one-woman = fewer than 2 women in the group: a single value has no sampling variation to resample
pay-reason-one-man = fewer than 2 men in the group: a single value has no sampling variation to resample
pay-reason-women-not-money = a value of the women is not an amount of money (a finite number, zero or more)
pay-reason-men-not-money = a value of the men is not an amount of money (a finite number, zero or more)
pay-reason-value-not-money = a value is not an amount of money (a finite number, zero or more)
pay-reason-no-resamples = no resamples were asked for
pay-reason-level = the confidence level must be strictly between 0 and 1 (e.g. 0.95)
pay-reason-no-permutations = no permutations were asked for
pay-reason-no-categories = no categories
pay-reason-category-twice = a category is listed more than once
pay-reason-no-women-any = no women in any category
pay-reason-no-men-any = no men in any category
pay-reason-no-residual-df = { $rows } workers for { $parameters } parameters: a regression needs more workers than parameters
pay-reason-one-level = the factor `{ $factor }` has one level among these workers: it tells nothing apart
pay-reason-woman-aliased = the controls tell women from men (one of them, or a combination, is the woman indicator): the regression cannot separate them
pay-reason-perfect-fit = the fit is perfect: the standard error of the coefficient is zero, so its tests are not defined
pay-reason-logib-too-few = { $employees } valid employees: Logib's standard analysis model needs at least { $min }
pay-reason-logib-no-weekly-hours = some weekly hours are missing and no usual weekly hours were given (--default-weekly-hours)
pay-reason-logib-columns = the payroll lacks columns of the Logib data sheet: { $columns }
pay-reason-logib-years-without-reference = the column { $column } holds 4-digit years and no reference year was given (--reference-year) to count them back from
pay-reason-logib-year-format = the column { $column } mixes years (4 digits) with ages or counts of years: write one or the other
pay-reason-zero-in-resamples = men's value is zero (or too small for a finite gap) in { $k } of { $n } resamples, where the gap (a share of it) is undefined
pay-reason-gap-not-computable = the mean gap is not computable ({ $reason })
pay-reason-too-many-women = more than { $max } women in the group
pay-reason-too-many-men = more than { $max } men in the group
pay-reason-too-many-splits = more than { $max } splits to enumerate: use the Monte Carlo permutation test
# A text of the pay analysis read back from its JSON output: shown as written, in every language.
pay-recorded = { $text }

## The disclosure statement carried in the JSON output (`disclosure.statement`)
pay-statement-nothing = Disclosure control (threshold k = { $k }): the table has fewer than { $k } women or fewer than { $k } men in all, so neither its { $n ->
    [1] { $categories } category
   *[other] { $categories } categories
} nor its total is published.
pay-statement-all = Disclosure control (threshold k = { $k }): no category has fewer than { $k } women or fewer than { $k } men; all { $n ->
    [1] { $categories } category
   *[other] { $categories } categories
} are published.
pay-statement-some = Disclosure control (threshold k = { $k }): { $withheld } of { $n ->
    [1] { $categories } category
   *[other] { $categories } categories
} are not published: those with fewer than { $k } women or fewer than { $k } men, and as many others as needed so that no withheld figure can be worked out from the published total.

## The quartile charts of the HTML page
pay-chart-eu-title = (f) Women's share of each quartile pay band
pay-chart-uk-title = Women's share of each quartile pay band (reg. 13)
pay-chart-desc = Women's share of each quartile pay band, lowest to highest: { $bands }.
pay-chart-band = { $band }: { $women ->
    [one] { $women } woman
   *[other] { $women } women
} and { $men ->
    [one] { $men } man
   *[other] { $men } men
} ({ $share })
pay-chart-band-empty = { $band }: nobody
pay-chart-parity = parity { $p }
pay-chart-note = Each chart is followed by its table, which gives the same figures.

## The adjusted gap (gia pay --control, --factor)
pay-heading-adjusted = The adjusted gap: women and men with the same recorded characteristics
pay-heading-adjusted-categories = Adjusted gap by category of workers
pay-adjusted-factor = { $factor } (levels measured from { $base })
pay-adjusted-intro = A least-squares regression of the log of { $outcome ->
        [hourly] hourly pay
       *[other] annual pay per full-time equivalent
    } on the characteristics the employer named ({ $controls }) and a woman indicator. The employer states that these criteria are objective and gender-neutral; this report does not judge them. Left out: { $other } workers neither women nor men, { $missing } without pay or without a characteristic, { $zero } with a pay of zero.
pay-adjusted-gap = With the same characteristics, women are paid { $gap } compared with men (a negative figure: less), 95% interval { $low } to { $high }, Kennedy's estimate { $kennedy }, p { $p }; { $women } women and { $men } men. Together the characteristics and sex explain { $r2 } of the variance of log pay.
pay-adjusted-not-computable = The adjusted gap is not computable ({ $reason }).
pay-oaxaca-intro = Blinder–Oaxaca decomposition of the gap in mean log pay between men and women ({ $gap }, close to a gap in percent): endowments (different characteristics) { $endowments }, coefficients (different pay for the same characteristics) { $coefficients }, interaction { $interaction }. How much is explained depends on the pay structure taken as the reference:
pay-oaxaca-reference = { $reference ->
        [men] men's pay structure
        [women] women's pay structure
        [reimers] the mean of both (Reimers)
        [cotton] both, weighted by headcount (Cotton)
        [neumark] a regression on everyone (Neumark)
       *[other] a regression on everyone with a woman indicator
    }
pay-col-reference = Reference
pay-col-explained = Explained
pay-col-unexplained = Unexplained
pay-col-adjusted-gap = Adjusted gap
pay-col-interval = 95% interval
pay-col-p = p-value

## The joint pay assessment (Art. 10(2))
pay-heading-joint = Joint pay assessment (Article 10)
pay-joint-intro = A joint pay assessment with the workers' representatives is due for each category below: its mean gap reaches { $threshold } and the records give no justification by objective, gender-neutral criteria (unless the difference is remedied within six months). Points (a) to (f) of Article 10(2):
pay-joint-point = ({ $letter })
pay-joint-shares = { $women } women ({ $women_share }) and { $men } men ({ $men_share }).
pay-joint-pay = Average annual basic pay: women { $basic_women }, men { $basic_men }; average complementary or variable components: women { $variable_women }, men { $variable_men }.
pay-joint-differences = Differences (men − women, as a share of men's): basic pay { $basic }, variable components { $variable }, pay level { $level }.
pay-joint-reasons = Within the category, with the characteristics the employer named: { $adjusted } What the characteristics do not explain is the gap to account for.
pay-joint-reasons-none = No analysis of the reasons: name the characteristics the employer holds to be objective and gender-neutral with `gia pay --control COL --factor COL`.
pay-joint-leave = Pay improvements after a return from maternity, paternity, parental or carers' leave: not in the payroll records; to be added by the employer.
pay-joint-measures = Measures: { $measures } Evaluation of earlier measures: { $evaluation }
pay-joint-measures-none = No measures recorded: give them with `gia pay --measures FILE` (a JSON array of { "{" }"category", "measures", "evaluation"{ "}" }).
pay-joint-category = Category { $category }

## Logib's standard analysis model (gia pay --preset logib)
pay-heading-logib = Logib's standard analysis model (Switzerland)
pay-logib-sample = { $employees } employees analysed ({ $women } women, { $men } men); left out: { $population } outside the statistical population, { $invalid } failing a check of the data sheet, { $no_salary } without a salary. Full time: { $hours } hours a week, the most frequent.
pay-logib-years = Counted back from the reference year: { $age ->
    [yes] ages from years of birth
   *[no] {""}
}{ $age ->
    [yes] { $service ->
        [yes] {", "}
       *[no] {""}
    }
   *[no] {""}
}{ $service ->
    [yes] years of service from years of entry
   *[no] {""}
}.
pay-logib-effect = Under otherwise equal circumstances (training, service, potential experience, level of requirements, professional position), women's standardised salary differs from men's by { $kennedy } (Kennedy's estimate; coefficient { $coefficient }, standard error { $se }, t { $t }, { $df } degrees of freedom, p { $p }; R² { $r2 }).
pay-logib-rating = Rating { $rating ->
        [1] 1: no significant difference at 5%.
        [2] 2: significant, within the target value of 2.5%.
        [3] 3: significant, above the target value of 2.5% and within the limit value of 5%.
       *[other] 4: significant, above the limit value of 5%.
    }
pay-logib-tolerance = Tolerance test used before 2024 (is 5% significantly exceeded?): { $exceeded ->
        [yes] yes
       *[other] no
    } (one-sided p { $p }).
pay-logib-not-computable = Logib's model is not computable ({ $reason }).
pay-category-none = (no category)

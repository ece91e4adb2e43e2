# en: the égapro section of the pay report (`gia pay --profile fr`, src/report/pay_egapro.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.

egapro-heading = France: indicators A–G as égapro reads them
egapro-intro = égapro's conventions (the French administration's platform, source github.com/SocialGouv/egapro at commit { $commit }): each gap is (men − women) / men, signed (positive when men are paid more); a gap is significant from 5% in either direction, and égapro rates it high from 5% in favour of men only.
egapro-calendar = Headcount { $employees } ({ $from ->
        [given] given with --employees
       *[payroll] the payroll's rows; égapro uses the annual average workforce: give it with --employees
    }): { $size ->
        [voluntary] fewer than 50, the declaration is voluntary
        [triennial] 50 to 99, a declaration every third year (2027, 2030…)
       *[annual] 100 or more, a declaration every year, with the CSE's opinion
    }.
egapro-calendar-year = Declaration year { $year }: the declaration of A–F is { $declaration ->
        [yes] due
       *[no] not due
    }; indicator G is { $g ->
        [yes] due
       *[no] not due
    }.
egapro-calendar-no-year = No declaration year was given (--year): whether the declaration and indicator G are due that year is not decided.
egapro-col-indicator = Indicator
egapro-col-gap = Gap
egapro-col-significant = Significant (5% either way)
egapro-col-level = égapro's level
egapro-col-women-share = Women (4 decimals)
egapro-col-men-share = Men (4 decimals)
egapro-row-a-annual = A. Mean gap, annual pay level
egapro-row-a-hourly = A. Mean gap, hourly pay level
egapro-row-b = B. Mean gap, variable or complementary pay
egapro-row-c-annual = C. Median gap, annual pay level
egapro-row-c-hourly = C. Median gap, hourly pay level
egapro-row-d = D. Median gap, variable or complementary pay
egapro-yes = yes
egapro-no = no
egapro-level-high = high
egapro-level-low = low
egapro-not-computable = not computable (see Article 9)
egapro-e = E (égapro): women are { $women } of the { $recipients } recipients of variable or complementary pay ({ $share }).
egapro-e-none = E (égapro): nobody receives variable or complementary pay; the share of women among recipients is not computable.
egapro-quartiles-annual = F. Quartiles of the annual pay level, lowest first (shares rounded to 4 decimals, as égapro rounds them):
egapro-quartiles-hourly = F. Quartiles of the hourly pay level, lowest first:
egapro-quartile = Quartile { $n }
egapro-top = Top quartile: { $share } women ({ $with_hourly ->
        [yes] the mean of the annual and the hourly quartile
       *[no] the annual quartile
    }): { $balance ->
        [balanced] balanced (45% to 55% women)
        [women] women under-represented (below 45%)
       *[men] men under-represented (above 55% women)
    }.
egapro-top-empty = Top quartile: empty; its balance is not computable.
egapro-g = Indicator G (gaps by category of workers) is confidential in égapro: sent to the administration, not published. { $categories ->
        [one] One category
       *[other] { $categories } categories
    }; { $above } with a gap in basic or variable pay of 5% or more in favour of men. The values are in the JSON output (--format json); the directive's table (g) above is for the workers and their representatives, not for publication.
egapro-compliance = Compliance path (parcours de mise en conformité): { $required ->
        [yes] required
        [no] not required
       *[open] not decided without a declaration year
    }. It opens for an employer of 100 or more ({ $size }) that owes indicator G that year ({ $g_due }) and has a category gap of 5% or more in favour of men ({ $gap }).
egapro-condition-unknown = not known
egapro-departures = Where égapro departs from the directive (Directive (EU) 2023/970, Article 9 and 10):
egapro-departure-e = E is the share of women among the recipients of variable or complementary pay; the directive asks for the share of women who receive it and the share of men who do (both are in the Article 9 table).
egapro-departure-level = égapro rates a gap "high" from 5% in favour of men only; a gap of 5% in favour of women is "low" (égapro issue #3963 contests it). The directive's threshold (Article 10) reads "at least 5%", which this crate applies in either direction.
egapro-departure-compliance = The compliance path opens on category gaps in favour of men only; the joint pay assessment of Article 10 follows a difference in either direction.
egapro-departure-quartiles = Indicator F is given on the annual and on the hourly pay level, shares rounded to 4 decimals; the directive names quartile pay bands without a basis or a rounding.
egapro-departure-top-quartile = The top quartile is rated against a band of 45% to 55% women, which the directive does not have.
egapro-departure-calendar = The calendar: a declaration of A–F every year from 100 employees and every third year from 50; G every year from 250, every third year from 150 (from 2027) and from 50 (from 2030). The directive's cadence (recalled, not read here: every year from 250; every third year from 150, from 2027, and from 100, from 2031) is the same for every indicator.

## Usage errors of gia pay --profile fr (exit code 2)
egapro-error-employees = --employees: expected a headcount of 0 or more, found { $value }
egapro-error-year = --year: expected a declaration year from { $first } (égapro's indicators A–G; the years before had the Index, not computed here) to 9999, found { $year }
egapro-error-fr-only = --{ $flag } applies to --profile fr only (égapro's calendar)

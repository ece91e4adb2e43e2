# English messages of the reports (the reference: French and Spanish have the same ids).
# Numbers given as arguments are written by the library (digit grouping, decimal point);
# percentages come preformatted.

## Ratings (UN-SWAP scale)
rating-exceeds = exceeds requirements
rating-meets = meets requirements
rating-approaches = approaches requirements
rating-missing = missing requirements
rating-not-applicable = not applicable
rating-insufficient-data = insufficient data
rating-sentence = Rating: { $rating }.

## Document
report-title = Gender-impact assessment: { $organisation }, { $period }
report-period-range = { $start } to { $end }
report-framework = Framework: { $framework } (`{ $id }`, version { $version }). Produced by { $tool } { $toolversion }.
report-source = Source: { $source }
report-language-note = Names of bodies, grades and sources are quoted as the records give them.
heading-summary = Summary
heading-key-findings = Findings that matter most
heading-findings = All findings
heading-bodies = Statutory bodies
heading-staff = Staff by grade
heading-indicators = Indicators
heading-other-indicators = Other indicators (not rated by the framework)
heading-published = Published figures
heading-data-quality = Data quality
heading-method = Method
heading-contents = Contents
no-findings = No findings: the records hold no bodies or staff to assess.
no-warnings = No warnings.
no-staff-grades = The records give no staff by grade.

## Summary
overall-rating = Overall rating: { $rating }
overall-score = score { $score } of 3
overall-derivation = Weighted mean of the pillar scores (pillar weights from the framework) = { $score }, rounded down to a rating.
overall-not-rated = Not rated, and left out rather than counted as zero: { $pillars }. The overall rating therefore covers only part of the framework.
overall-none = No pillar could be rated from the records.
pillar-derivation = Weighted mean of the { $rated } rated indicators' scores (missing 0, approaches 1, meets 2, exceeds 3) = { $score }, rounded down to a rating; { $meets } of { $rated } meet or exceed requirements.
pillar-left-out = { $count ->
    [one] { $count } indicator left out as not rated.
   *[other] { $count } indicators left out as not rated.
}
pillar-no-criterion = The framework sets no criterion for this pillar yet, so it is not rated.
pillar-none-rated = No indicator of this pillar could be rated from the records.
col-pillar = Pillar
col-rating = Rating
col-score = Score (0–3)
col-rated = Rated indicators
col-meets = Meet or exceed
col-derivation = How it was derived
col-indicator = Indicator
col-id = Id
col-value = Value
col-count = Count
col-undisclosed = Undisclosed
undisclosed-fewer = fewer than { $k }
col-interval = Interval
col-p = p
col-organisation = Organisation
col-grade = Grade
col-women = Women
col-others = Men and non-binary people
col-known = Known gender
col-share = Women's share
col-range = Range of the share
col-organisations = Organisations

## Pillars and frameworks of the built-in frameworks (used when the framework's own text is the English one)
framework-metropolis = Metropolis gender mainstreaming strategy
framework-eu-gender-balance = EU gender balance (Directive (EU) 2022/2381)
pillar-metropolis-leadership = Women's leadership in the statutory bodies
pillar-metropolis-awareness = Awareness initiatives on gender issues
pillar-metropolis-policies = Policies, strategies and instruments identified and shared
pillar-metropolis-secretariat = Gender balance in the general secretariat
pillar-eu-gender-balance-balance = Gender balance
framework-general = General gender-impact framework
pillar-general-bodies = Gender balance in statutory bodies, boards and assemblies
pillar-general-staff = Gender balance in the staff and its grades
pillar-general-initiatives = Gender equality in the organisation's initiatives

## Indicator titles
title-body-women-share = Women's share of filled seats: { $name }
title-body-leadership-women-share = Women's share of leadership roles: { $name }
title-body-presidency-woman = Presidency held by a woman: { $name }
title-body-unfilled-seats = Seats vacant or not recorded: { $name }
title-body-undisclosed = Members with undisclosed gender: { $name }
title-body-seats-short = Seats the under-represented gender still needs: { $name }
title-staff-women-share = Women's share of staff: { $name }
title-staff-grade-women-share = Women's share of grade: { $name }
title-staff-management-women-share = Women's share of management grades: { $name }
title-staff-glass-ceiling-ratio = Glass-ceiling ratio: { $name }
title-staff-undisclosed = Staff with undisclosed gender: { $name }
staff-unnamed-name = Staff
title-staff-women-share-unnamed = Women's share of staff
title-staff-management-women-share-unnamed = Women's share of management grades
title-staff-glass-ceiling-ratio-unnamed = Glass-ceiling ratio
title-staff-undisclosed-unnamed = Staff with undisclosed gender

## Values
value-yes = yes
value-no = no
value-not-computable = not computable: { $reason }
value-withheld-small = withheld: fewer than { $k } women or { $k } men
value-withheld-derived = withheld: computed from a withheld figure
value-withheld-complementary = withheld so that other withheld figures cannot be worked out
value-withheld-small-count = withheld: fewer than { $k } people
count-of = { $k } of { $n }
p-below = < { $p }
p-versus = { $p } (vs { $reference })
small-count-mark = † fewer people than the small-count threshold
reason-aggregate-counts = the body is recorded as aggregate counts, so roles are unknown
reason-no-leader = no member holds a leadership role ({ $roles })
reason-no-president = no member has the role `president`
reason-president-undisclosed = the president's gender is undisclosed
reason-no-seats = the number of seats is not recorded
reason-body-no-known = no member of the body has a known gender
reason-leaders-no-known = no leader of the body has a known gender
reason-staff-no-known = no member of staff has a known gender
reason-grade-no-known = nobody with a known gender in this grade
reason-management-no-known = nobody with a known gender in the management grades
reason-no-management = no grade is marked as a management grade
reason-glass-no-known = nobody with a known gender in management or in the staff
reason-no-women = there are no women on the staff, so the ratio is undefined
reason-not-finite = the ratio is not a finite number
indicators-intro = Shares are over people whose gender is known; the interval is the { $method } { $level } interval for the underlying rate, and p is the exact two-sided binomial test against the reference share (default { $reference }). † marks counts below the small-count threshold ({ $threshold }).
people-known = { $n ->
    [one] { $n } person whose gender is known
   *[other] { $n } people whose gender is known
}

## Interval methods
method-wilson = Wilson
method-clopper-pearson = Clopper-Pearson
method-jeffreys = Jeffreys
method-wilson-long = Wilson score interval
method-clopper-pearson-long = Clopper-Pearson exact interval
method-jeffreys-long = Jeffreys interval (equal-tailed, with the Brown-Cai-DasGupta boundary modification)

## Findings
finding-body-women-share = { $name }: women hold { $k } of { $n } { $n ->
    [one] seat
   *[other] seats
} ({ $share }).
finding-body-leadership = { $name }: women hold { $k } of { $n } { $n ->
    [one] leadership role
   *[other] leadership roles
} ({ $share }).
finding-presidency-woman = { $name }: the presidency is held by a woman.
finding-presidency-man = { $name }: the presidency is not held by a woman.
finding-unfilled-seats = { $name }: { $seats } seats, but the records list { $filled } { $filled ->
    [one] member
   *[other] members
}; { $unfilled ->
    [one] { $unfilled } seat is vacant or not recorded.
   *[other] { $unfilled } seats are vacant or not recorded.
}
finding-unfilled-seats-only = { $name }: { $unfilled ->
    [one] { $unfilled } seat is vacant or not recorded.
   *[other] { $unfilled } seats are vacant or not recorded.
}
finding-seats-short = { $name }: to reach the { $target } target (rounded as Directive (EU) 2022/2381 does), the under-represented gender needs { $short } more { $short ->
    [one] seat
   *[other] seats
}.
finding-seats-reached = { $name }: the under-represented gender holds at least the seats needed for the { $target } target.
finding-staff-women-share = { $name }: women are { $k } of { $n } staff ({ $share }).
finding-staff-women-share-unnamed = Women are { $k } of { $n } staff ({ $share }).
finding-grade-women-share = Grade { $name }: women are { $k } of { $n } ({ $share }).
finding-management-women-share = Women hold { $k } of { $n } management { $n ->
    [one] post
   *[other] posts
} ({ $share }).
finding-glass-ceiling = Women's share in management is { $ratio } times their share of all staff.

## Published figures
relation-under = under { $figure }
relation-over = over { $figure }
reconcile-agrees = The published figure ({ $figure }) for { $title } agrees with the records: { $records }.
reconcile-disagrees = The published figure ({ $figure }) for { $title } does not agree with the records, which give { $records }: a discrepancy beyond rounding.
reconcile-unchecked = The published figure ({ $figure }) for { $title } cannot be checked: the records give no value.
reconcile-records = { $k } of { $n } ({ $share })
reconcile-no-value = no value
reconcile-source = Source: { $source }
label-value = { $label }: { $value }
mark-agrees = agrees
mark-discrepancy = discrepancy
mark-unchecked = cannot be checked

## Data-quality warnings
warning-small-count = { $title }: only { $n ->
    [one] { $n } person
   *[other] { $n } people
} with a known gender; one person moves the share by { $points } points. Read the counts, not only the percentage; people may be identifiable.
warning-undisclosed = { $title }: { $u } of { $total } people ({ $share }) have an undisclosed gender, above the { $threshold } threshold; the share is taken over the { $n } others.
warning-undisclosed-few = { $title }: fewer than { $k } people have an undisclosed gender (the number is withheld), above the { $threshold } threshold; the share is taken over the others.
warning-undisclosed-withheld = { $title }: more than { $threshold } of the people have an undisclosed gender (their number is withheld so that other withheld figures cannot be worked out); the share is taken over the others.
warning-uncertain = { $name }: the gender of { $count ->
    [one] { $count } record
   *[other] { $count } records
} is uncertain ({ $women } recorded as { $women ->
    [one] a woman
   *[other] women
}, { $men } as { $men ->
    [one] a man
   *[other] men
}; see the notes at { $pointer }). Had each been recorded otherwise, women's share would lie between { $low } and { $high } instead of { $share }.
warning-unfilled = { $name }: { $seats } seats but { $filled } members recorded; the shares are over the members recorded, and the { $other } other seats could change them.
warning-unfilled-only = { $name }: { $other ->
    [one] { $other } seat is vacant or not recorded; the shares are over the members recorded, and it could change them.
   *[other] { $other } seats are vacant or not recorded; the shares are over the members recorded, and they could change them.
}
warning-unmatched = A published figure refers to `{ $id }`, which no indicator of this assessment produced; it could not be reconciled.
warning-not-computable = { $title }: not computable ({ $reason }), so it is not rated.

reason-withheld = withheld (disclosure control, k = { $k })
disclosure-off = Disclosure control is off (threshold k ≤ 1): every figure is published.
disclosure-scope-staff = staff (statutory bodies are public offices and are published in full)
disclosure-scope-all = staff and statutory bodies
disclosure-none = Disclosure control (threshold k = { $k }, { $scope }): no group has fewer than { $k } women or fewer than { $k } men; nothing is withheld.
disclosure-some = Disclosure control (threshold k = { $k }, { $scope }): { $n ->
    [one] { $n } indicator is withheld
   *[other] { $n } indicators are withheld
}: those about groups with fewer than { $k } women or fewer than { $k } men, those computed from them, and as many others as needed so that none can be worked out from the published totals. Counts of undisclosed gender from 1 to { $k1 } are withheld too.

## Method notes
note-shares = Shares of women are taken over the people whose gender is known (women, men and non-binary people); people whose gender is undisclosed are counted beside each share.
note-census = A body's or a staff's records are usually a complete count, not a sample: the share is then a fact, with no sampling error. The interval and the test answer a different question: could a gender-neutral selection process have produced this composition? The interval is the range of underlying rates compatible with the count; the test asks whether the count is compatible with the reference share.
note-intervals = Intervals: { $method } at { $level }; tests: exact two-sided binomial test (the sum of the probabilities of all outcomes no more likely than the one observed, as R's binom.test computes it) against the reference share ({ $reference } unless a body gives its own pool share).
note-ratings = Ratings follow the framework `{ $id }` version { $version } on the UN-SWAP scale (exceeds, meets, approaches, missing); indicators the framework does not rate are marked not applicable.
note-small = Counts below { $threshold } are flagged as small: a single person moves the share a long way, and people may be identifiable.
note-charts = The charts show women's share of each body with the 40–60% balance band and the 50% parity line, and the staff of each grade, women to the left and men and non-binary people to the right; each chart has a table or a text with the same figures.

## Charts
chart-body = { $name }: women hold { $share } of the seats ({ $k } of { $n }); balance band 40–60%, parity at 50%.
chart-women = women
chart-balance-band = balance band 40–60%
chart-parity = parity 50%
chart-pyramid = Staff by grade, from the first grade listed to the last: { $grades }.
chart-pyramid-grade = { $name }: { $women } women, { $others } men and non-binary people
chart-distribution = { $title }: the number of organisations in each band of women's share, from 0–10% to 90–100%.
chart-distribution-band = { $low }–{ $high }: { $count }

## Comparative report of a network
network-title = Comparative gender-impact assessment: { $name }
network-unnamed = a network of organisations
network-count = { $count ->
    [one] { $count } organisation assessed.
   *[other] { $count } organisations assessed.
}
network-overall = Overall ratings
network-per-indicator = By indicator
network-median = Median share { $median }; { $balanced } of { $count } { $count ->
    [one] organisation
   *[other] organisations
} within the 40–60% balance band.
network-table-limit = The table lists the { $shown } organisations with the lowest shares and the { $shown } with the highest, of { $count }; the chart and the band table cover them all.
network-band = Band of women's share

## Command line
cli-written = Written: { $path }

## Awareness initiatives
title-initiatives-count = Initiatives recorded
title-initiatives-marker-principal = Initiatives with gender equality as principal objective (DAC marker 2)
title-initiatives-marker-targeted = Initiatives targeting gender equality (DAC marker 1 or 2)
title-initiatives-marker-unscreened = Initiatives not screened with the gender marker
title-initiatives-participants = Participants counted at initiatives
title-initiatives-participants-women-share = Women's share of participants
title-initiatives-speakers-women-share = Women's share of speakers and trainers
title-initiatives-all-male-panels = All-male panels
title-initiatives-audience-missing = Initiatives without audience figures
reason-no-initiative = no initiative is recorded
reason-no-audience = no initiative has audience figures
reason-no-participant-gender = no participant's gender is recorded
reason-no-speakers = no initiative records its speakers
reason-no-speaker-gender = no speaker's gender is recorded
finding-initiatives-count = { $n ->
    [one] { $n } initiative is recorded.
   *[other] { $n } initiatives are recorded.
}
finding-initiatives-principal = { $k ->
    [one] { $k } of { $n } initiatives has gender equality as its principal objective (DAC marker 2: { $share }).
   *[other] { $k } of { $n } initiatives have gender equality as their principal objective (DAC marker 2: { $share }).
}
finding-initiatives-targeted = { $k ->
    [one] { $k } of { $n } initiatives targets gender equality (DAC marker 1 or 2: { $share }).
   *[other] { $k } of { $n } initiatives target gender equality (DAC marker 1 or 2: { $share }).
}
finding-initiatives-unscreened = { $k ->
    [one] { $k } of { $n } initiatives has no gender marker (not screened); it is counted as not shown to target gender equality.
   *[other] { $k } of { $n } initiatives have no gender marker (not screened); they are counted as not shown to target gender equality.
}
finding-initiatives-participants = { $k } participants are counted at { $with } of { $n } initiatives.
finding-initiatives-participants-at-least = At least { $k } participants are counted at { $with } of { $n } initiatives.
finding-initiatives-participants-women = Women are { $k } of { $n } participants whose gender is recorded ({ $share }).
finding-initiatives-speakers-women = Women are { $k } of { $n } speakers and trainers whose gender is recorded ({ $share }).
finding-initiatives-all-male = { $k ->
    [one] { $k } all-male panel among the initiatives that record their speakers.
   *[other] { $k } all-male panels among the initiatives that record their speakers.
}
finding-initiatives-audience-missing = Audience figures are missing for { $k } of { $n } initiatives ({ $share }): their participants are unknown, not zero.

## Policies shared
title-policies-identified = Policies identified
title-policies-documented = Policies documented
title-policies-shared = Policies shared
title-policies-shared-share = Share of identified policies that were shared
title-policies-members-reached = Members reached by shared policies
title-policies-adoptions = Adoptions by other members
reason-no-policy = no policy is recorded
reason-no-members-reached = no policy gives the number of members reached
reason-no-adoptions-followed = no policy's adoptions are followed up
finding-policies-identified = { $n ->
    [one] { $n } policy favouring gender equality is identified.
   *[other] { $n } policies favouring gender equality are identified.
}
finding-policies-shared = { $k ->
    [one] { $k } of { $n } identified policies was shared.
   *[other] { $k } of { $n } identified policies were shared.
}
finding-policies-members-reached = Shared policies reached { $k } members (summed over the policies that give the figure).
finding-policies-adoptions = { $k ->
    [one] { $k } adoption by other members is recorded (over the policies whose adoptions are followed).
   *[other] { $k } adoptions by other members are recorded (over the policies whose adoptions are followed).
}

## Projects and resources
title-projects-count = Projects recorded
title-projects-marker-targeted = Projects targeting gender equality (DAC marker 1 or 2)
title-projects-budget-targeted = Project budget targeting gender equality (DAC marker 1 or 2)
title-projects-outcomes-on-track = Gender outcomes met or on track
title-projects-outcomes-not-assessable = Gender outcomes that cannot be assessed
reason-no-project = no project is recorded
reason-project-budget-missing = not every project gives its budget
reason-project-budget-zero = the projects' budgets add up to 0
reason-no-outcome = no project records a gender outcome
reason-no-assessable-outcome = no outcome has the baseline, target, observed value and dates needed
finding-projects-count = { $n ->
    [one] { $n } project is recorded.
   *[other] { $n } projects are recorded.
}
finding-projects-targeted = { $k ->
    [one] { $k } of { $n } projects targets gender equality (DAC marker 1 or 2: { $share }).
   *[other] { $k } of { $n } projects target gender equality (DAC marker 1 or 2: { $share }).
}
finding-projects-on-track = { $k } of { $n } gender outcomes that can be assessed are met or on track ({ $share }).
finding-projects-not-assessable = { $k ->
    [one] { $k } gender outcome cannot be assessed: a baseline, target, observed value or date is missing.
   *[other] { $k } gender outcomes cannot be assessed: a baseline, target, observed value or date is missing.
}

## Composite: contributions and sensitivity
contributions = Contributions to the overall score (pillar weight × pillar score ÷ the weights of the rated pillars): { $list }.
contribution-item = { $pillar } { $value }
sensitivity-stable = Sensitivity: moving any one of the { $weights } weights (pillars and criteria) 20% down or up ({ $cases } cases) leaves the overall rating unchanged (scores from { $low } to { $high }).
sensitivity-unstable = Sensitivity: moving one weight 20% down or up changes the overall rating in { $changed } of { $cases } cases: { $list }.
sensitivity-case-pillar = the weight of “{ $pillar }” × { $factor } gives { $rating } ({ $score })
sensitivity-case-criterion = the weight of `{ $indicator }` in “{ $pillar }” × { $factor } gives { $rating } ({ $score })
sensitivity-none = Sensitivity: there is no overall rating to test.

## Progress over time
heading-progress = Progress over time
progress-intro = Periods: { $periods }. A change is this period's value minus the previous one's (for shares, in percentage points), with Newcombe's { $level } interval and Fisher's exact two-sided test of one unchanged rate (the z-test beyond a million tables); both treat the periods as independent samples. A break stands where a definition changed (a body's seats or kind, an indicator's definition version): no change is computed across it.
col-period = Period
col-change = Change
col-change-interval = Interval of the change
progress-no-records = no records
progress-points = { $points } points
progress-p-exact = { $p } (Fisher)
progress-p-z = { $p } (z-test)
progress-break = break: { $reason }
break-seats = the seats of { $name } changed from { $from } to { $to }
break-kind = { $name } changed kind from { $from } to { $to }
break-definition = the definition of `{ $name }` changed from { $from } to { $to }
break-unknown = unknown
break-default = the default
chart-series = { $title }, by period: { $points }.
chart-series-point = { $period }: { $value }
heading-targets = Targets
target-level-none = no level stated
target-status-met = already met
target-status-on-track = on track
target-status-off-track = off track
target-status-too-early = too early to say (a single value since the series began or broke)
target-status-no-level = no level is stated, so progress cannot be rated
target-line = Target `{ $id }` ({ $level } by { $by }): { $title }, { $latest } in { $period }: { $status }.
target-seats = Women hold { $held } of { $seats } seats and need { $needed } ({ $short } more).
target-no-data = Target `{ $id }` ({ $level } by { $by }): no period has a value for `{ $indicator }`.
target-source = Source: { $source }

## People in the records (only with --show-names)
heading-people = People in the records (names shown on request)
people-warning = Personal data: this section is printed only when asked for (`--show-names`). Do not publish it.
people-group = Group
people-index = #
people-name = Name
people-title = Title
people-gender = Gender
people-uncertain = Gender uncertain
people-role = Role
people-gender-woman = woman
people-gender-man = man
people-gender-non-binary = non-binary
people-gender-undisclosed = undisclosed

# en: problems in framework and network documents and in published figures (src/framework.rs, src/network.rs, src/assessment.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.

## Frameworks (src/framework.rs)
doc-no-pillars = expected at least 1 pillar, found none
doc-small-count-zero = expected a number of at least 1, found 0
doc-pillar-id-repeated = expected a unique pillar id, found `{ $id }` again
doc-weight-out-of-range = expected a positive weight of at most 1000000, found one that is not
doc-indicator-key-empty = expected an indicator key, found an empty text
doc-no-bands = expected at least 1 band, found none
# $min and $max: the bounds as the document writes them.
doc-band-min-above-max = expected `min` not above `max`, found min { $min } and max { $max }

## Networks (src/network.rs)
doc-network-name = expected free text: not blank, at most { $max } characters, found a value that is not

## Indicators and published figures (src/assessment.rs)
doc-indicator-id-repeated = expected unique indicator ids, found `{ $id }` produced twice
doc-reported-decimals = expected at most 6 decimal places, found { $found }
doc-reported-percent-range = expected a percentage from 0 to 100, found one outside that range
doc-reported-count-negative = expected a count of at least 0, found a negative number
doc-reported-indicator-unknown = expected the id of an indicator these records allow (such as `{ $example }`), found `{ $found }`
# $expected and $found: `percent` or `count`, the values of the document's `unit` field.
doc-reported-unit = expected `{ $expected }` for indicator `{ $indicator }`, found `{ $found }`

# The input template (gia init): example texts, to be replaced.
template-organisation = Your organisation
template-source = Where the figures come from (report, register, date)
template-board = Board of directors
template-board-note = One row per member; a seat left empty is counted from `seats`
template-staff = Staff
template-grade-director = Director
template-grade-officer = Officer
template-initiative = Training on gender equality for the managers
template-initiative-note = Replace with your initiatives (kinds: training, session, workshop, campaign…)
template-policy = Care leave policy
template-origin = Where the policy comes from (a city, a member, a partner)
template-evidence = The document that shows the stage was reached
template-project = Urban mobility project
template-outcome = Women among the project's drivers
template-fund = Fund for gender equality

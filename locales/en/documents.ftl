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

## Records workbooks (src/document/workbook)
workbook-too-many-cells = expected at most { $max } non-empty cells in the workbook, found more: save the records as JSON
workbook-column-twice = expected each column once in the header, found `{ $column }` again
workbook-root-header = expected the sheet `{ $sheet }` to have the columns `field` and `value` in its first row, found other names
workbook-field-twice = expected each field once, found `{ $field }` again
workbook-field-conflict = expected `{ $field }` to hold a value of its own, found it already holds a list or an object (or stands inside a value)
workbook-key-column-missing = expected the sheet `{ $sheet }` to have a column `{ $table }.id` (or `{ $table }.#`) naming the row of the sheet `{ $table }` each row belongs to, found none
workbook-key-empty = expected the { $table } this row belongs to, found an empty cell
workbook-key-unknown = expected the { $kind ->
        [id] id
       *[other] position (from 1)
    } of a row of the sheet `{ $table }`, found `{ $key }`, which none has
workbook-cannot-write = expected values a workbook can hold, found one it cannot: { $reason }
workbook-array-in-array = expected lists of entries or of plain values, found a list inside a list, which no sheet can hold
workbook-about-title = How this workbook is laid out
workbook-about-sheets = Each sheet is a table of the records. The sheet `organisation` holds the organisation, the period and the other single fields, one per row (field, value). Every other sheet holds one list (bodies, bodies.members, staff.members, initiatives…): one row per entry, one column per field.
workbook-about-keys = A row of a nested list names the row it belongs to in its first columns: `bodies.id` is the id of a body of the sheet `bodies`; `periods.#` is the position of a row of the sheet `periods` (1 for the first).
workbook-about-cells = Leave a cell empty when there is no value. A column with a drop-down list accepts only its values. Write dates as YYYY-MM-DD. Sheets whose name begins with _ are not read.
workbook-about-check = Check the workbook with `gia validate FILE.xlsx`: every problem is shown at its cell, for example bodies.members!C12 (gender).
workbook-about-head-sheet = Sheet
workbook-about-head-column = Column
workbook-about-head-required = Required
workbook-about-head-values = Values
workbook-about-head-description = Description (from the published schema, in English)
workbook-about-yes = yes
workbook-about-key = The { $kind ->
        [id] id
       *[other] position (from 1)
    } of the row of the sheet `{ $table }` this row belongs to.
workbook-unknown-sheet = expected a sheet named after a list of the records (bodies, bodies.members, staff.members, initiatives…; the sheet _about of `gia init FILE.xlsx` lists them all), found the sheet `{ $sheet }` (a payroll is read with `gia pay`)
workbook-unknown-column = expected a column named after a field of `{ $sheet }` (the nearest is `{ $nearest }`), found `{ $column }`; the column is not read
workbook-no-root = expected a sheet `{ $sheet }` holding the organisation, the period and the other single fields (columns `field` and `value`), found none
workbook-too-large = expected a workbook of at most { $max } MB, found a larger one: keep records this large as JSON (`gia convert` cannot read it either)

# en: problems in a JSON input document (src/validate.rs, src/limits.rs, src/input.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# The English messages keep the house pattern "expected X, found Y". Numbers the English text
# has always written without digit grouping come as `$…_raw` texts (and `$limit`); the same
# numbers come as counts (`$n`, `$line`…) or as `$limit_fr`/`$limit_es` for the other languages.

## Helpers (message references share the arguments of the message that uses them)
# The JSON type of the value found ($found) and of the value expected ($expected, $expected2).
input-type-found = { $found ->
    [null] null
    [boolean] a boolean
    [integer] an integer
    [number] a number
    [string] a string
    [array] an array
    [object] an object
   *[other] a value of another type
}
input-type-expected = { $expected ->
    [null] null
    [boolean] a boolean
    [integer] an integer
    [number] a number
    [string] a string
    [array] an array
    [object] an object
   *[other] a value of another type
}
input-type-expected2 = { $expected2 ->
    [null] null
    [boolean] a boolean
    [integer] an integer
    [number] a number
    [string] a string
    [array] an array
    [object] an object
   *[other] a value of another type
}
# One of serde_json's fixed messages ($detail is its key; $text is serde_json's English text).
input-syntax-detail = { $text }

## The document as a whole
input-too-many-problems = expected at most { $n_raw } problems to list, found more: only { $n_raw } are listed
input-too-many-values = expected at most { $n_raw } values (numbers, texts, arrays, objects...) to list every problem, found more: only the first problem is listed
input-document-too-large = expected a document of at most { $max_raw } bytes, found { $size_raw } bytes
input-nesting-depth = expected arrays and objects nested at most { $depth_raw } deep, found deeper nesting at line { $line_raw } column { $column_raw }
input-number-range = expected a number that fits a 64-bit float (at most about 1.8e308 in size), found one out of range at line { $line_raw } column { $column_raw }
input-syntax = expected a JSON document, found a syntax error at line { $line_raw } column { $column_raw } ({ $kind ->
    [eof] the document ends too early
    [syntax] malformed JSON
    [io] could not be read
   *[data] unexpected data
}: { $text })
input-rejected = expected a valid document, found one the parser rejects without a reason

## Structure (the JSON Schema)
input-type = expected { input-type-expected }, found { input-type-found }
input-type-two = expected { input-type-expected } or { input-type-expected2 }, found { input-type-found }
input-type-many = expected { $list }, found { input-type-found }
input-required = expected this required field, found it missing
input-unknown-field = expected a known field (one of { $fields }), found an unknown field
input-unknown-field-bare = expected a known field, found an unknown field
input-enum-value = expected one of { $options }, found "{ $value }"
input-enum-type = expected one of { $options }, found { input-type-found }
input-minimum = expected a number of at least { $limit }, found a smaller one
input-maximum = expected a number of at most { $limit }, found a larger one
input-exclusive-minimum = expected a number greater than { $limit }, found one that is not
input-exclusive-maximum = expected a number less than { $limit }, found one that is not
input-min-length = expected a text of at least { $n_raw } character(s), found a shorter one
input-max-length = expected a text of at most { $n_raw } characters, found a longer one
input-min-items = expected at least { $n_raw } item(s), found fewer
input-max-items = expected at most { $n_raw } items, found more
input-pattern = expected { $description }, found a text that does not match
input-format-date = expected a calendar date that exists, written YYYY-MM-DD, found one that is not
input-format = expected a text in the `{ $format }` format, found one that is not
input-members-or-counts = expected exactly one of `members` or `counts`, found { $found ->
    [both] both
   *[neither] neither
}
input-period-form = expected {"{"}"year": YYYY{"}"} or {"{"}"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"{"}"}, found { $shape ->
    [empty] an empty object
    [keys] an object with { $keys } that fits neither form
   *[type] { input-type-found }
}
input-no-form = expected a value matching one of the allowed forms, found { input-type-found } that matches none
input-several-forms = expected a value matching exactly one of the allowed forms, found { input-type-found } that matches several
input-constant = expected { $value }, found another value
input-schema-keyword = expected a value satisfying the schema keyword `{ $keyword }`, found one that does not

## What the parser reports (serde), values left out
input-whole-number = expected a whole number written with digits only (3, not 3.0, 3e0 or -0), found a number written otherwise
input-period-serde = expected {"{"}"year": YYYY{"}"} or {"{"}"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"{"}"}, with the year a whole number written without a decimal point, found a value that fits neither form
input-serde-expected = expected { $expected }, found a value out of range
input-duplicate-field = expected each field once, found `{ $field }` more than once
input-missing-field = expected the required field `{ $field }`, found it missing
input-unknown-value = expected { $form ->
    [one] { $first }
    [two] { $first } or { $second }
   *[many] one of { $list }
}, found another value
input-unknown-none = unknown { $what } `{ $name }`, there are no { $what }s
input-invalid-value = expected a valid value, found: { $text }
input-parser = { $text }
input-year = expected a year from 1900 to 2200, found { $year }
input-date-form = expected a date written YYYY-MM-DD
input-date-exists = expected a calendar date that exists (YYYY-MM-DD)
input-id-form = expected an identifier of 1 to 64 letters, digits, '_' or '-', starting with a letter or digit
input-text-blank = expected a non-blank text
input-text-long = expected a text of at most { $n_raw } characters
input-either-serde = expected either `members` or `counts`, found { $found ->
    [both] both
   *[neither] neither
}
input-grades-none = expected at least one grade in `grades`, found none
input-fte = expected a full-time equivalent greater than 0 and at most 1
input-pay-amount = expected an amount of money from 0 to 1e12
input-pay-hours = expected weekly hours from 0.01 to 168

## Rules across fields
input-end-before-start = expected a date on or after the start ({ $start }), found { $end }
input-employees-zero = expected a headcount of at least 1, found 0
input-employees-missing = expected the headcount (`employees`) the law of `{ $country }` reads its size thresholds against, found none
input-unknown-framework = expected a built-in framework ({ $built-in }), found `{ $id }`
input-duplicate-id = expected a unique { $what ->
    [outcome] outcome id in the project
   *[other] { $what } id
}, found `{ $id }` again (first at { $first })
input-over-seats = expected at most { $seats_raw } { $what } (the body's seats), found { $filled_raw }
input-date-outside-period = expected a date inside the period ({ $start } to { $end }), found { $date }
input-president-twice = expected at most one president per body, found another (first at { $first }); use `co_president` for shared presidencies
input-unknown-grade = expected one of the grades listed in /staff/grades ({ $listed }), found `{ $grade }`
input-grade-twice = expected each grade once, found `{ $grade }` again (first at { $first })
input-no-stage = expected at least 1 stage, found none
input-stage-after-period = expected a date on or before the end of the period ({ $end }), found { $date }
input-adopting-member-missing = expected the member that adopted the policy for an `adopted_elsewhere` stage, found it missing
input-member-on-other-stage = expected `member` only on an `adopted_elsewhere` stage, found it on another stage
input-outcome-range = expected a number from -1e12 to 1e12, found one outside that range
input-fund-years = expected a number of years from 1 to 100, found one outside that range
input-period-overlap = expected a period that overlaps no other, found { $form ->
    [year] { $year }
   *[range] { $start } to { $end }
} overlapping the period at { $at }
input-target-share = expected a share from 0 to 1 for a share indicator (0.4 for 40%), found a number outside that range
input-target-range = expected a number from 0 to 1e12, found one outside that range
input-target-indicator-empty = expected an indicator id, found an empty text
input-pay-category-unknown = expected a category of workers named in /pay/workers ({ $n_raw } categories), found one that no worker has
input-pay-category-twice = expected each category justified once, found it again (first at { $first })

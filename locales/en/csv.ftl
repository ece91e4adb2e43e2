# en: problems in a payroll CSV (src/pay/csv.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.
# Line and column numbers are written as plain digits; counts given twice ($n and $digits)
# are written ungrouped in English, as before the catalogue.

## Where a problem is
csv-at-line = line { $line }
csv-at-cell = line { $line }, column { $number } ({ $name })
csv-at-column-number = line { $line }, column { $number }
csv-at-column-name = line { $line }, column { $name }
csv-problem = { $place }: { $message }
csv-more-problems = and { $digits } more { $n ->
        [one] problem
       *[other] problems
    }

## The header and the file
csv-cannot-read = cannot read the input: { $reason }
csv-empty-file = expected a header line, found an empty file
csv-missing-column = expected a column { $columns } in the header, found none by that name
csv-missing-columns = expected columns { $columns } in the header, found none by those names
csv-column-repeated = expected the column name once in the header, found it { $times } times
csv-variable-pay-twice = expected each variable-pay column to be named once, found this one named twice
csv-no-rows = expected at least one row of data after the header, found none
csv-too-many-rows = expected at most { $digits } rows of data, found more
csv-field-count = expected { $width-digits } fields (as many as the header has), found { $found-digits }
csv-line-too-long = expected a line of at most { $digits } bytes, found a longer one
csv-quote-inside-field = bad quoting: expected a quote only at the start of a field, found one inside an unquoted field
csv-quote-text-after = bad quoting: expected a delimiter or the end of the line after a closing quote, found more text
csv-quote-not-closed = bad quoting: expected a closing quote for the field opened on this line, found the end of the file

## Cells
csv-number-text = expected a number, found text
csv-number-nan = expected a number, found a not-a-number value
csv-number-too-large = expected a finite number, found one too large to represent
csv-number-infinite = expected a finite number, found an infinite one
csv-amount-empty = expected an amount, found an empty cell
csv-amount-negative = expected an amount of zero or more, found a negative number
csv-amount-too-large = expected an amount of at most 1000000000000 (10^12), found a larger one
csv-amount-invalid = expected an amount, found an invalid number
csv-variable-pay-sum-too-large = expected variable pay components whose sum is a finite number, found one too large to represent
csv-hours-empty = expected weekly hours, found an empty cell
csv-control-empty = expected a number, found an empty cell
csv-hours-range = expected weekly hours from 0.01 to 168
csv-fte-empty = expected a full-time equivalent, found an empty cell
csv-fte-range = expected a full-time equivalent greater than 0 and at most 1
csv-days-empty = expected a number of days worked, found an empty cell
csv-days-range = expected a number of days worked from 1 to 366
csv-flag-empty = expected true or false (yes/no, y/n, 1/0), found an empty cell
csv-flag-other = expected true or false (yes/no, y/n, 1/0), found something else
csv-group-empty = expected the code of the row's group (--by), found an empty cell: every row must name its employer
csv-text-blank = expected a non-blank text
csv-text-too-long = expected a text of at most { $max } characters
csv-too-many-texts = expected fewer distinct texts, found over 4 billion

-csv-gender-codes = words such as woman, female, femme, mujer, Frau, donna, mulher, dona, man, male, homme, hombre, Mann, uomo, homem, home, non-binary, undisclosed, in any case, or the letters F/M, F/H, W/M, D/H, X, U; --gender-code CODE=woman|man|non_binary|undisclosed says what any other code means
csv-gender-code-empty = expected a gender code ({ -csv-gender-codes }), found an empty cell in { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, the first here (map it with --gender-code =undisclosed)
csv-gender-code-unknown = expected a gender code ({ -csv-gender-codes }), found the unknown code `{ $code }` in { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, the first here
csv-gender-code-unquoted = expected a gender code ({ -csv-gender-codes }), found an unknown code (not quoted, as it could be personal data: it is long, holds digits or is in one row only) in { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, the first here
csv-gender-ambiguous = expected gender codes of one language, found the letters { $codes }, which read two ways (M is "male" in English but "mujer" in Spanish beside H, "hombre"): say what each means, for example { $example } with woman, man, non_binary or undisclosed
csv-gender-too-many = expected a gender column with at most { $max } distinct codes, found more: is this the gender column?
csv-number-grouping = expected a number written as the column's others are, with `{ $decimal }` before the decimals and thousands in groups of three, found a number written otherwise (give the separator with --decimal)
csv-decimal-undecided = expected numbers whose decimal separator can be told, found that every number with a separator in this column has one `.` or `,` followed by three digits (such as 1.234), which reads as a decimal or as thousands: give it with --decimal , or --decimal .
csv-text-not-utf8 = expected UTF-8 text, found bytes that are not UTF-8: if the file was saved in another encoding, give it with --encoding (for example --encoding windows-1252)

sheet-cannot-read = expected a workbook that can be read (XLSX, XLSM, XLSB, XLS or ODS), found one that cannot: { $reason }
sheet-too-large = expected a workbook of at most { $max } MB, found a larger one: save the payroll as CSV, which is read as it streams
sheet-not-found = expected a sheet `{ $sheet }` (a name, or a number from 1), found the sheets { $sheets }
sheet-not-a-worksheet = expected a worksheet, found that `{ $sheet }` is a chart or macro sheet (the sheets: { $sheets }); choose one with --sheet
sheet-formula-error = expected a value, found the formula error { $error }
sheet-cells-beyond-header = expected no cell to the right of the header's last named column, found some (a header cell merged over two columns leaves the second without a name)
csv-header-columns = the header has { $count ->
        [one] { $count } column
       *[other] { $count } columns
    }: { $columns }{ $nearest ->
        [none] {""}
       *[other] ; nearest names: { $nearest }
    } (name the columns with --gender, --annual-pay…)
csv-header-one-column = the header is one column holding `{ $delimiter }`: is `{ $delimiter }` the delimiter? Leave --delimiter out (it is found) or give --delimiter '{ $delimiter }'

## Assumptions made while reading a payroll, stated with the figures (src/pay/csv/assumption.rs).
## The English texts are those of the JSON output: keep them as they are.
csv-assumption-variable-sum = variable pay is the sum of the columns { $columns }
csv-assumption-hours-for-all = weekly hours are not in the file: { $hours } hours a week assumed for every worker
csv-assumption-hours-missing = weekly hours missing (column `{ $column }` empty) for { $count } { $n ->
        [one] worker
       *[other] workers
    }: { $hours } hours a week assumed
csv-assumption-empty-as-zero = { $count } empty { $n ->
        [one] cell
       *[other] cells
    } of column `{ $column }` read as 0 (--empty-as-zero)
csv-assumption-not-recorded = { $count } { $n ->
        [one] cell
       *[other] cells
    } of column `{ $column }` holding { $markers } taken as not recorded
csv-assumption-or = or
csv-assumption-encoding = the file was read as { $encoding }
csv-assumption-delimiter = fields are separated by { $kind ->
        [tab] tab
       *[other] `{ $delimiter }`
    }
csv-assumption-decimal-comma = numbers have a decimal comma in { $columns }

## The registro retributivo's defaults (src/pay/csv/assumption.rs).
csv-assumption-fte-for-all = full-time equivalents are not in the file: every worker taken as full time (1)
csv-assumption-fte-missing = full-time equivalent missing (column `{ $column }` empty) for { $count } { $n ->
        [one] worker
       *[other] workers
    }: taken as full time (1)
csv-assumption-days-for-all = days worked are not in the file: every worker taken as working the full year (365 days)
csv-assumption-days-missing = days worked missing (column `{ $column }` empty) for { $count } { $n ->
        [one] worker
       *[other] workers
    }: taken as 365 days

## Parquet payrolls (src/pay/csv/parquet/)
parquet-at-column = { $file }, column { $number } ({ $name })
parquet-at-row = { $file }, row { $row }
parquet-at-cell = { $file }, row { $row }, column { $number } ({ $name })
parquet-not-parquet = expected a Parquet file (starting with `PAR1`), found other content
parquet-truncated = expected a whole Parquet file (ending with `PAR1`), found one cut short
parquet-encrypted = expected a Parquet file without encryption, found an encrypted one (decrypt it first)
parquet-cannot-read = cannot read the Parquet file: { $reason }
parquet-codec = expected a column compressed with snappy, gzip, zstd or lz4 (or not compressed), found { $codec }
parquet-nested-column = expected a flat column (one value per row), found a { $kind ->
        [group] nested column (a group of fields)
       *[other] repeated column (a list of values per row)
    }
parquet-column-type = expected numbers, text or true/false, found a column of type { $type }
parquet-decimal-scale = expected a decimal scale from 0 to 38, found { $scale }
parquet-decimal-too-long = expected a decimal of at most 16 bytes, found a longer one
parquet-not-utf8 = expected text in UTF-8, found other bytes
parquet-value-missing = expected the value the file's levels announce, found none (a damaged file)
parquet-damaged-chunk = expected the place of the column's data in the file, found a negative one (a damaged file)
parquet-damaged = expected readable pages, found damaged ones: the Parquet reader stopped on them ({ $reason })

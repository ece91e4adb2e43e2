# en: messages of the command-line tool gia (src/bin/gia.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.

## Usage errors (printed after `gia: `, exit code 2)
cli-no-input = no document to read: name a file (`gia { $command } FILE.json`, or `-` for standard input), or ask for the bundled example with `gia { $command } --example metropolis`
cli-unknown-framework = unknown framework `{ $id }`; built in: { $built-in }
cli-framework-not-found = --framework: `{ $arg }` is neither a built-in framework ({ $built-in }) nor a file
cli-level = --level: a confidence level must be strictly between 0 and 1 (e.g. 0.95), found { $value }
cli-reference = --reference: a share must be a number from 0 to 1, found { $value }
cli-default-weekly-hours = --default-weekly-hours: expected weekly hours from 0.01 to 168
cli-delimiter = --delimiter: expected one ASCII character (not a quote or a line break) or `tab`
# $kind: not-found, permission-denied, is-a-directory or other; $detail: the system's own text.
cli-cannot-read = cannot read { $path }: { $detail }
cli-cannot-write = cannot write { $path }: { $detail }
cli-internal = internal error: { $detail }

## Problems in the input (printed as `pointer: message`, exit code 1)
cli-not-utf8 = expected a UTF-8 text document, found invalid UTF-8 at byte { $byte }
cli-list-not-array = --{ $flag }: expected a JSON array of objects, each with a "category" ({ $flag ->
        [measures] and "measures", and "evaluation" if any
       *[other] and "text"
    }), found a document that is not one (line { $line }, column { $column })
cli-list-unknown-category = --{ $flag }: expected a category of workers found in the payroll, found one that no row has
cli-format-needs-by = --format { $format } writes one line per group: expected it with --by COL
cli-by-format = --by writes one analysis per group, as it goes: expected --format ndjson, csv or parquet (a Markdown, HTML or JSON report of thousands of employers is not one anybody reads; run gia pay on one employer's rows for its report)
cli-by-flag = { $flag } applies to one employer's report: expected it without --by
cli-sheet-not-workbook = --sheet applies to a workbook (.xlsx, .xlsm, .xlsb, .xls, .ods), not to a CSV file
cli-text-flags-not-text-file = --delimiter and --encoding apply to a text file (CSV), not to a workbook or a Parquet file, whose cells and texts are already typed
cli-stdin-parquet-too-large = a Parquet file on standard input is held in memory (its footer is at its end): expected at most { $max } GiB, found more; give the file's path instead
cli-needs-profile-es = { $flag } applies to Spain's registro retributivo: expected it with --profile es
cli-init-json-only = expected a file name ending in .json or .xlsx
cli-convert-kinds = expected one JSON document and one workbook (`gia convert records.json records.xlsx`, or the other way round; a workbook is read from .xlsx, .xlsm, .xlsb, .xls or .ods and written as .xlsx), found { $from } and { $to }
cli-network-workbook = --network reads a JSON document; a workbook holds one organisation
cli-fields-without-ndjson = --fields chooses what each line of --format ndjson holds: add --format ndjson, or leave --fields out
cli-init-exists = { $path } exists: choose another name, or give --force to replace it
cli-init-written = wrote { $path }: replace the example rows with your records, then run `gia validate { $path }`

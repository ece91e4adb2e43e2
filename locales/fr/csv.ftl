# fr: problems in a payroll CSV (src/pay/csv.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.

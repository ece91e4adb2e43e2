# fr: problems in a JSON input document (src/validate.rs, src/limits.rs, src/input.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.

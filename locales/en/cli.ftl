# en: messages of the command-line tool gia (src/bin/gia.rs).
# Ids are unique across all files of a language; every id exists in en, fr and es.

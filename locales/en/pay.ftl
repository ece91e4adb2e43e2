# en: the pay report (src/pay/report.rs and the pay sections of the HTML and localised Markdown reports).
# Ids are unique across all files of a language; every id exists in en, fr and es.

//! The assumptions made while reading a payroll (how variable pay was summed, the weekly hours
//! assumed, the cells read by an option, how the file was read): typed values written in every
//! language from the Fluent catalogue (`locales/*/csv.ftl`), serialised as their English text
//! (the texts the JSON output has always carried).

use super::options::Encoding;
use crate::i18n::{Lang, Message};
use crate::pay::text::{number, pay_text, recorded};

/// An assumption made while reading a payroll, to be stated with the figures
/// ([`PayCsv::assumptions`](super::PayCsv::assumptions)). Written in every language
/// ([`Assumption::in_lang`]); serialised as its English text ([`Assumption::english`]).
///
/// ```
/// use gender_impact::i18n::Lang;
/// use gender_impact::pay::Assumption;
/// let a = Assumption::EmptyAsZero { column: "Prime".into(), cells: 1200 };
/// assert_eq!(a.english(), "1200 empty cells of column `Prime` read as 0 (--empty-as-zero)");
/// assert_eq!(a.in_lang(Lang::En), "1,200 empty cells of column `Prime` read as 0 (--empty-as-zero)");
/// assert_eq!(serde_json::to_value(&a).unwrap(), a.english());
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Assumption {
    /// Variable pay is the sum of these columns (two or more), in this order.
    VariableSum {
        /// The columns' names.
        columns: Vec<String>,
    },
    /// The file has no weekly-hours column: `hours` a week assumed for every worker.
    HoursForAll {
        /// The weekly hours assumed.
        hours: f64,
    },
    /// The weekly-hours column is empty for some workers: `hours` a week assumed for them.
    HoursMissing {
        /// The weekly-hours column's name.
        column: String,
        /// Workers whose cell is empty.
        workers: u64,
        /// The weekly hours assumed.
        hours: f64,
    },
    /// Empty pay cells of a column read as 0 (`--empty-as-zero`).
    EmptyAsZero {
        /// The column's name.
        column: String,
        /// Cells read as 0.
        cells: u64,
    },
    /// Cells of a column holding one of the `markers` taken as not recorded.
    NotRecorded {
        /// The column's name.
        column: String,
        /// Cells taken as not recorded.
        cells: u64,
        /// The texts that mean "not recorded" (such as `NULL`).
        markers: Vec<String>,
    },
    /// The file was read in this encoding (not UTF-8).
    Encoding(Encoding),
    /// Fields are separated by this character (not a comma).
    Delimiter(char),
    /// Numbers have a decimal comma in these columns, in the file's order.
    DecimalComma {
        /// The columns' names.
        columns: Vec<String>,
    },
    /// The file has no full-time-equivalent column: every worker taken as full time (1), for
    /// the registro retributivo's equalised amounts.
    FteForAll,
    /// The full-time-equivalent column is empty for some workers: taken as full time (1).
    FteMissing {
        /// The column's name.
        column: String,
        /// Workers whose cell is empty.
        workers: u64,
    },
    /// The file has no days-worked column: every worker taken as working the full year (365
    /// days), for the registro retributivo's equalised amounts.
    DaysForAll,
    /// The days-worked column is empty for some workers: taken as 365 days.
    DaysMissing {
        /// The column's name.
        column: String,
        /// Workers whose cell is empty.
        workers: u64,
    },
    /// An assumption read back from JSON, as written (shown so in every language).
    Recorded(String),
}

impl Assumption {
    /// The assumption as a catalogue message in `lang`: `plain` writes numbers without digit
    /// grouping and as Rust writes them (the English text of the JSON output).
    fn message_with(&self, lang: Lang, plain: bool) -> Message {
        match self {
            Assumption::VariableSum { columns } => {
                Message::new("csv-assumption-variable-sum").text("columns", quoted(columns, " + "))
            }
            Assumption::HoursForAll { hours } => Message::new("csv-assumption-hours-for-all")
                .text("hours", decimal(*hours, lang, plain)),
            Assumption::HoursMissing {
                column,
                workers,
                hours,
            } => counted("csv-assumption-hours-missing", column, *workers, plain)
                .text("hours", decimal(*hours, lang, plain)),
            Assumption::EmptyAsZero { column, cells } => {
                counted("csv-assumption-empty-as-zero", column, *cells, plain)
            }
            Assumption::NotRecorded {
                column,
                cells,
                markers,
            } => {
                let or = format!(" {} ", lang.message("csv-assumption-or", &[]));
                counted("csv-assumption-not-recorded", column, *cells, plain)
                    .text("markers", quoted(markers, &or))
            }
            Assumption::Encoding(e) => {
                Message::new("csv-assumption-encoding").text("encoding", e.name())
            }
            Assumption::Delimiter(d) => delimiter(*d),
            Assumption::DecimalComma { columns } => {
                Message::new("csv-assumption-decimal-comma").text("columns", quoted(columns, ", "))
            }
            Assumption::FteForAll => Message::new("csv-assumption-fte-for-all"),
            Assumption::FteMissing { column, workers } => {
                counted("csv-assumption-fte-missing", column, *workers, plain)
            }
            Assumption::DaysForAll => Message::new("csv-assumption-days-for-all"),
            Assumption::DaysMissing { column, workers } => {
                counted("csv-assumption-days-missing", column, *workers, plain)
            }
            Assumption::Recorded(text) => recorded(text),
        }
    }

    fn render(&self, lang: Lang, plain: bool) -> String {
        self.message_with(lang, plain).in_lang(lang)
    }
}

pay_text!(Assumption);

/// The message `id` about `n` things of `column`: `n` chooses the plural form, `count` is
/// written.
fn counted(id: &'static str, column: &str, n: u64, plain: bool) -> Message {
    number(Message::new(id).count("n", n), "count", n, plain).text("column", column)
}

/// The fields' separator: a tab in words, any other character quoted.
fn delimiter(d: char) -> Message {
    let m = Message::new("csv-assumption-delimiter");
    if d == '\t' {
        m.text("kind", "tab").text("delimiter", "")
    } else {
        m.text("kind", "char").text("delimiter", d.to_string())
    }
}

/// The names in backticks, joined by `sep`.
fn quoted(names: &[String], sep: &str) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(sep)
}

/// A number of hours as Rust writes it (`37.5`, `40`), with the decimal comma of French and
/// Spanish unless `plain`.
fn decimal(x: f64, lang: Lang, plain: bool) -> String {
    let s = x.to_string();
    match lang {
        Lang::Fr | Lang::Es if !plain => s.replace('.', ","),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One assumption of each kind (and both forms of the delimiter).
    fn every_kind() -> Vec<Assumption> {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        vec![
            Assumption::VariableSum {
                columns: names(&["a", "b"]),
            },
            Assumption::HoursForAll { hours: 37.5 },
            Assumption::HoursMissing {
                column: "h".into(),
                workers: 2,
                hours: 40.0,
            },
            Assumption::EmptyAsZero {
                column: "p".into(),
                cells: 1,
            },
            Assumption::NotRecorded {
                column: "c".into(),
                cells: 3,
                markers: names(&["NULL", "-"]),
            },
            Assumption::Encoding(Encoding::Utf16Le),
            Assumption::Delimiter('\t'),
            Assumption::Delimiter('|'),
            Assumption::DecimalComma {
                columns: names(&["p"]),
            },
            Assumption::FteForAll,
            Assumption::FteMissing {
                column: "fte".into(),
                workers: 2,
            },
            Assumption::DaysForAll,
            Assumption::DaysMissing {
                column: "days".into(),
                workers: 1,
            },
        ]
    }

    #[test]
    fn every_kind_is_written_in_every_language() {
        for a in every_kind() {
            let [en, fr, es] = [Lang::En, Lang::Fr, Lang::Es].map(|l| a.in_lang(l));
            for text in [&en, &fr, &es] {
                assert!(!text.is_empty() && !text.contains("csv-"), "{text}");
            }
            assert_ne!(fr, en);
            assert_ne!(es, en);
            assert_ne!(fr, es);
        }
    }

    /// The English texts, written as the reader wrote them when they were strings.
    #[test]
    fn the_english_texts_are_those_of_the_json_output() {
        let english: Vec<String> = every_kind().iter().map(Assumption::english).collect();
        assert_eq!(
            english,
            [
                "variable pay is the sum of the columns `a` + `b`",
                "weekly hours are not in the file: 37.5 hours a week assumed for every worker",
                "weekly hours missing (column `h` empty) for 2 workers: 40 hours a week assumed",
                "1 empty cell of column `p` read as 0 (--empty-as-zero)",
                "3 cells of column `c` holding `NULL` or `-` taken as not recorded",
                "the file was read as UTF-16LE",
                "fields are separated by tab",
                "fields are separated by `|`",
                "numbers have a decimal comma in `p`",
                "full-time equivalents are not in the file: every worker taken as full time (1)",
                "full-time equivalent missing (column `fte` empty) for 2 workers: taken as full time (1)",
                "days worked are not in the file: every worker taken as working the full year (365 days)",
                "days worked missing (column `days` empty) for 1 worker: taken as 365 days",
            ]
        );
    }

    /// French and Spanish choose their plural forms: one cell, two cells.
    #[test]
    fn plurals_follow_the_language() {
        let cells = |cells| Assumption::EmptyAsZero {
            column: "p".into(),
            cells,
        };
        for lang in [Lang::Fr, Lang::Es] {
            let (one, two) = (cells(1).in_lang(lang), cells(2).in_lang(lang));
            let one_words: Vec<&str> = one.split(' ').skip(1).collect();
            let two_words: Vec<&str> = two.split(' ').skip(1).collect();
            assert_ne!(one_words, two_words, "{one} / {two}");
        }
        // French writes 0 in the singular, English in the plural.
        let zero_fr = cells(0).in_lang(Lang::Fr);
        assert_eq!(zero_fr.replacen('0', "1", 1), cells(1).in_lang(Lang::Fr));
        assert!(cells(0).english().starts_with("0 empty cells "));
    }
}

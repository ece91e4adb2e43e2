//! The problems of a payroll CSV: [`CsvErrors`], and the list kept while reading.

use std::fmt;

use crate::document::{Location, Problem};
use crate::i18n::{Lang, Message};

/// At most this many problems are listed; the rest are counted ([`CsvErrors::more`]).
pub const MAX_PROBLEMS: usize = 1000;

/// A payroll CSV that cannot be read into workers, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct CsvErrors {
    /// The problems, in file order, at most [`MAX_PROBLEMS`], each at a [`Location::Cell`].
    pub problems: Vec<Problem>,
    /// Further problems found but not listed.
    pub more: u64,
    /// True when the input itself could not be read (an I/O error, not a fault of its content).
    pub read_failed: bool,
}

impl CsvErrors {
    /// What `Display` writes, in `lang`: one problem per line, then the count of problems not
    /// listed.
    pub fn display_in(&self, lang: Lang) -> String {
        let mut out = String::new();
        for p in &self.problems {
            out.push_str(&p.display_in(lang));
            out.push('\n');
        }
        if self.more > 0 {
            out.push_str(
                &Message::new("csv-more-problems")
                    .count("n", self.more)
                    .text("digits", self.more.to_string())
                    .in_lang(lang),
            );
            out.push('\n');
        }
        out
    }
}

impl fmt::Display for CsvErrors {
    /// One problem per line, then `and N more problems` when some were not listed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        if self.more > 0 {
            writeln!(
                f,
                "and {} more problem{}",
                self.more,
                if self.more == 1 { "" } else { "s" }
            )?;
        }
        Ok(())
    }
}

/// A problem of a whole line (not of one cell).
pub(super) fn at_line(line: u64, text: Message) -> Problem {
    Problem::at(Location::line(line), text)
}

/// Whether `p` is in the column at `index` (from 0).
pub(super) fn in_column(p: &Problem, index: usize) -> bool {
    matches!(p.location, Location::Cell { column: Some(n), .. } if n == index + 1)
}

/// The problems found so far: the first [`MAX_PROBLEMS`] kept, the rest counted.
#[derive(Default)]
pub(super) struct Problems {
    list: Vec<Problem>,
    more: u64,
}

impl Problems {
    pub(super) fn push(&mut self, p: Problem) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(p);
        } else {
            self.more += 1;
        }
    }
    pub(super) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    /// The problems in file order (those found at the end of the file, about a whole column,
    /// sorted in at the line they name).
    pub(super) fn into_errors(mut self, read_failed: bool) -> CsvErrors {
        self.list.sort_by(|a, b| a.location.cmp(&b.location));
        CsvErrors {
            problems: self.list,
            more: self.more,
            read_failed,
        }
    }
}

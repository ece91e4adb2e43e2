//! Disclosure control for published pay tables: primary suppression of small cells and
//! complementary suppression, so that no withheld figure can be worked out from the total.
//!
//! A pay table has one row ("cell") per category of workers, with the numbers of women and men
//! and their pay figures (means, medians, gaps), and a total row for all workers. A cell with
//! fewer than `k` women or fewer than `k` men is withheld (*primary* suppression; `k` is
//! [`PayRules::min_cell`](super::PayRules::min_cell), 5 by default). Withholding one cell alone
//! is not enough when the total is published: its counts, and its pay total (hence its mean),
//! are the total minus the published cells. So further cells are withheld (*complementary*
//! suppression) until the withheld cells, taken together, are as safe as a published cell:
//!
//! 1. no cell is withheld, or at least two are (a single unknown is the total minus the rest);
//! 2. the withheld cells together hold at least `k` women and at least `k` men: their combined
//!    counts and pay are derivable (total minus published), so that aggregate must itself pass
//!    the threshold — otherwise, for instance, two withheld cells with one woman between them
//!    would give away that woman's pay through the total.
//!
//! Under both conditions, every withheld cell's count of women, count of men and mean pay is
//! consistent with at least two different tables that add up to the published total (the tests
//! construct them). A cell that passes the threshold has at least `k` women and `k` men, so one
//! complementary cell always suffices: the smallest published cell by number of workers
//! (women + men), ties broken by category name (byte order), then by position in the input.
//!
//! When there are fewer than `k` women or fewer than `k` men in all, the total itself is a small
//! cell: every category is then below the threshold too, and nothing — cells or total — is
//! published ([`Suppression::total_suppressed`]).
//!
//! The [`Suppression::statement`] names `k` and the number of cells withheld, never a withheld
//! value, nor which cells were withheld for which reason.
//!
//! ```
//! use gender_impact::pay::suppress;
//! let cells = [
//!     ("Engineers".to_string(), 40, 60),
//!     ("Drivers".to_string(), 3, 25), // fewer than 5 women
//!     ("Clerks".to_string(), 30, 12),
//!     ("Nurses".to_string(), 20, 9),
//! ];
//! let s = suppress(&cells, 5);
//! assert_eq!(s.primary, ["Drivers"]);
//! assert_eq!(s.complementary, ["Nurses"]); // the smallest other cell: 29 workers
//! assert!(s.statement.to_string().contains("2 of 4 categories"));
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::{number, pay_text, recorded};
use crate::i18n::{Lang, Message};

/// Which categories of a published table are withheld, and the statement that says so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Suppression {
    /// The threshold: a cell with fewer than `k` women or fewer than `k` men is withheld.
    pub k: u32,
    /// Categories below the threshold, in input order.
    pub primary: Vec<String>,
    /// Categories withheld so that the primary ones cannot be worked out from the total, in the
    /// order chosen (smallest first).
    pub complementary: Vec<String>,
    /// True when the table as a whole has fewer than `k` women or fewer than `k` men: the total row
    /// is withheld too (and then every category is primary).
    pub total_suppressed: bool,
    /// A sentence for the published table: names `k` and how many cells are withheld, never a
    /// withheld value.
    pub statement: Statement,
}

impl Suppression {
    /// Whether `category` is withheld (primary or complementary).
    pub fn is_suppressed(&self, category: &str) -> bool {
        self.primary.iter().any(|c| c == category)
            || self.complementary.iter().any(|c| c == category)
    }

    /// Number of categories withheld.
    pub fn withheld(&self) -> usize {
        self.primary.len() + self.complementary.len()
    }
}

/// The disclosure-control statement of a table ([`Suppression::statement`]): names `k` and how
/// many cells are withheld, never a withheld value. Written in every language
/// ([`Statement::in_lang`]); serialised as its English text.
///
/// ```
/// use gender_impact::pay::Statement;
/// let s = Statement::AllPublished { k: 5, categories: 1 };
/// assert_eq!(
///     s.to_string(),
///     "Disclosure control (threshold k = 5): no category has fewer than 5 women or fewer than \
///      5 men; all 1 category are published."
/// );
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Statement {
    /// Fewer than `k` women or fewer than `k` men in all: neither a category nor the total is
    /// published.
    NothingPublished {
        /// The threshold.
        k: u32,
        /// Categories in the table.
        categories: u64,
    },
    /// No category is withheld.
    AllPublished {
        /// The threshold.
        k: u32,
        /// Categories in the table.
        categories: u64,
    },
    /// `withheld` of the categories are withheld (primary and complementary).
    SomeWithheld {
        /// The threshold.
        k: u32,
        /// Categories in the table.
        categories: u64,
        /// Categories withheld.
        withheld: u64,
    },
    /// A statement read back from JSON, as written (shown so in every language).
    Recorded(String),
}

impl Statement {
    /// The statement as a catalogue message (numbers as counts).
    pub fn message(&self) -> Message {
        self.message_with(false)
    }

    fn message_with(&self, plain: bool) -> Message {
        let (id, k, categories, withheld) = match self {
            Statement::NothingPublished { k, categories } => {
                ("pay-statement-nothing", k, categories, None)
            }
            Statement::AllPublished { k, categories } => ("pay-statement-all", k, categories, None),
            Statement::SomeWithheld {
                k,
                categories,
                withheld,
            } => ("pay-statement-some", k, categories, Some(*withheld)),
            Statement::Recorded(text) => return recorded(text),
        };
        // `n` chooses the plural form; `categories` is written.
        let m = Message::new(id).count("n", *categories);
        let m = number(
            number(m, "k", u64::from(*k), plain),
            "categories",
            *categories,
            plain,
        );
        match withheld {
            Some(w) => number(m, "withheld", w, plain),
            None => m,
        }
    }

    fn render(&self, lang: Lang, plain: bool) -> String {
        self.message_with(plain).in_lang(lang)
    }
}

pay_text!(Statement);

/// The statement for a table of `cells` categories of which `withheld` are withheld.
fn statement(k: u32, cells: usize, withheld: usize, total_suppressed: bool) -> Statement {
    let categories = cells as u64;
    if total_suppressed {
        Statement::NothingPublished { k, categories }
    } else if withheld == 0 {
        Statement::AllPublished { k, categories }
    } else {
        Statement::SomeWithheld {
            k,
            categories,
            withheld: withheld as u64,
        }
    }
}

/// Primary and complementary suppression of a one-dimensional table with a total.
///
/// `cells` are `(category, women, men)`; category names are expected to be distinct. A cell is
/// primary-suppressed when it has fewer than `k` women or fewer than `k` men. If any cell is
/// suppressed, published cells are then also withheld, smallest first (by women + men, then name,
/// then position), until at least two cells are withheld and the withheld cells together hold at
/// least `k` women and `k` men (at most one complementary cell is ever needed). When the whole
/// table has fewer than `k` women or men, every cell is primary and the total is withheld too.
/// `k = 0` withholds nothing. Deterministic: the same cells give the same result in any order,
/// up to the order of the `primary` list (input order).
pub fn suppress(cells: &[(String, u64, u64)], k: u32) -> Suppression {
    let k64 = u64::from(k);
    let small = |&(_, w, m): &(String, u64, u64)| w < k64 || m < k64;
    let mut withheld: Vec<bool> = cells.iter().map(small).collect();
    let total_w: u64 = cells.iter().map(|c| c.1).sum();
    let total_m: u64 = cells.iter().map(|c| c.2).sum();
    // Fewer than k of either gender in all: every cell is small, so all are already withheld.
    let total_suppressed = !cells.is_empty() && (total_w < k64 || total_m < k64);

    let mut complementary = Vec::new();
    if !total_suppressed {
        let mut order: Vec<usize> = (0..cells.len()).filter(|&i| !withheld[i]).collect();
        order.sort_by(|&a, &b| {
            let (ca, cb) = (&cells[a], &cells[b]);
            (ca.1 + ca.2, &ca.0, a).cmp(&(cb.1 + cb.2, &cb.0, b))
        });
        let mut candidates = order.into_iter();
        loop {
            let (mut n, mut w, mut m) = (0usize, 0u64, 0u64);
            for (c, _) in cells.iter().zip(&withheld).filter(|(_, w)| **w) {
                n += 1;
                w += c.1;
                m += c.2;
            }
            if n == 0 || (n >= 2 && w >= k64 && m >= k64) {
                break;
            }
            // The table total passes the threshold, so adding published cells always ends here
            // before the candidates run out.
            let Some(next) = candidates.next() else { break };
            withheld[next] = true;
            complementary.push(cells[next].0.clone());
        }
    }

    let primary: Vec<String> = cells
        .iter()
        .filter(|c| small(c))
        .map(|c| c.0.clone())
        .collect();
    let statement = statement(
        k,
        cells.len(),
        primary.len() + complementary.len(),
        total_suppressed,
    );
    Suppression {
        k,
        primary,
        complementary,
        total_suppressed,
        statement,
    }
}

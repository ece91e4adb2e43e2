//! The problems the functions meet: which function, which argument, what was expected and
//! what was found, written from the catalogue (`locales/*/sql.ftl`) in every language. Pay
//! values and the texts of records are never shown.

use datafusion::error::DataFusionError;
use gender_impact::i18n::{Lang, Message};

/// A problem met by one of the aggregate functions, at planning (argument types, the band) or
/// while reading rows (a gender or a pay that cannot be used).
///
/// `Display` writes it in English; [`SqlError::in_lang`] in any language of the crate. It
/// reaches the caller inside [`DataFusionError::External`].
///
/// ```
/// use gender_impact::i18n::Lang;
/// use gender_impact_datafusion::{ArgumentProblem, SqlError};
/// let e = SqlError::argument("pay_gap_mean", 2, ArgumentProblem::GenderNull);
/// assert_eq!(
///     e.to_string(),
///     "pay_gap_mean, argument 2 (gender): expected a gender (woman, man, non_binary or \
///      undisclosed) on a row with a pay, found NULL"
/// );
/// assert!(e.in_lang(Lang::Fr).starts_with("pay_gap_mean, argument 2 (gender)\u{a0}: genre attendu"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SqlError {
    /// The function was called with the wrong number of arguments.
    #[error("{}", self.in_lang(Lang::En))]
    ArgumentCount {
        /// The function's name.
        function: &'static str,
        /// How many it takes.
        expected: usize,
        /// How many it was given.
        found: usize,
    },
    /// The function was called with DISTINCT, which would count equal pays once, not each
    /// worker.
    #[error("{}", self.in_lang(Lang::En))]
    Distinct {
        /// The function's name.
        function: &'static str,
    },
    /// One argument cannot be used.
    #[error("{}", self.in_lang(Lang::En))]
    Argument {
        /// The function's name.
        function: &'static str,
        /// The argument's position, from 1.
        position: usize,
        /// What is wrong with it.
        problem: ArgumentProblem,
    },
}

/// What is wrong with an argument ([`SqlError::Argument`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ArgumentProblem {
    /// A pay that is not a number: the type found.
    NotNumber(String),
    /// A gender that is not a text: the type found.
    NotText(String),
    /// A band that is not a whole number: the type found.
    NotInteger(String),
    /// A band outside 1..=4: the value found, as the query wrote it.
    Band(String),
    /// A band that is not a constant of the query.
    BandNotConstant,
    /// A row with a pay and no gender.
    GenderNull,
    /// A gender that is none of the codes, with its length in characters (the text is not shown).
    GenderUnknown {
        /// Its length in characters.
        chars: usize,
    },
    /// A pay that is negative, not finite or above 10¹² (the value is not shown).
    PayOutOfRange,
    /// A state of the first phase that this function did not write: the type found.
    State(String),
}

/// The name of each argument, by position.
const ARGUMENTS: [&str; 3] = ["pay", "gender", "band"];

impl SqlError {
    /// A problem with argument `position` (from 1) of `function`.
    pub fn argument(function: &'static str, position: usize, problem: ArgumentProblem) -> Self {
        SqlError::Argument {
            function,
            position,
            problem,
        }
    }

    /// The problem written in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            SqlError::ArgumentCount {
                function,
                expected,
                found,
            } => Message::new("sql-argument-count")
                .text("function", *function)
                .count("expected", *expected as u64)
                .count("found", *found as u64)
                .in_lang(lang),
            SqlError::Distinct { function } => Message::new("sql-distinct")
                .text("function", *function)
                .in_lang(lang),
            SqlError::Argument {
                function,
                position,
                problem,
            } => Message::new("sql-problem")
                .text("function", *function)
                .count("position", *position as u64)
                .text(
                    "argument",
                    ARGUMENTS
                        .get(position.wrapping_sub(1))
                        .copied()
                        .unwrap_or("?"),
                )
                .text("message", problem.message().in_lang(lang))
                .in_lang(lang),
        }
    }
}

impl ArgumentProblem {
    /// The problem as a catalogue message.
    pub fn message(&self) -> Message {
        let found = |id, t: &String| Message::new(id).text("found", t.clone());
        match self {
            ArgumentProblem::NotNumber(t) => found("sql-type-number", t),
            ArgumentProblem::NotText(t) => found("sql-type-text", t),
            ArgumentProblem::NotInteger(t) => found("sql-type-integer", t),
            ArgumentProblem::Band(t) => found("sql-band", t),
            ArgumentProblem::BandNotConstant => Message::new("sql-band-not-constant"),
            ArgumentProblem::GenderNull => Message::new("sql-gender-null"),
            ArgumentProblem::GenderUnknown { chars } => {
                Message::new("sql-gender-unknown").count("chars", *chars as u64)
            }
            ArgumentProblem::PayOutOfRange => Message::new("sql-pay-out-of-range"),
            ArgumentProblem::State(t) => found("sql-state", t),
        }
    }
}

impl From<SqlError> for DataFusionError {
    fn from(e: SqlError) -> DataFusionError {
        DataFusionError::External(Box::new(e))
    }
}

//! The error of the model's checked values: one enum, whose `Display` is the English message
//! that serde reports when a document holds such a value (and that the document layer turns
//! into a catalogue message in every language).

/// A value outside the range or form its type accepts ([`Id`](super::Id), [`Text`](super::Text),
/// [`Year`](super::Year), [`Date`](super::Date), [`Fte`](super::Fte), [`Money`](super::Money),
/// [`Hours`](super::Hours), [`GenderMarker`](super::GenderMarker)), or a body or staff
/// section whose parts do not fit together. Never holds a pay value.
///
/// ```
/// use gender_impact::{Id, ValueError, Year};
/// assert_eq!(Id::new("the board"), Err(ValueError::Id));
/// let e = Year::try_from(1800).unwrap_err();
/// assert_eq!(e, ValueError::Year { found: 1800 });
/// assert_eq!(e.to_string(), "expected a year from 1900 to 2200, found 1800");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ValueError {
    /// Not an identifier.
    #[error(
        "expected an identifier of 1 to 64 letters, digits, '_' or '-', starting with a letter \
         or digit"
    )]
    Id,
    /// A blank text.
    #[error("expected a non-blank text")]
    TextBlank,
    /// A text longer than `max` characters.
    #[error("expected a text of at most {max} characters")]
    TextTooLong {
        /// The most characters accepted.
        max: usize,
    },
    /// A year outside 1900 to 2200.
    #[error("expected a year from 1900 to 2200, found {found}")]
    Year {
        /// The year given.
        found: i64,
    },
    /// A date not written `YYYY-MM-DD`.
    #[error("expected a date written YYYY-MM-DD")]
    DateForm,
    /// A date written `YYYY-MM-DD` that does not exist (e.g. `2023-02-29`).
    #[error("expected a calendar date that exists (YYYY-MM-DD)")]
    DateNotExists,
    /// A full-time equivalent not greater than 0 and at most 1.
    #[error("expected a full-time equivalent greater than 0 and at most 1")]
    Fte,
    /// An amount of money outside 0 to 10¹² (or not a number).
    #[error("expected an amount of money from 0 to 1e12")]
    Money,
    /// Weekly hours outside 0.01 to 168 (or not a number).
    #[error("expected weekly hours from 0.01 to 168")]
    Hours,
    /// A gender marker other than 0, 1 or 2.
    #[error("expected a gender marker of 0, 1 or 2, found {found}")]
    GenderMarker {
        /// The marker given.
        found: u8,
    },
    /// Both `members` and `counts` given.
    #[error("expected either `members` or `counts`, found both")]
    BothCompositions,
    /// Neither `members` nor `counts` given.
    #[error("expected either `members` or `counts`, found neither")]
    NoComposition,
    /// A staff section with no grade.
    #[error("expected at least one grade in `grades`, found none")]
    NoGrades,
}

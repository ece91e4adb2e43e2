//! Messages that can be written in every language of the crate: an id in the Fluent catalogue
//! (`locales/*/*.ftl`) and its arguments.
//!
//! Problems found in a document or in a payroll CSV ([`Problem`](crate::Problem)) carry one, so
//! that `gia --lang fr` can state them in French; their `message` field keeps the English text, which is also what
//! `Display` prints.

use crate::i18n::{Arg, Lang};

/// The id of a [`Message::verbatim`] text: a Fluent term name, which no message of the
/// catalogues can have.
const VERBATIM: &str = "-verbatim";

/// A catalogue message with its arguments.
///
/// ```
/// use gender_impact::i18n::Lang;
/// use gender_impact::i18n::Message;
/// let m = Message::new("count-of").count("k", 5).count("n", 31);
/// assert_eq!(m.id(), "count-of");
/// assert_eq!(m.in_lang(Lang::En), "5 of 31");
/// assert_eq!(m.in_lang(Lang::Fr), "5 sur 31");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, MessageArg)>,
}

/// A value given to a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum MessageArg {
    /// Text inserted as it is (a field name, a code, a pointer), or a selector key that the
    /// message turns into words.
    Text(String),
    /// A whole number: written with the language's digit grouping, and choosing plural forms.
    Count(u64),
}

impl Message {
    /// The message `id`, without arguments yet.
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// A text given as it is, the same in every language: a reason or a finding of a user's
    /// own indicator, or an error of a library that has no message in the catalogue.
    ///
    /// ```
    /// use gender_impact::i18n::{Lang, Message};
    /// let m = Message::verbatim("no member is counted");
    /// assert_eq!(m.in_lang(Lang::Fr), "no member is counted");
    /// ```
    pub fn verbatim(text: impl Into<String>) -> Message {
        Message::new(VERBATIM).text("text", text)
    }

    /// Adds a text argument.
    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, MessageArg::Text(value.into())));
        self
    }

    /// Adds a number argument (written with the language's digit grouping).
    #[must_use]
    pub fn count(mut self, name: &'static str, value: u64) -> Message {
        self.args.push((name, MessageArg::Count(value)));
        self
    }

    /// The message's id in the catalogue.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, in the order they were given.
    pub fn args(&self) -> &[(&'static str, MessageArg)] {
        &self.args
    }

    /// The message written in `lang`. An id missing from the catalogue gives the id itself
    /// (the test suite checks that every id exists in every language).
    pub fn in_lang(&self, lang: Lang) -> String {
        if let (VERBATIM, [(_, MessageArg::Text(t))]) = (self.id, self.args.as_slice()) {
            return t.clone();
        }
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let v = match value {
                    MessageArg::Text(t) => Arg::from(t.as_str()),
                    MessageArg::Count(n) => Arg::from(*n),
                };
                (*name, v)
            })
            .collect();
        lang.message(self.id, &args)
    }
}

impl From<String> for Message {
    /// The text as it is ([`Message::verbatim`]).
    fn from(text: String) -> Message {
        Message::verbatim(text)
    }
}

impl From<&str> for Message {
    /// The text as it is ([`Message::verbatim`]).
    fn from(text: &str) -> Message {
        Message::verbatim(text)
    }
}

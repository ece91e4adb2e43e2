//! One problem in a document, located by a JSON Pointer, and the error that lists them all.

use std::fmt;

use super::messages::*;
use crate::i18n::Message;

/// One problem in a document: where it is (a JSON Pointer, RFC 6901) and what was expected.
///
/// ```
/// let err = gender_impact::validate(r#"{"organisation": {"name": "X"}, "period": {"year": 2023},
///     "bodys": []}"#).unwrap_err();
/// let p = &err.problems()[0];
/// assert_eq!(p.pointer, "/bodys");
/// assert!(p.message.starts_with("expected a known field (one of `$schema`, `bodies`"));
/// assert_eq!(p.to_string(), format!("{}: {}", p.pointer, p.message));
/// ```
///
/// A problem found by the crate also carries its [`Message`], so that it can be written in
/// French or Spanish ([`Problem::message_in`]); `message` is the English text.
///
/// ```
/// use gender_impact::i18n::Lang;
/// let err = gender_impact::validate("{}").unwrap_err();
/// let p = &err.problems()[0];
/// assert_eq!(p.to_string(), "/organisation: expected this required field, found it missing");
/// assert_eq!(p.message_in(Lang::En), p.message);
/// ```
#[derive(Debug, Clone, serde::Serialize)]
pub struct Problem {
    /// JSON Pointer to the offending value (or to the missing field). The empty string is the whole document.
    pub pointer: String,
    /// What was expected and what was found, in English. Never echoes personal or pay values.
    pub message: String,
    /// The same message as a catalogue entry, when the crate wrote it (not for a problem built
    /// from a bare text with [`Problem::new`]).
    #[serde(skip)]
    text: Option<Message>,
}

impl Problem {
    /// A problem at `pointer` with a message in one language only (written as given in every
    /// language).
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            pointer: pointer.into(),
            message: message.into(),
            text: None,
        }
    }

    /// A problem at `pointer` whose message comes from the catalogue (so it exists in every
    /// language); `message` is its English text.
    ///
    /// ```
    /// use gender_impact::i18n::Lang;
    /// use gender_impact::i18n::Message;
    /// use gender_impact::Problem;
    /// let p = Problem::localised("/x", Message::new("count-of").count("k", 1).count("n", 2));
    /// assert_eq!(p.message, "1 of 2");
    /// assert_eq!(p.message_in(Lang::Es), "1 de 2");
    /// ```
    pub fn localised(pointer: impl Into<String>, text: Message) -> Problem {
        Problem {
            pointer: pointer.into(),
            message: text.in_lang(crate::i18n::Lang::En),
            text: Some(text),
        }
    }

    /// The same problem (its message in every language) in a part of a larger document: its
    /// pointer prefixed with `prefix`, the pointer of that part.
    ///
    /// ```
    /// use gender_impact::i18n::Lang;
    /// let err = gender_impact::validate("{}").unwrap_err();
    /// let p = err.problems()[0].within("/organisations/3");
    /// assert_eq!(p.pointer, "/organisations/3/organisation");
    /// assert_eq!(p.message_in(Lang::Fr), "on attendait ce champ obligatoire, mais il est absent");
    /// ```
    pub fn within(&self, prefix: &str) -> Problem {
        Problem {
            pointer: format!("{prefix}{}", self.pointer),
            ..self.clone()
        }
    }

    /// The catalogue message, if the problem has one.
    pub fn text(&self) -> Option<&Message> {
        self.text.as_ref()
    }

    /// The message in `lang` (the English `message` when the problem has no catalogue entry).
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        match &self.text {
            Some(t) => t.in_lang(lang),
            None => self.message.clone(),
        }
    }

    /// `pointer: message` in `lang`; in English, the same as `to_string()`.
    pub fn display_in(&self, lang: crate::i18n::Lang) -> String {
        format!("{}: {}", self.pointer, self.message_in(lang))
    }
}

// Two problems are the same when they say the same thing at the same place: the catalogue
// entry is another spelling of `message`, not a further fact.
impl PartialEq for Problem {
    fn eq(&self, other: &Problem) -> bool {
        (&self.pointer, &self.message) == (&other.pointer, &other.message)
    }
}

impl Eq for Problem {}

impl PartialOrd for Problem {
    fn partial_cmp(&self, other: &Problem) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Problem {
    fn cmp(&self, other: &Problem) -> std::cmp::Ordering {
        (&self.pointer, &self.message).cmp(&(&other.pointer, &other.message))
    }
}

impl std::hash::Hash for Problem {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.pointer.hash(state);
        self.message.hash(state);
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

/// A document or an [`Input`](crate::Input) that does not pass validation, with every problem found.
///
/// ```
/// let err = gender_impact::validate("{}").unwrap_err();
/// assert_eq!(err.problems().len(), 2); // organisation and period are both missing
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Invalid {
    problems: Vec<Problem>,
}

impl Invalid {
    /// Wraps a list of problems (ordered by place, duplicates removed).
    pub fn new(mut problems: Vec<Problem>) -> Invalid {
        problems.sort_by(|a, b| {
            pointer_key(&a.pointer)
                .cmp(&pointer_key(&b.pointer))
                .then_with(|| a.message.cmp(&b.message))
        });
        problems.dedup();
        if problems.len() > crate::limits::MAX_PROBLEMS {
            problems.truncate(crate::limits::MAX_PROBLEMS);
            problems.push(Problem::localised(
                "",
                whole(
                    Message::new("input-too-many-problems"),
                    ("n", "n_raw"),
                    crate::limits::MAX_PROBLEMS as u64,
                ),
            ));
        }
        Invalid { problems }
    }
    /// The problems, ordered by place: array items in index order, the fields of an object by name.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        writeln!(f, "{n} problem{} found:", if n == 1 { "" } else { "s" })?;
        for p in &self.problems {
            writeln!(f, "{p}")?;
        }
        Ok(())
    }
}

/// Orders pointers by place: array indices compare as numbers, field names alphabetically.
pub(super) fn pointer_key(pointer: &str) -> Vec<(u64, &str)> {
    pointer
        .split('/')
        .map(|seg| match seg.parse::<u64>() {
            Ok(n) => (n, ""),
            Err(_) => (u64::MAX, seg),
        })
        .collect()
}

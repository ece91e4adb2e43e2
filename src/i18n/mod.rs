//! Languages and messages: the Fluent catalogues (`locales/*/*.ftl`), the [`Lang`] a text is
//! written in, and [`Message`], a catalogue id with its arguments. The bottom layer: it
//! imports nothing else of the crate.

pub(crate) mod format;
mod locale;
mod message;

pub(crate) use locale::Template;
pub use locale::{Arg, Lang, UnknownLang};
pub use message::{Message, MessageArg};

#[cfg(test)]
pub(crate) use locale::tests as locale_tests;

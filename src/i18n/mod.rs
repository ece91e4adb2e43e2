//! Languages and messages: the Fluent catalogues (`locales/*/*.ftl`), the [`Lang`] a text is
//! written in, and [`Message`], a catalogue id with its arguments. The bottom layer: it
//! imports nothing else of the crate.

pub(crate) mod format;
mod locale;
mod message;
#[cfg(test)]
pub(crate) mod override_for_tests;

pub use locale::{Arg, Lang};
pub use message::{Message, MessageArg};

//! The law module: the rules as data (`jurisdictions/*.json`), their schema, and the
//! obligations they give. Every expected value comes from the rule's source (quoted in the
//! test) or is worked by hand in a comment.

#[path = "law/board.rs"]
mod board;
#[path = "law/bodies.rs"]
mod bodies;
#[path = "law/calendar.rs"]
mod calendar;
#[path = "law/data.rs"]
mod data;
#[path = "law/obligations.rs"]
mod obligations;
#[path = "law/pay_profile.rs"]
mod pay_profile;
#[path = "support/mod.rs"]
mod support;

//! The `gia` command line: commands, arbitrary arguments and the HTML outputs.
//!
//! One test binary for this concern (each file of `tests/cli/` is a module of it), sharing
//! the helpers of `tests/support/mod.rs`.

mod support;

#[path = "cli/cli.rs"]
mod cli;

#[path = "cli/cli_arguments.rs"]
mod cli_arguments;

#[path = "cli/cli_convert.rs"]
mod cli_convert;

#[path = "cli/cli_html.rs"]
mod cli_html;

#[path = "cli/cli_init.rs"]
mod cli_init;

#[path = "cli/cli_obligations.rs"]
mod cli_obligations;

#[path = "cli/cli_pay_joint.rs"]
mod cli_pay_joint;

#[path = "cli/cli_pay_html.rs"]
mod cli_pay_html;

#[path = "cli/cli_pay_profile.rs"]
mod cli_pay_profile;

#[path = "cli/examples.rs"]
mod examples;

#[cfg(feature = "parquet")]
#[path = "cli/cli_pay_parquet.rs"]
mod cli_pay_parquet;

#[path = "cli/cli_ndjson.rs"]
mod cli_ndjson;

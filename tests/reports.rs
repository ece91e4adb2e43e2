//! Reports: the HTML report, its pay section in every language, and the pages rendered in a real
//! browser (charts drawn, every page within A4's width).
//!
//! One test binary for this concern (each file of `tests/reports/` is a module of it), sharing
//! the helpers of `tests/support/mod.rs`.

mod support;

#[path = "reports/browser.rs"]
mod browser;

#[path = "reports/page_width.rs"]
mod page_width;

#[path = "reports/pay_report_languages.rs"]
mod pay_report_languages;

#[path = "reports/report_html.rs"]
mod report_html;

#[path = "reports/ndjson_stream.rs"]
mod ndjson_stream;

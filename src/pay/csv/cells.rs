//! Reading one cell: a number, an amount, a flag (gender codes: `genders.rs`). Messages never echo a pay
//! value.

use super::numbers::{DecimalSeparator, number_with, plain_comma_decimal};
use crate::i18n::Message;
use crate::model::Money;

/// Parses a number from a cell's bytes, written with `sep` before its decimals (see
/// `numbers.rs`), without allocating in the common case. `empty` is the id of the message for
/// an empty cell. Messages never echo the cell.
#[inline]
pub(super) fn number(
    cell: &[u8],
    sep: DecimalSeparator,
    empty: &'static str,
) -> Result<f64, Message> {
    let fast = match sep {
        DecimalSeparator::Point => plain_decimal(cell),
        DecimalSeparator::Comma => plain_comma_decimal(cell),
    };
    match fast {
        Some(v) => Ok(v),
        None => number_with(cell, sep, empty),
    }
}

/// The fast path for the common cell: digits with at most one decimal point (`89432.694`), at
/// most 15 digits. The digits as an integer (below 2^53, so exact) divided by an exact power of
/// ten is the correctly rounded value: the same as `str::parse::<f64>` gives (Clinger's fast
/// path, which the standard library also takes). `None` for anything else.
#[inline]
pub(super) fn plain_decimal(cell: &[u8]) -> Option<f64> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    if cell.is_empty() || cell.len() > 16 {
        return None;
    }
    let mut m: u64 = 0;
    let mut point: Option<usize> = None;
    for (i, &c) in cell.iter().enumerate() {
        match c {
            b'0'..=b'9' => m = m * 10 + u64::from(c - b'0'),
            b'.' if point.is_none() => point = Some(i),
            _ => return None,
        }
    }
    let decimals = match point {
        Some(_) if cell.len() == 1 => return None, // a lone point
        Some(i) => cell.len() - 1 - i,
        None => 0,
    };
    // At most 16 bytes with a point, or 15 digits without one: m < 10^16; require < 2^53.
    if m >= 1 << 53 {
        return None;
    }
    Some(m as f64 / POW10[decimals])
}

/// Parses an amount of money: a finite number, zero or more.
pub(super) fn amount(cell: &[u8], sep: DecimalSeparator) -> Result<Money, Message> {
    amount_of(number(cell, sep, "csv-amount-empty")?)
}

/// A number as an amount of money: finite, zero or more.
pub(super) fn amount_of(v: f64) -> Result<Money, Message> {
    if v < 0.0 {
        return Err(Message::new("csv-amount-negative"));
    }
    if v > Money::MAX {
        return Err(Message::new("csv-amount-too-large"));
    }
    Money::new(v).map_err(|_| Message::new("csv-amount-invalid"))
}

pub(super) fn flag(cell: &[u8]) -> Result<bool, Message> {
    let v = cell.trim_ascii();
    for (name, b) in [
        ("true", true),
        ("yes", true),
        ("y", true),
        ("1", true),
        ("false", false),
        ("no", false),
        ("n", false),
        ("0", false),
    ] {
        if v.eq_ignore_ascii_case(name.as_bytes()) {
            return Ok(b);
        }
    }
    Err(Message::new(if v.is_empty() {
        "csv-flag-empty"
    } else {
        "csv-flag-other"
    }))
}

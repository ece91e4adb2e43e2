//! Reading one cell: a gender code, a number, an amount, a flag. Messages never echo a pay
//! value.

use crate::i18n::Message;
use crate::model::{Gender, Money};

/// The gender codes accepted (any case, surrounding spaces ignored).
pub const GENDER_CODES: &[(&str, Gender)] = &[
    ("woman", Gender::Woman),
    ("women", Gender::Woman),
    ("female", Gender::Woman),
    ("f", Gender::Woman),
    ("w", Gender::Woman),
    ("man", Gender::Man),
    ("men", Gender::Man),
    ("male", Gender::Man),
    ("m", Gender::Man),
    ("non_binary", Gender::NonBinary),
    ("non-binary", Gender::NonBinary),
    ("non binary", Gender::NonBinary),
    ("nonbinary", Gender::NonBinary),
    ("nb", Gender::NonBinary),
    ("x", Gender::NonBinary),
    ("undisclosed", Gender::Undisclosed),
    ("unknown", Gender::Undisclosed),
    ("u", Gender::Undisclosed),
    ("prefer not to say", Gender::Undisclosed),
];

/// Reads a gender code: see [`GENDER_CODES`]. The error never echoes a value longer than 3
/// characters, nor one that is not made of ASCII letters.
pub(super) fn gender_of(cell: &[u8]) -> Result<Gender, Message> {
    // The common one-letter codes first.
    if let [c] = cell {
        match c.to_ascii_lowercase() {
            b'f' | b'w' => return Ok(Gender::Woman),
            b'm' => return Ok(Gender::Man),
            b'x' => return Ok(Gender::NonBinary),
            b'u' => return Ok(Gender::Undisclosed),
            _ => {}
        }
    }
    let code = cell.trim_ascii();
    for (name, g) in GENDER_CODES {
        if code.eq_ignore_ascii_case(name.as_bytes()) {
            return Ok(*g);
        }
    }
    Err(if code.is_empty() {
        Message::new("csv-gender-empty")
    } else if code.len() <= 3 && code.iter().all(u8::is_ascii_alphabetic) {
        // Safe to echo: at most 3 ASCII letters cannot be a pay value or a name.
        Message::new("csv-gender-unknown-code").text("code", String::from_utf8_lossy(code))
    } else {
        Message::new("csv-gender-unknown")
    })
}

/// Parses a number from a cell's bytes, without allocating. `empty` is the id of the message
/// for an empty cell. Messages never echo the cell.
pub(super) fn number(cell: &[u8], empty: &'static str) -> Result<f64, Message> {
    if let Some(v) = plain_decimal(cell) {
        return Ok(v);
    }
    let Ok(text) = std::str::from_utf8(cell) else {
        return Err(Message::new("csv-number-text"));
    };
    let text = text.trim();
    if text.is_empty() {
        return Err(Message::new(empty));
    }
    Err(Message::new(match text.parse::<f64>() {
        Ok(v) if v.is_finite() => return Ok(v),
        Ok(v) if v.is_nan() => "csv-number-nan",
        Ok(_) if text.bytes().any(|b| b.is_ascii_digit()) => "csv-number-too-large",
        Ok(_) => "csv-number-infinite",
        Err(_) => "csv-number-text",
    }))
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
pub(super) fn amount(cell: &[u8]) -> Result<Money, Message> {
    let v = number(cell, "csv-amount-empty")?;
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

#[cfg(test)]
mod gender_code_tests {
    use super::gender_of;
    use crate::i18n::Lang;
    use crate::model::Gender;

    /// Formerly the doc test of the public `parse_gender` (now `gender_of`, crate-private).
    #[test]
    fn gender_codes_and_their_errors() {
        assert_eq!(gender_of(b" Female "), Ok(Gender::Woman));
        assert_eq!(gender_of(b"NB"), Ok(Gender::NonBinary));
        let empty = gender_of(b"").unwrap_err().in_lang(Lang::En);
        assert!(empty.ends_with("found an empty cell"), "{empty}");
        let q = gender_of(b"q").unwrap_err().in_lang(Lang::En);
        assert!(q.ends_with("found an unknown gender code `q`"), "{q}");
    }
}

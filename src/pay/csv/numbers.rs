//! Numbers as people write them: `51000.5`, `51,000.50`, `51.000,50`, `€ 32 960,84`.
//!
//! The decimal separator is decided **per column, from the whole column**, never per cell: a
//! cell such as `175.873` reads as 175.873 or as 175,873 depending on the other cells of its
//! column (`145.613,36` in the same column makes both thousands-dotted). While a column is
//! undecided, rows with such a cell wait in the reader (see `reader.rs`); a column that stays
//! undecided to the end of the file is an error that names it and `--decimal`.
//! [`CsvOptions::decimal`](super::CsvOptions::decimal) forces one separator for every column.
//!
//! Currency signs and spaces (including no-break and narrow no-break spaces) are ignored.

use crate::i18n::Message;

/// The decimal separator of numbers in a payroll file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecimalSeparator {
    /// `1,234.5`: a point before the decimals, commas between thousands.
    Point,
    /// `1.234,5`: a comma before the decimals, points (or spaces) between thousands.
    Comma,
}

impl DecimalSeparator {
    /// The separator's character.
    pub fn char(self) -> char {
        match self {
            DecimalSeparator::Point => '.',
            DecimalSeparator::Comma => ',',
        }
    }

    fn grouping(self) -> u8 {
        match self {
            DecimalSeparator::Point => b',',
            DecimalSeparator::Comma => b'.',
        }
    }
}

impl std::str::FromStr for DecimalSeparator {
    type Err = crate::pay::csv::CsvOptionError;
    /// `.` or `,` (also `point`, `comma`, `dot`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "." | "point" | "dot" => Ok(DecimalSeparator::Point),
            "," | "comma" => Ok(DecimalSeparator::Comma),
            other => Err(crate::pay::csv::CsvOptionError::Decimal(other.to_string())),
        }
    }
}

/// What one cell tells about its column's decimal separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Evidence {
    /// No separator at all (`51000`), or not a number: says nothing.
    Nothing,
    /// Only this separator can be the decimal one (`51000.5`, `1.234.567`, `1.234,5`).
    Decides(DecimalSeparator),
    /// One `.` or one `,` followed by exactly three digits (`175.873`, `1,234`): either way.
    Either,
}

/// The characters ignored in amounts: spaces of every kind and currency signs.
fn ignored(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '€' | '$' | '£' | '¥' | '₹' | '\''
        )
}

/// The cell's bytes without the ignored characters; borrowed when there are none.
fn cleaned(cell: &[u8]) -> Option<std::borrow::Cow<'_, str>> {
    let text = std::str::from_utf8(cell).ok()?;
    if text
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',' || b == b'-')
    {
        return Some(std::borrow::Cow::Borrowed(text));
    }
    Some(std::borrow::Cow::Owned(
        text.chars().filter(|c| !ignored(*c)).collect(),
    ))
}

/// What a cell tells about the decimal separator of its column.
pub(super) fn evidence(cell: &[u8]) -> Evidence {
    let Some(text) = cleaned(cell) else {
        return Evidence::Nothing;
    };
    let digits = text.strip_prefix('-').unwrap_or(&text);
    let points = digits.bytes().filter(|&b| b == b'.').count();
    let commas = digits.bytes().filter(|&b| b == b',').count();
    let last = digits.rfind(['.', ',']);
    match (points, commas, last) {
        (0, 0, _) | (_, _, None) => Evidence::Nothing,
        (p, c, Some(i)) if p > 0 && c > 0 => Evidence::Decides(if digits.as_bytes()[i] == b',' {
            DecimalSeparator::Comma
        } else {
            DecimalSeparator::Point
        }),
        (p, 0, _) if p > 1 => Evidence::Decides(DecimalSeparator::Comma),
        (0, c, _) if c > 1 => Evidence::Decides(DecimalSeparator::Point),
        (_, _, Some(i)) => {
            let (before, after) = (&digits[..i], &digits[i + 1..]);
            let one = if points == 1 {
                DecimalSeparator::Point
            } else {
                DecimalSeparator::Comma
            };
            let group = (1..=3).contains(&before.len()) && !before.starts_with('0');
            if group && after.len() == 3 && after.bytes().all(|b| b.is_ascii_digit()) {
                Evidence::Either
            } else {
                Evidence::Decides(one)
            }
        }
    }
}

/// Reads a number written with `sep` as its decimal separator (thousands grouped by the other
/// character, or by spaces), without echoing the cell. `empty` is the id of the message for an
/// empty cell. `None` separator: the column has no separator anywhere so far, so only a cell
/// without one (or with an unambiguous one) gets here.
#[cold]
pub(super) fn number_with(
    cell: &[u8],
    sep: DecimalSeparator,
    empty: &'static str,
) -> Result<f64, Message> {
    let Some(text) = cleaned(cell) else {
        return Err(Message::new("csv-number-text"));
    };
    let text = text.trim();
    if text.is_empty() {
        return Err(Message::new(empty));
    }
    let Some(plain) = ungrouped(text, sep) else {
        return Err(Message::new("csv-number-grouping").text("decimal", sep.char().to_string()));
    };
    Err(Message::new(match plain.parse::<f64>() {
        Ok(v) if v.is_finite() => return Ok(v),
        Ok(v) if v.is_nan() => "csv-number-nan",
        Ok(_) if plain.bytes().any(|b| b.is_ascii_digit()) => "csv-number-too-large",
        Ok(_) => "csv-number-infinite",
        Err(_) => "csv-number-text",
    }))
}

/// The number with its grouping removed and a `.` before the decimals; `None` when the grouping
/// is not in groups of three (`1.23.456`), or a grouping mark follows the decimal separator.
fn ungrouped(text: &str, sep: DecimalSeparator) -> Option<String> {
    let decimal = sep.char() as u8;
    let grouping = sep.grouping();
    let (int, frac) = match text.bytes().position(|b| b == decimal) {
        Some(i) => (&text[..i], Some(&text[i + 1..])),
        None => (text, None),
    };
    if frac.is_some_and(|f| f.bytes().any(|b| b == grouping || b == decimal)) {
        return None;
    }
    let unsigned = int.strip_prefix('-').unwrap_or(int);
    if unsigned.bytes().any(|b| b == grouping) {
        let mut groups = unsigned.split(grouping as char);
        let first = groups.next().unwrap_or("");
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    let mut out: String = int
        .chars()
        .filter(|&c| c as u32 != u32::from(grouping))
        .collect();
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    Some(out)
}

/// The fast path of a decided comma column: digits with at most one comma (`91559,04`); a
/// point (a thousands mark here) takes the slow path.
#[inline]
pub(super) fn plain_comma_decimal(cell: &[u8]) -> Option<f64> {
    if cell.contains(&b'.') {
        return None;
    }
    let i = cell.iter().position(|&b| b == b',');
    match i {
        None => super::cells::plain_decimal(cell),
        Some(i) if cell.len() <= 16 => {
            let mut buf = [0u8; 16];
            buf[..cell.len()].copy_from_slice(cell);
            buf[i] = b'.';
            super::cells::plain_decimal(&buf[..cell.len()])
        }
        Some(_) => None,
    }
}

/// The decimal separator of each numeric column, decided as the rows come.
pub(super) struct Decimals {
    /// By column of the header: the separator to read with (the point until decided).
    pub(super) sep: Vec<DecimalSeparator>,
    /// The numeric columns not decided yet.
    open: Vec<usize>,
    /// Undecided columns with a cell that reads either way, with the line of the first one.
    pub(super) waiting: Vec<(usize, u64)>,
}

impl Decimals {
    /// The columns `numeric` of a header `width` wide, all read with `forced` when given.
    pub(super) fn new(width: usize, numeric: &[usize], forced: Option<DecimalSeparator>) -> Self {
        let mut open: Vec<usize> = if forced.is_some() {
            Vec::new()
        } else {
            numeric.to_vec()
        };
        open.sort_unstable();
        open.dedup();
        Decimals {
            sep: vec![forced.unwrap_or(DecimalSeparator::Point); width],
            open,
            waiting: Vec::new(),
        }
    }

    /// Notes what the row's numeric cells tell; true when the row must wait, because a cell of
    /// a column still undecided reads either way.
    #[inline]
    pub(super) fn observe<C: super::record::Record>(
        &mut self,
        rec: &C,
        line: &dyn Fn() -> u64,
    ) -> bool {
        if self.open.is_empty() {
            return false;
        }
        let mut waits = false;
        let mut k = 0;
        while k < self.open.len() {
            let c = self.open[k];
            let cell = rec.cell(c);
            let tells = if cell.iter().all(u8::is_ascii_digit) {
                Evidence::Nothing
            } else {
                evidence(cell)
            };
            match tells {
                Evidence::Decides(s) => {
                    self.sep[c] = s;
                    self.open.swap_remove(k);
                    self.waiting.retain(|w| w.0 != c);
                    continue;
                }
                Evidence::Either => {
                    if !self.waiting.iter().any(|w| w.0 == c) {
                        self.waiting.push((c, line()));
                    }
                    waits = true;
                }
                Evidence::Nothing => {}
            }
            k += 1;
        }
        waits
    }
}

#[cfg(test)]
mod tests {
    use super::DecimalSeparator::{Comma, Point};
    use super::{Evidence, evidence, number_with};

    #[test]
    fn evidence_of_cells() {
        assert_eq!(evidence(b"51000"), Evidence::Nothing);
        assert_eq!(evidence(b"51000.5"), Evidence::Decides(Point));
        assert_eq!(evidence(b"91.559,04"), Evidence::Decides(Comma));
        assert_eq!(evidence(b"91,559.04"), Evidence::Decides(Point));
        assert_eq!(evidence(b"1.234.567"), Evidence::Decides(Comma));
        assert_eq!(evidence(b"1,234,567"), Evidence::Decides(Point));
        assert_eq!(evidence(b"175.873"), Evidence::Either);
        assert_eq!(evidence(b"1,234"), Evidence::Either);
        assert_eq!(evidence(b"0.500"), Evidence::Decides(Point));
        assert_eq!(evidence(b"1234.567"), Evidence::Decides(Point));
        assert_eq!(evidence(b"12,5"), Evidence::Decides(Comma));
        assert_eq!(evidence("€ 32 960,84".as_bytes()), Evidence::Decides(Comma));
        assert_eq!(evidence(b"text"), Evidence::Nothing);
    }

    #[test]
    fn fast_path_of_comma_columns() {
        use super::plain_comma_decimal;
        assert_eq!(plain_comma_decimal(b"91559,04"), Some(91559.04));
        assert_eq!(plain_comma_decimal(b"175873"), Some(175873.0));
        assert_eq!(plain_comma_decimal(b"175.873"), None);
        assert_eq!(plain_comma_decimal(b"1,2,3"), None);
    }

    #[test]
    fn numbers_under_each_separator() {
        let n = |s: &str, sep| number_with(s.as_bytes(), sep, "csv-amount-empty");
        assert_eq!(n("91.559,04", Comma), Ok(91559.04));
        assert_eq!(n("175.873", Comma), Ok(175873.0));
        assert_eq!(n("175.873", Point), Ok(175.873));
        assert_eq!(n("1,234,567.5", Point), Ok(1234567.5));
        assert_eq!(n("€ 32 960,84", Comma), Ok(32960.84));
        assert_eq!(n("32\u{202F}960,84 €", Comma), Ok(32960.84));
        assert_eq!(n("$1,234.50", Point), Ok(1234.5));
        assert_eq!(n("-12,5", Comma), Ok(-12.5));
        assert!(n("1.23.456", Comma).is_err());
        assert!(n("1,5,0", Comma).is_err());
        assert!(n("12,5", Point).is_err());
        assert!(n("", Point).is_err());
    }
}

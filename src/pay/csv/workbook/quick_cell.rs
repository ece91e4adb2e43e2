//! The cells of the common shapes, read in one pass over their bytes: `<c r="B2" s="1" t="…">`
//! followed by `<v>…</v></c>` or `<is><t>…</t></is></c>`, or empty (`<c r="B2"/>`). `None` for
//! any other shape (or a cell not whole in the bytes given): [`cell_xml`](super::cell_xml)
//! reads it. The start tag is read first ([`head`]), so that a cell starting the next row is
//! left before its value is read; a reference's digits equal to its `<row>`'s are not read
//! again ([`RowDigits`]).

use std::borrow::Cow;

use super::cell_xml::{Parsed, Type, cell_ref, run_text, type_of, v_value};

/// The reference of the last `<row r="…">` as written, and its row from 0: a cell reference
/// with the same digits is in that row.
#[derive(Debug, Default)]
pub(super) struct RowDigits {
    digits: [u8; 8],
    len: usize,
    row: u32,
}

impl RowDigits {
    /// Remembers `digits` (a `<row>`'s reference, checked) as the digits of row `row` from 0.
    pub(super) fn set(&mut self, digits: &[u8], row: u32) {
        self.len = 0;
        if let Some(d) = self.digits.get_mut(..digits.len()) {
            d.copy_from_slice(digits);
            (self.len, self.row) = (digits.len(), row);
        }
    }
}

/// A cell's start tag: the cell's reference (row, column from 0) if it has one, its type, the
/// tag's length, and whether the cell is empty (`/>`).
#[derive(Debug, PartialEq)]
pub(super) struct Head {
    pub(super) at: Option<(u32, u32)>,
    pub(super) t: Type,
    pub(super) len: usize,
    pub(super) empty: bool,
}

/// The start tag at the start of `s` (which starts with `<c `): attributes `name="value"`
/// separated by spaces. The tags written most (`<c r="E3">`, `<c r="B3" t="inlineStr">`,
/// `<c r="A2" t="s">`) are compared whole.
pub(super) fn head(s: &[u8], rows: &RowDigits) -> Option<Head> {
    if let Some(r) = s.strip_prefix(b"<c r=\"") {
        let (at, n) = reference(r, rows)?;
        let end = &r[n..];
        let common = [
            (&b"\">"[..], Type::Number),
            (b"\" t=\"inlineStr\">", Type::Inline),
            (b"\" t=\"s\">", Type::Shared),
        ]
        .into_iter()
        .find(|(tag, _)| end.starts_with(tag));
        if let Some((tag, t)) = common {
            return Some(Head::new(Some(at), t, 6 + n + tag.len(), false));
        }
    }
    attributes(s, rows)
}

/// The start tag at the start of `s`, attribute by attribute.
fn attributes(s: &[u8], rows: &RowDigits) -> Option<Head> {
    let (mut at, mut t) = (None, Type::Number);
    let mut i = 2;
    loop {
        let rest = s.get(i..)?;
        let n = match rest {
            [b' ', ..] => 1,
            [b'>', ..] => return Some(Head::new(at, t, i + 1, false)),
            [b'/', b'>', ..] => return Some(Head::new(at, t, i + 2, true)),
            [b'r', b'=', b'"', r @ ..] => {
                let (place, n) = reference(r, rows)?;
                at = Some(place);
                4 + n
            }
            [b't', b'=', b'"', v @ ..] => {
                let n = until(v, b'"')?;
                t = type_of(&v[..n])?;
                4 + n
            }
            _ => other_attribute(rest)?,
        };
        i += n;
    }
}

impl Head {
    fn new(at: Option<(u32, u32)>, t: Type, len: usize, empty: bool) -> Head {
        Head { at, t, len, empty }
    }
}

/// The length of an attribute other than `r` and `t` (`s="1"`) at the start of `s`.
fn other_attribute(s: &[u8]) -> Option<usize> {
    let eq = s.iter().position(|&b| !is_name(b))?;
    if eq == 0 || s[eq] != b'=' || *s.get(eq + 1)? != b'"' {
        return None;
    }
    Some(eq + 3 + until(&s[eq + 2..], b'"')?)
}

/// A byte of an attribute's name (`s`, `cm`, `x14ac:dyDescent`).
fn is_name(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b':' | b'_' | b'-' | b'.')
}

/// The cell reference (`E3`) starting `s`, up to its closing quote, as (row, column) from 0,
/// and its length: its row read from the row's digits when they are the same, else by
/// [`cell_ref`].
fn reference(s: &[u8], rows: &RowDigits) -> Option<((u32, u32), usize)> {
    let (mut col, mut k) = (0u32, 0);
    while let Some(&b) = s.get(k).filter(|b| b.is_ascii_alphabetic() && k < 3) {
        col = col * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1;
        k += 1;
    }
    let digits = &rows.digits[..rows.len];
    let same = k > 0
        && !digits.is_empty()
        && s.get(k + digits.len()) == Some(&b'"')
        && digits.iter().zip(&s[k..]).all(|(a, b)| a == b);
    if same {
        return Some(((rows.row, col - 1), k + digits.len()));
    }
    let end = until(s, b'"')?;
    Some((cell_ref(&s[..end])?, end))
}

/// The value of a cell of type `t` whose content (after its start tag) starts `s`, and the
/// length of the content and end tag.
pub(super) fn body(s: &[u8], t: Type) -> Option<(Parsed<'_>, usize)> {
    if let Some(v) = s.strip_prefix(b"<v>") {
        let n = until(v, b'<')?;
        if !v[n..].starts_with(b"</v></c>") {
            return None;
        }
        Some((v_value(&v[..n], t)?, 3 + n + 8))
    } else if let Some(text) = s.strip_prefix(b"<is><t>") {
        let (n, plain) = text_end(text)?;
        if !text[n..].starts_with(b"</t></is></c>") {
            return None;
        }
        let text = match plain {
            true => Cow::Borrowed(std::str::from_utf8(trim(&text[..n])).ok()?),
            false => run_text(&text[..n], false)?,
        };
        Some((Parsed::Text(text), 7 + n + 13))
    } else {
        None
    }
}

/// The length of a run's text (up to `<`), and whether it is plain: ASCII, no entity, no `_`
/// (of an `_xHHHH_` escape), no carriage return.
fn text_end(s: &[u8]) -> Option<(usize, bool)> {
    let mut plain = true;
    for (i, &b) in s.iter().enumerate() {
        if b == b'<' {
            return Some((i, plain));
        }
        plain &= b.is_ascii() && !matches!(b, b'&' | b'_' | b'\r');
    }
    None
}

/// `s` without the spaces, tabs and line feeds around it (as [`run_text`] trims).
fn trim(mut s: &[u8]) -> &[u8] {
    while let [b' ' | b'\t' | b'\n', rest @ ..] = s {
        s = rest;
    }
    while let [rest @ .., b' ' | b'\t' | b'\n'] = s {
        s = rest;
    }
    s
}

/// The offset of the first `b` in `s` (short spans: a plain loop).
fn until(s: &[u8], b: u8) -> Option<usize> {
    s.iter().position(|&c| c == b)
}

#[cfg(test)]
mod tests {
    use super::{Head, RowDigits, body, head};
    use crate::pay::csv::workbook::cell_xml::{Parsed, cell_tag, cell_value};
    use crate::pay::csv::workbook::tags::tag_end;

    /// The cell read in one pass, and read by `cell_xml` (the reader of any cell).
    fn both<'a>(
        xml: &'a [u8],
        rows: &RowDigits,
    ) -> (Option<(Head, Parsed<'a>)>, Option<Parsed<'a>>) {
        let quick = head(xml, rows).and_then(|h| {
            let (value, n) = match h.empty {
                true => (Parsed::Empty, 0),
                false => body(&xml[h.len..], h.t)?,
            };
            assert_eq!(h.len + n, xml.len(), "the whole cell");
            Some((h, value))
        });
        let open = tag_end(xml).unwrap();
        let (at, t) = cell_tag(&xml[..open]).unwrap();
        let slow = match xml[open - 2] {
            b'/' => Some(Parsed::Empty),
            _ => cell_value(&xml[open..xml.len() - 4], t),
        };
        if let Some((h, _)) = &quick {
            assert_eq!((h.at, h.t), (at, t));
        }
        (quick, slow)
    }

    #[test]
    fn common_shapes_read_as_any_cell() {
        let mut rows = RowDigits::default();
        rows.set(b"3", 2);
        for xml in [
            &b"<c r=\"E3\"><v>30916.26</v></c>"[..],
            b"<c r=\"B3\" t=\"inlineStr\"><is><t>F</t></is></c>",
            b"<c r=\"B3\" t=\"inlineStr\"><is><t> Human Resources\t</t></is></c>",
            b"<c r=\"B3\" t=\"inlineStr\"><is><t>R&amp;D</t></is></c>",
            b"<c r=\"B3\" t=\"inlineStr\"><is><t>\xc3\xa9t\xc3\xa9 </t></is></c>",
            b"<c r=\"A1\" s=\"2\" t=\"s\"><v>7</v></c>",
            b"<c r=\"A1\" s=\"2\"/>",
            b"<c r=\"aa3\"><v>1</v></c>",
            b"<c r=\"ZZZ3\"><v>-1.5E3</v></c>",
            b"<c r=\"C30\"><v>2</v></c>",
            b"<c r=\"C03\" t=\"b\"><v>1</v></c>",
            b"<c  s=\"1\"  t=\"e\"><v>#N/A</v></c>",
        ] {
            let (quick, slow) = both(xml, &rows);
            let (_, value) = quick.expect("read in one pass");
            assert_eq!(Some(value), slow, "{}", String::from_utf8_lossy(xml));
        }
    }

    #[test]
    fn a_references_digits_are_read_only_when_not_the_rows() {
        let mut rows = RowDigits::default();
        rows.set(b"12", 11);
        let at = |xml: &[u8], rows: &RowDigits| head(xml, rows).and_then(|h| h.at);
        assert_eq!(at(b"<c r=\"AB12\">", &rows), Some((11, 27)));
        assert_eq!(at(b"<c r=\"AB13\">", &rows), Some((12, 27)));
        assert_eq!(at(b"<c r=\"AB1\">", &rows), Some((0, 27)));
        assert_eq!(at(b"<c r=\"12\">", &rows), None);
        assert_eq!(at(b"<c r=\"ABCD12\">", &rows), None);
        assert_eq!(at(b"<c r=\"A0\">", &rows), None);
        rows.set(b"123456789", 0);
        assert_eq!(at(b"<c r=\"B5\">", &rows), Some((4, 1)), "digits not kept");
    }

    #[test]
    fn other_shapes_are_left_to_the_reader_of_any_cell() {
        let rows = RowDigits::default();
        for xml in [
            &b"<c r=\"A1\"><f>1+1</f><v>2</v></c>"[..],
            b"<c r=\"A1\"><v>2</v></c",
            b"<c r=\"A1\" t=\"d\"><v>2024-01-01</v></c>",
            b"<c r=\"A1\"\tt=\"s\"><v>2</v></c>",
            b"<c r =\"A1\"><v>2</v></c>",
            b"<c r='A1'><v>2</v></c>",
            b"<c r=\"A1\" t=\"inlineStr\"><is><t>a_x000D_b</t></is></c>",
        ] {
            let read = head(xml, &rows).and_then(|h| body(&xml[h.len..], h.t));
            assert!(read.is_none(), "{}", String::from_utf8_lossy(xml));
        }
    }
}

//! One cell of a worksheet's XML (`<c r="B2" t="s"><v>3</v></c>`), held whole: its place and
//! its value. `None` for anything the fast reader leaves to calamine (a type it does not read,
//! a number written in an unusual way, `_x000D_` escapes, CDATA, line ends to normalise).

use std::borrow::Cow;

use super::tags::{attributes, element, is_tag};
use crate::pay::csv::cells::plain_decimal;

/// The type of a cell (its `t` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Type {
    /// `n`, or no type.
    Number,
    /// `s`: an index in the shared strings.
    Shared,
    /// `inlineStr`: the text is in `<is>`.
    Inline,
    /// `str`: a formula's text.
    Str,
    /// `b`: 0 or 1.
    Bool,
    /// `e`: a formula error.
    Error,
}

/// A cell's value as read; texts borrowed from the XML when they need no unescaping.
#[derive(Debug, PartialEq)]
pub(super) enum Parsed<'a> {
    Empty,
    Text(Cow<'a, str>),
    /// An index in the shared strings.
    Shared(usize),
    Number(f64),
    Bool(bool),
    Error(&'static str),
}

/// The place (`r`, as (row, column) from 0) and type of the cell of start tag `tag`.
pub(super) fn cell_tag(tag: &[u8]) -> Option<(Option<(u32, u32)>, Type)> {
    let (mut r, mut t) = (None, Some(Type::Number));
    let mut bad = false;
    let ok = attributes(tag, |name, v| match name {
        b"r" => match cell_ref(v) {
            Some(p) => r = Some(p),
            None => bad = true,
        },
        b"t" => t = type_of(v),
        _ => {}
    });
    (ok && !bad).then_some((r, t?))
}

pub(super) fn type_of(t: &[u8]) -> Option<Type> {
    Some(match t {
        b"n" => Type::Number,
        b"s" => Type::Shared,
        b"inlineStr" => Type::Inline,
        b"str" => Type::Str,
        b"b" => Type::Bool,
        b"e" => Type::Error,
        _ => return None, // `d` (an ISO date) and unknown types
    })
}

/// A cell reference (`B2`) as (row, column) from 0: one to three letters, then digits.
pub(super) fn cell_ref(r: &[u8]) -> Option<(u32, u32)> {
    let (mut col, mut row, mut letters, mut digits) = (0u32, 0u32, 0, 0);
    for &b in r {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' if digits == 0 && letters < 3 => {
                col = col * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1;
                letters += 1;
            }
            b'0'..=b'9' if letters > 0 && digits < 8 => {
                row = row * 10 + u32::from(b - b'0');
                digits += 1;
            }
            _ => return None,
        }
    }
    Some((row.checked_sub(1)?, col.checked_sub(1)?))
}

/// The value of a cell of type `t` whose content (between its tags) is `body`: its last child
/// `<v>`, `<is>` or `<f>` (a formula alone reads as empty, as in calamine).
pub(super) fn cell_value(body: &[u8], t: Type) -> Option<Parsed<'_>> {
    let mut value = Parsed::Empty;
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'<', &body[i..]) {
        let s = &body[i + k..];
        let len = if is_tag(s, b"v") {
            let (_, text, len) = element(s, b"v")?;
            value = v_value(text, t)?;
            len
        } else if is_tag(s, b"is") {
            let (_, inner, len) = element(s, b"is")?;
            value = Parsed::Text(rich_text(inner)?);
            len
        } else if is_tag(s, b"f") {
            value = Parsed::Empty;
            element(s, b"f")?.2
        } else {
            return None;
        };
        i += k + len;
    }
    Some(value)
}

/// The value of `<v>` in a cell of type `t`.
pub(super) fn v_value(v: &[u8], t: Type) -> Option<Parsed<'_>> {
    if v.is_empty() && t != Type::Str {
        return Some(Parsed::Empty);
    }
    Some(match t {
        Type::Number => Parsed::Number(number(v)?),
        Type::Shared if v.iter().all(u8::is_ascii_digit) && v.len() < 10 => {
            Parsed::Shared(v.iter().fold(0, |n, b| n * 10 + usize::from(b - b'0')))
        }
        Type::Shared => return None,
        Type::Inline => Parsed::Empty,
        Type::Str => Parsed::Text(run_text(v, true)?),
        Type::Bool => match v.trim_ascii() {
            b"" => Parsed::Empty,
            b"0" => Parsed::Bool(false),
            b"1" => Parsed::Bool(true),
            b if b.eq_ignore_ascii_case(b"false") => Parsed::Bool(false),
            b if b.eq_ignore_ascii_case(b"true") => Parsed::Bool(true),
            _ => return None,
        },
        Type::Error => Parsed::Error(error(v)?),
    })
}

/// A formula error, as calamine writes it.
fn error(v: &[u8]) -> Option<&'static str> {
    [
        "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!",
    ]
    .into_iter()
    .find(|e| e.as_bytes() == v)
}

/// A number cell's value: `-?digits(.digits)?(e[+-]?digits)?`, finite (`-0` reads as 0).
pub(super) fn number(v: &[u8]) -> Option<f64> {
    if let Some(x) = plain_decimal(v) {
        return Some(x);
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while v.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i > start
    };
    let mut i = usize::from(v.first() == Some(&b'-'));
    let mut ok = digits(&mut i);
    if v.get(i) == Some(&b'.') {
        i += 1;
        ok &= digits(&mut i);
    }
    if matches!(v.get(i), Some(b'e' | b'E')) {
        i += 1;
        i += usize::from(matches!(v.get(i), Some(b'+' | b'-')));
        ok &= digits(&mut i);
    }
    if !ok || i != v.len() {
        return None;
    }
    let x: f64 = std::str::from_utf8(v).ok()?.parse().ok()?;
    x.is_finite().then_some(x + 0.0)
}

/// The text of a rich or plain string (`<t>…</t>`, or runs `<r><rPr>…</rPr><t>…</t></r>`;
/// phonetic runs `<rPh>` left out): the content of `<is>` or of a shared string's `<si>`.
pub(super) fn rich_text(body: &[u8]) -> Option<Cow<'_, str>> {
    let mut text: Option<Cow<'_, str>> = None;
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'<', &body[i..]) {
        let s = &body[i + k..];
        if s.starts_with(b"<!") {
            return None; // CDATA or a comment
        }
        let len = if is_tag(s, b"t") {
            let (tag, raw, len) = element(s, b"t")?;
            let mut preserve = false;
            attributes(tag, |n, v| {
                preserve |= n == b"xml:space" && v == b"preserve"
            });
            let run = run_text(raw, preserve)?;
            text = Some(match text {
                None => run,
                Some(mut t) => {
                    t.to_mut().push_str(&run);
                    t
                }
            });
            len
        } else if is_tag(s, b"rPh") {
            element(s, b"rPh")?.2
        } else {
            1 // another tag (`<r>`, `<rPr>` and its children): looked into
        };
        i += k + len;
    }
    Some(text.unwrap_or_default())
}

/// The text of one run: entities replaced, ASCII spaces around it trimmed unless `preserve`;
/// `None` for markup inside it (CDATA), a line end to normalise or an `_xHHHH_` escape.
pub(super) fn run_text(raw: &[u8], preserve: bool) -> Option<Cow<'_, str>> {
    const WS: [char; 4] = [' ', '\t', '\r', '\n'];
    let s = std::str::from_utf8(raw).ok()?;
    if !raw.iter().any(|&b| matches!(b, b'&' | b'\r' | b'_' | b'<')) {
        return Some(Cow::Borrowed(if preserve { s } else { s.trim_matches(WS) }));
    }
    if s.contains(['\r', '<']) || x_escape(s) {
        return None;
    }
    let s = quick_xml::escape::unescape(s).ok()?;
    if x_escape(&s) {
        return None;
    }
    Some(match s {
        _ if preserve => s,
        Cow::Borrowed(b) => Cow::Borrowed(b.trim_matches(WS)),
        Cow::Owned(o) => Cow::Owned(o.trim_matches(WS).to_string()),
    })
}

/// Whether the text holds an escape `_xHHHH_` (a character XML cannot hold).
fn x_escape(s: &str) -> bool {
    s.as_bytes().windows(7).any(|w| {
        w[0] == b'_' && w[1] == b'x' && w[2..6].iter().all(u8::is_ascii_hexdigit) && w[6] == b'_'
    })
}

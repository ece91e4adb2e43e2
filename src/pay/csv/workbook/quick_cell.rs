//! The cells of the common shapes, read in one pass: `<c r="B2" s="1" t="…">` followed by
//! `<v>…</v></c>` or `<is><t>…</t></is></c>`, or empty (`<c r="B2"/>`). `None` for any other
//! shape (or a cell not whole in the bytes given): [`cell_xml`](super::cell_xml) reads it.

use super::cell_xml::{Parsed, Type, cell_ref, run_text, type_of, v_value};

/// A cell read: its length in the XML, its reference (row, column) if it has one, its value.
pub(super) struct Quick<'a> {
    pub(super) len: usize,
    pub(super) at: Option<(u32, u32)>,
    pub(super) value: Parsed<'a>,
}

/// The cell at the start of `s` (which starts with `<c `), when of a common shape.
pub(super) fn quick_cell(s: &[u8]) -> Option<Quick<'_>> {
    let (mut at, mut t) = (None, Type::Number);
    let mut i = 2;
    loop {
        while *s.get(i)? == b' ' {
            i += 1;
        }
        match s.get(i..i + 2)? {
            [b'>', _] => break,
            b"/>" => {
                let value = Parsed::Empty;
                return Some(Quick {
                    len: i + 2,
                    at,
                    value,
                });
            }
            _ => {}
        }
        let name = i;
        i += until(&s[i..], b'=')?;
        if *s.get(i + 1)? != b'"' {
            return None;
        }
        let v = i + 2;
        let end = v + until(&s[v..], b'"')?;
        match &s[name..i] {
            b"r" => at = Some(cell_ref(&s[v..end])?),
            b"t" => t = type_of(&s[v..end])?,
            _ => {}
        }
        i = end + 1;
    }
    let body = &s[i + 1..];
    let (value, len) = if let Some(v) = body.strip_prefix(b"<v>") {
        let n = until(v, b'<')?;
        let value = v[n..]
            .starts_with(b"</v></c>")
            .then(|| v_value(&v[..n], t))??;
        (value, 3 + n + 8)
    } else if let Some(text) = body.strip_prefix(b"<is><t>") {
        let n = until(text, b'<')?;
        let ok = text[n..].starts_with(b"</t></is></c>");
        let value = Parsed::Text(ok.then(|| run_text(&text[..n], false))??);
        (value, 7 + n + 13)
    } else {
        return None;
    };
    Some(Quick {
        len: i + 1 + len,
        at,
        value,
    })
}

/// The offset of the first `b` in `s` (short spans: a plain loop).
fn until(s: &[u8], b: u8) -> Option<usize> {
    s.iter().position(|&c| c == b)
}

#[cfg(test)]
mod tests {
    use super::quick_cell;
    use crate::pay::csv::workbook::cell_xml::Parsed;

    #[test]
    fn common_shapes_in_one_pass() {
        let q = quick_cell(b"<c r=\"E3\"><v>30916.26</v></c><c").unwrap();
        assert_eq!(
            (q.len, q.at, q.value),
            (29, Some((2, 4)), Parsed::Number(30916.26))
        );
        let xml = b"<c r=\"B3\" t=\"inlineStr\"><is><t>F</t></is></c>";
        let q = quick_cell(xml).unwrap();
        assert_eq!((q.len, q.value), (xml.len(), Parsed::Text("F".into())));
        let q = quick_cell(b"<c r=\"A1\" s=\"2\" t=\"s\"><v>7</v></c>").unwrap();
        assert_eq!(q.value, Parsed::Shared(7));
        let q = quick_cell(b"<c r=\"A1\" s=\"2\"/>").unwrap();
        assert_eq!((q.len, q.value), (17, Parsed::Empty));
        assert!(quick_cell(b"<c r=\"A1\"><f>1+1</f><v>2</v></c>").is_none());
        assert!(
            quick_cell(b"<c r=\"A1\"><v>2</v></c").is_none(),
            "not whole"
        );
        assert!(quick_cell(b"<c r=\"A1\" t=\"d\"><v>2024-01-01</v></c>").is_none());
    }
}

//! The pieces of XML the XLSX reader looks at, on bytes held whole: tags, their attributes,
//! the text of elements.

/// The length of the tag starting `s` (`<` … `>`, quotes respected); `None` when `s` does not
/// hold it whole.
pub(super) fn tag_end(s: &[u8]) -> Option<usize> {
    let mut quote = None;
    for (i, &b) in s.iter().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return Some(i + 1),
            (Some(q), _) if b == q => quote = None,
            _ => {}
        }
    }
    None
}

/// `</name` in `buf` (names of at most 13 bytes).
pub(super) fn closing<'b>(name: &[u8], buf: &'b mut [u8; 16]) -> &'b [u8] {
    let n = name.len().min(13);
    buf[..2].copy_from_slice(b"</");
    buf[2..2 + n].copy_from_slice(&name[..n]);
    &buf[..2 + n]
}

/// Whether the tag at the start of `s` is `<name` (followed by a space, `>` or `/`).
pub(super) fn is_tag(s: &[u8], name: &[u8]) -> bool {
    s.len() > name.len() + 1
        && s[0] == b'<'
        && &s[1..=name.len()] == name
        && matches!(
            s[name.len() + 1],
            b' ' | b'>' | b'/' | b'\t' | b'\n' | b'\r'
        )
}

/// Calls `f` with each attribute's name and raw value of the tag `tag` (`<name a="1" b='2'>`);
/// false when the tag is not well formed.
pub(super) fn attributes(tag: &[u8], mut f: impl FnMut(&[u8], &[u8])) -> bool {
    let Some(mut i) = tag.iter().position(|b| b.is_ascii_whitespace()) else {
        return true; // `<c>`: no attribute
    };
    loop {
        while i < tag.len() && tag[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= tag.len() || matches!(tag[i], b'/' | b'>') {
            return true;
        }
        let Some(eq) = tag[i..].iter().position(|&b| b == b'=') else {
            return false;
        };
        let name = tag[i..i + eq].trim_ascii();
        i += eq + 1;
        while i < tag.len() && tag[i].is_ascii_whitespace() {
            i += 1;
        }
        let Some(&q @ (b'"' | b'\'')) = tag.get(i) else {
            return false;
        };
        let Some(len) = tag[i + 1..].iter().position(|&b| b == q) else {
            return false;
        };
        f(name, &tag[i + 1..i + 1 + len]);
        i += len + 2;
    }
}

/// The element `<name …>…</name>` or `<name …/>` at the start of `s`: its start tag, its
/// content (empty for `/>`) and its whole length; `None` when not whole in `s`.
pub(super) fn element<'s>(s: &'s [u8], name: &[u8]) -> Option<(&'s [u8], &'s [u8], usize)> {
    let open = tag_end(s)?;
    if s[open - 2] == b'/' {
        return Some((&s[..open], &[], open));
    }
    let mut buf = [0u8; 16];
    let pat = closing(name, &mut buf);
    let at = open + super::window::find(&s[open..], pat)?;
    (s.get(at + pat.len()) == Some(&b'>')).then(|| (&s[..open], &s[open..at], at + pat.len() + 1))
}

#[cfg(test)]
mod tests {
    use super::{attributes, element, is_tag, tag_end};

    #[test]
    fn tags_and_attributes() {
        assert_eq!(tag_end(b"<c r=\"A1\" x='>'>rest"), Some(16));
        assert_eq!(tag_end(b"<c r=\"A1"), None);
        assert!(is_tag(b"<c r=\"A1\">", b"c"));
        assert!(!is_tag(b"<cols>", b"c"));
        let mut seen = Vec::new();
        assert!(attributes(b"<c r=\"B2\"  t='s' s=\"3\"/>", |n, v| seen
            .push((n.to_vec(), v.to_vec()))));
        let text: Vec<_> = seen
            .iter()
            .map(|(n, v)| {
                format!(
                    "{}={}",
                    String::from_utf8_lossy(n),
                    String::from_utf8_lossy(v)
                )
            })
            .collect();
        assert_eq!(text, ["r=B2", "t=s", "s=3"]);
        assert!(!attributes(b"<c r=B2>", |_, _| {}));
    }

    #[test]
    fn elements() {
        let (tag, body, len) = element(b"<v>12</v><f/>", b"v").unwrap();
        assert_eq!((tag, body, len), (&b"<v>"[..], &b"12"[..], 9));
        let (_, body, len) = element(b"<f/>x", b"f").unwrap();
        assert_eq!((body, len), (&b""[..], 4));
        assert!(element(b"<v>12</v", b"v").is_none());
        assert!(element(b"<v>12</vx>", b"v").is_none());
    }
}

//! The shared strings of an XLSX workbook (`xl/sharedStrings.xml`), read as calamine reads
//! them, for the fast reader's `t="s"` cells.

use std::io::Read;

use super::cell_xml::rich_text;
use super::sheet_row::Stop;
use super::tags::is_tag;
use super::window::Window;

/// The strings, one after the other in one text.
#[derive(Debug, Default)]
pub(super) struct SharedStrings {
    text: String,
    /// Where each string ends in `text`.
    ends: Vec<usize>,
}

impl SharedStrings {
    /// The strings of the XML that `src` gives (`<sst><si>…</si>…</sst>`).
    pub(super) fn read(src: impl Read) -> Result<SharedStrings, Stop> {
        let mut xml = Window::new(src);
        let mut strings = SharedStrings::default();
        while let Some(at) = xml.find(0, b"<si")? {
            xml.consume(at);
            xml.ensure(4)?;
            if !is_tag(xml.rest(), b"si") {
                xml.consume(1);
                continue;
            }
            let (len, empty) = xml.element(b"si")?;
            if !empty {
                let s = &xml.rest()[..len];
                let open = super::tags::tag_end(s).ok_or(Stop::Fallback)?;
                let t = rich_text(&s[open..len - 5]).ok_or(Stop::Fallback)?;
                strings.text.push_str(&t);
            }
            strings.ends.push(strings.text.len());
            xml.consume(len);
        }
        Ok(strings)
    }

    /// The string of index `i`.
    pub(super) fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end)
    }
}

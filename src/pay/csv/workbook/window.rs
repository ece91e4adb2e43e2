//! A window over a stream of bytes (a sheet's XML as it inflates), refilled as it is read: the
//! XLSX reader finds each element whole in it. Memory is bounded: an element larger than
//! [`MAX_ELEMENT`] leaves the sheet to calamine.

use std::io::Read;

use super::sheet_row::Stop;
use crate::i18n::Message;

/// The bytes read from the stream at a time.
const CHUNK: usize = 256 * 1024;

/// The largest element (a cell, a shared string) the window grows to hold.
pub(super) const MAX_ELEMENT: usize = 16 * 1024 * 1024;

pub(super) struct Window<R> {
    src: R,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// The stream has ended.
    ended: bool,
}

impl<R: Read> Window<R> {
    pub(super) fn new(src: R) -> Self {
        Window {
            src,
            buf: vec![0; CHUNK],
            pos: 0,
            end: 0,
            ended: false,
        }
    }

    /// The bytes not consumed yet.
    pub(super) fn rest(&self) -> &[u8] {
        &self.buf[self.pos..self.end]
    }

    pub(super) fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.end);
    }

    /// Reads more of the stream after the bytes not consumed; false at its end.
    pub(super) fn more(&mut self) -> Result<bool, Stop> {
        if self.pos > 0 {
            self.buf.copy_within(self.pos..self.end, 0);
            self.end -= self.pos;
            self.pos = 0;
        }
        if self.end == self.buf.len() {
            if self.buf.len() >= MAX_ELEMENT {
                return Err(Stop::Fallback);
            }
            self.buf.resize(self.buf.len() * 2, 0);
        }
        loop {
            match self.src.read(&mut self.buf[self.end..]) {
                Ok(n) => {
                    self.end += n;
                    self.ended = n == 0;
                    return Ok(n > 0);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    let m = Message::new("sheet-cannot-read").text("reason", e.to_string());
                    return Err(Stop::Unreadable(m));
                }
            }
        }
    }

    /// Reads more when fewer than `n` bytes are left (once: at least `n` then, unless the
    /// stream ends or `n` is more than a read gives).
    pub(super) fn ahead(&mut self, n: usize) -> Result<(), Stop> {
        if self.rest().len() < n && !self.ended {
            self.more()?;
        }
        Ok(())
    }

    /// Makes at least `n` bytes available; false when the stream ends before.
    pub(super) fn ensure(&mut self, n: usize) -> Result<bool, Stop> {
        while self.rest().len() < n {
            if !self.more()? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The offset of `pat` in the bytes not consumed, at `from` or after; `None` when the
    /// stream ends first.
    pub(super) fn find(&mut self, mut from: usize, pat: &[u8]) -> Result<Option<usize>, Stop> {
        loop {
            if let Some(i) = self.rest().get(from..).and_then(|r| find(r, pat)) {
                return Ok(Some(from + i));
            }
            from = from.max(self.rest().len().saturating_sub(pat.len() - 1));
            if !self.more()? {
                return Ok(None);
            }
        }
    }

    /// The length of the tag starting the bytes not consumed, and whether it is empty (`/>`).
    pub(super) fn element_start(&mut self) -> Result<(usize, bool), Stop> {
        loop {
            if let Some(n) = super::tags::tag_end(self.rest()) {
                return Ok((n, self.rest()[n - 2] == b'/'));
            }
            if !self.more()? {
                return Err(Stop::Fallback);
            }
        }
    }

    /// The length of the element starting the bytes not consumed (`<name …/>`, or `<name …>`
    /// up to its closing tag `</name>`), and whether it is empty (`/>`); the stream must hold
    /// it whole, else the sheet is left to calamine.
    pub(super) fn element(&mut self, name: &[u8]) -> Result<(usize, bool), Stop> {
        let (open, empty) = self.element_start()?;
        if empty {
            return Ok((open, true));
        }
        let mut close = [0u8; 16];
        let pat = super::tags::closing(name, &mut close);
        let Some(at) = self.find(open, pat)? else {
            return Err(Stop::Fallback);
        };
        if !self.ensure(at + pat.len() + 1)? || self.rest()[at + pat.len()] != b'>' {
            return Err(Stop::Fallback);
        }
        Ok((at + pat.len() + 1, false))
    }
}

/// The offset of `pat` (not empty) in `s`: its first byte found by `memchr`, the rest compared
/// (the patterns are short tags; a `memmem` finder costs more to build than to run here).
pub(super) fn find(s: &[u8], pat: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = memchr::memchr(pat[0], &s[from..]) {
        if s[from + i..].starts_with(pat) {
            return Some(from + i);
        }
        from += i + 1;
    }
    None
}

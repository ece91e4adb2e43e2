//! Category and grade cells: each distinct cell checked once, its text interned.

use std::collections::HashMap;

use crate::i18n::Message;
use crate::model::{Text, ValueError};
use crate::pay::payroll::NO_TEXT;

/// A fast hash for the short keys of the interned texts, eight bytes at a time (the rotate and
/// multiply of rustc's FxHash). The keys come from the file, but the map is capped in size, so a
/// crafted file could slow it only that much.
#[derive(Default, Clone, Copy)]
struct Fx;

struct FxHasher(u64);

impl std::hash::BuildHasher for Fx {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// What a category or grade cell holds, once checked.
#[derive(Debug, Clone, Copy)]
enum Cell {
    /// A text: its index in the payroll's table of texts.
    Text(u32),
    /// An empty or blank cell: not recorded.
    Blank,
    /// One of the missing markers: not recorded, and counted.
    Marked,
}

/// Turns category and grade cells into indices of interned texts, checking each distinct cell
/// once.
pub(super) struct Texts<'o> {
    missing: &'o [String],
    /// Cells of at most 16 bytes, keyed by their bytes (zero-padded) and length: no allocation
    /// and no byte comparison per lookup.
    short: HashMap<[u64; 3], Cell, Fx>,
    /// Longer cells.
    interned: HashMap<Vec<u8>, Cell, Fx>,
    /// The texts, in order of first appearance.
    pub(super) names: Vec<Text>,
    /// Cells taken as not recorded because they held one of the missing markers, by column.
    pub(super) marked: std::collections::BTreeMap<usize, u64>,
}

impl<'o> Texts<'o> {
    /// No text yet; `missing` are the cells that mean "not recorded".
    pub(super) fn new(missing: &'o [String]) -> Texts<'o> {
        Texts {
            missing,
            short: HashMap::default(),
            interned: HashMap::default(),
            names: Vec::new(),
            marked: Default::default(),
        }
    }

    /// The cell's text index, or [`NO_TEXT`] for a cell taken as not recorded.
    #[inline]
    pub(super) fn get(&mut self, cell: &[u8], column: usize) -> Result<u32, Message> {
        let found = if let Some(key) = short_key(cell) {
            match self.short.get(&key) {
                Some(&c) => c,
                None => {
                    let c = self.check(cell)?;
                    if self.short.len() < 100_000 {
                        self.short.insert(key, c);
                    }
                    c
                }
            }
        } else {
            match self.interned.get(cell) {
                Some(&c) => c,
                None => {
                    let c = self.check(cell)?;
                    if self.interned.len() < 100_000 {
                        self.interned.insert(cell.to_vec(), c);
                    }
                    c
                }
            }
        };
        Ok(match found {
            Cell::Text(i) => i,
            Cell::Blank => NO_TEXT,
            Cell::Marked => {
                *self.marked.entry(column).or_default() += 1;
                NO_TEXT
            }
        })
    }

    #[cold]
    fn check(&mut self, cell: &[u8]) -> Result<Cell, Message> {
        let trimmed = cell.trim_ascii();
        if trimmed.is_empty() {
            return Ok(Cell::Blank);
        }
        if self
            .missing
            .iter()
            .any(|m| trimmed.eq_ignore_ascii_case(m.trim().as_bytes()))
        {
            return Ok(Cell::Marked);
        }
        let s = std::str::from_utf8(cell).map_err(|_| Message::new("csv-text-not-utf8"))?;
        let t = Text::new(s.trim()).map_err(text_error)?;
        let i = next_index(self.names.len())?;
        self.names.push(t);
        Ok(Cell::Text(i))
    }
}

/// A cell of at most 16 bytes as a key held in registers: its first and last 8 bytes
/// (overlapping when shorter than 16) and its length, or, below 8 bytes, its bytes in one word.
/// Equal keys are equal cells; `None` for a longer cell.
#[inline]
pub(super) fn short_key(cell: &[u8]) -> Option<[u64; 3]> {
    let n = cell.len();
    let word = |b: &[u8]| <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes);
    match n {
        0..8 => {
            let w = cell
                .iter()
                .enumerate()
                .fold(0u64, |w, (i, &b)| w | u64::from(b) << (8 * i));
            Some([w, 0, n as u64])
        }
        8..=16 => Some([word(&cell[..8]), word(&cell[n - 8..]), n as u64]),
        _ => None,
    }
}

/// The index the next of `len` interned texts gets: fewer texts than rows, and `NO_TEXT`
/// (u32::MAX) is never an index.
pub(super) fn next_index(len: usize) -> Result<u32, Message> {
    u32::try_from(len)
        .ok()
        .filter(|&i| i != NO_TEXT)
        .ok_or_else(|| Message::new("csv-too-many-texts"))
}

/// The catalogue message for an error of [`Text::new`].
pub(super) fn text_error(e: ValueError) -> Message {
    match e {
        ValueError::TextTooLong { max } => Message::new("csv-text-too-long")
            .text("max", max.to_string())
            .count("n", max as u64),
        _ => Message::new("csv-text-blank"),
    }
}

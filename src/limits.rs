//! The documented limits on input documents, and how they are enforced before memory is spent.
//!
//! | What | Limit | Enforced |
//! |---|---|---|
//! | Document size | [`MAX_DOCUMENT_BYTES`] (256 MiB) | before parsing |
//! | Nesting of arrays and objects | [`MAX_NESTING_DEPTH`] (128) | while parsing (serde_json's recursion limit) |
//! | Values of a broken document whose problems are all listed | [`MAX_VALUES`]; beyond it, the first problem only | by a scan that allocates nothing, before a broken document is read into a tree to be described |
//! | Free text (names, notes, ids' titles) | [`Text::MAX_CHARS`](crate::Text::MAX_CHARS) characters | while parsing |
//! | Head counts | [`Counts::MAX`](crate::Counts::MAX) per field | while parsing |
//! | Records per array | the `MAX_*` constants below, also `maxItems` in the published schema | while parsing: the array stops growing at the limit |
//! | Problems listed | [`MAX_PROBLEMS`] (then one line says how many more) | while describing |
//! | Workbook file (records or payroll) | [`MAX_WORKBOOK_BYTES`] (100 MiB) | before it is opened |
//! | Cells of a records workbook | [`MAX_WORKBOOK_CELLS`] | while reading: the reading stops at the limit |
//!
//! Numbers that do not fit are errors, never rounded: `1e400` is out of range (a syntax problem
//! with its line and column), a count must be a whole number from 0 to [`Counts::MAX`](crate::Counts::MAX)
//! (so `-0`, `1.0`, `2^53 + 1` and `"NaN"` are refused with the pointer of the field).
//!
//! ```
//! let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
//! let err = gender_impact::validate(&deep).unwrap_err();
//! assert!(err.problems()[0].message.starts_with("expected arrays and objects nested at most 128 deep"));
//! ```

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Largest document accepted, in bytes (256 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024 * 1024;

/// Deepest nesting of arrays and objects a document may have (serde_json's recursion limit): a
/// deeper document is refused while it is read, before memory is spent on it.
pub const MAX_NESTING_DEPTH: usize = 128;

/// Most values (of any kind) of a broken document whose problems are all listed: 2,000,000.
/// Listing every problem needs the document as a tree (and the schema validator keeps every
/// problem of an array in memory): a broken document with more values gets the first problem
/// only, found while streaming it, and a line that says so. Valid documents are not limited by
/// this (they are read straight into their types, with the record limits below).
pub const MAX_VALUES: u64 = 2_000_000;

/// The largest workbook file read (a workbook is compressed: its sheets take several times this
/// in memory once opened; export larger payrolls as CSV, which streams).
pub const MAX_WORKBOOK_BYTES: u64 = 100 * 1024 * 1024;

/// Most non-empty cells read from a records workbook: 10,000,000 (a million staff members with
/// ten columns each).
pub const MAX_WORKBOOK_CELLS: u64 = 10_000_000;

/// Most problems listed for one document; the count of the others is given in one more line.
pub const MAX_PROBLEMS: usize = 1_000;

/// Most bodies in one organisation's input.
pub const MAX_BODIES: usize = 10_000;
/// Most members listed in one body.
pub const MAX_MEMBERS: usize = 100_000;
/// Most grades of a staff, and most per-grade head counts.
pub const MAX_GRADES: usize = 1_000;
/// Most staff members listed.
pub const MAX_STAFF_MEMBERS: usize = 1_000_000;
/// Most published figures to reconcile.
pub const MAX_REPORTED: usize = 10_000;
/// Most workers in a JSON `pay` section (a payroll CSV read by `gia pay` has its own limit).
pub const MAX_WORKERS: usize = 1_000_000;
/// Most justifications in a `pay` section.
pub const MAX_JUSTIFICATIONS: usize = 10_000;
/// Most awareness initiatives in one input.
pub const MAX_INITIATIVES: usize = 100_000;
/// Most partners named for one initiative.
pub const MAX_PARTNERS: usize = 1_000;
/// Most policies in one input's catalogue.
pub const MAX_POLICIES: usize = 100_000;
/// Most stages recorded for one policy.
pub const MAX_POLICY_STAGES: usize = 100;
/// Most projects in one input.
pub const MAX_PROJECTS: usize = 100_000;
/// Most outcome indicators of one project.
pub const MAX_OUTCOMES: usize = 1_000;
/// Most funds dedicated to gender equality.
pub const MAX_FUNDS: usize = 10_000;
/// Most other periods in one input.
pub const MAX_PERIODS: usize = 200;
/// Most dated targets in one input.
pub const MAX_TARGETS: usize = 10_000;
/// Most indicator definitions listed for one period.
pub const MAX_DEFINITIONS: usize = 1_000;
/// Most organisations in a network document.
pub const MAX_ORGANISATIONS: usize = 100_000;

/// Deserialises an array of at most `N` items; the array stops growing at the limit, so an
/// over-long array costs no more memory than a full one.
pub(crate) fn bounded<'de, D, T, const N: usize>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    d.deserialize_seq(BoundedVisitor::<T, N>(PhantomData))
}

/// [`bounded`] for an optional array (`null` or absent is `None`, as serde does for `Option`).
pub(crate) fn bounded_opt<'de, D, T, const N: usize>(d: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    struct Opt<T, const N: usize>(PhantomData<T>);
    impl<'de, T: serde::Deserialize<'de>, const N: usize> Visitor<'de> for Opt<T, N> {
        type Value = Option<Vec<T>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "null or an array of at most {N} items")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            bounded::<D2, T, N>(d).map(Some)
        }
    }
    d.deserialize_option(Opt::<T, N>(PhantomData))
}

struct BoundedVisitor<T, const N: usize>(PhantomData<T>);

impl<'de, T: serde::Deserialize<'de>, const N: usize> Visitor<'de> for BoundedVisitor<T, N> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an array of at most {N} items")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(N).min(4096));
        while let Some(item) = seq.next_element()? {
            if items.len() == N {
                return Err(de::Error::invalid_length(N + 1, &self));
            }
            items.push(item);
        }
        Ok(items)
    }
}

/// Why [`count_values`] stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Scan {
    /// The document is well-formed JSON with this many values.
    Values(u64),
    /// More than [`MAX_VALUES`] values.
    TooMany,
    /// Not JSON (the caller reports serde_json's own error when it reads the document).
    Malformed,
}

/// Counts the values of a JSON document without building it (strings are borrowed or dropped at
/// once), stopping past [`MAX_VALUES`].
pub(crate) fn count_values(document: &str) -> Scan {
    let mut count = 0u64;
    let mut de = serde_json::Deserializer::from_str(document);
    let seed = Counter { count: &mut count };
    let result = seed.deserialize(&mut de).and_then(|()| de.end());
    match result {
        Ok(()) => Scan::Values(count),
        Err(_) if count > MAX_VALUES => Scan::TooMany,
        Err(_) => Scan::Malformed,
    }
}

struct Counter<'a> {
    count: &'a mut u64,
}

impl Counter<'_> {
    fn bump<E: de::Error>(&mut self) -> Result<(), E> {
        *self.count += 1;
        if *self.count > MAX_VALUES {
            Err(E::custom("too many values"))
        } else {
            Ok(())
        }
    }
}

impl<'de> DeserializeSeed<'de> for Counter<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

macro_rules! leaf {
    ($($name:ident: $t:ty),*) => {$(
        fn $name<E: de::Error>(mut self, _: $t) -> Result<(), E> {
            self.bump()
        }
    )*};
}

impl<'de> Visitor<'de> for Counter<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    leaf!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64, visit_str: &str,
          visit_borrowed_str: &'de str);
    fn visit_unit<E: de::Error>(mut self) -> Result<(), E> {
        self.bump()
    }
    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        self.bump()?;
        while seq
            .next_element_seed(Counter {
                count: &mut *self.count,
            })?
            .is_some()
        {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        self.bump()?;
        while map.next_key::<IgnoredAny>()?.is_some() {
            map.next_value_seed(Counter {
                count: &mut *self.count,
            })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_every_value() {
        // object, "a" value 1, array, 2, true, null, "x"
        assert_eq!(
            count_values(r#"{"a": 1, "b": [2, true, null], "c": "x"}"#),
            Scan::Values(7)
        );
        assert_eq!(count_values("[1,"), Scan::Malformed);
        assert_eq!(count_values("[1] 2"), Scan::Malformed);
    }

    #[test]
    fn bounded_arrays_stop_at_the_limit() {
        #[derive(serde::Deserialize, Debug)]
        struct S {
            #[serde(deserialize_with = "bounded::<_, u8, 3>")]
            v: Vec<u8>,
            #[serde(default, deserialize_with = "bounded_opt::<_, u8, 2>")]
            o: Option<Vec<u8>>,
        }
        let ok: S = serde_json::from_str(r#"{"v": [1, 2, 3], "o": null}"#).unwrap();
        assert_eq!((ok.v, ok.o), (vec![1, 2, 3], None));
        let ok: S = serde_json::from_str(r#"{"v": [], "o": [1, 2]}"#).unwrap();
        assert_eq!(ok.o, Some(vec![1, 2]));
        let ok: S = serde_json::from_str(r#"{"v": []}"#).unwrap();
        assert_eq!(ok.o, None);
        assert!(serde_json::from_str::<S>(r#"{"v": [1, 2, 3, 4]}"#).is_err());
        assert!(serde_json::from_str::<S>(r#"{"v": [], "o": [1, 2, 3]}"#).is_err());
    }
}

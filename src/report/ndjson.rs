//! Networks as NDJSON (one JSON object a line): each organisation's assessment written as soon
//! as it is made, so that neither the assessments nor the output are ever held all at once.
//!
//! The document is checked whole first ([`split_network`]: every problem at once, nothing
//! written); then organisations are parsed again, assessed and written in batches of
//! [`BATCH`], both cores assessing a batch while its lines keep document order.

use std::io::Write;

use rayon::prelude::*;
use serde::Serialize;

use crate::assessment::{Assessment, Assessor, Withheld};
use crate::document::{Invalid, split_network, validate_organisation};
use crate::indicators::Unit;
use crate::model::{Input, Period, Rating};
use crate::stats::IntervalMethod;

/// Organisations assessed together before their lines are written: enough to keep both cores
/// busy, few enough that a batch's lines take a megabyte or two.
pub const BATCH: usize = 64;

/// What each NDJSON line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum NdjsonFields {
    /// The whole assessment, as `gia assess --format json` writes it, with `index` first.
    #[default]
    Full,
    /// Without the prose: the indicators' ids, units, values, counts, intervals, ratings and
    /// flags, the pillar and overall ratings ([`CompactLine`]).
    Indicators,
}

/// Why a network's NDJSON stopped (or never started).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NdjsonError {
    /// The document has problems. Found before any line was written (`written` is 0) when the
    /// document or an organisation breaks the schema or the cross-field rules; after `written`
    /// lines only if assessing organisation `written` failed (an indicator id given twice).
    #[error("{invalid}")]
    Invalid {
        /// Every problem found, pointers under `/organisations/<i>`.
        invalid: Invalid,
        /// The lines written before.
        written: usize,
    },
    /// Writing line `written + 1` failed.
    #[error("line {}: {source}", written + 1)]
    Write {
        /// The lines written before.
        written: usize,
        /// The writer's error.
        source: std::io::Error,
    },
    /// An assessment could not be turned into JSON (not expected: a bug).
    #[error("organisation {index}: {detail}")]
    Serialise {
        /// The organisation's place in the network.
        index: usize,
        /// serde_json's words.
        detail: String,
    },
}

/// Validates a network document, then writes one line per organisation to `out`, in document
/// order, and returns the number of lines. `out` should be buffered.
///
/// ```
/// use gender_impact::report::{NdjsonFields, network_ndjson};
/// let one = gender_impact::METROPOLIS_2023_JSON;
/// let doc = format!(r#"{{"organisations": [{one}, {one}]}}"#);
/// let mut out = Vec::new();
/// let n = network_ndjson(&gender_impact::Assessor::new(), &doc, NdjsonFields::Indicators, &mut out)
///     .unwrap();
/// assert_eq!(n, 2);
/// let text = String::from_utf8(out).unwrap();
/// let second: serde_json::Value = serde_json::from_str(text.lines().nth(1).unwrap()).unwrap();
/// assert_eq!(second["index"], 1);
/// ```
pub fn network_ndjson(
    assessor: &Assessor,
    document: &str,
    fields: NdjsonFields,
    out: &mut dyn Write,
) -> Result<usize, NdjsonError> {
    let parts = split_network(document).map_err(|invalid| NdjsonError::Invalid {
        invalid,
        written: 0,
    })?;
    let mut written = 0;
    for (b, batch) in parts.organisations.chunks(BATCH).enumerate() {
        let lines: Vec<Result<Vec<u8>, NdjsonError>> = batch
            .par_iter()
            .enumerate()
            .map(|(j, text)| organisation_line(assessor, b * BATCH + j, text, fields))
            .collect();
        for line in lines {
            let line = line.map_err(|e| match e {
                NdjsonError::Invalid { invalid, .. } => NdjsonError::Invalid { invalid, written },
                other => other,
            })?;
            out.write_all(&line)
                .map_err(|source| NdjsonError::Write { written, source })?;
            written += 1;
        }
    }
    out.flush()
        .map_err(|source| NdjsonError::Write { written, source })?;
    Ok(written)
}

/// Organisation `index`, from its JSON text (checked by [`split_network`]) to its line
/// (ending with a newline).
fn organisation_line(
    assessor: &Assessor,
    index: usize,
    text: &str,
    fields: NdjsonFields,
) -> Result<Vec<u8>, NdjsonError> {
    let invalid = |invalid| NdjsonError::Invalid {
        invalid,
        written: 0,
    };
    // Checked whole by `split_network` already: parsed again without the schema and the
    // cross-field rules (a failure here cannot happen, and would still be reported in full).
    let input = match serde_json::from_str::<Input>(text) {
        Ok(input) => input,
        Err(_) => validate_organisation(index, text).map_err(invalid)?,
    };
    let a = assessor.assess_checked(&input).map_err(|e| {
        let prefix = format!("/organisations/{index}");
        invalid(Invalid::new(
            e.problems().iter().map(|p| p.within(&prefix)).collect(),
        ))
    })?;
    ndjson_line(index, &a, fields).map_err(|e| NdjsonError::Serialise {
        index,
        detail: e.to_string(),
    })
}

/// One assessment as one NDJSON line (compact JSON and a newline), `index` its place in the
/// network (0 for a single organisation).
///
/// ```
/// use gender_impact::report::{NdjsonFields, ndjson_line};
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let line = ndjson_line(0, &a, NdjsonFields::Full).unwrap();
/// assert!(line.ends_with(b"\n") && !line[..line.len() - 1].contains(&b'\n'));
/// ```
pub fn ndjson_line(
    index: usize,
    a: &Assessment,
    fields: NdjsonFields,
) -> Result<Vec<u8>, serde_json::Error> {
    let mut buf = Vec::with_capacity(16 * 1024);
    match fields {
        NdjsonFields::Full => serde_json::to_writer(
            &mut buf,
            &FullLine {
                index,
                assessment: a,
            },
        )?,
        NdjsonFields::Indicators => serde_json::to_writer(&mut buf, &CompactLine::new(index, a))?,
    }
    buf.push(b'\n');
    Ok(buf)
}

/// A full line: `index`, then the assessment's own fields.
#[derive(Serialize)]
struct FullLine<'a> {
    index: usize,
    #[serde(flatten)]
    assessment: &'a Assessment,
}

/// A compact line (`--fields indicators`): an assessment without its prose.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompactLine<'a> {
    /// The organisation's place in the network, from 0 (`/organisations/<index>`).
    pub index: usize,
    /// The organisation's name.
    pub organisation: &'a str,
    /// The period assessed.
    pub period: Period,
    /// The framework's id.
    pub framework: &'a str,
    /// How the intervals were computed.
    pub interval_method: IntervalMethod,
    /// Their confidence level.
    pub level: f64,
    /// The overall rating.
    pub rating: Rating,
    /// Each pillar's rating, in framework order.
    pub pillars: Vec<CompactPillar<'a>>,
    /// Every indicator, in the order computed.
    pub indicators: Vec<CompactIndicator<'a>>,
}

/// A pillar's id and rating, in a [`CompactLine`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompactPillar<'a> {
    /// The pillar's id.
    pub id: &'a str,
    /// Its rating.
    pub rating: Rating,
}

/// An indicator's figures, in a [`CompactLine`] (the fields of [`crate::IndicatorResult`]
/// without the prose; the interval as `[low, high]`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompactIndicator<'a> {
    /// The indicator's id.
    pub id: &'a str,
    /// The unit of `value`.
    pub unit: Unit,
    /// The value; `null` when it could not be computed.
    pub value: Option<f64>,
    /// For shares: the count of women.
    pub numerator: Option<u64>,
    /// For shares: the count of people whose gender is known.
    pub denominator: Option<u64>,
    /// People left out because their gender is undisclosed.
    pub undisclosed: Option<u64>,
    /// The interval's ends, `[low, high]`, at the line's `level`.
    pub interval: Option<[f64; 2]>,
    /// The rating.
    pub rating: Rating,
    /// True when the denominator is below the framework's small-count threshold.
    pub small_count: bool,
    /// Why published reports withhold the figures (disclosure control); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
}

impl<'a> CompactLine<'a> {
    /// The compact line of assessment `a`, organisation `index` of its network.
    pub fn new(index: usize, a: &'a Assessment) -> CompactLine<'a> {
        CompactLine {
            index,
            organisation: &a.organisation,
            period: a.period,
            framework: &a.framework.name,
            interval_method: a.settings.interval_method,
            level: a.settings.level,
            rating: a.summary.overall.rating,
            pillars: a
                .summary
                .pillars
                .iter()
                .map(|p| CompactPillar {
                    id: &p.id,
                    rating: p.rating,
                })
                .collect(),
            indicators: a
                .indicators
                .iter()
                .map(|r| CompactIndicator {
                    id: &r.id,
                    unit: r.unit,
                    value: r.value,
                    numerator: r.numerator,
                    denominator: r.denominator,
                    undisclosed: r.undisclosed,
                    interval: r.interval.map(|i| [i.low, i.high]),
                    rating: r.rating,
                    small_count: r.small_count,
                    withheld: r.withheld,
                })
                .collect(),
        }
    }
}

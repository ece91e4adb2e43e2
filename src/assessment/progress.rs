//! Progress over the years: the records of other periods, dated targets, and what the
//! assessment makes of them: each indicator's series, the change since the previous period with
//! its uncertainty ([`crate::stats`]), breaks where a definition changed, and progress towards
//! each target.
//!
//! **Series** are ordered by period (start, then end), whatever the order the periods are given
//! in. A **break** stands before a period when the definition behind an indicator changed: a
//! body's number of seats or its kind, or the version of an indicator's definition
//! (`definitions`). No change is computed across a break: the series shows the break instead of
//! a misleading change.
//!
//! **Targets** ("40% women on the board by 2026-12-31") are rated from the latest value: *met*
//! when it has reached the target; *off track* when the due date has passed, or when it is
//! behind the straight line from the first value after the last break to the target at its due
//! date (a choice of this library); *on track* when it is on or above that line; *too early*
//! with a single value after the last break; *no level* when the target gives a direction but no
//! figure; *no data* when no period has a value. For a body's share of women with known seats,
//! the seats still needed are counted as Directive (EU) 2022/2381 rounds them for targets up to
//! 49% ([`crate::stats::seats_needed`]: the number closest to the target, so 3 of 8 seats reach
//! 40%, and the target is then met) and rounded up above that (4 of 8 for 50%).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::assessment::IndicatorResult;
use crate::indicators::{Subject, Unit};
use crate::model::{BuiltinKey, Target};
use crate::model::{Date, Input, Period};
use crate::stats::Change;
use crate::stats::{ConfidenceLevel, Proportion, Share};

/// One period of a series.
///
/// ```
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let first = &a.progress.as_ref().unwrap().series[0].points[0];
/// assert!(first.change.is_none() && first.break_before.is_none()); // nothing before it
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Point {
    /// The period.
    pub period: Period,
    /// The value; absent when the period's records do not give it.
    pub value: Option<f64>,
    /// For shares: the numerator.
    pub numerator: Option<u64>,
    /// For shares: the denominator.
    pub denominator: Option<u64>,
    /// The change since the previous period, when both have a value and no break stands between.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// Why the series breaks before this period (a definition changed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub break_before: Option<Break>,
    /// True when disclosure control withholds the value in that period's published reports:
    /// [`crate::Assessment::published`] then leaves the whole series out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub withheld: bool,
}

/// What changed in a definition between two periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BreakCause {
    /// A body's number of seats.
    Seats,
    /// A body's kind.
    Kind,
    /// The version of an indicator's definition.
    Definition,
}

/// A break in a series: a definition changed, so no change is computed across it.
///
/// ```
/// use gender_impact::assessment::{Break, BreakCause};
/// let b = Break { cause: BreakCause::Seats, subject: "Board".into(), from: Some("31".into()),
///     to: Some("35".into()), reason: "the seats of Board changed from 31 to 35".into() };
/// assert_eq!(b.cause, BreakCause::Seats);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Break {
    /// What changed.
    pub cause: BreakCause,
    /// The body's name, or the indicator key.
    pub subject: String,
    /// Before (absent: not recorded, or the default definition).
    pub from: Option<String>,
    /// After.
    pub to: Option<String>,
    /// The break in words.
    pub reason: String,
}

/// One indicator over the periods.
///
/// ```
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let s = &a.progress.as_ref().unwrap().series[0];
/// assert_eq!(s.points.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Series {
    /// The indicator id.
    pub indicator: String,
    /// The indicator key (its id without its subject).
    pub key: String,
    /// Title for people.
    pub title: String,
    /// Unit of the values.
    pub unit: Unit,
    /// One point per period, in period order.
    pub points: Vec<Point>,
}

/// Where a target stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TargetStatus {
    /// The latest value has reached the target.
    Met,
    /// On or above the straight line from the first value to the target at its due date.
    OnTrack,
    /// Below that line, or the due date has passed.
    OffTrack,
    /// A single value since the last break: no trend yet.
    TooEarly,
    /// The target states a direction but no level.
    NoLevel,
    /// No period has a value for the indicator.
    NoData,
}

impl TargetStatus {
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetStatus::Met => "met",
            TargetStatus::OnTrack => "on_track",
            TargetStatus::OffTrack => "off_track",
            TargetStatus::TooEarly => "too_early",
            TargetStatus::NoLevel => "no_level",
            TargetStatus::NoData => "no_data",
        }
    }
}

/// Progress towards one target.
///
/// ```
/// use gender_impact::assessment::TargetStatus;
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let t = &a.progress.as_ref().unwrap().targets[0];
/// assert_eq!(t.status, TargetStatus::NoLevel); // the 2024-2026 plan states no level
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TargetProgress {
    /// The target's id.
    pub target: String,
    /// The indicator id.
    pub indicator: String,
    /// The indicator's unit (when any period produced it).
    pub unit: Option<Unit>,
    /// The level to reach.
    pub value: Option<f64>,
    /// The due date.
    pub by: Date,
    /// The latest value, and its period.
    pub latest: Option<f64>,
    /// The period of the latest value.
    pub latest_period: Option<Period>,
    /// Where the target stands.
    pub status: TargetStatus,
    /// For a body's share of women with known seats: the seats the target needs and the seats
    /// women still need (Directive (EU) 2022/2381's rounding).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<SeatsNeeded>,
    /// Where the target is stated.
    pub source: Option<String>,
    /// The progress in words.
    pub message: String,
}

/// Seats a body's target needs.
///
/// ```
/// let s = gender_impact::assessment::SeatsNeeded { seats: 35, held: 5, needed: 14, short: 9 };
/// assert_eq!(s.needed - s.held, s.short);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SeatsNeeded {
    /// The body's seats.
    pub seats: u32,
    /// Seats women hold.
    pub held: u32,
    /// Seats women need for the target.
    pub needed: u32,
    /// Seats still to gain.
    pub short: u32,
}

/// The progress section of an assessment.
///
/// ```
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let p = a.progress.as_ref().unwrap();
/// assert_eq!(p.periods.len(), 2); // 2023 and the 2024-2026 plan period
/// let board = p.series.iter().find(|s| s.indicator == "body.board.women_share").unwrap();
/// assert_eq!(board.points[0].numerator, Some(5));
/// assert_eq!(board.points[1].value, None); // no records: missing, not 0
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Progress {
    /// The periods, in order.
    pub periods: Vec<Period>,
    /// One series per indicator measured in at least two periods or named by a target.
    pub series: Vec<Series>,
    /// Progress towards each target, in the order given.
    pub targets: Vec<TargetProgress>,
}

/// One period with its input and indicator results.
pub(crate) struct Snapshot<'a> {
    pub input: &'a Input,
    pub indicators: &'a [IndicatorResult],
}

/// Builds the progress section from the periods (any order) and the targets.
pub(crate) fn progress(
    snapshots: &mut [Snapshot<'_>],
    targets: &[Target],
    level: ConfidenceLevel,
) -> Progress {
    snapshots.sort_by_key(|s| (s.input.period.start(), s.input.period.end()));
    let periods: Vec<Period> = snapshots.iter().map(|s| s.input.period).collect();
    // Indicators in at least two periods with a value, or named by a target, in the order
    // first met.
    let mut ids: Vec<&IndicatorResult> = Vec::new();
    for s in snapshots.iter() {
        for r in s.indicators {
            if ids.iter().any(|x| x.id == r.id) {
                continue;
            }
            let with_value = snapshots
                .iter()
                .filter(|s| {
                    s.indicators
                        .iter()
                        .any(|x| x.id == r.id && x.value.is_some())
                })
                .count();
            if with_value >= 2 || targets.iter().any(|t| t.indicator == r.id) {
                ids.push(r);
            }
        }
    }
    let series: Vec<Series> = ids.iter().map(|r| series_of(r, snapshots, level)).collect();
    let targets = targets
        .iter()
        .map(|t| target_progress(t, &series, snapshots))
        .collect();
    Progress {
        periods,
        series,
        targets,
    }
}

fn series_of(r: &IndicatorResult, snapshots: &[Snapshot<'_>], level: ConfidenceLevel) -> Series {
    let mut points: Vec<Point> = Vec::with_capacity(snapshots.len());
    for (i, s) in snapshots.iter().enumerate() {
        let found = s.indicators.iter().find(|x| x.id == r.id);
        let mut p = Point {
            period: s.input.period,
            value: found.and_then(|x| x.value),
            numerator: found.and_then(|x| x.numerator),
            denominator: found.and_then(|x| x.denominator),
            change: None,
            break_before: None,
            withheld: found.is_some_and(|x| x.withheld.is_some()),
        };
        if i > 0 {
            p.break_before = definition_break(r, snapshots[i - 1].input, s.input);
            let prev = &points[i - 1];
            if p.break_before.is_none() {
                p.change = change(prev, &p, r.unit, level);
            }
        }
        points.push(p);
    }
    Series {
        indicator: r.id.clone(),
        key: r.key.clone(),
        title: r.title.clone(),
        unit: r.unit,
        points,
    }
}

fn change(prev: &Point, cur: &Point, unit: Unit, level: ConfidenceLevel) -> Option<Change> {
    let (a, b) = (prev.value?, cur.value?);
    if unit == Unit::Share
        && let (Some(k1), Some(n1), Some(k2), Some(n2)) = (
            prev.numerator,
            prev.denominator,
            cur.numerator,
            cur.denominator,
        )
    {
        let (p1, p2) = (Proportion::new(k1, n1).ok()?, Proportion::new(k2, n2).ok()?);
        return crate::stats::share_change(p1, p2, level);
    }
    Some(Change {
        difference: b - a,
        interval: None,
        p_value: None,
        exact: false,
    })
}

/// Why the definition behind `r` changed between two periods, if it did.
pub fn definition_break(r: &IndicatorResult, before: &Input, after: &Input) -> Option<Break> {
    let unknown = |v: &Option<String>| v.clone().unwrap_or_else(|| "unknown".to_string());
    if let Subject::Body { id, .. } = &r.subject {
        let find = |i: &'_ Input| i.bodies.iter().find(|b| b.id.as_str() == id).cloned();
        if let (Some(a), Some(b)) = (find(before), find(after)) {
            if a.seats != b.seats {
                let (from, to) = (
                    a.seats.map(|s| s.to_string()),
                    b.seats.map(|s| s.to_string()),
                );
                return Some(Break {
                    cause: BreakCause::Seats,
                    subject: b.name.to_string(),
                    reason: format!(
                        "the seats of {} changed from {} to {}",
                        b.name,
                        unknown(&from),
                        unknown(&to)
                    ),
                    from,
                    to,
                });
            }
            if a.kind != b.kind {
                return Some(Break {
                    cause: BreakCause::Kind,
                    subject: b.name.to_string(),
                    reason: format!(
                        "{} changed kind from {} to {}",
                        b.name,
                        a.kind.as_str(),
                        b.kind.as_str()
                    ),
                    from: Some(a.kind.as_str().to_string()),
                    to: Some(b.kind.as_str().to_string()),
                });
            }
        }
    }
    let version = |i: &'_ Input| {
        i.definitions
            .iter()
            .find(|d| d.indicator == r.id || d.indicator == r.key)
            .map(|d| d.version.to_string())
    };
    let (from, to) = (version(before), version(after));
    if from != to {
        let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "the default".to_string());
        return Some(Break {
            cause: BreakCause::Definition,
            subject: r.key.clone(),
            reason: format!(
                "the definition of `{}` changed from {} to {}",
                r.key,
                show(&from),
                show(&to)
            ),
            from,
            to,
        });
    }
    None
}

fn target_progress(t: &Target, series: &[Series], snapshots: &[Snapshot<'_>]) -> TargetProgress {
    let s = series.iter().find(|s| s.indicator == t.indicator);
    let valued: Vec<(usize, &Point)> = s
        .map(|s| {
            s.points
                .iter()
                .enumerate()
                .filter(|(_, p)| p.value.is_some())
                .collect()
        })
        .unwrap_or_default();
    let latest = valued.last().copied();
    let mut out = TargetProgress {
        target: t.id.to_string(),
        indicator: t.indicator.clone(),
        unit: s.map(|s| s.unit),
        value: t.value,
        by: t.by,
        latest: latest.and_then(|(_, p)| p.value),
        latest_period: latest.map(|(_, p)| p.period),
        status: TargetStatus::NoData,
        seats: None,
        source: t.source.as_ref().map(|s| s.to_string()),
        message: String::new(),
    };
    let share =
        out.unit == Some(Unit::Share) || (out.unit.is_none() && t.indicator.ends_with("share"));
    let show = |v: f64| {
        if share {
            crate::i18n::format::pct(v)
        } else {
            format!("{v}")
        }
    };
    let Some((li, lp)) = latest else {
        out.message = format!(
            "Target `{}` ({} by {}): no period has a value for `{}`.",
            t.id,
            t.value
                .map(show)
                .unwrap_or_else(|| "no level stated".into()),
            t.by,
            t.indicator
        );
        return out;
    };
    let x = lp.value.unwrap_or(0.0);
    out.status = match t.value {
        None => TargetStatus::NoLevel,
        Some(v) if x >= v => TargetStatus::Met,
        Some(_) if lp.period.end() > t.by => TargetStatus::OffTrack,
        Some(v) => {
            // The first value after the last break before the latest one.
            let points = &s.map(|s| s.points.as_slice()).unwrap_or(&[]);
            let since = (0..=li)
                .rev()
                .find(|&i| points[i].break_before.is_some())
                .unwrap_or(0);
            match valued.iter().find(|(i, _)| *i >= since) {
                Some((bi, bp)) if *bi < li => {
                    let days = |a: Date, b: Date| (b.civil() - a.civil()).get_days() as f64;
                    let base = bp.value.unwrap_or(0.0);
                    let span = days(bp.period.end(), t.by);
                    let elapsed = days(bp.period.end(), lp.period.end());
                    let expected = if span > 0.0 {
                        base + (v - base) * (elapsed / span).clamp(0.0, 1.0)
                    } else {
                        v
                    };
                    if x >= expected {
                        TargetStatus::OnTrack
                    } else {
                        TargetStatus::OffTrack
                    }
                }
                _ => TargetStatus::TooEarly,
            }
        }
    };
    // Seats still needed, for a body's share of women whose seats are known.
    if let (
        Some(v),
        Some(Series {
            unit: Unit::Share, ..
        }),
    ) = (t.value, s)
        && let Some(input) = snapshots.get(li).map(|sn| sn.input)
    {
        let body = input
            .bodies
            .iter()
            .find(|b| BuiltinKey::BodyWomenShare.id(Some(b.id.as_str())) == t.indicator);
        if let (Some(b), Some(held), Ok(share)) = (body, lp.numerator, Share::new(v))
            && let Some(seats) = b.seats
        {
            let held = u32::try_from(held).unwrap_or(u32::MAX);
            // The directive's rounding (closest to the target, at most 49%) is made for
            // targets such as 40% or 33%; a higher target needs its share rounded up.
            let needed = if v <= 0.49 {
                crate::stats::seats_needed(seats, share)
            } else {
                (v * f64::from(seats)).ceil() as u32
            };
            out.seats = Some(SeatsNeeded {
                seats,
                held,
                needed,
                short: needed.saturating_sub(held),
            });
            if needed <= held && out.status != TargetStatus::Met {
                // Reached as the seats are counted, though the share is below the figure.
                out.status = TargetStatus::Met;
            }
        }
    }
    let status = match out.status {
        TargetStatus::Met => "already met".to_string(),
        TargetStatus::OnTrack => "on track".to_string(),
        TargetStatus::OffTrack => "off track".to_string(),
        TargetStatus::TooEarly => {
            "too early to say (a single value since the series began or broke)".to_string()
        }
        TargetStatus::NoLevel => "no level is stated, so progress cannot be rated".to_string(),
        TargetStatus::NoData => "no data".to_string(),
    };
    let seats = out
        .seats
        .filter(|s| s.short > 0)
        .map(|s| {
            format!(
                "; women hold {} of {} seats and need {} ({} more)",
                s.held, s.seats, s.needed, s.short
            )
        })
        .unwrap_or_default();
    out.message = format!(
        "Target `{}` ({} by {}): {} in {} ({}): {status}{seats}.",
        t.id,
        t.value
            .map(show)
            .unwrap_or_else(|| "no level stated".into()),
        t.by,
        s.map(|s| s.title.as_str()).unwrap_or(t.indicator.as_str()),
        lp.period,
        show(x),
    );
    out
}

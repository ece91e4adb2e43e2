//! The progress section of the reports, in the report's language: each series as a table and a
//! chart (text bars in Markdown, an SVG chart in HTML), breaks where a definition changed, and
//! progress towards each dated target.

use std::fmt::Write;

use crate::assessment::{Break, BreakCause, Point, Series, TargetProgress, TargetStatus};
use crate::indicators::Unit;
use crate::model::Period;
use crate::report::chart::{self, ShareBar, ShareChart, escape};
use crate::report::wording::Words;

/// A period as the report writes it.
fn period(w: &Words<'_>, p: Period) -> String {
    match p {
        Period::Range(r) => w.msg(
            "report-period-range",
            &[
                ("start", r.start.to_string().into()),
                ("end", r.end.to_string().into()),
            ],
        ),
        p => p.to_string(),
    }
}

/// The series the reports show: shares (the charts are of shares) and any series a target
/// names.
fn shown<'a>(w: &Words<'a>) -> Vec<&'a Series> {
    let Some(p) = &w.a.progress else {
        return Vec::new();
    };
    p.series
        .iter()
        .filter(|s| s.unit == Unit::Share || p.targets.iter().any(|t| t.indicator == s.indicator))
        .collect()
}

fn title(w: &Words<'_>, s: &Series) -> String {
    w.a.indicator(&s.indicator)
        .map(|r| w.indicator_title(r))
        .unwrap_or_else(|| s.title.clone())
}

fn value(w: &Words<'_>, unit: Unit, v: Option<f64>) -> String {
    match (v, unit) {
        (None, _) => w.msg("progress-no-records", &[]),
        (Some(v), Unit::Share) => w.pct1(v),
        (Some(v), Unit::Count) if v >= 0.0 && v.fract() == 0.0 && v < 1e15 => w.int(v as u64),
        (Some(v), _) => w.lang.decimal(v, 2),
    }
}

fn count(w: &Words<'_>, p: &Point) -> String {
    match (p.numerator, p.denominator) {
        (Some(k), Some(n)) => w.msg("count-of", &[("k", k.into()), ("n", n.into())]),
        _ => "–".to_string(),
    }
}

/// A signed difference: points for shares, the unit's number otherwise.
fn signed(w: &Words<'_>, unit: Unit, d: f64) -> String {
    let (x, decimals) = if unit == Unit::Share {
        (d * 100.0, 1)
    } else {
        (d, 2)
    };
    let n = w.lang.decimal(x.abs(), decimals);
    let sign = if x > 0.0 && n.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        "+"
    } else if x < 0.0 && n.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        "−"
    } else {
        ""
    };
    let text = format!("{sign}{n}");
    if unit == Unit::Share {
        w.msg("progress-points", &[("points", text.into())])
    } else {
        text
    }
}

/// The change, its interval and its p-value, as table cells.
fn change_cells(w: &Words<'_>, unit: Unit, p: &Point) -> [String; 3] {
    let dash = || "–".to_string();
    let Some(c) = p.change else {
        return [dash(), dash(), dash()];
    };
    let interval = c
        .interval
        .map(|i| format!("{} – {}", signed(w, unit, i.low), signed(w, unit, i.high)))
        .unwrap_or_else(dash);
    let pv = c
        .p_value
        .map(|x| {
            let p = if x < 0.0001 {
                w.msg("p-below", &[("p", w.lang.decimal(0.0001, 4).into())])
            } else {
                w.lang.decimal(x, 4)
            };
            w.msg(
                if c.exact {
                    "progress-p-exact"
                } else {
                    "progress-p-z"
                },
                &[("p", p.into())],
            )
        })
        .unwrap_or_else(dash);
    [signed(w, unit, c.difference), interval, pv]
}

fn break_text(w: &Words<'_>, b: &Break) -> String {
    let or = |v: &Option<String>, id: &str| v.clone().unwrap_or_else(|| w.msg(id, &[]));
    let (id, fallback) = match b.cause {
        BreakCause::Seats => ("break-seats", "break-unknown"),
        BreakCause::Kind => ("break-kind", "break-unknown"),
        BreakCause::Definition => ("break-definition", "break-default"),
    };
    let reason = w.msg(
        id,
        &[
            ("name", b.subject.as_str().into()),
            ("from", or(&b.from, fallback).into()),
            ("to", or(&b.to, fallback).into()),
        ],
    );
    w.msg("progress-break", &[("reason", reason.into())])
}

/// Progress towards one target, in one sentence (two with the seats still needed).
pub(crate) fn target_line(w: &Words<'_>, t: &TargetProgress) -> String {
    let share = t.unit == Some(Unit::Share) || (t.unit.is_none() && t.indicator.ends_with("share"));
    let level = t
        .value
        .map(|v| {
            if share {
                w.pct(v)
            } else {
                w.lang.decimal(v, 2)
            }
        })
        .unwrap_or_else(|| w.msg("target-level-none", &[]));
    let (Some(latest), Some(p)) = (t.latest, t.latest_period) else {
        return w.msg(
            "target-no-data",
            &[
                ("id", t.target.as_str().into()),
                ("level", level.into()),
                ("by", t.by.to_string().into()),
                ("indicator", t.indicator.as_str().into()),
            ],
        );
    };
    let status = w.msg(
        match t.status {
            TargetStatus::Met => "target-status-met",
            TargetStatus::OnTrack => "target-status-on-track",
            TargetStatus::OffTrack => "target-status-off-track",
            TargetStatus::TooEarly => "target-status-too-early",
            _ => "target-status-no-level",
        },
        &[],
    );
    let title =
        w.a.indicator(&t.indicator)
            .map(|r| w.indicator_title(r))
            .unwrap_or_else(|| t.indicator.clone());
    let mut line = w.msg(
        "target-line",
        &[
            ("id", t.target.as_str().into()),
            ("level", level.into()),
            ("by", t.by.to_string().into()),
            ("title", title.into()),
            (
                "latest",
                value(w, t.unit.unwrap_or(Unit::Count), Some(latest)).into(),
            ),
            ("period", period(w, p).into()),
            ("status", status.into()),
        ],
    );
    if let Some(s) = t.seats.filter(|s| s.short > 0) {
        line.push(' ');
        line.push_str(&w.msg(
            "target-seats",
            &[
                ("held", s.held.into()),
                ("seats", s.seats.into()),
                ("needed", s.needed.into()),
                ("short", s.short.into()),
            ],
        ));
    }
    if let Some(src) = &t.source {
        line.push(' ');
        line.push_str(&w.msg("target-source", &[("source", src.as_str().into())]));
    }
    line
}

fn intro(w: &Words<'_>) -> String {
    let periods: Vec<String> =
        w.a.progress
            .as_ref()
            .map(|p| p.periods.iter().map(|&x| period(w, x)).collect())
            .unwrap_or_default();
    w.msg(
        "progress-intro",
        &[
            ("periods", periods.join(", ").into()),
            ("level", w.pct(w.a.settings.level).into()),
        ],
    )
}

/// A bar of 20 characters for a share (or a value scaled to the series' largest).
fn text_bar(share: f64) -> String {
    let full = (share.clamp(0.0, 1.0) * 20.0).round() as usize;
    format!("{}{}", "█".repeat(full), "░".repeat(20 - full))
}

/// The progress section in Markdown; empty when the assessment has no progress.
pub(crate) fn markdown(w: &Words<'_>) -> String {
    let Some(p) = &w.a.progress else {
        return String::new();
    };
    let mut o = String::new();
    let _ = writeln!(o, "## {}\n", w.msg("heading-progress", &[]));
    let _ = writeln!(o, "{}\n", intro(w));
    for s in shown(w) {
        let _ = writeln!(o, "### {} (`{}`)\n", cell(&title(w, s)), s.indicator);
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
            w.msg("col-period", &[]),
            w.msg("col-value", &[]),
            w.msg("col-count", &[]),
            w.msg("col-change", &[]),
            w.msg("col-change-interval", &[]),
            w.msg("col-p", &[])
        );
        for pt in &s.points {
            if let Some(b) = &pt.break_before {
                let _ = writeln!(o, "| *{}* | | | | | |", cell(&break_text(w, b)));
            }
            let [c, i, pv] = change_cells(w, s.unit, pt);
            let _ = writeln!(
                o,
                "| {} | {} | {} | {c} | {i} | {pv} |",
                period(w, pt.period),
                value(w, s.unit, pt.value),
                count(w, pt)
            );
        }
        if s.unit == Unit::Share {
            o.push_str("\n```text\n");
            for pt in &s.points {
                if pt.break_before.is_some() {
                    o.push_str("  ┄┄ ┄┄\n");
                }
                let _ = writeln!(
                    o,
                    "{} {} {}",
                    period(w, pt.period),
                    pt.value.map(text_bar).unwrap_or_else(|| " ".repeat(20)),
                    value(w, s.unit, pt.value)
                );
            }
            o.push_str("```\n");
        }
        o.push('\n');
    }
    if !p.targets.is_empty() {
        let _ = writeln!(o, "### {}\n", w.msg("heading-targets", &[]));
        for t in &p.targets {
            let _ = writeln!(o, "- {}", target_line(w, t));
        }
        o.push('\n');
    }
    o
}

/// The progress section in HTML: a chart per series of shares (one bar per period; a break is
/// named in the bar's label) with its table, and the targets.
pub(crate) fn html(o: &mut String, w: &Words<'_>) {
    let Some(p) = &w.a.progress else {
        return;
    };
    crate::report::html::section(o, "progress", &w.msg("heading-progress", &[]));
    let _ = writeln!(o, "<p>{}</p>", escape(&intro(w)));
    for (k, s) in shown(w).into_iter().enumerate() {
        let t = title(w, s);
        let _ = writeln!(
            o,
            "<h3>{}{}</h3>",
            escape(&t),
            crate::report::html::id_code(&s.indicator)
        );
        if s.unit == Unit::Share {
            let points: Vec<String> = s
                .points
                .iter()
                .map(|pt| {
                    w.msg(
                        "chart-series-point",
                        &[
                            ("period", period(w, pt.period).into()),
                            ("value", value(w, s.unit, pt.value).into()),
                        ],
                    )
                })
                .collect();
            let bars = s
                .points
                .iter()
                .map(|pt| ShareBar {
                    label: match &pt.break_before {
                        Some(b) => format!("{} ({})", period(w, pt.period), break_text(w, b)),
                        None => period(w, pt.period),
                    },
                    share: pt.value.unwrap_or(0.0),
                    interval: None,
                    figure: match (pt.value, pt.numerator, pt.denominator) {
                        (Some(v), Some(_), Some(_)) => format!("{} ({})", w.pct(v), count(w, pt)),
                        (v, _, _) => value(w, s.unit, v),
                    },
                })
                .collect();
            let [t0, t1, t2, t3, t4, t5] = crate::report::html::ticks(w.lang);
            let svg = chart::share_chart(
                &format!("progress-{k}"),
                &ShareChart {
                    title: t.clone(),
                    description: w.msg(
                        "chart-series",
                        &[
                            ("title", t.as_str().into()),
                            ("points", points.join("; ").into()),
                        ],
                    ),
                    band_label: w.msg("chart-balance-band", &[]),
                    parity_label: w.msg("chart-parity", &[]),
                    ticks: [t0, t1, t2, t3, t4, t5],
                    bars,
                },
            );
            let _ = writeln!(o, "<figure>{svg}</figure>");
        }
        let _ = write!(
            o,
            "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            escape(&w.msg("col-period", &[])),
            escape(&w.msg("col-value", &[])),
            escape(&w.msg("col-count", &[])),
            escape(&w.msg("col-change", &[])),
            escape(&w.msg("col-change-interval", &[])),
            escape(&w.msg("col-p", &[]))
        );
        for pt in &s.points {
            if let Some(b) = &pt.break_before {
                let _ = write!(
                    o,
                    "<tr><td colspan=\"6\"><em>{}</em></td></tr>",
                    escape(&break_text(w, b))
                );
            }
            let [c, i, pv] = change_cells(w, s.unit, pt);
            let _ = write!(
                o,
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape(&period(w, pt.period)),
                escape(&value(w, s.unit, pt.value)),
                escape(&count(w, pt)),
                escape(&c),
                escape(&i),
                escape(&pv)
            );
        }
        o.push_str("</tbody></table>\n");
    }
    if !p.targets.is_empty() {
        let _ = writeln!(o, "<h3>{}</h3>", escape(&w.msg("heading-targets", &[])));
        let items: Vec<String> = p.targets.iter().map(|t| target_line(w, t)).collect();
        crate::report::html::list(o, "ul", "", &items);
    }
    o.push_str("</section>\n");
}

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

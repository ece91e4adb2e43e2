//! Reports: Markdown for people, JSON for machines.
//!
//! Reports print what the [`Assessment`] holds and nothing else: no names (the assessment never
//! carries them), counts beside every percentage, and small counts flagged.

pub mod chart;
pub mod comparison;
pub mod html;
pub mod localised;
mod pay_html;
mod progress;
mod wording;

use crate::assessment::{Assessment, IndicatorResult};
use crate::disclosure::Withheld;
use crate::format::{pct, pct1, ratio};
use crate::framework::Rating;
use crate::indicator::Unit;
use crate::stats::IntervalMethod;

/// The assessment as pretty-printed JSON (language-independent: ids and numbers), ending with a newline.
///
/// ```
/// let a = gender_impact::assess(&gender_impact::dataset::metropolis_2023()).unwrap();
/// let json = gender_impact::report::json(&a);
/// let back: gender_impact::Assessment = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, a);
/// ```
pub fn json(a: &Assessment) -> String {
    let mut s = serde_json::to_string_pretty(a).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}

/// The assessment as a Markdown document.
///
/// ```
/// let a = gender_impact::assess(&gender_impact::dataset::metropolis_2023()).unwrap();
/// let md = gender_impact::report::markdown(&a);
/// assert!(md.starts_with("# Gender-impact assessment"));
/// ```
pub fn markdown(a: &Assessment) -> String {
    // What people may read: withheld indicators lose their values (disclosure control).
    let published = a.published();
    let a = &published;
    let k = a.disclosure.policy.k;
    let mut o = String::with_capacity(16 * 1024);
    let push = |o: &mut String, s: &str| {
        o.push_str(s);
        o.push('\n');
    };
    push(
        &mut o,
        &format!(
            "# Gender-impact assessment: {}, {}\n",
            cell(&a.organisation),
            a.period
        ),
    );
    push(
        &mut o,
        &format!(
            "Framework: {} (`{}`, version {}). Produced by {} {}.",
            a.framework_name, a.framework.name, a.framework.version, a.tool.name, a.tool.version
        ),
    );
    if let Some(src) = &a.source {
        push(&mut o, &format!("\nSource: {src}"));
    }

    push(&mut o, "\n## Summary\n");
    let ov = &a.summary.overall;
    push(
        &mut o,
        &format!(
            "Overall: **{}**{}. {}\n",
            ov.rating.label(),
            ov.score
                .map(|s| format!(" (score {s:.2} of 3)"))
                .unwrap_or_default(),
            ov.derivation
        ),
    );
    push(
        &mut o,
        "| Pillar | Rating | Score (0-3) | Rated indicators | Meet or exceed | How it was derived |",
    );
    push(&mut o, "|---|---|---|---|---|---|");
    for p in &a.summary.pillars {
        push(
            &mut o,
            &format!(
                "| {} | {} | {} | {} | {} | {} |",
                cell(&p.title),
                p.rating.label(),
                p.score
                    .map(|s| format!("{s:.2}"))
                    .unwrap_or_else(|| "–".to_string()),
                p.rated,
                p.meets_or_exceeds,
                cell(&p.derivation)
            ),
        );
    }

    let words = wording::Words::new(a, crate::locale::Lang::En);
    if let Some(c) = words.contributions() {
        push(&mut o, &format!("\n{c}"));
    }
    push(&mut o, &format!("\n{}", words.sensitivity()));

    push(&mut o, "\n## Findings\n");
    if a.findings.is_empty() {
        push(
            &mut o,
            "No findings: the records hold no bodies or staff to assess.",
        );
    }
    for f in &a.findings {
        push(&mut o, &format!("- {}", f.text));
    }

    push(&mut o, "\n## Indicators\n");
    let interval_name = match a.settings.interval_method {
        IntervalMethod::Wilson => "Wilson",
        IntervalMethod::ClopperPearson => "Clopper-Pearson",
        IntervalMethod::Jeffreys => "Jeffreys",
    };
    push(
        &mut o,
        &format!(
            "Shares are over people whose gender is known; the interval is the {interval_name} {} interval for the underlying rate, and p is the exact two-sided binomial test against the reference share (default {}). † marks counts below the small-count threshold.\n",
            pct(a.settings.level),
            pct(a.settings.reference)
        ),
    );
    push(&mut o, &format!("{}\n", a.disclosure.statement));
    let groups = by_pillar(
        a,
        |p| p.title.clone(),
        "Other indicators (not rated by the framework)".to_string(),
    );
    for (title, rs) in groups.iter().filter(|(_, rs)| !rs.is_empty()) {
        push(&mut o, &format!("### {}\n", cell(title)));
        push(
            &mut o,
            "| Indicator | Id | Value | Count | Undisclosed | Interval | p | Rating |",
        );
        push(&mut o, "|---|---|---|---|---|---|---|---|");
        for r in rs {
            push(&mut o, &indicator_row(r, k));
        }
        push(&mut o, "");
    }

    o.push_str(&progress::markdown(&words));

    if !a.reconciliation.is_empty() {
        push(&mut o, "## Published figures\n");
        for r in &a.reconciliation {
            let mark = match r.consistent {
                Some(true) => "agrees",
                Some(false) => "**discrepancy**",
                None => "cannot be checked",
            };
            let src = r
                .source
                .as_ref()
                .map(|s| format!(" Source: {s}"))
                .unwrap_or_default();
            push(&mut o, &format!("- {mark}: {}{src}", r.message));
        }
        push(&mut o, "");
    }

    push(&mut o, "## Data quality\n");
    if a.warnings.is_empty() {
        push(&mut o, "No warnings.");
    }
    for w in &a.warnings {
        push(&mut o, &format!("- {}", w.message));
    }

    push(&mut o, "\n## Method\n");
    for n in &a.notes {
        push(&mut o, &format!("- {n}"));
    }
    if let Some(people) = &a.people {
        push(
            &mut o,
            "\n## People in the records (names shown on request)\n",
        );
        push(
            &mut o,
            "Personal data: this section is printed only when asked for (`--show-names`). Do not publish it.\n",
        );
        push(
            &mut o,
            "| Group | # | Name | Title | Gender | Uncertain | Role |",
        );
        push(&mut o, "|---|---|---|---|---|---|---|");
        for p in people {
            let text = |v: &Option<String>| v.as_deref().map(cell).unwrap_or_else(|| "–".into());
            push(
                &mut o,
                &format!(
                    "| `{}` | {} | {} | {} | {} | {} | {} |",
                    p.group,
                    p.index,
                    text(&p.name),
                    text(&p.title),
                    code(&p.gender),
                    if p.gender_uncertain { "yes" } else { "no" },
                    p.role.as_ref().map(code).unwrap_or_else(|| "–".into())
                ),
            );
        }
    }
    if let Some(pay) = &a.pay {
        // The pay report's own headings move one level down under this document's title.
        push(&mut o, "");
        for l in crate::pay::report::markdown(pay).lines() {
            if l.starts_with('#') {
                push(&mut o, &format!("#{l}"));
            } else {
                push(&mut o, l);
            }
        }
    }
    o
}

fn indicator_row(r: &IndicatorResult, k: u32) -> String {
    let value = match (r.value, r.unit) {
        (None, _) if r.withheld.is_some() => match r.withheld {
            Some(Withheld::SmallCell) => format!("withheld: fewer than {k} women or {k} men"),
            Some(Withheld::Derived) => "withheld: computed from a withheld figure".to_string(),
            _ => "withheld so that other withheld figures cannot be worked out".to_string(),
        },
        (None, _) => format!(
            "not computable: {}",
            r.not_computable.as_deref().unwrap_or("no value")
        ),
        (Some(v), Unit::Share) => pct1(v),
        (Some(v), Unit::Ratio) => ratio(v),
        (Some(v), Unit::Flag) => (if v > 0.5 { "yes" } else { "no" }).to_string(),
        (Some(v), _) => format!("{v}"),
    };
    let count = match (r.numerator, r.denominator) {
        (Some(k), Some(n)) => format!("{k} of {n}{}", if r.small_count { " †" } else { "" }),
        _ => "–".to_string(),
    };
    let undisclosed = match r.undisclosed {
        // A handful of people who did not disclose their gender is itself disclosive.
        Some(u) if u >= 1 && u < u64::from(k) => format!("fewer than {k}"),
        Some(u) => u.to_string(),
        None => "–".to_string(),
    };
    let interval = r
        .interval
        .map(|i| format!("{}–{}", pct1(i.low), pct1(i.high)))
        .unwrap_or_else(|| "–".to_string());
    let p = r
        .test
        .map(|t| format!("{} (vs {})", p_value(t.p_value), pct(t.reference)))
        .unwrap_or_else(|| "–".to_string());
    let rating = match r.rating {
        _ if r.withheld.is_some() => "withheld".to_string(),
        Rating::NotApplicable => "–".to_string(),
        x => x.label().to_string(),
    };
    format!(
        "| {} | `{}` | {} | {} | {} | {} | {} | {} |",
        cell(&r.title),
        r.id,
        cell(&value),
        count,
        undisclosed,
        interval,
        p,
        rating
    )
}

/// A p-value for people: four decimals, or "< 0.0001".
fn p_value(p: f64) -> String {
    if p < 0.0001 {
        "< 0.0001".to_string()
    } else {
        format!("{p:.4}")
    }
}

/// The indicators grouped by the pillar that rates them, in the framework's order (each titled
/// by `title`), then the others under `other`. Shared by the Markdown and HTML renderers.
pub(crate) fn by_pillar(
    a: &Assessment,
    title: impl Fn(&crate::assessment::PillarSummary) -> String,
    other: String,
) -> Vec<(String, Vec<&IndicatorResult>)> {
    let mut groups: Vec<(String, Vec<&IndicatorResult>)> = a
        .summary
        .pillars
        .iter()
        .map(|p| (title(p), Vec::new()))
        .collect();
    let mut rest = Vec::new();
    for r in &a.indicators {
        match r
            .pillar
            .as_ref()
            .and_then(|id| a.summary.pillars.iter().position(|p| &p.id == id))
        {
            Some(i) => groups[i].1.push(r),
            None => rest.push(r),
        }
    }
    groups.push((other, rest));
    groups
}

/// The snake_case code of an enum value (`woman`, `co_president`).
fn code<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

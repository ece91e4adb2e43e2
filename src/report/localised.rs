//! The Markdown report in a chosen language (English, French or Spanish): the same sections as
//! the HTML page, with tables in place of charts.

use crate::assessment::{Assessment, IndicatorResult};
use crate::i18n::Lang;
use crate::model::BuiltinKey;
use crate::model::Rating;
use crate::report::titles::{is_builtin, subject_name};
use crate::report::wording::Words;

/// The assessment as a Markdown document in `lang`.
///
/// ```
/// use gender_impact::i18n::Lang;
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let md = gender_impact::report::markdown_in(&a, Lang::Es);
/// assert!(md.starts_with("# Evaluación del impacto de género: Metropolis"));
/// assert!(md.contains("las mujeres ocupan 5 de 31 puestos (16\u{A0}%)"));
/// ```
pub fn markdown(a: &Assessment, lang: Lang) -> String {
    // What people may read: withheld indicators lose their values (disclosure control).
    let published = a.published();
    let a = &published;
    let w = Words::new(a, lang);
    let mut o = String::with_capacity(16 * 1024);
    let mut push = |s: &str| {
        o.push_str(s);
        o.push('\n');
    };
    push(&format!("# {}\n", cell(&w.title())));
    push(&w.framework_line());
    if let Some(src) = &a.source {
        push(&format!(
            "\n{}",
            w.msg("report-source", &[("source", src.as_str().into())])
        ));
    }
    push(&format!("\n{}", w.msg("report-language-note", &[])));

    push(&format!("\n## {}\n", w.msg("heading-summary", &[])));
    let ov = &a.summary.overall;
    let mut overall = w.msg(
        "overall-rating",
        &[("rating", format!("**{}**", w.rating(ov.rating)).into())],
    );
    if let Some(s) = ov.score {
        overall.push_str(&format!(
            " ({})",
            w.msg("overall-score", &[("score", lang.decimal(s, 2).into())])
        ));
    }
    push(&format!("{overall}. {}\n", w.overall_derivation()));
    push(&format!(
        "| {} | {} | {} | {} | {} | {} |",
        w.msg("col-pillar", &[]),
        w.msg("col-rating", &[]),
        w.msg("col-score", &[]),
        w.msg("col-rated", &[]),
        w.msg("col-meets", &[]),
        w.msg("col-derivation", &[])
    ));
    push("|---|---|---|---|---|---|");
    for p in &a.summary.pillars {
        push(&format!(
            "| {} | {} | {} | {} | {} | {} |",
            cell(&w.pillar_title(p)),
            w.rating(p.rating),
            p.score
                .map(|s| lang.decimal(s, 2))
                .unwrap_or_else(|| "–".to_string()),
            p.rated,
            p.meets_or_exceeds,
            cell(&w.pillar_derivation(p))
        ));
    }
    if let Some(c) = w.contributions() {
        push(&format!("\n{c}"));
    }
    push(&format!("\n{}", w.sensitivity()));
    push(&format!("\n### {}\n", w.msg("heading-key-findings", &[])));
    let key = w.key_findings();
    if key.is_empty() {
        push(&w.msg("no-findings", &[]));
    }
    for (i, f) in key.iter().enumerate() {
        push(&format!("{}. {f}", i + 1));
    }

    let grades: Vec<&IndicatorResult> = a
        .indicators
        .iter()
        .filter(|r| is_builtin(r, BuiltinKey::StaffGradeWomenShare) && r.value.is_some())
        .collect();
    if !grades.is_empty() {
        push(&format!("\n## {}\n", w.msg("heading-staff", &[])));
        push(&format!(
            "| {} | {} | {} | {} | {} |",
            w.msg("col-grade", &[]),
            w.msg("col-women", &[]),
            w.msg("col-others", &[]),
            w.msg("col-known", &[]),
            w.msg("col-share", &[])
        ));
        push("|---|---|---|---|---|");
        for r in grades {
            let women = r.numerator.unwrap_or(0);
            let known = r.denominator.unwrap_or(0);
            push(&format!(
                "| {} | {} | {} | {}{} | {} |",
                cell(subject_name(r).unwrap_or(&r.title)),
                w.int(women),
                w.int(known.saturating_sub(women)),
                w.int(known),
                if r.small_count { " †" } else { "" },
                w.value(r)
            ));
        }
    }

    push(&format!("\n## {}\n", w.msg("heading-findings", &[])));
    let findings = w.findings();
    if findings.is_empty() {
        push(&w.msg("no-findings", &[]));
    }
    for f in findings {
        push(&format!("- {f}"));
    }

    push(&format!("\n## {}\n", w.msg("heading-indicators", &[])));
    push(&format!("{}\n", w.indicators_intro()));
    push(&format!("{}\n", w.disclosure()));
    let groups = super::by_pillar(
        a,
        |p| w.pillar_title(p),
        w.msg("heading-other-indicators", &[]),
    );
    for (title, rs) in groups.iter().filter(|(_, rs)| !rs.is_empty()) {
        push(&format!("### {}\n", cell(title)));
        push(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            w.msg("col-indicator", &[]),
            w.msg("col-id", &[]),
            w.msg("col-value", &[]),
            w.msg("col-count", &[]),
            w.msg("col-undisclosed", &[]),
            w.msg("col-interval", &[]),
            w.msg("col-p", &[]),
            w.msg("col-rating", &[])
        ));
        push("|---|---|---|---|---|---|---|---|");
        for r in rs {
            let dash = || "–".to_string();
            push(&format!(
                "| {} | `{}` | {} | {}{} | {} | {} | {} | {} |",
                cell(&w.indicator_title(r)),
                r.id,
                cell(&w.value(r)),
                w.count(r).unwrap_or_else(dash),
                if r.small_count { " †" } else { "" },
                w.undisclosed(r).unwrap_or_else(dash),
                w.interval(r).unwrap_or_else(dash),
                w.p_value(r).unwrap_or_else(dash),
                match r.rating {
                    Rating::NotApplicable => "–".to_string(),
                    x => w.rating(x),
                }
            ));
        }
        push("");
    }

    let progress = crate::report::progress::markdown(&w);
    if !progress.is_empty() {
        o.push_str(&progress);
    }
    if let Some(q) = &a.quotas {
        o.push_str(&crate::report::quotas::markdown(q, lang));
    }
    let mut push = |s: &str| {
        o.push_str(s);
        o.push('\n');
    };
    if !a.reconciliation.is_empty() {
        push(&format!("## {}\n", w.msg("heading-published", &[])));
        for rec in &a.reconciliation {
            let src = rec
                .source
                .as_ref()
                .map(|s| {
                    format!(
                        " {}",
                        w.msg("reconcile-source", &[("source", s.as_str().into())])
                    )
                })
                .unwrap_or_default();
            let mark = format!("**{}**", w.reconciliation_mark(rec));
            let line = w.msg(
                "label-value",
                &[
                    ("label", mark.into()),
                    ("value", w.reconciliation(rec).into()),
                ],
            );
            push(&format!("- {line}{src}"));
        }
        push("");
    }

    push(&format!("## {}\n", w.msg("heading-data-quality", &[])));
    if a.warnings.is_empty() {
        push(&w.msg("no-warnings", &[]));
    }
    for x in &a.warnings {
        push(&format!("- {}", w.warning(x)));
    }

    push(&format!("\n## {}\n", w.msg("heading-method", &[])));
    for n in w.notes() {
        push(&format!("- {n}"));
    }
    if let Some(people) = &a.people {
        push(&format!("\n## {}\n", w.msg("heading-people", &[])));
        push(&format!("{}\n", w.msg("people-warning", &[])));
        let (headers, rows) = w.people_table(people);
        push(&format!("| {} |", headers.join(" | ")));
        push(&format!("|{}", "---|".repeat(headers.len())));
        for row in rows {
            let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
            push(&format!("| {} |", cells.join(" | ")));
        }
    }
    if let Some(pay) = &a.pay {
        // The pay report's title is a section of this document: its headings one level down.
        push("");
        o.push_str(&crate::report::pay::markdown_in(pay, lang, 2));
    }
    o
}

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

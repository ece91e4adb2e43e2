//! The board-quota section of an assessment's reports (Markdown and HTML): each body against
//! the rules of the organisation's jurisdiction at its date, the rules out of scope, and the
//! sources, with the rules recalled rather than read said to be so.

use std::fmt::Write;

use crate::i18n::{Arg, Lang};
use crate::law::{BodyQuota, ObjectiveCheck, QuotaBody, QuotaReview, RuleRef, Scope, Seats};
use crate::law::{Source, StepCheck};
use crate::model::Gender;
use crate::report::chart::escape;

/// The section in the reader's language, for either renderer.
struct Section {
    heading: String,
    intro: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    notes: Vec<String>,
    sources_heading: String,
    sources: Vec<String>,
}

/// The section in Markdown, headings at level 2.
pub(crate) fn markdown(q: &QuotaReview, lang: Lang) -> String {
    let s = section(q, lang);
    let mut o = format!("## {}\n\n{}\n\n", s.heading, s.intro);
    if !s.rows.is_empty() {
        let _ = writeln!(o, "| {} |", s.headers.join(" | "));
        let _ = writeln!(o, "|{}", "---|".repeat(s.headers.len()));
        for row in &s.rows {
            let cells: Vec<String> = row.iter().map(|c| c.replace('|', "\\|")).collect();
            let _ = writeln!(o, "| {} |", cells.join(" | "));
        }
        o.push('\n');
    }
    for n in &s.notes {
        let _ = writeln!(o, "- {n}");
    }
    let _ = writeln!(o, "\n### {}\n", s.sources_heading);
    for n in &s.sources {
        let _ = writeln!(o, "- {n}");
    }
    o.push('\n');
    o
}

/// The section in HTML.
pub(crate) fn html(o: &mut String, q: &QuotaReview, lang: Lang) {
    let s = section(q, lang);
    crate::report::html::section(o, "quotas", &s.heading);
    let _ = writeln!(o, "<p>{}</p>", code(&s.intro));
    if !s.rows.is_empty() {
        o.push_str("<table class=\"quotas\"><thead><tr>");
        for h in &s.headers {
            let _ = write!(o, "<th scope=\"col\">{}</th>", escape(h));
        }
        o.push_str("</tr></thead><tbody>");
        for row in &s.rows {
            o.push_str("<tr>");
            for c in row {
                let _ = write!(o, "<td class=\"text\">{}</td>", code(c));
            }
            o.push_str("</tr>");
        }
        o.push_str("</tbody></table>\n");
    }
    items(o, &s.notes);
    let _ = writeln!(o, "<h3>{}</h3>", escape(&s.sources_heading));
    items(o, &s.sources);
    o.push_str("</section>\n");
}

fn items(o: &mut String, items: &[String]) {
    if items.is_empty() {
        return;
    }
    o.push_str("<ul>");
    for i in items {
        let _ = write!(o, "<li>{}</li>", code(i));
    }
    o.push_str("</ul>\n");
}

/// Escaped text with its `quoted` parts (ids, field names) as `<code>`.
fn code(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, part) in s.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{}</code>", escape(part));
        } else {
            out.push_str(&escape(part));
        }
    }
    out
}

fn section(q: &QuotaReview, lang: Lang) -> Section {
    let w = |id: &str, args: &[(&str, Arg<'_>)]| lang.message(id, args);
    let yes_no = |b: bool| {
        Arg::from(w(
            "law-yes-no",
            &[("value", if b { "yes" } else { "no" }.into())],
        ))
    };
    let cols = [
        "quota-col-body",
        "law-col-rule",
        "quota-col-held",
        "law-col-in-force",
        "quota-col-status",
        "law-col-next-step",
    ];
    Section {
        heading: w("quota-heading", &[("country", q.country.code().into())]),
        intro: w(
            "quota-intro",
            &[
                ("country", q.country.code().into()),
                ("employees", q.employees.into()),
                ("listed", yes_no(q.listed)),
                ("public", yes_no(q.public_interest)),
            ],
        ),
        headers: cols.iter().map(|c| w(c, &[])).collect(),
        rows: q.bodies.iter().map(|b| row(b, lang)).collect(),
        notes: notes(q, lang),
        sources_heading: w("quota-sources-heading", &[]),
        sources: sources(q, lang),
    }
}

fn row(b: &BodyQuota, lang: Lang) -> Vec<String> {
    let w = |id: &str, args: &[(&str, Arg<'_>)]| lang.message(id, args);
    let sex = match b.under_represented {
        Some(Gender::Woman) => "woman",
        Some(Gender::Man) => "man",
        _ => "none",
    };
    let body = w(
        "quota-body-date",
        &[
            ("name", b.name.as_str().into()),
            ("date", b.date.to_string().into()),
            (
                "end",
                if b.date_is_period_end { "yes" } else { "no" }.into(),
            ),
        ],
    );
    let held = w(
        "quota-held",
        &[
            ("sex", sex.into()),
            ("held", b.held.into()),
            ("seats", b.seats.into()),
        ],
    );
    let now = b
        .in_force
        .as_ref()
        .map_or_else(|| w("law-not-yet", &[]), |s| step(s, "law-since", lang));
    let next = b
        .next
        .as_ref()
        .map_or("–".to_string(), |s| step(s, "law-from", lang));
    vec![body, b.rule.clone(), held, now, status(b, lang), next]
}

/// Met, short by the fewest seats any checked objective lacks, undecided, or a dash when no
/// step is in force.
fn status(b: &BodyQuota, lang: Lang) -> String {
    let Some(step) = &b.in_force else {
        return "–".to_string();
    };
    let (key, short) = match b.met {
        Some(true) => ("met", 0),
        Some(false) => {
            let fewest = step.objectives.iter().filter_map(|o| o.short).min();
            ("short", fewest.unwrap_or(0))
        }
        None => ("undecided", 0),
    };
    lang.message(
        "quota-status",
        &[("status", key.into()), ("short", short.into())],
    )
}

fn step(s: &StepCheck, when: &str, lang: Lang) -> String {
    let parts: Vec<String> = s.objectives.iter().map(|o| objective(o, lang)).collect();
    super::law::either_since(&parts, &s.from, when, lang)
}

fn objective(o: &ObjectiveCheck, lang: Lang) -> String {
    let goal = lang.message(
        "law-objective",
        &[
            ("share", lang.decimal(o.share * 100.0, 0).into()),
            ("of", seats_key(o.of).into()),
        ],
    );
    match o.needed {
        Some(n) => lang.message(
            "quota-needed",
            &[("objective", goal.into()), ("needed", n.into())],
        ),
        None => lang.message("quota-unchecked", &[("objective", goal.into())]),
    }
}

fn seats_key(s: Seats) -> &'static str {
    match s {
        Seats::All => "all",
        Seats::NonExecutive => "non_executive",
    }
}

fn body_key(b: QuotaBody) -> &'static str {
    match b {
        QuotaBody::Board => "board",
        QuotaBody::SeniorExecutives => "senior_executives",
        QuotaBody::ManagementBodies => "management_bodies",
    }
}

/// The assumptions, conditions and rules not applied, each once.
fn notes(q: &QuotaReview, lang: Lang) -> Vec<String> {
    let w = |id: &str, args: &[(&str, Arg<'_>)]| lang.message(id, args);
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    for b in &q.bodies {
        let name = || Arg::from(b.name.as_str());
        if b.directors_assumed && b.counted_as == QuotaBody::Board {
            push(w("quota-assumed-all", &[("body", name())]));
        } else if b.directors == Seats::NonExecutive {
            push(w("quota-non-executive", &[("body", name())]));
        }
        if b.neither > 0 {
            push(w(
                "quota-neither",
                &[("body", name()), ("n", b.neither.into())],
            ));
        }
        let rule = || Arg::from(b.rule.as_str());
        if let Some(c) = &b.condition {
            push(w(
                "law-condition",
                &[("rule", rule()), ("text", c.as_str().into())],
            ));
        }
        if b.unless_sme {
            push(w("law-unless-sme", &[("rule", rule())]));
        }
    }
    for id in &q.withheld {
        push(w("quota-withheld", &[("body", id.as_str().into())]));
    }
    for r in &q.unmatched {
        push(w(
            "quota-unmatched",
            &[
                ("rule", r.rule.as_str().into()),
                ("body", body_key(r.counts).into()),
            ],
        ));
    }
    for r in &q.outside {
        push(outside(r, lang));
    }
    if q.bodies.is_empty() && q.unmatched.is_empty() && q.outside.is_empty() {
        push(w("quota-none", &[("country", q.country.code().into())]));
    }
    out
}

fn outside(r: &RuleRef, lang: Lang) -> String {
    let or = format!(" {} ", lang.message("law-or", &[]));
    let scope: Vec<String> = r
        .scope
        .iter()
        .map(|s| match *s {
            Scope::Listed => lang.message("quota-scope-listed", &[]),
            Scope::PublicInterest => lang.message("quota-scope-public", &[]),
            Scope::EmployeesAtLeast(n) => lang.message("quota-scope-employees", &[("n", n.into())]),
        })
        .collect();
    lang.message(
        "quota-outside",
        &[
            ("rule", r.rule.as_str().into()),
            ("body", body_key(r.counts).into()),
            ("scope", scope.join(&or).into()),
        ],
    )
}

/// Every rule named in the section, once, with its source; a rule not checked against its
/// text says so, with the data's note.
fn sources(q: &QuotaReview, lang: Lang) -> Vec<String> {
    let mut seen: Vec<(&str, &Source)> = Vec::new();
    let named = q.bodies.iter().map(|b| (b.rule.as_str(), &b.source)).chain(
        q.unmatched
            .iter()
            .chain(&q.outside)
            .map(|r| (r.rule.as_str(), &r.source)),
    );
    for (id, s) in named {
        if !seen.iter().any(|(i, _)| *i == id) {
            seen.push((id, s));
        }
    }
    let mut out = Vec::new();
    for (id, s) in seen {
        out.push(lang.message(
            "quota-source",
            &[
                ("rule", id.into()),
                ("act", s.act.as_str().into()),
                ("article", s.article.as_str().into()),
                ("url", s.url.as_str().into()),
                ("read", if s.verified { "yes" } else { "no" }.into()),
            ],
        ));
        if !s.verified {
            out.push(lang.message(
                "quota-recalled",
                &[
                    ("rule", id.into()),
                    ("note", s.note.as_deref().unwrap_or("").into()),
                ],
            ));
        }
    }
    out
}

//! `gia obligations`: what an organisation owes in a year (pay duties, board quotas,
//! deadlines), in Markdown in the reader's language, or as JSON.

use crate::i18n::{Arg, Lang};
use crate::law::{DutyStatus, Objective, Obligations, QuotaStatus, QuotaStep, Seats};

/// The obligations as pretty-printed JSON (ids, dates, lowercase letters), ending with a newline.
///
/// ```
/// use gender_impact::law::{obligations, Country, Organisation};
/// let org = Organisation { employees: 260, listed: false, public_interest: false };
/// let json = gender_impact::report::obligations_json(&obligations(Country::Eu, org, 2027).unwrap());
/// assert!(json.contains("\"indicators\": [\n      \"a\""));
/// ```
pub fn obligations_json(o: &Obligations) -> String {
    let mut s = serde_json::to_string_pretty(o).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}

/// The obligations as a Markdown document in `lang`.
///
/// ```
/// use gender_impact::i18n::Lang;
/// use gender_impact::law::{obligations, Country, Organisation};
/// let org = Organisation { employees: 120, listed: false, public_interest: false };
/// let md = gender_impact::report::obligations_markdown(&obligations(Country::Eu, org, 2027).unwrap(), Lang::En);
/// assert!(md.contains("No Article 9 indicator is due in 2027."));
/// ```
pub fn obligations_markdown(o: &Obligations, lang: Lang) -> String {
    let w = |id: &str, args: &[(&str, Arg<'_>)]| lang.message(id, args);
    let mut out = vec![format!(
        "# {}\n",
        w(
            "law-heading",
            &[("country", o.country.code().into()), ("year", year(o.year))]
        )
    )];
    out.push(format!("{}\n", intro(o, lang)));
    out.extend(pay(o, lang));
    out.extend(governance(o, lang));
    out.extend(deadlines(o, lang));
    out.extend(unverified(o, lang));
    let mut s = out.join("\n");
    s.push('\n');
    s
}

/// A year as text (no digit grouping: 2027, not 2,027).
fn year(y: i16) -> Arg<'static> {
    y.to_string().into()
}

fn yes_no(b: bool) -> Arg<'static> {
    if b { "yes" } else { "no" }.into()
}

fn intro(o: &Obligations, lang: Lang) -> String {
    lang.message(
        "law-intro",
        &[
            ("employees", o.employees.into()),
            ("listed", yes_no(o.listed)),
            ("public", yes_no(o.public_interest)),
            ("checked", o.rules_checked.to_string().into()),
            ("year", year(o.year)),
            ("datayear", year(o.year - 1)),
        ],
    )
}

fn pay(o: &Obligations, lang: Lang) -> Vec<String> {
    let w = |id: &str, args: &[(&str, Arg<'_>)]| lang.message(id, args);
    let mut out = vec![format!("## {}\n", w("law-pay-heading", &[]))];
    let letters: Vec<&str> = o.pay.indicators.iter().map(|l| l.as_str()).collect();
    out.push(if letters.is_empty() {
        format!("{}\n", w("law-indicators-none", &[("year", year(o.year))]))
    } else {
        let l = letters.join(", ");
        format!(
            "{}\n",
            w(
                "law-indicators",
                &[("year", year(o.year)), ("letters", l.into())]
            )
        )
    });
    if o.pay.duties.is_empty() {
        out.push(format!("{}\n", w("law-pay-none", &[])));
        return out;
    }
    let cols = [
        "law-col-rule",
        "law-col-duty",
        "law-col-due",
        "law-col-cadence",
        "law-col-deadline",
        "law-col-next",
        "law-col-source",
    ];
    out.push(header(&cols, lang));
    out.extend(o.pay.duties.iter().map(|d| duty_row(d, lang)));
    out.push(String::new());
    for d in o.pay.duties.iter().filter(|d| d.due) {
        out.extend(details(d, lang));
    }
    out
}

fn header(cols: &[&str], lang: Lang) -> String {
    let names: Vec<String> = cols.iter().map(|c| lang.message(c, &[])).collect();
    format!("| {} |\n|{}", names.join(" | "), "---|".repeat(cols.len()))
}

fn duty_row(d: &DutyStatus, lang: Lang) -> String {
    let w = |id: &str, args: &[(&str, Arg<'_>)]| lang.message(id, args);
    let r = &d.rule;
    let due = if r.optional {
        w("law-optional", &[])
    } else {
        w("law-yes-no", &[("value", yes_no(d.due))])
    };
    let cadence = if r.optional {
        "–".to_string()
    } else {
        w(
            "law-cadence",
            &[("every", u32::from(r.cadence.every_years).into())],
        )
    };
    let deadline = d.due_date.map_or("–".to_string(), |x| x.to_string());
    let next = d.next_due.map_or("–".to_string(), |y| y.to_string());
    let duty = w("law-duty", &[("duty", duty_key(r.duty).into())]);
    let source = format!("{}, {}", r.source.act, r.source.article);
    let read = w("law-read", &[("value", yes_no(r.source.verified))]);
    format!(
        "| `{}` | {duty} | {due} | {cadence} | {deadline} | {next} | {source} ({read}) |",
        r.id
    )
}

fn duty_key(d: crate::law::Duty) -> String {
    serde_json::to_value(d)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// The particulars of a due duty: the period, the threshold, what is published.
fn details(d: &DutyStatus, lang: Lang) -> Vec<String> {
    let w = |id: &str, args: &[(&str, Arg<'_>)]| lang.message(id, args);
    let r = &d.rule;
    let mut out = Vec::new();
    let pct = |t: f64| lang.decimal(t * 100.0, 0);
    match (r.threshold, r.remedy_months) {
        (Some(t), Some(m)) => out.push(w(
            "law-jpa",
            &[
                ("threshold", pct(t).into()),
                ("months", u32::from(m).into()),
                ("rule", r.id.as_str().into()),
            ],
        )),
        (Some(t), None) => out.push(w(
            "law-threshold",
            &[("threshold", pct(t).into()), ("rule", r.id.as_str().into())],
        )),
        _ => {}
    }
    if let Some(s) = d.snapshot_date {
        out.push(w(
            "law-snapshot",
            &[
                ("date", s.to_string().into()),
                ("rule", r.id.as_str().into()),
            ],
        ));
    }
    if !r.figures.is_empty() {
        out.push(w("law-uk-figures", &[("rule", r.id.as_str().into())]));
    }
    if !r.published.is_empty() && !r.indicators.is_empty() {
        out.push(w(
            "law-published",
            &[
                ("rule", r.id.as_str().into()),
                ("letters", r.published.join(", ").into()),
            ],
        ));
    }
    if let Some(c) = &r.confidential {
        out.push(w(
            "law-confidential",
            &[("rule", r.id.as_str().into()), ("text", c.as_str().into())],
        ));
    }
    out.into_iter()
        .map(|s| format!("- {s}"))
        .chain(std::iter::once(String::new()))
        .filter(|s| !s.is_empty())
        .collect()
}

fn governance(o: &Obligations, lang: Lang) -> Vec<String> {
    let w = |id: &str, args: &[(&str, Arg<'_>)]| lang.message(id, args);
    let mut out = vec![format!(
        "\n## {}\n",
        w("law-gov-heading", &[("year", year(o.year))])
    )];
    if o.governance.is_empty() {
        out.push(format!("{}\n", w("law-gov-none", &[])));
        return out;
    }
    out.push(header(
        &[
            "law-col-rule",
            "law-col-body",
            "law-col-in-force",
            "law-col-next-step",
            "law-col-source",
        ],
        lang,
    ));
    out.extend(o.governance.iter().map(|q| quota_row(q, lang)));
    out.push(String::new());
    for q in &o.governance {
        if let Some(c) = &q.condition {
            out.push(format!(
                "- {}",
                w(
                    "law-condition",
                    &[
                        ("rule", q.rule.as_str().into()),
                        ("text", c.as_str().into())
                    ]
                )
            ));
        }
        if q.unless_sme {
            out.push(format!(
                "- {}",
                w("law-unless-sme", &[("rule", q.rule.as_str().into())])
            ));
        }
    }
    out
}

fn quota_row(q: &QuotaStatus, lang: Lang) -> String {
    let w = |id: &str, args: &[(&str, Arg<'_>)]| lang.message(id, args);
    let body = w(
        "law-body",
        &[(
            "body",
            serde_json::to_value(q.body)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default()
                .into(),
        )],
    );
    let now = q
        .in_force
        .as_ref()
        .map_or_else(|| w("law-not-yet", &[]), |s| step(s, "law-since", lang));
    let next = q
        .next
        .as_ref()
        .map_or("–".to_string(), |s| step(s, "law-from", lang));
    let read = w("law-read", &[("value", yes_no(q.source.verified))]);
    format!(
        "| `{}` | {body} | {now} | {next} | {}, {} ({read}) |",
        q.rule, q.source.act, q.source.article
    )
}

fn step(s: &QuotaStep, when: &str, lang: Lang) -> String {
    let objectives: Vec<String> = s.objectives.iter().map(|o| objective(o, lang)).collect();
    either_since(&objectives, &s.from, when, lang)
}

/// A step of a quota: its objectives joined by "or", then when it applies (`when`: the
/// message `law-since` or `law-from`, with the step's first day).
pub(super) fn either_since(
    objectives: &[String],
    from: &dyn std::fmt::Display,
    when: &str,
    lang: Lang,
) -> String {
    let or = format!(" {} ", lang.message("law-or", &[]));
    format!(
        "{} ({})",
        objectives.join(&or),
        lang.message(when, &[("date", from.to_string().into())])
    )
}

fn objective(o: &Objective, lang: Lang) -> String {
    let of = match o.of {
        Seats::All => "all",
        Seats::NonExecutive => "non_executive",
    };
    lang.message(
        "law-objective",
        &[
            ("share", lang.decimal(o.share * 100.0, 0).into()),
            ("of", of.into()),
        ],
    )
}

fn deadlines(o: &Obligations, lang: Lang) -> Vec<String> {
    let mut out = vec![format!(
        "\n## {}\n",
        lang.message("law-deadlines-heading", &[("year", year(o.year))])
    )];
    if o.deadlines.is_empty() {
        out.push(format!(
            "{}\n",
            lang.message("law-deadlines-none", &[("year", year(o.year))])
        ));
    }
    out.extend(
        o.deadlines
            .iter()
            .map(|d| format!("- {}: `{}`", d.date, d.rule)),
    );
    out
}

fn unverified(o: &Obligations, lang: Lang) -> Vec<String> {
    if o.unverified.is_empty() {
        return vec![format!("\n{}", lang.message("law-all-verified", &[]))];
    }
    let mut out = vec![
        format!("\n## {}\n", lang.message("law-unverified-heading", &[])),
        format!("{}\n", lang.message("law-unverified-intro", &[])),
    ];
    let notes = o
        .pay
        .duties
        .iter()
        .map(|d| (&d.rule.id, &d.rule.source))
        .chain(o.governance.iter().map(|q| (&q.rule, &q.source)));
    for (id, source) in notes.filter(|(id, _)| o.unverified.contains(id)) {
        let note = source.note.as_deref().unwrap_or("");
        let read = source
            .read_in
            .as_deref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        out.push(format!("- `{id}`: {note}{read}"));
    }
    out
}

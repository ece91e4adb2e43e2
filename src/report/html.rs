//! The assessment as one self-contained HTML page: inline CSS and SVG charts, no script, no
//! network fetch, laid out to print on A4.

use std::fmt::Write;

use crate::assessment::{Assessment, IndicatorResult};
use crate::i18n::Lang;
use crate::indicators::Subject;
use crate::model::BuiltinKey;
use crate::model::Rating;
use crate::report::chart::{self, PyramidRow, ShareBar, ShareChart, escape};
use crate::report::titles::{is_builtin, subject_name};
use crate::report::wording::Words;

/// The page's style sheet: screen and A4 print. Ratings are words; their colours only repeat them.
/// Nothing may be wider than the page: the body is at most the A4 text width, tables take the
/// full width and wrap (a long unbreakable word breaks anywhere rather than push a table out),
/// charts scale to the width, and in print no table row is split and headers repeat.
pub(crate) const STYLE: &str = "@page{size:A4 portrait;margin:16mm 14mm}\
*{box-sizing:border-box}\
body{font-family:'DejaVu Sans','Liberation Sans',Arial,Helvetica,sans-serif;font-size:10.5pt;line-height:1.4;color:#111;background:#fff;max-width:186mm;margin:0 auto;padding:8px;overflow-wrap:break-word}\
h1{font-size:18pt;margin:0 0 6px}h2{font-size:14pt;border-bottom:2px solid #6a3d9a;padding-bottom:2px;margin-top:22px}h3{font-size:11.5pt;margin:14px 0 6px}\
h2,h3,h4{break-after:avoid}\
p.meta{color:#333;font-size:9.5pt;margin:2px 0}\
table{border-collapse:collapse;width:100%;max-width:100%;margin:6px 0 10px;font-size:9pt}table.registro{font-size:8pt}\
th,td{border:1px solid #bbb;padding:3px 5px;text-align:left;vertical-align:top}\
th[scope=row],th[scope=rowgroup],td.text{overflow-wrap:anywhere}th[scope=row]{min-width:10em}\
tbody.group{break-inside:avoid}\
th{background:#eee}td.num{text-align:right;white-space:nowrap}\
th[scope=rowgroup]{background:#f3eff8}\
code{font-size:8.5pt;overflow-wrap:anywhere}code.id{display:block;font-weight:normal;color:#333}\
.rating{display:inline-block;padding:0 5px;border-radius:3px;border:1px solid #777;white-space:nowrap}\
.rating-exceeds{background:#d8ecd9}.rating-meets{background:#e6f2dc}.rating-approaches{background:#fbefd0}.rating-missing{background:#f6d6d3}\
.rating-not_applicable,.rating-insufficient_data{background:#f2f2f2}\
.overall{font-size:12pt}\
figure{margin:10px 0 14px;max-width:100%;break-inside:avoid}figcaption{font-size:9pt;color:#333}\
svg.chart{display:block;width:100%;max-width:100%;height:auto;font-family:inherit}\
ol.key li{margin-bottom:4px;font-weight:bold}\
thead{display:table-header-group}tr{break-inside:avoid}\
section{break-inside:auto}\
@media print{body{padding:0;max-width:none}a{color:inherit;text-decoration:none}}";

/// The assessment as a self-contained HTML document in `lang`: summary (overall and pillar
/// ratings, the findings that matter most), a chart per body and the staff pyramid (each with
/// its text equivalent), per-indicator tables, published figures, data-quality warnings and
/// the method. The same assessment always gives the same bytes.
///
/// ```
/// use gender_impact::i18n::Lang;
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let page = gender_impact::report::html(&a, Lang::Fr);
/// assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
/// assert!(page.contains("les femmes occupent 5 sièges sur 31 (16\u{202F}%)"));
/// assert!(!page.contains("<script"));
/// ```
pub fn assessment(a: &Assessment, lang: Lang) -> String {
    // What people may read: withheld indicators lose their values (disclosure control).
    let published = a.published();
    let a = &published;
    let w = Words::new(a, lang);
    let mut o = String::with_capacity(64 * 1024);
    head(&mut o, lang, &w.title());
    let _ = write!(o, "<header><h1>{}</h1>", escape(&w.title()));
    let _ = write!(o, "<p class=\"meta\">{}</p>", escape(&w.framework_line()));
    if let Some(src) = &a.source {
        let _ = write!(
            o,
            "<p class=\"meta\">{}</p>",
            escape(&w.msg("report-source", &[("source", src.as_str().into())]))
        );
    }
    let _ = write!(
        o,
        "<p class=\"meta\">{}</p></header>\n<main>",
        escape(&w.msg("report-language-note", &[]))
    );

    summary(&mut o, &w);
    bodies(&mut o, &w);
    staff(&mut o, &w);

    section(&mut o, "findings", &w.msg("heading-findings", &[]));
    let findings = w.findings();
    if findings.is_empty() {
        let _ = write!(o, "<p>{}</p>", escape(&w.msg("no-findings", &[])));
    } else {
        list(&mut o, "ul", "", &findings);
    }
    o.push_str("</section>\n");

    indicators(&mut o, &w);
    crate::report::progress::html(&mut o, &w);
    if let Some(q) = &a.quotas {
        crate::report::quotas::html(&mut o, q, lang);
    }
    if let Some(pay) = &a.pay {
        crate::report::pay_html::section(&mut o, pay, lang);
    }

    if !a.reconciliation.is_empty() {
        section(&mut o, "published", &w.msg("heading-published", &[]));
        o.push_str("<ul>");
        for rec in &a.reconciliation {
            let line = w.msg(
                "label-value",
                &[
                    ("label", "\u{E000}".into()),
                    ("value", w.reconciliation(rec).into()),
                ],
            );
            let mark = format!("<strong>{}</strong>", escape(&w.reconciliation_mark(rec)));
            let _ = write!(o, "<li>{}", escape(&line).replace('\u{E000}', &mark));
            if let Some(src) = &rec.source {
                let _ = write!(
                    o,
                    " <span class=\"meta\">{}</span>",
                    escape(&w.msg("reconcile-source", &[("source", src.as_str().into())]))
                );
            }
            o.push_str("</li>");
        }
        o.push_str("</ul></section>\n");
    }

    section(&mut o, "data-quality", &w.msg("heading-data-quality", &[]));
    if a.warnings.is_empty() {
        let _ = write!(o, "<p>{}</p>", escape(&w.msg("no-warnings", &[])));
    } else {
        let items: Vec<String> = a.warnings.iter().map(|x| w.warning(x)).collect();
        list(&mut o, "ul", "", &items);
    }
    o.push_str("</section>\n");

    section(&mut o, "method", &w.msg("heading-method", &[]));
    let mut notes = w.notes();
    notes.push(w.msg("note-charts", &[]));
    list(&mut o, "ul", "", &notes);
    o.push_str("</section>\n");
    if let Some(people) = &a.people {
        section(&mut o, "people", &w.msg("heading-people", &[]));
        let _ = write!(
            o,
            "<p><strong>{}</strong></p>",
            escape(&w.msg("people-warning", &[]))
        );
        let (headers, rows) = w.people_table(people);
        o.push_str("<table><thead><tr>");
        for h in &headers {
            let _ = write!(o, "<th scope=\"col\">{}</th>", escape(h));
        }
        o.push_str("</tr></thead><tbody>");
        for row in rows {
            o.push_str("<tr>");
            for c in &row {
                let _ = write!(o, "<td>{}</td>", escape(c));
            }
            o.push_str("</tr>");
        }
        o.push_str("</tbody></table></section>\n");
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

pub(crate) fn head(o: &mut String, lang: Lang, title: &str) {
    let _ = writeln!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        lang.code(),
        escape(title)
    );
}

pub(crate) fn section(o: &mut String, id: &str, heading: &str) {
    let _ = writeln!(
        o,
        "<section id=\"{id}\" aria-labelledby=\"{id}-h\">\n<h2 id=\"{id}-h\">{}</h2>",
        escape(heading)
    );
}

pub(crate) fn list(o: &mut String, tag: &str, class: &str, items: &[String]) {
    if class.is_empty() {
        let _ = write!(o, "<{tag}>");
    } else {
        let _ = write!(o, "<{tag} class=\"{class}\">");
    }
    for i in items {
        let _ = write!(o, "<li>{}</li>", escape(i));
    }
    let _ = writeln!(o, "</{tag}>");
}

pub(crate) fn rating_badge(lang: Lang, r: Rating) -> String {
    format!(
        "<span class=\"rating rating-{}\">{}</span>",
        r.as_str(),
        escape(&crate::report::wording::rating(lang, r))
    )
}

/// The ticks of the 0–100% scale in a language.
pub(crate) fn ticks(lang: Lang) -> [String; 6] {
    std::array::from_fn(|i| lang.percent(i as f64 / 5.0, 0))
}

fn summary(o: &mut String, w: &Words<'_>) {
    let a = w.a;
    section(o, "summary", &w.msg("heading-summary", &[]));
    let ov = &a.summary.overall;
    let _ = write!(
        o,
        "<p class=\"overall\">{}",
        escape(&w.msg("overall-rating", &[("rating", "\u{E000}".into())]))
            .replace('\u{E000}', &rating_badge(w.lang, ov.rating))
    );
    if let Some(s) = ov.score {
        let _ = write!(
            o,
            " ({})",
            escape(&w.msg("overall-score", &[("score", w.lang.decimal(s, 2).into())]))
        );
    }
    let _ = writeln!(o, "</p>\n<p>{}</p>", escape(&w.overall_derivation()));
    pillar_table(o, w);
    if let Some(c) = w.contributions() {
        let _ = writeln!(o, "<p>{}</p>", escape(&c));
    }
    let _ = writeln!(
        o,
        "<p class=\"sensitivity\">{}</p>",
        escape(&w.sensitivity())
    );
    let _ = writeln!(
        o,
        "<h3>{}</h3>",
        escape(&w.msg("heading-key-findings", &[]))
    );
    let key = w.key_findings();
    if key.is_empty() {
        let _ = write!(o, "<p>{}</p>", escape(&w.msg("no-findings", &[])));
    } else {
        list(o, "ol", "key", &key);
    }
    o.push_str("</section>\n");
}

/// The pillars' ratings, one row group each: the pillar (across both rows), its figures, then
/// its derivation under them (a column of derivations made the table wider than the page).
fn pillar_table(o: &mut String, w: &Words<'_>) {
    o.push_str("<table class=\"pillars\"><thead><tr>");
    for id in [
        "col-pillar",
        "col-rating",
        "col-score",
        "col-rated",
        "col-meets",
    ] {
        let _ = write!(o, "<th scope=\"col\">{}</th>", escape(&w.msg(id, &[])));
    }
    o.push_str("</tr></thead>");
    for p in &w.a.summary.pillars {
        let derivation = w.msg(
            "label-value",
            &[
                ("label", w.msg("col-derivation", &[]).into()),
                ("value", w.pillar_derivation(p).into()),
            ],
        );
        let _ = write!(
            o,
            "<tbody class=\"group\"><tr><th scope=\"row\" rowspan=\"2\">{}</th><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr><tr><td colspan=\"4\">{}</td></tr></tbody>",
            escape(&w.pillar_title(p)),
            rating_badge(w.lang, p.rating),
            p.score
                .map(|s| w.lang.decimal(s, 2))
                .unwrap_or_else(|| "–".to_string()),
            w.int(u64::from(p.rated)),
            w.int(u64::from(p.meets_or_exceeds)),
            escape(&derivation)
        );
    }
    o.push_str("</table>\n");
}

/// The label of a built-in indicator's bar: its title without the subject's name.
fn bar_label(w: &Words<'_>, r: &IndicatorResult) -> String {
    let full = w.indicator_title(r);
    match subject_name(r) {
        Some(name) => full
            .strip_suffix(name)
            .unwrap_or(&full)
            .trim_end_matches([' ', ':', '\u{a0}'])
            .to_string(),
        None => full,
    }
}

fn share_bar(w: &Words<'_>, r: &IndicatorResult) -> Option<ShareBar> {
    let share = r.value?;
    Some(ShareBar {
        label: bar_label(w, r),
        share,
        interval: r.interval.map(|i| (i.low, i.high)),
        figure: format!("{} ({})", w.pct(share), w.count(r)?),
    })
}

fn bodies(o: &mut String, w: &Words<'_>) {
    let a = w.a;
    let seats: Vec<&IndicatorResult> = a
        .indicators
        .iter()
        .filter(|r| is_builtin(r, BuiltinKey::BodyWomenShare))
        .collect();
    if seats.is_empty() {
        return;
    }
    section(o, "bodies", &w.msg("heading-bodies", &[]));
    for (i, r) in seats.iter().enumerate() {
        let Subject::Body { id, .. } = &r.subject else {
            continue;
        };
        let name = subject_name(r).unwrap_or(&r.title);
        let mut bars: Vec<ShareBar> = share_bar(w, r).into_iter().collect();
        if let Some(lead) = a
            .indicator(&BuiltinKey::BodyLeadershipWomenShare.id(Some(id)))
            .and_then(|l| share_bar(w, l))
        {
            bars.push(lead);
        }
        let description = match (r.value, r.numerator, r.denominator) {
            (Some(v), Some(k), Some(n)) => w.msg(
                "chart-body",
                &[
                    ("name", name.into()),
                    ("share", w.pct(v).into()),
                    ("k", k.into()),
                    ("n", n.into()),
                ],
            ),
            _ => format!("{}: {}", w.indicator_title(r), w.value(r)),
        };
        let _ = write!(o, "<h3>{}</h3>\n<figure>", escape(name));
        if !bars.is_empty() {
            o.push_str(&chart::share_chart(
                &format!("body{i}"),
                &ShareChart {
                    title: name.to_string(),
                    description: description.clone(),
                    band_label: w.msg("chart-balance-band", &[]),
                    parity_label: w.msg("chart-parity", &[]),
                    ticks: ticks(w.lang),
                    bars,
                },
            ));
        }
        let _ = writeln!(
            o,
            "<figcaption>{}</figcaption></figure>",
            escape(&description)
        );
    }
    o.push_str("</section>\n");
}

fn staff(o: &mut String, w: &Words<'_>) {
    let all =
        w.a.indicators
            .iter()
            .filter(|r| is_builtin(r, BuiltinKey::StaffGradeWomenShare));
    if all.clone().next().is_none() {
        return;
    }
    section(o, "staff", &w.msg("heading-staff", &[]));
    // Grades withheld by disclosure control have no figures: they are left out of the chart.
    let grades: Vec<&IndicatorResult> = all.filter(|r| r.value.is_some()).collect();
    if grades.len()
        < w.a
            .indicators
            .iter()
            .filter(|r| is_builtin(r, BuiltinKey::StaffGradeWomenShare))
            .count()
    {
        let _ = writeln!(o, "<p>{}</p>", escape(&w.disclosure()));
    }
    if grades.is_empty() {
        o.push_str("</section>\n");
        return;
    }
    let rows: Vec<PyramidRow> = grades
        .iter()
        .map(|r| {
            let women = r.numerator.unwrap_or(0);
            let others = r.denominator.unwrap_or(0).saturating_sub(women);
            PyramidRow {
                label: subject_name(r).unwrap_or(&r.title).to_string(),
                women,
                others,
                women_text: w.int(women),
                others_text: w.int(others),
            }
        })
        .collect();
    let parts: Vec<String> = rows
        .iter()
        .map(|r| {
            w.msg(
                "chart-pyramid-grade",
                &[
                    ("name", r.label.as_str().into()),
                    ("women", r.women.into()),
                    ("others", r.others.into()),
                ],
            )
        })
        .collect();
    let description = w.msg("chart-pyramid", &[("grades", parts.join("; ").into())]);
    o.push_str("<figure>");
    o.push_str(&chart::pyramid(
        "pyramid",
        &w.msg("heading-staff", &[]),
        &description,
        &w.msg("col-women", &[]),
        &w.msg("col-others", &[]),
        &rows,
    ));
    let _ = writeln!(
        o,
        "<figcaption>{}</figcaption></figure>",
        escape(&w.msg("heading-staff", &[]))
    );
    let _ = write!(
        o,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(&w.msg("col-grade", &[])),
        escape(&w.msg("col-women", &[])),
        escape(&w.msg("col-others", &[])),
        escape(&w.msg("col-known", &[])),
        escape(&w.msg("col-share", &[]))
    );
    for (row, r) in rows.iter().zip(&grades) {
        let _ = write!(
            o,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}{}</td><td class=\"num\">{}</td></tr>",
            escape(&row.label),
            row.women_text,
            row.others_text,
            w.int(r.denominator.unwrap_or(0)),
            if r.small_count { " †" } else { "" },
            escape(&w.value(r))
        );
    }
    o.push_str("</tbody></table>\n</section>\n");
}

fn indicators(o: &mut String, w: &Words<'_>) {
    let a = w.a;
    section(o, "indicators", &w.msg("heading-indicators", &[]));
    let _ = writeln!(o, "<p>{}</p>", escape(&w.indicators_intro()));
    let _ = writeln!(o, "<p>{}</p>", escape(&w.disclosure()));
    let groups = crate::report::by_pillar(
        a,
        |p| w.pillar_title(p),
        w.msg("heading-other-indicators", &[]),
    );
    for (title, rs) in groups.iter().filter(|(_, rs)| !rs.is_empty()) {
        let _ = writeln!(o, "<h3>{}</h3>", escape(title));
        indicator_table(o, w, rs);
    }
    o.push_str("</section>\n");
}

/// The class of a table cell: `num` (right-aligned, on one line) for a figure, `text` (wraps)
/// for words, such as a reason a figure is not computable or "withheld".
pub(crate) fn cell_class(cell: &str) -> &'static str {
    if cell.chars().any(char::is_alphabetic) {
        "text"
    } else {
        "num"
    }
}

/// An indicator's id, under its title (`code.id` is a block of its own).
pub(crate) fn id_code(id: &str) -> String {
    format!("<code class=\"id\">{}</code>", escape(id))
}

/// The indicators of a pillar, one row group each: the title with the id under it across the
/// table, then the figures. Six columns of figures fit an A4 page where a narrow first column
/// of titles did not.
fn indicator_table(o: &mut String, w: &Words<'_>, rs: &[&IndicatorResult]) {
    o.push_str("<table class=\"indicators\"><thead><tr>");
    for id in [
        "col-value",
        "col-count",
        "col-undisclosed",
        "col-interval",
        "col-p",
        "col-rating",
    ] {
        let _ = write!(o, "<th scope=\"col\">{}</th>", escape(&w.msg(id, &[])));
    }
    o.push_str("</tr></thead>");
    for r in rs {
        let dash = || "–".to_string();
        // A value in words (not computable, withheld) wraps; a number stays on one line.
        let value_class = if r.value.is_some() { "num" } else { "text" };
        let _ = write!(
            o,
            "<tbody class=\"group\"><tr><th scope=\"rowgroup\" colspan=\"6\">{}{}</th></tr><tr><td class=\"{value_class}\">{}</td><td class=\"num\">{}{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr></tbody>",
            escape(&w.indicator_title(r)),
            id_code(&r.id),
            escape(&w.value(r)),
            escape(&w.count(r).unwrap_or_else(dash)),
            if r.small_count { " †" } else { "" },
            escape(&w.undisclosed(r).unwrap_or_else(dash)),
            escape(&w.interval(r).unwrap_or_else(dash)),
            escape(&w.p_value(r).unwrap_or_else(dash)),
            match r.rating {
                Rating::NotApplicable => "–".to_string(),
                x => rating_badge(w.lang, x),
            }
        );
    }
    o.push_str("</table>\n");
}

//! The pay section of the HTML page (`<section id="pay">`): the Article 9 table, the quartile
//! pay bands of Article 9(f) and of UK reg. 13 as charts followed by their tables, the category
//! table of Article 9(g) with the Article 10 flag in words, the UK figures, inference and the
//! decomposition. The words are those of the localised Markdown ([`crate::report::pay::markdown_in`]);
//! disclosure control is applied the same way: when the total is withheld, no figure and no
//! chart, only the statement. Only aggregates are shown, never a worker's pay.

use std::fmt::Write;

use crate::i18n::Lang;
use crate::pay::PayAnalysis;
use crate::report::chart::escape;
use crate::report::html::{cell_class, head, list, section as open_section, ticks};
use crate::report::pay::{BandRow, Row, Words};

/// Width of the chart, in SVG user units (as the charts of [`crate::report::chart`]).
const WIDTH: f64 = 640.0;
/// Where the 0–100% scale starts and ends.
const X0: f64 = 40.0;
const X1: f64 = 600.0;

/// The pay analysis as one self-contained HTML page in `lang`: the content of the pay section
/// of [`crate::report::html`] (the same figures, charts and tables, disclosure control applied
/// the same way) under a title of its own. The same analysis always gives the same bytes.
///
/// ```
/// use gender_impact::i18n::Lang;
/// use gender_impact::pay::{Money, PayRules, Worker, analyse, AnalysisOptions};
/// use gender_impact::Gender;
/// let w = |g, pay: f64| Worker { annual_pay: Some(Money::new(pay).unwrap()),
///     variable_pay: Some(Money::new(0.0).unwrap()), ..Worker::new(g) };
/// let ws: Vec<Worker> = (0..6).map(|i| w(Gender::Woman, 40_000.0 + 1_000.0 * i as f64))
///     .chain((0..6).map(|i| w(Gender::Man, 42_000.0 + 1_000.0 * i as f64))).collect();
/// let a = analyse(&ws, &[], &PayRules::built_in(), &AnalysisOptions { inference: false, ..Default::default() }, vec![]);
/// let page = gender_impact::report::pay_html(&a, Lang::Fr);
/// assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
/// assert!(page.contains("<h1>Rapport sur les écarts de rémunération</h1>"));
/// assert_eq!(page.matches("<svg").count(), 2);
/// ```
pub fn page(a: &PayAnalysis, lang: Lang) -> String {
    let w = Words::new(a, lang);
    let title = w.msg("pay-heading", &[]);
    let mut o = String::with_capacity(32 * 1024);
    head(&mut o, lang, &title);
    let _ = write!(
        o,
        "<header><h1>{}</h1><p class=\"meta\">{}</p></header>\n<main id=\"pay\">\n",
        escape(&title),
        escape(&w.intro())
    );
    body(&mut o, &w, 2);
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// Writes the pay section of the page in `lang`.
pub(crate) fn section(o: &mut String, a: &PayAnalysis, lang: Lang) {
    let w = Words::new(a, lang);
    open_section(o, "pay", &w.msg("pay-heading", &[]));
    let _ = writeln!(o, "<p class=\"meta\">{}</p>", escape(&w.intro()));
    body(o, &w, 3);
    o.push_str("</section>\n");
}

/// A heading of `level` (2 to 6).
fn heading(o: &mut String, level: u8, text: &str) {
    let _ = writeln!(o, "<h{level}>{}</h{level}>", escape(text));
}

/// Everything under the title, its headings at `level` (and `level + 1` for the categories).
fn body(o: &mut String, w: &Words<'_>, level: u8) {
    let _ = writeln!(o, "<p>{}</p>", escape(&w.workers()));
    for s in w.assumptions() {
        let _ = writeln!(o, "<p>{}</p>", escape(&s));
    }
    if w.hidden() {
        let _ = writeln!(
            o,
            "<p><strong>{}</strong> {}</p>",
            escape(&w.statement()),
            escape(&w.msg("pay-no-figure", &[]))
        );
    }
    article_9(o, w, level);
    uk(o, w, level);
    heading(o, level, &w.msg("pay-heading-inference", &[]));
    let _ = writeln!(o, "<p>{}</p>", escape(&w.inference_note()));
    if !w.hidden() {
        list(o, "ul", "", &w.inference_lines());
        heading(o, level, &w.msg("pay-heading-decomposition", &[]));
        let _ = writeln!(o, "<p>{}</p>", escape(&w.decomposition()));
        let _ = writeln!(
            o,
            "<p class=\"meta\">{}</p>",
            escape(&w.msg("pay-chart-note", &[]))
        );
        adjusted(o, w, level);
        joint(o, w, level);
        if let Some(lines) = w.logib_lines() {
            heading(o, level, &w.msg("pay-heading-logib", &[]));
            for l in lines {
                let _ = writeln!(o, "<p>{}</p>", escape(&l));
            }
        }
        crate::report::pay_egapro::html(o, w, level);
    }
    if let Some(r) = &w.a.registro {
        crate::report::registro_html::section(o, r, w.lang, level);
    }
}

/// The joint pay assessments due, point by point.
fn joint(o: &mut String, w: &Words<'_>, level: u8) {
    let due = w.joint_assessments();
    if due.is_empty() {
        return;
    }
    heading(o, level, &w.msg("pay-heading-joint", &[]));
    let _ = writeln!(o, "<p>{}</p>", escape(&w.joint_intro()));
    for j in due {
        let title = w.msg(
            "pay-joint-category",
            &[("category", j.category.as_str().into())],
        );
        heading(o, (level + 1).min(6), &title);
        o.push_str("<ul>");
        for (letter, text) in crate::report::pay::JOINT_LETTERS.iter().zip(&j.points) {
            let point = w.msg("pay-joint-point", &[("letter", (*letter).into())]);
            let _ = write!(o, "<li>{} {}</li>", escape(&point), escape(text));
        }
        o.push_str("</ul>\n");
    }
}

/// The adjusted gap, when the analysis has one: the regression, the decomposition by
/// reference, the adjusted gap by category (those published).
fn adjusted(o: &mut String, w: &Words<'_>, level: u8) {
    use crate::pay::Outcome;
    use crate::report::pay::{ADJUSTED_CATEGORY_COLUMNS, ADJUSTED_SPLIT_COLUMNS};
    let Some(adj) = w.adjusted() else {
        return;
    };
    heading(o, level, &w.msg("pay-heading-adjusted", &[]));
    let a = match adj {
        Outcome::Computed { result } => result,
        Outcome::NotComputable { reason } => {
            let why = reason.in_lang(w.lang);
            let text = w.msg("pay-adjusted-not-computable", &[("reason", why.into())]);
            let _ = writeln!(o, "<p>{}</p>", escape(&text));
            return;
        }
        Outcome::Skipped => return,
    };
    let _ = writeln!(o, "<p>{}</p>", escape(&w.adjusted_intro(a)));
    let _ = writeln!(o, "<p>{}</p>", escape(&w.adjusted_gap_line(&a.ols)));
    match w.oaxaca_rows(a) {
        Ok((intro, rows)) => {
            let _ = writeln!(o, "<p>{}</p>", escape(&intro));
            text_table(o, w, &ADJUSTED_SPLIT_COLUMNS, rows.iter().map(|r| &r[..]));
        }
        Err(why) => {
            let _ = writeln!(o, "<p>{}</p>", escape(&why));
        }
    }
    let rows = w.adjusted_categories(a);
    if !rows.is_empty() {
        heading(
            o,
            (level + 1).min(6),
            &w.msg("pay-heading-adjusted-categories", &[]),
        );
        text_table(
            o,
            w,
            &ADJUSTED_CATEGORY_COLUMNS,
            rows.iter().map(|r| &r[..]),
        );
    }
}

/// A table of texts: a header of catalogue ids, then rows whose first cell heads the row.
pub(crate) fn text_table<'r>(
    o: &mut String,
    w: &Words<'_>,
    head: &[&str],
    rows: impl Iterator<Item = &'r [String]>,
) {
    o.push_str("<table><thead><tr>");
    for id in head {
        let _ = write!(o, "<th scope=\"col\">{}</th>", escape(&w.msg(id, &[])));
    }
    o.push_str("</tr></thead><tbody>");
    for r in rows {
        let _ = write!(o, "<tr><th scope=\"row\">{}</th>", escape(&r[0]));
        for x in &r[1..] {
            td(o, x);
        }
        o.push_str("</tr>");
    }
    o.push_str("</tbody></table>\n");
}

/// Article 9: the figures, the quartile pay bands, the categories and the Article 10 check.
fn article_9(o: &mut String, w: &Words<'_>, level: u8) {
    heading(o, level, &w.msg("pay-heading-article-9", &[]));
    figures_table(o, w, "pay-col-indicator", &w.article_9_rows());
    let _ = writeln!(o, "<p>{}</p>", escape(&w.eu_bands_intro()));
    bands(
        o,
        w,
        "pay-eu",
        &w.msg("pay-chart-eu-title", &[]),
        &w.bands(&w.a.eu.f_quartiles),
    );
    heading(o, level + 1, &w.msg("pay-heading-categories", &[]));
    let _ = writeln!(o, "<p>{}</p>", escape(&w.statement()));
    categories_table(o, w);
    let _ = writeln!(o, "<p>{}</p>", escape(&w.article_10()));
    let justified = w.justified();
    if !justified.is_empty() {
        list(o, "ul", "", &justified);
    }
}

/// The category table of Article 9(g), the Article 10 flag in words.
fn categories_table(o: &mut String, w: &Words<'_>) {
    o.push_str("<table><thead><tr>");
    for id in crate::report::pay::CATEGORY_COLUMNS {
        let _ = write!(o, "<th scope=\"col\">{}</th>", escape(&w.msg(id, &[])));
    }
    o.push_str("</tr></thead><tbody>");
    for c in w.categories() {
        let _ = write!(o, "<tr><th scope=\"row\">{}</th>", escape(&c.category));
        for x in &c.cells {
            td(o, x);
        }
        // The flag is in words; emphasis only repeats it.
        if c.required {
            let _ = write!(o, "<td><strong>{}</strong></td></tr>", escape(&c.flag));
        } else {
            let _ = write!(o, "<td>{}</td></tr>", escape(&c.flag));
        }
    }
    o.push_str("</tbody></table>\n");
}

/// The UK figures and quartile pay bands, and who was left out.
fn uk(o: &mut String, w: &Words<'_>, level: u8) {
    heading(o, level, &w.msg("pay-heading-uk", &[]));
    let _ = writeln!(o, "<p>{}</p>", escape(&w.uk_employees()));
    figures_table(o, w, "pay-col-figure", &w.uk_rows());
    let _ = writeln!(
        o,
        "<p>{}</p>",
        escape(&w.msg("pay-uk-quartiles-intro", &[]))
    );
    bands(
        o,
        w,
        "pay-uk",
        &w.msg("pay-chart-uk-title", &[]),
        &w.bands(&w.a.uk.quartiles),
    );
    let exclusions = w.exclusions();
    if !exclusions.is_empty() {
        list(o, "ul", "", &exclusions);
    }
}

/// A cell of figures (on one line) or of words (wrapped), as [`cell_class`] tells.
fn td(o: &mut String, text: &str) {
    let _ = write!(
        o,
        "<td class=\"{}\">{}</td>",
        cell_class(text),
        escape(text)
    );
}

fn figures_table(o: &mut String, w: &Words<'_>, first: &str, rows: &[Row]) {
    let _ = write!(
        o,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(&w.msg(first, &[])),
        escape(&w.msg("pay-col-value", &[])),
        escape(&w.msg("pay-col-women", &[])),
        escape(&w.msg("pay-col-men", &[]))
    );
    for r in rows {
        let _ = write!(o, "<tr><th scope=\"row\">{}</th>", escape(&r.label));
        for x in [&r.value, &r.women, &r.men] {
            td(o, x);
        }
        o.push_str("</tr>");
    }
    o.push_str("</tbody></table>\n");
}

/// The quartile bands: the chart (unless nothing is published), then its table, the chart's
/// text equivalent.
fn bands(o: &mut String, w: &Words<'_>, id: &str, title: &str, rows: &[BandRow]) {
    if !w.hidden() {
        let sentences: Vec<&str> = rows.iter().map(|b| b.sentence.as_str()).collect();
        let description = w.msg("pay-chart-desc", &[("bands", sentences.join("; ").into())]);
        let parity = w.msg("pay-chart-parity", &[("p", w.lang.percent(0.5, 0).into())]);
        o.push_str("<figure>");
        o.push_str(&quartile_chart(
            id,
            title,
            &description,
            &parity,
            &ticks(w.lang),
            rows,
        ));
        let _ = writeln!(o, "<figcaption>{}</figcaption></figure>", escape(title));
    }
    let _ = write!(
        o,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(&w.msg("pay-col-band", &[])),
        escape(&w.msg("pay-col-women", &[])),
        escape(&w.msg("pay-col-men", &[])),
        escape(&w.msg("pay-col-women-share", &[]))
    );
    for b in rows {
        let _ = write!(o, "<tr><th scope=\"row\">{}</th>", escape(&b.name));
        for x in [&b.women, &b.men, &b.share] {
            td(o, x);
        }
        o.push_str("</tr>");
    }
    o.push_str("</tbody></table>\n");
}

fn x_of(share: f64) -> f64 {
    X0 + (X1 - X0) * share.clamp(0.0, 1.0)
}

/// Women's share of each quartile pay band as a bar (one `rect class="women"` per band, of
/// width 0 for an empty band), over a frame showing 100%, with the share and counts in text at
/// the bar's line, the 0–100% scale and the dashed, labelled 50% line. Deterministic: every
/// coordinate is written with one decimal, the bands in the order given (lowest first).
fn quartile_chart(
    id: &str,
    title: &str,
    description: &str,
    parity_label: &str,
    ticks: &[String; 6],
    rows: &[BandRow],
) -> String {
    let row = 44.0;
    let top = 34.0;
    let bottom = top + row * rows.len() as f64;
    let height = bottom + 30.0;
    let mut o = String::with_capacity(2048 + 512 * rows.len());
    let _ = write!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {WIDTH:.0} {height:.0}\" width=\"{WIDTH:.0}\" height=\"{height:.0}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        escape(title),
        escape(description)
    );
    for (i, tick) in ticks.iter().enumerate() {
        let x = x_of(i as f64 / 5.0);
        let _ = write!(
            o,
            "<line x1=\"{x:.1}\" y1=\"{bottom:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#999\" stroke-width=\"1\"/><text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">{}</text>",
            bottom + 5.0,
            bottom + 18.0,
            escape(tick)
        );
    }
    let _ = write!(
        o,
        "<line x1=\"{X0:.1}\" y1=\"{bottom:.1}\" x2=\"{X1:.1}\" y2=\"{bottom:.1}\" stroke=\"#333\" stroke-width=\"1\"/>"
    );
    for (i, b) in rows.iter().enumerate() {
        let y = top + row * i as f64;
        let _ = write!(
            o,
            "<text x=\"{X0:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#111\">{}</text>",
            y + 8.0,
            escape(&b.name)
        );
        let _ = write!(
            o,
            "<rect class=\"band-frame\" x=\"{X0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"16\" fill=\"#f2f2f2\" stroke=\"#bbb\" stroke-width=\"1\"/>",
            y + 13.0,
            X1 - X0
        );
        let width = b.women_share.map(|s| x_of(s) - X0).unwrap_or(0.0);
        let _ = write!(
            o,
            "<rect class=\"women\" x=\"{X0:.1}\" y=\"{:.1}\" width=\"{width:.1}\" height=\"16\" fill=\"#6a3d9a\"/>",
            y + 13.0
        );
        crate::report::chart::figure_at_right(&mut o, X1, y + 8.0, &b.figure);
    }
    crate::report::chart::parity_line(&mut o, x_of(0.5), top, bottom, 20.0, parity_label);
    o.push_str("</svg>");
    o
}

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
use crate::report::html::{list, section as open_section, ticks};
use crate::report::pay::{BandRow, Row, Words};

/// Width of the chart, in SVG user units (as the charts of [`crate::report::chart`]).
const WIDTH: f64 = 640.0;
/// Where the 0–100% scale starts and ends.
const X0: f64 = 40.0;
const X1: f64 = 600.0;

/// Writes the pay section of the page in `lang`.
pub(crate) fn section(o: &mut String, a: &PayAnalysis, lang: Lang) {
    let w = Words::new(a, lang);
    let hidden = w.hidden();
    open_section(o, "pay", &w.msg("pay-heading", &[]));
    let _ = writeln!(o, "<p class=\"meta\">{}</p>", escape(&w.intro()));
    let _ = writeln!(o, "<p>{}</p>", escape(&w.workers()));
    for s in w.assumptions() {
        let _ = writeln!(o, "<p>{}</p>", escape(&s));
    }
    if hidden {
        let _ = writeln!(
            o,
            "<p><strong>{}</strong> {}</p>",
            escape(&w.statement()),
            escape(&w.msg("pay-no-figure", &[]))
        );
    }

    let _ = writeln!(
        o,
        "<h3>{}</h3>",
        escape(&w.msg("pay-heading-article-9", &[]))
    );
    figures_table(o, &w, "pay-col-indicator", &w.article_9_rows());
    let _ = writeln!(o, "<p>{}</p>", escape(&w.eu_bands_intro()));
    bands(
        o,
        &w,
        "pay-eu",
        &w.msg("pay-chart-eu-title", &[]),
        &w.bands(&a.eu.f_quartiles),
    );

    let _ = writeln!(
        o,
        "<h4>{}</h4>\n<p>{}</p>",
        escape(&w.msg("pay-heading-categories", &[])),
        escape(&w.statement())
    );
    o.push_str("<table><thead><tr>");
    for id in crate::report::pay::CATEGORY_COLUMNS {
        let _ = write!(o, "<th scope=\"col\">{}</th>", escape(&w.msg(id, &[])));
    }
    o.push_str("</tr></thead><tbody>");
    for c in w.categories() {
        let _ = write!(o, "<tr><th scope=\"row\">{}</th>", escape(&c.category));
        for x in &c.cells {
            let _ = write!(o, "<td class=\"num\">{}</td>", escape(x));
        }
        // The flag is in words; emphasis only repeats it.
        if c.required {
            let _ = write!(o, "<td><strong>{}</strong></td></tr>", escape(&c.flag));
        } else {
            let _ = write!(o, "<td>{}</td></tr>", escape(&c.flag));
        }
    }
    o.push_str("</tbody></table>\n");
    let _ = writeln!(o, "<p>{}</p>", escape(&w.article_10()));
    let justified = w.justified();
    if !justified.is_empty() {
        list(o, "ul", "", &justified);
    }

    let _ = writeln!(
        o,
        "<h3>{}</h3>\n<p>{}</p>",
        escape(&w.msg("pay-heading-uk", &[])),
        escape(&w.uk_employees())
    );
    figures_table(o, &w, "pay-col-figure", &w.uk_rows());
    let _ = writeln!(
        o,
        "<p>{}</p>",
        escape(&w.msg("pay-uk-quartiles-intro", &[]))
    );
    bands(
        o,
        &w,
        "pay-uk",
        &w.msg("pay-chart-uk-title", &[]),
        &w.bands(&a.uk.quartiles),
    );
    let exclusions = w.exclusions();
    if !exclusions.is_empty() {
        list(o, "ul", "", &exclusions);
    }

    let _ = writeln!(
        o,
        "<h3>{}</h3>\n<p>{}</p>",
        escape(&w.msg("pay-heading-inference", &[])),
        escape(&w.inference_note())
    );
    if !hidden {
        list(o, "ul", "", &w.inference_lines());
        let _ = writeln!(
            o,
            "<h3>{}</h3>\n<p>{}</p>",
            escape(&w.msg("pay-heading-decomposition", &[])),
            escape(&w.decomposition())
        );
        let _ = writeln!(
            o,
            "<p class=\"meta\">{}</p>",
            escape(&w.msg("pay-chart-note", &[]))
        );
    }
    o.push_str("</section>\n");
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
        let _ = write!(
            o,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&r.label),
            escape(&r.value),
            escape(&r.women),
            escape(&r.men)
        );
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
        let _ = write!(
            o,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&b.name),
            escape(&b.women),
            escape(&b.men),
            escape(&b.share)
        );
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

//! Charts as inline SVG: women's shares against the balance band and the parity line, the staff
//! by grade as a pyramid, and the distribution of shares across organisations.
//!
//! Hand-written rather than drawn with a charting crate: the charts are a few rectangles and
//! lines, and a crate such as plotters lays out text with font metrics (a font file or system
//! fonts) and has no way to add the accessible name (`role="img"`, `<title>`, `<desc>`) each
//! chart needs. Every number is written with one decimal and the input order is kept, so the
//! same figures always give the same bytes. Colour never carries meaning alone: the band has a
//! hatch and a label, the parity line is dashed and labelled, every bar has its figure in text.

use std::fmt::Write;

/// Width of every chart, in SVG user units (the page scales it).
const WIDTH: f64 = 640.0;
/// Where the 0–100% scale starts and ends.
const X0: f64 = 40.0;
const X1: f64 = 600.0;

/// One bar of a share chart: a label, women's share (0 to 1), and the text shown beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareBar {
    /// What the bar is (shown above it).
    pub label: String,
    /// Women's share, 0 to 1.
    pub share: f64,
    /// The interval of the underlying rate, drawn as a whisker.
    pub interval: Option<(f64, f64)>,
    /// The figure in words (e.g. `16% (5 of 31)`), shown at the end of the bar.
    pub figure: String,
}

/// The words of a share chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareChart {
    /// The chart's accessible name (its `<title>`).
    pub title: String,
    /// The chart's text equivalent (its `<desc>`).
    pub description: String,
    /// Label of the 40–60% balance band.
    pub band_label: String,
    /// Label of the parity line.
    pub parity_label: String,
    /// Labels of the scale's ticks at 0, 20, ..., 100%.
    pub ticks: [String; 6],
    /// The bars, top to bottom.
    pub bars: Vec<ShareBar>,
}

/// One row of the staff pyramid.
#[derive(Debug, Clone, PartialEq)]
pub struct PyramidRow {
    /// The grade's name.
    pub label: String,
    /// Women in the grade.
    pub women: u64,
    /// Men and non-binary people in the grade.
    pub others: u64,
    /// The women's figure in words (shown left).
    pub women_text: String,
    /// The others' figure in words (shown right).
    pub others_text: String,
}

/// Escapes text for XML and HTML content and attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0: left out.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => {}
            c => o.push(c),
        }
    }
    o
}

fn x_of(share: f64) -> f64 {
    X0 + (X1 - X0) * share.clamp(0.0, 1.0)
}

fn open(o: &mut String, id: &str, height: f64, title: &str, desc: &str) {
    let _ = write!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {WIDTH:.0} {height:.0}\" width=\"{WIDTH:.0}\" height=\"{height:.0}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        escape(title),
        escape(desc)
    );
}

/// A chart of women's shares: one bar per entry, the 40–60% balance band (hatched, labelled),
/// the dashed parity line at 50%, the interval as a whisker and the figure above the bar's right end.
/// `id` must be unique in the page (it names the hatch pattern and the accessible name).
pub fn share_chart(id: &str, c: &ShareChart) -> String {
    let row = 44.0;
    let top = 34.0;
    let height = top + row * c.bars.len() as f64 + 30.0;
    let mut o = String::with_capacity(2048 + 512 * c.bars.len());
    open(&mut o, id, height, &c.title, &c.description);
    let _ = write!(
        o,
        "<defs><pattern id=\"{id}-h\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#e3efe6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9cc3a5\" stroke-width=\"2\"/></pattern></defs>"
    );
    let bottom = top + row * c.bars.len() as f64;
    let (b0, b1) = (x_of(0.4), x_of(0.6));
    let _ = write!(
        o,
        "<rect x=\"{b0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"url(#{id}-h)\"/>",
        top - 6.0,
        b1 - b0,
        bottom - top + 6.0
    );
    let _ = write!(
        o,
        "<text x=\"{b0:.1}\" y=\"14\" font-size=\"11\" fill=\"#2f5d3a\">{}</text>",
        escape(&c.band_label)
    );
    for (i, tick) in c.ticks.iter().enumerate() {
        let x = x_of(i as f64 / 5.0);
        let _ = write!(
            o,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#999\" stroke-width=\"1\"/><text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">{}</text>",
            bottom,
            bottom + 5.0,
            bottom + 18.0,
            escape(tick)
        );
    }
    let _ = write!(
        o,
        "<line x1=\"{X0:.1}\" y1=\"{bottom:.1}\" x2=\"{X1:.1}\" y2=\"{bottom:.1}\" stroke=\"#333\" stroke-width=\"1\"/>"
    );
    for (i, b) in c.bars.iter().enumerate() {
        let y = top + row * i as f64;
        // The label stops short of the figure on its line (the full label is its tooltip).
        let room = X1 - X0 - 12.0 - text_width(&b.figure, 12.0, true);
        let _ = write!(
            o,
            "<text x=\"{X0:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#111\">{}</text>",
            y + 8.0,
            fit(&b.label, room, 12.0)
        );
        let w = x_of(b.share) - X0;
        let _ = write!(
            o,
            "<rect class=\"women\" x=\"{X0:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"16\" fill=\"#6a3d9a\"/>",
            y + 13.0
        );
        if let Some((lo, hi)) = b.interval {
            let (xl, xh, ym) = (x_of(lo), x_of(hi), y + 21.0);
            let _ = write!(
                o,
                "<path d=\"M{xl:.1} {:.1}V{:.1}M{xl:.1} {ym:.1}H{xh:.1}M{xh:.1} {:.1}V{:.1}\" stroke=\"#111\" stroke-width=\"1.5\" fill=\"none\"/>",
                ym - 5.0,
                ym + 5.0,
                ym - 5.0,
                ym + 5.0
            );
        }
        // The figure is written on the label's line, right-aligned: never under the whisker.
        figure_at_right(&mut o, X1, y + 8.0, &b.figure);
    }
    parity_line(&mut o, x_of(0.5), top, bottom, 28.0, &c.parity_label);
    o.push_str("</svg>");
    o
}

/// The staff by grade as a pyramid: one row per grade in the order given (the first on top),
/// women to the left of the axis and men and non-binary people to the right, bars scaled to the
/// largest group, each with its count in text.
pub fn pyramid(
    id: &str,
    title: &str,
    description: &str,
    women_label: &str,
    others_label: &str,
    rows: &[PyramidRow],
) -> String {
    let row = 40.0;
    let top = 30.0;
    let height = top + row * rows.len() as f64 + 8.0;
    let centre = WIDTH / 2.0;
    let half = 230.0;
    let max = rows
        .iter()
        .map(|r| r.women.max(r.others))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut o = String::with_capacity(1024 + 600 * rows.len());
    open(&mut o, id, height, title, description);
    let _ = write!(
        o,
        "<text x=\"{:.1}\" y=\"16\" font-size=\"12\" text-anchor=\"end\" fill=\"#6a3d9a\" font-weight=\"bold\">← {}</text><text x=\"{:.1}\" y=\"16\" font-size=\"12\" fill=\"#1f6f8b\" font-weight=\"bold\">{} →</text>",
        centre - 8.0,
        escape(women_label),
        centre + 8.0,
        escape(others_label)
    );
    for (i, r) in rows.iter().enumerate() {
        let y = top + row * i as f64;
        let _ = write!(
            o,
            "<text x=\"{centre:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#111\">{}</text>",
            y + 9.0,
            escape(&r.label)
        );
        let ww = half * r.women as f64 / max;
        let wo = half * r.others as f64 / max;
        let _ = write!(
            o,
            "<rect class=\"women\" x=\"{:.1}\" y=\"{:.1}\" width=\"{ww:.1}\" height=\"18\" fill=\"#6a3d9a\"/><rect class=\"others\" x=\"{centre:.1}\" y=\"{:.1}\" width=\"{wo:.1}\" height=\"18\" fill=\"#1f6f8b\"/>",
            centre - ww,
            y + 14.0,
            y + 14.0
        );
        let _ = write!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"#111\">{}</text><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#111\">{}</text>",
            centre - ww - 4.0,
            y + 27.0,
            escape(&r.women_text),
            centre + wo + 4.0,
            y + 27.0,
            escape(&r.others_text)
        );
    }
    let _ = write!(
        o,
        "<line x1=\"{centre:.1}\" y1=\"{:.1}\" x2=\"{centre:.1}\" y2=\"{:.1}\" stroke=\"#333\" stroke-width=\"1\"/>",
        top + 10.0,
        height - 4.0
    );
    o.push_str("</svg>");
    o
}

/// A histogram of how many organisations fall in each tenth of women's share (0–10%, ...,
/// 90–100%; a share of exactly 100% counts in the last band), with the balance band hatched.
/// `labels` are the ten bands' labels, `counts` their counts, written by `number`.
pub fn histogram(
    id: &str,
    title: &str,
    description: &str,
    band_label: &str,
    labels: &[String; 10],
    counts: &[u64; 10],
    number: &dyn Fn(u64) -> String,
) -> String {
    let (top, plot) = (30.0, 160.0);
    let height = top + plot + 36.0;
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let mut o = String::with_capacity(4096);
    open(&mut o, id, height, title, description);
    let _ = write!(
        o,
        "<defs><pattern id=\"{id}-h\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#e3efe6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9cc3a5\" stroke-width=\"2\"/></pattern></defs>"
    );
    let step = (X1 - X0) / 10.0;
    let bottom = top + plot;
    let _ = write!(
        o,
        "<rect x=\"{:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{plot:.1}\" fill=\"url(#{id}-h)\"/><text x=\"{:.1}\" y=\"16\" font-size=\"11\" fill=\"#2f5d3a\">{}</text>",
        X0 + 4.0 * step,
        2.0 * step,
        X0 + 4.0 * step,
        escape(band_label)
    );
    for (i, (label, count)) in labels.iter().zip(counts).enumerate() {
        let x = X0 + step * i as f64;
        let h = (plot - 14.0) * *count as f64 / max;
        let _ = write!(
            o,
            "<rect class=\"band-count\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"#6a3d9a\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#111\">{}</text><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">{}</text>",
            x + 3.0,
            bottom - h,
            step - 6.0,
            x + step / 2.0,
            bottom - h - 3.0,
            escape(&number(*count)),
            x + step / 2.0,
            bottom + 16.0,
            escape(label)
        );
    }
    let xp = x_of(0.5);
    let _ = write!(
        o,
        "<line x1=\"{X0:.1}\" y1=\"{bottom:.1}\" x2=\"{X1:.1}\" y2=\"{bottom:.1}\" stroke=\"#333\" stroke-width=\"1\"/><line x1=\"{xp:.1}\" y1=\"{top:.1}\" x2=\"{xp:.1}\" y2=\"{bottom:.1}\" stroke=\"#b15928\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>"
    );
    o.push_str("</svg>");
    o
}

/// A generous estimate of the width of `text` at `size` (the charts' sans-serif fonts average
/// well under 0.6 em a character, 0.62 em in bold).
fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let em = if bold { 0.62 } else { 0.6 };
    text.chars().count() as f64 * size * em
}

/// `text` escaped, cut with an ellipsis to fit in `room` units at `size`; a cut text carries
/// the whole text as its `<title>`.
pub(crate) fn fit(text: &str, room: f64, size: f64) -> String {
    if text_width(text, size, false) <= room {
        return escape(text);
    }
    let keep = (room / (size * 0.6)).floor().max(1.0) as usize - 1;
    let cut: String = text.chars().take(keep).collect();
    format!("<title>{}</title>{}…", escape(text), escape(cut.trim_end()))
}

/// A bar's figure, bold and right-aligned at `x` on the baseline `y`.
pub(crate) fn figure_at_right(o: &mut String, x: f64, y: f64, figure: &str) {
    let _ = write!(
        o,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"#111\" font-weight=\"bold\">{}</text>",
        escape(figure)
    );
}

/// The dashed parity line at `x` from `top` − 10 to `bottom`, its label at height `label_y`.
pub(crate) fn parity_line(
    o: &mut String,
    x: f64,
    top: f64,
    bottom: f64,
    label_y: f64,
    label: &str,
) {
    let _ = write!(
        o,
        "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\" stroke=\"#b15928\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/><text x=\"{:.1}\" y=\"{label_y}\" font-size=\"11\" fill=\"#b15928\">{}</text>",
        top - 10.0,
        x + 4.0,
        escape(label)
    );
}

#[cfg(test)]
mod doc_examples {
    //! The examples that were doc tests while this module was public, kept as unit tests.

    #[test]
    fn share_chart_example() {
        use super::{ShareBar, ShareChart, share_chart};
        let svg = share_chart(
            "c1",
            &ShareChart {
                title: "Board".into(),
                description: "Women hold 16% of the seats.".into(),
                band_label: "balance band 40–60%".into(),
                parity_label: "parity 50%".into(),
                ticks: ["0%", "20%", "40%", "60%", "80%", "100%"].map(String::from),
                bars: vec![ShareBar {
                    label: "Seats".into(),
                    share: 0.16,
                    interval: None,
                    figure: "16% (5 of 31)".into(),
                }],
            },
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("<title id=\"c1-t\">Board</title>"));
    }

    /// A bar's label never runs into the figure on its line: a long one is cut with an
    /// ellipsis and keeps its whole text as a tooltip; a short one is left as it is.
    #[test]
    fn long_labels_stop_short_of_the_figure() {
        use super::{ShareBar, ShareChart, X0, X1, share_chart, text_width};
        let long = "An Organisation Name ".repeat(6);
        let chart = |label: &str| {
            share_chart(
                "c",
                &ShareChart {
                    title: "t".into(),
                    description: "d".into(),
                    band_label: "b".into(),
                    parity_label: "p".into(),
                    ticks: ["0%", "20%", "40%", "60%", "80%", "100%"].map(String::from),
                    bars: vec![ShareBar {
                        label: label.into(),
                        share: 0.5,
                        interval: None,
                        figure: "50.0% (10 of 20)".into(),
                    }],
                },
            )
        };
        let svg = chart(&long);
        let shown = svg
            .split("</title>")
            .nth(2)
            .and_then(|s| s.split("</text>").next())
            .expect("the label after its tooltip");
        assert!(svg.contains(&format!("<title>{long}</title>")));
        assert!(shown.ends_with('…') && long.starts_with(shown.trim_end_matches('…')));
        let room = X1 - X0 - 12.0 - text_width("50.0% (10 of 20)", 12.0, true);
        assert!(text_width(shown, 12.0, false) <= room);
        assert!(chart("Seats").contains(">Seats</text>"));
    }

    #[test]
    fn pyramid_example() {
        use super::{PyramidRow, pyramid};
        let rows = vec![PyramidRow {
            label: "Executive".into(),
            women: 1,
            others: 1,
            women_text: "1".into(),
            others_text: "1".into(),
        }];
        let svg = pyramid(
            "p",
            "Staff by grade",
            "Executive: 1 woman, 1 man",
            "women",
            "men",
            &rows,
        );
        assert!(svg.contains("role=\"img\""));
    }

    #[test]
    fn histogram_example() {
        use super::histogram;
        let labels: [String; 10] = std::array::from_fn(|i| format!("{}0%", i));
        let counts = [0, 1, 2, 3, 4, 3, 2, 1, 0, 0];
        let svg = histogram(
            "h",
            "Shares",
            "…",
            "balance band",
            &labels,
            &counts,
            &|n| n.to_string(),
        );
        assert_eq!(svg.matches("<rect class=\"band-count\"").count(), 10);
    }
}

//! The comparative report of a network: many organisations' assessments side by side, as one
//! self-contained HTML page with a table and a chart per indicator.

use std::collections::HashMap;
use std::fmt::Write;

use crate::assessment::{Assessment, IndicatorResult};
use crate::i18n::Lang;
use crate::indicators::Unit;
use crate::model::Rating;
use crate::report::chart::{self, ShareBar, ShareChart, escape};
use crate::report::html::{head, id_code, rating_badge, section, ticks};
use crate::report::wording::Words;

/// Up to this many organisations, the chart of an indicator has one bar per organisation and
/// the table lists them all; beyond, the chart is a histogram and the table lists the lowest
/// and highest [`TABLE_TAIL`].
pub const BARS_UP_TO: usize = 40;
/// Organisations listed at each end of an indicator's table in a large network.
pub const TABLE_TAIL: usize = 25;

/// The comparative report of `assessments` (one per organisation, in document order) as a
/// self-contained HTML page in `lang`: the overall ratings, then for every share indicator its
/// distribution (a chart, a table of bands, the median and how many organisations are within
/// the 40–60% balance band) and a table of organisations.
///
/// ```
/// use gender_impact::i18n::Lang;
/// let a = gender_impact::assess(&gender_impact::metropolis_2023()).unwrap();
/// let page = gender_impact::report::comparison_html(Some("Two copies"), &[a.clone(), a], Lang::En);
/// assert!(page.contains("2 organisations assessed."));
/// ```
pub fn html(name: Option<&str>, assessments: &[Assessment], lang: Lang) -> String {
    let mut o = String::with_capacity(32 * 1024 + 2048 * assessments.len().min(10_000));
    let name = name
        .map(str::to_string)
        .unwrap_or_else(|| lang.message("network-unnamed", &[]));
    let title = lang.message("network-title", &[("name", name.as_str().into())]);
    head(&mut o, lang, &title);
    let _ = write!(
        o,
        "<header><h1>{}</h1><p class=\"meta\">{}</p><p class=\"meta\">{}</p></header>\n<main>",
        escape(&title),
        escape(&lang.message(
            "network-count",
            &[("count", (assessments.len() as u64).into())]
        )),
        escape(&lang.message("report-language-note", &[]))
    );

    // Overall ratings: how many organisations at each.
    section(&mut o, "overall", &lang.message("network-overall", &[]));
    let _ = write!(
        o,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(&lang.message("col-rating", &[])),
        escape(&lang.message("col-organisations", &[]))
    );
    for r in [
        Rating::Exceeds,
        Rating::Meets,
        Rating::Approaches,
        Rating::Missing,
        Rating::InsufficientData,
    ] {
        let n = assessments
            .iter()
            .filter(|a| a.summary.overall.rating == r)
            .count() as u64;
        let _ = write!(
            o,
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            rating_badge(lang, r),
            lang.integer(n)
        );
    }
    o.push_str("</tbody></table>\n</section>\n");

    // Share indicators by id, in the order first met.
    let mut order: Vec<&str> = Vec::new();
    let mut by_id: HashMap<&str, Vec<(usize, &IndicatorResult)>> = HashMap::new();
    for (i, a) in assessments.iter().enumerate() {
        // Shares of people only: a balance band means nothing for a share of initiatives.
        for r in a
            .indicators
            .iter()
            .filter(|r| r.unit == Unit::Share && r.about_people)
        {
            let entry = by_id.entry(r.id.as_str()).or_insert_with(|| {
                order.push(r.id.as_str());
                Vec::new()
            });
            // What people may read: a withheld value is left out, as `Assessment::published`
            // leaves it out (disclosure control), without copying every assessment.
            if r.value.is_some() && r.withheld.is_none() {
                entry.push((i, r));
            }
        }
    }
    section(
        &mut o,
        "indicators",
        &lang.message("network-per-indicator", &[]),
    );
    for (k, id) in order.iter().enumerate() {
        let rows = &by_id[id];
        let Some((first, r0)) = rows.first() else {
            continue;
        };
        indicator(&mut o, lang, k, &assessments[*first], r0, rows, assessments);
    }
    o.push_str("</section>\n</main>\n</body>\n</html>\n");
    o
}

/// The band (0 to 9) of a share: tenths, 100% in the last.
fn band(share: f64) -> usize {
    ((share * 10.0).floor().max(0.0) as usize).min(9)
}

fn indicator(
    o: &mut String,
    lang: Lang,
    k: usize,
    first: &Assessment,
    r0: &IndicatorResult,
    rows: &[(usize, &IndicatorResult)],
    all: &[Assessment],
) {
    let w0 = Words::new(first, lang);
    let title = w0.indicator_title(r0);
    let _ = writeln!(
        o,
        "<h3 id=\"ind{k}\">{}{}</h3>",
        escape(&title),
        id_code(&r0.id)
    );
    let mut values: Vec<f64> = rows.iter().filter_map(|(_, r)| r.value).collect();
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let median = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    };
    let balanced = values.iter().filter(|v| (0.4..=0.6).contains(*v)).count() as u64;
    let summary = lang.message(
        "network-median",
        &[
            ("median", lang.percent(median, 1).into()),
            ("balanced", balanced.into()),
            ("count", (n as u64).into()),
        ],
    );
    let _ = write!(o, "<p>{}</p>\n<figure>", escape(&summary));
    let name_of = |i: usize| all[i].organisation.as_str();
    if rows.len() <= BARS_UP_TO {
        let bars: Vec<ShareBar> = rows
            .iter()
            .map(|(i, r)| {
                let w = Words::new(&all[*i], lang);
                let share = r.value.unwrap_or(0.0);
                ShareBar {
                    label: name_of(*i).to_string(),
                    share,
                    interval: r.interval.map(|x| (x.low, x.high)),
                    figure: match w.count(r) {
                        Some(c) => format!("{} ({c})", w.pct(share)),
                        None => w.pct(share),
                    },
                }
            })
            .collect();
        o.push_str(&chart::share_chart(
            &format!("ind{k}c"),
            &ShareChart {
                title: title.clone(),
                description: summary.clone(),
                band_label: lang.message("chart-balance-band", &[]),
                parity_label: lang.message("chart-parity", &[]),
                ticks: ticks(lang),
                bars,
            },
        ));
    }
    let mut counts = [0u64; 10];
    for v in &values {
        counts[band(*v)] += 1;
    }
    let labels: [String; 10] = std::array::from_fn(|b| {
        format!(
            "{}–{}",
            lang.decimal(b as f64 * 10.0, 0),
            lang.percent((b + 1) as f64 / 10.0, 0)
        )
    });
    let description = lang.message("chart-distribution", &[("title", title.as_str().into())]);
    if rows.len() > BARS_UP_TO {
        o.push_str(&chart::histogram(
            &format!("ind{k}h"),
            &title,
            &description,
            &lang.message("chart-balance-band", &[]),
            &labels,
            &counts,
            &|c| lang.integer(c),
        ));
    }
    let _ = writeln!(
        o,
        "<figcaption>{}</figcaption></figure>",
        escape(&description)
    );
    // The distribution as a table: the chart's text equivalent.
    let _ = write!(
        o,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(&lang.message("network-band", &[])),
        escape(&lang.message("col-organisations", &[]))
    );
    for (label, c) in labels.iter().zip(counts) {
        let _ = write!(
            o,
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            escape(label),
            lang.integer(c)
        );
    }
    o.push_str("</tbody></table>\n");

    // The organisations: all of them, or the lowest and the highest.
    let mut listed: Vec<&(usize, &IndicatorResult)> = rows.iter().collect();
    if rows.len() > 2 * TABLE_TAIL {
        listed.sort_by(|(i, a), (j, b)| {
            a.value
                .unwrap_or(0.0)
                .total_cmp(&b.value.unwrap_or(0.0))
                .then(i.cmp(j))
        });
        let tail = listed.split_off(listed.len() - TABLE_TAIL);
        listed.truncate(TABLE_TAIL);
        listed.extend(tail);
        let _ = writeln!(
            o,
            "<p>{}</p>",
            escape(&lang.message(
                "network-table-limit",
                &[
                    ("shown", (TABLE_TAIL as u64).into()),
                    ("count", (rows.len() as u64).into())
                ]
            ))
        );
    }
    let _ = write!(
        o,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(&lang.message("col-organisation", &[])),
        escape(&lang.message("col-value", &[])),
        escape(&lang.message("col-count", &[])),
        escape(&lang.message("col-interval", &[])),
        escape(&lang.message("col-rating", &[]))
    );
    for (i, r) in listed {
        let w = Words::new(&all[*i], lang);
        let dash = || "–".to_string();
        let _ = write!(
            o,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(name_of(*i)),
            escape(&w.value(r)),
            escape(&w.count(r).unwrap_or_else(dash)),
            if r.small_count { " †" } else { "" },
            escape(&w.interval(r).unwrap_or_else(dash)),
            match r.rating {
                Rating::NotApplicable => "–".to_string(),
                x => rating_badge(lang, x),
            }
        );
    }
    o.push_str("</tbody></table>\n");
}

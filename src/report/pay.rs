//! The pay analysis as Markdown: the Article 9 table, the Article 10 flags, the UK figures, a
//! quartile chart, inference (labelled as such) and the decomposition. Disclosure control is
//! applied: categories withheld by [`crate::pay::suppress`] show no value, and the statement says so.

use crate::i18n::{Arg, Lang};
use crate::pay::Basis;
use crate::pay::QuartileBand;
use crate::pay::{Gap, GapReason};
use crate::pay::{Outcome, PayAnalysis};

/// The pay analysis as a Markdown document (published output: suppression applied).
///
/// ```
/// use gender_impact::pay::{Money, PayRules, Worker, analyse, AnalysisOptions};
/// use gender_impact::Gender;
/// let w = |g, pay: f64| Worker { annual_pay: Some(Money::new(pay).unwrap()),
///     variable_pay: Some(Money::new(0.0).unwrap()), ..Worker::new(g) };
/// let ws: Vec<Worker> = (0..6).map(|i| w(Gender::Woman, 40_000.0 + 1_000.0 * i as f64))
///     .chain((0..6).map(|i| w(Gender::Man, 42_000.0 + 1_000.0 * i as f64))).collect();
/// let a = analyse(&ws, &[], &PayRules::built_in(), &AnalysisOptions { inference: false, ..Default::default() }, vec![]);
/// let md = gender_impact::report::pay_markdown(&a);
/// assert!(md.contains("| (a) Gender pay gap (mean), annual pay level | 4.5% |"));
/// ```
pub fn markdown(a: &PayAnalysis) -> String {
    markdown_in(a, Lang::En, 1)
}

/// The message ids of the category table's columns (the Markdown and HTML tables alike).
pub(crate) const CATEGORY_COLUMNS: [&str; 7] = [
    "pay-col-category",
    "pay-col-women",
    "pay-col-men",
    "pay-col-basic-gap",
    "pay-col-variable-gap",
    "pay-col-level-gap",
    "pay-col-joint",
];

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The pay analysis as Markdown in `lang`, its title at heading level `level` (1 for a document
/// of its own, 2 inside the assessment report), its sections one level below. The same content
/// as [`markdown`] (which is this in English), from the Fluent messages of `locales/*/pay.ftl`,
/// with numbers as the language writes them. Disclosure control is applied.
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
/// let md = gender_impact::report::pay_markdown_in(&a, Lang::Fr, 1);
/// assert!(md.starts_with("# Rapport sur les écarts de rémunération\n"));
/// assert!(md.contains("| 4,5\u{202F}% | 6 | 6 |"));
/// ```
pub fn markdown_in(a: &PayAnalysis, lang: Lang, level: usize) -> String {
    let w = Words::new(a, lang);
    let h1 = "#".repeat(level.max(1));
    let h2 = format!("{h1}#");
    let h3 = format!("{h2}#");
    let hidden = w.hidden();
    let mut o = String::with_capacity(8 * 1024);
    let mut line = |s: String| {
        o.push_str(&s);
        o.push('\n');
    };
    line(format!("{h1} {}\n", w.msg("pay-heading", &[])));
    line(format!("{}\n", w.intro()));
    line(format!("{}\n", w.workers()));
    for s in w.assumptions() {
        line(format!("{s}\n"));
    }
    if hidden {
        line(format!(
            "**{}** {}\n",
            w.statement(),
            w.msg("pay-no-figure", &[])
        ));
    }

    line(format!("{h2} {}\n", w.msg("pay-heading-article-9", &[])));
    figures_table(&mut line, &w, "pay-col-indicator", &w.article_9_rows());
    line(String::new());
    line(format!("{}\n", w.eu_bands_intro()));
    bands_table(&mut line, &w, &w.bands(&a.eu.f_quartiles));

    line(format!("\n{h3} {}\n", w.msg("pay-heading-categories", &[])));
    line(format!("{}\n", w.statement()));
    let cols = CATEGORY_COLUMNS.map(|id| w.msg(id, &[]));
    line(format!("| {} |", cols.join(" | ")));
    line("|---|---|---|---|---|---|---|".to_string());
    for c in w.categories() {
        let flag = if c.required {
            format!("**{}**", c.flag)
        } else {
            cell(&c.flag)
        };
        line(format!(
            "| {} | {} | {flag} |",
            cell(&c.category),
            c.cells.map(|x| cell(&x)).join(" | ")
        ));
    }
    line(String::new());
    line(w.article_10());
    for j in w.justified() {
        line(format!("- {j}"));
    }

    line(format!("\n{h2} {}\n", w.msg("pay-heading-uk", &[])));
    line(format!("{}\n", w.uk_employees()));
    figures_table(&mut line, &w, "pay-col-figure", &w.uk_rows());
    line(format!("\n{}\n", w.msg("pay-uk-quartiles-intro", &[])));
    bands_table(&mut line, &w, &w.bands(&a.uk.quartiles));
    for x in w.exclusions() {
        line(format!("- {x}"));
    }

    line(format!("\n{h2} {}\n", w.msg("pay-heading-inference", &[])));
    line(format!("{}\n", w.inference_note()));
    if !hidden {
        for x in w.inference_lines() {
            line(format!("- {x}"));
        }
        line(format!(
            "\n{h2} {}\n",
            w.msg("pay-heading-decomposition", &[])
        ));
        line(w.decomposition());
        adjusted_markdown(&mut line, &w, &h2, &h3);
        joint_markdown(&mut line, &w, &h2, &h3);
        if let Some(lines) = w.logib_lines() {
            line(format!("\n{h2} {}\n", w.msg("pay-heading-logib", &[])));
            for l in lines {
                line(format!("{l}\n"));
            }
        }
        crate::report::pay_egapro::markdown(&mut line, &w, &h2);
    }
    if let Some(r) = &a.registro {
        o.push('\n');
        crate::report::registro::section_markdown(&mut o, r, lang, level.max(1) + 1);
    }
    o
}

/// The joint pay assessments due, point by point.
fn joint_markdown(line: &mut impl FnMut(String), w: &Words<'_>, h2: &str, h3: &str) {
    let due = w.joint_assessments();
    if due.is_empty() {
        return;
    }
    line(format!("\n{h2} {}\n", w.msg("pay-heading-joint", &[])));
    line(format!("{}\n", w.joint_intro()));
    for j in due {
        let title = w.msg(
            "pay-joint-category",
            &[("category", j.category.as_str().into())],
        );
        line(format!("{h3} {title}\n"));
        for (letter, text) in JOINT_LETTERS.iter().zip(&j.points) {
            line(format!(
                "- {} {text}",
                w.msg("pay-joint-point", &[("letter", (*letter).into())])
            ));
        }
        line(String::new());
    }
}

/// The points of Article 10(2).
pub(crate) const JOINT_LETTERS: [&str; 6] = ["a", "b", "c", "d", "e", "f"];

/// The adjusted gap, when the analysis has one.
fn adjusted_markdown(line: &mut impl FnMut(String), w: &Words<'_>, h2: &str, h3: &str) {
    let Some(adj) = w.adjusted() else {
        return;
    };
    line(format!("\n{h2} {}\n", w.msg("pay-heading-adjusted", &[])));
    let a = match adj {
        Outcome::Computed { result } => result,
        Outcome::NotComputable { reason } => {
            let why = reason.in_lang(w.lang);
            line(w.msg("pay-adjusted-not-computable", &[("reason", why.into())]));
            return;
        }
        Outcome::Skipped => return,
    };
    line(format!("{}\n", w.adjusted_intro(a)));
    line(format!("{}\n", w.adjusted_gap_line(&a.ols)));
    match w.oaxaca_rows(a) {
        Ok((intro, rows)) => {
            line(format!("{intro}\n"));
            let head = ADJUSTED_SPLIT_COLUMNS.map(|id| w.msg(id, &[]));
            line(format!("| {} |\n|---|---|---|", head.join(" | ")));
            for r in rows {
                line(format!("| {} |", r.map(|x| cell(&x)).join(" | ")));
            }
        }
        Err(why) => line(why),
    }
    let rows = w.adjusted_categories(a);
    if !rows.is_empty() {
        line(format!(
            "\n{h3} {}\n",
            w.msg("pay-heading-adjusted-categories", &[])
        ));
        let head = ADJUSTED_CATEGORY_COLUMNS.map(|id| w.msg(id, &[]));
        line(format!(
            "| {} |\n|---|---|---|---|---|---|",
            head.join(" | ")
        ));
        for r in rows {
            line(format!("| {} |", r.map(|x| cell(&x)).join(" | ")));
        }
    }
}

/// The columns of the decomposition table.
pub(crate) const ADJUSTED_SPLIT_COLUMNS: [&str; 3] = [
    "pay-col-reference",
    "pay-col-explained",
    "pay-col-unexplained",
];

/// The columns of the adjusted gap by category.
pub(crate) const ADJUSTED_CATEGORY_COLUMNS: [&str; 6] = [
    "pay-col-category",
    "pay-col-women",
    "pay-col-men",
    "pay-col-adjusted-gap",
    "pay-col-interval",
    "pay-col-p",
];

fn figures_table(line: &mut impl FnMut(String), w: &Words<'_>, first: &str, rows: &[Row]) {
    line(format!(
        "| {} | {} | {} | {} |",
        w.msg(first, &[]),
        w.msg("pay-col-value", &[]),
        w.msg("pay-col-women", &[]),
        w.msg("pay-col-men", &[])
    ));
    line("|---|---|---|---|".to_string());
    for r in rows {
        // An empty value cell is written `| |`, as in [`markdown`].
        let value = if r.value.is_empty() {
            " ".to_string()
        } else {
            format!(" {} ", cell(&r.value))
        };
        line(format!(
            "| {} |{value}| {} | {} |",
            cell(&r.label),
            cell(&r.women),
            cell(&r.men)
        ));
    }
}

fn bands_table(line: &mut impl FnMut(String), w: &Words<'_>, bands: &[BandRow]) {
    line(format!(
        "| {} | {} | {} | {} | |",
        w.msg("pay-col-band", &[]),
        w.msg("pay-col-women", &[]),
        w.msg("pay-col-men", &[]),
        w.msg("pay-col-women-share", &[])
    ));
    line("|---|---|---|---|---|".to_string());
    for b in bands {
        let bar = match b.women_share {
            Some(s) => {
                let filled = ((s * 20.0).round() as usize).min(20);
                format!("`{}{}`", "█".repeat(filled), "·".repeat(20 - filled))
            }
            None => String::new(),
        };
        line(format!(
            "| {} | {} | {} | {} | {bar} |",
            b.name, b.women, b.men, b.share
        ));
    }
}

/// One row of a table of figures (Article 9, the UK figures), every cell in words.
pub(crate) struct Row {
    pub(crate) label: String,
    pub(crate) value: String,
    pub(crate) women: String,
    pub(crate) men: String,
}

/// One quartile pay band in words, with women's share for a chart (absent when withheld or empty).
pub(crate) struct BandRow {
    pub(crate) name: String,
    pub(crate) women: String,
    pub(crate) men: String,
    pub(crate) share: String,
    pub(crate) women_share: Option<f64>,
    /// The band in a sentence, for a chart's text equivalent.
    pub(crate) sentence: String,
    /// Women's share with the counts (`33.3% (1 of 3)`), shown beside a chart's bar.
    pub(crate) figure: String,
}

/// One category of Article 9(g) with its Article 10 flag in words.
pub(crate) struct CategoryRow {
    pub(crate) category: String,
    /// Women, men, basic pay gap, variable components gap, pay level gap.
    pub(crate) cells: [String; 5],
    pub(crate) flag: String,
    /// A joint pay assessment is required (the flag is emphasised).
    pub(crate) required: bool,
}

/// The pay analysis in words of one language, shared by the Markdown and HTML renderers.
pub(crate) struct Words<'a> {
    pub(crate) a: &'a PayAnalysis,
    pub(crate) lang: Lang,
}

impl<'a> Words<'a> {
    pub(crate) fn new(a: &'a PayAnalysis, lang: Lang) -> Words<'a> {
        Words { a, lang }
    }

    pub(crate) fn msg(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.lang.message(id, args)
    }

    /// A share as a percentage with the rules' decimals.
    pub(crate) fn pct(&self, v: f64) -> String {
        self.lang.percent(v, usize::from(self.a.decimals))
    }

    /// Whether nothing is published (fewer than k women or men in all).
    pub(crate) fn hidden(&self) -> bool {
        self.a.disclosure.total_suppressed
    }

    fn withheld(&self) -> String {
        self.msg("pay-withheld", &[])
    }

    /// A gap's value, or why it is not computable.
    pub(crate) fn gap(&self, g: &Gap) -> String {
        match g.value {
            Some(v) => self.pct(v),
            None => {
                let reason = match &g.not_computable {
                    Some(why) => why.in_lang(self.lang),
                    None => GapReason::NoValue.in_lang(self.lang),
                };
                self.msg("pay-not-computable", &[("reason", reason.into())])
            }
        }
    }

    fn count_share(&self, c: &crate::pay::CountShare) -> String {
        if self.hidden() {
            return self.withheld();
        }
        match c.share {
            Some(s) => self.msg(
                "pay-count-share",
                &[
                    ("share", self.pct(s).into()),
                    ("k", c.count.into()),
                    ("n", c.of.into()),
                ],
            ),
            None => self.msg("pay-no-one-recorded", &[]),
        }
    }

    fn gap_row(&self, id: &str, g: &Gap) -> Row {
        let label = self.msg(id, &[]);
        if self.hidden() {
            Row {
                label,
                value: self.withheld(),
                women: "–".to_string(),
                men: "–".to_string(),
            }
        } else {
            Row {
                label,
                value: self.gap(g),
                women: self.lang.integer(g.n_women),
                men: self.lang.integer(g.n_men),
            }
        }
    }

    pub(crate) fn intro(&self) -> String {
        let a = self.a;
        self.msg(
            "pay-intro",
            &[
                ("rules", a.rules.name.as_str().into()),
                ("version", a.rules.version.as_str().into()),
                ("tool", a.tool.name.as_str().into()),
                ("toolversion", a.tool.version.as_str().into()),
                ("decimals", u64::from(a.decimals).into()),
            ],
        )
    }

    pub(crate) fn workers(&self) -> String {
        let (w, e) = (&self.a.eu.workers, &self.a.eu);
        let mut s = self.msg(
            "pay-workers",
            &[
                ("women", w.women.into()),
                ("men", w.men.into()),
                ("excluded", w.excluded.into()),
            ],
        );
        if e.without_pay > 0 {
            s.push(' ');
            s.push_str(&self.msg("pay-without-pay", &[("n", e.without_pay.into())]));
        }
        s
    }

    /// The assumptions, each in a sentence of the report's language (an assumption read back
    /// from JSON is shown as written).
    pub(crate) fn assumptions(&self) -> Vec<String> {
        self.a
            .assumptions
            .iter()
            .map(|s| {
                let text = s.in_lang(self.lang);
                self.msg("pay-assumption", &[("text", text.as_str().into())])
            })
            .collect()
    }

    /// The disclosure statement of the category table, rebuilt from its structured fields (the
    /// same cases as `statement` in `src/pay/disclosure.rs`).
    pub(crate) fn statement(&self) -> String {
        let d = &self.a.disclosure;
        let categories = self.msg(
            "pay-categories",
            &[("n", (self.a.eu.g_categories.len() as u64).into())],
        );
        let args = [
            ("k", Arg::from(d.k)),
            ("categories", categories.into()),
            ("withheld", (d.withheld() as u64).into()),
            ("n", (self.a.eu.g_categories.len() as u64).into()),
        ];
        if d.total_suppressed {
            self.msg("pay-disclosure-total", &args)
        } else if d.withheld() == 0 {
            self.msg("pay-disclosure-none", &args)
        } else {
            self.msg("pay-disclosure-some", &args)
        }
    }

    pub(crate) fn article_9_rows(&self) -> Vec<Row> {
        let e = &self.a.eu;
        let mut rows = vec![self.gap_row("pay-a-annual", &e.a_mean_gap_annual)];
        if let Some(g) = &e.a_mean_gap_hourly {
            rows.push(self.gap_row("pay-a-hourly", g));
        }
        rows.push(self.gap_row("pay-b", &e.b_variable_mean_gap));
        rows.push(self.gap_row("pay-c-annual", &e.c_median_gap_annual));
        if let Some(g) = &e.c_median_gap_hourly {
            rows.push(self.gap_row("pay-c-hourly", g));
        }
        rows.push(self.gap_row("pay-d", &e.d_variable_median_gap));
        rows.push(Row {
            label: self.msg("pay-e", &[]),
            value: String::new(),
            women: self.count_share(&e.e_variable_women),
            men: self.count_share(&e.e_variable_men),
        });
        rows
    }

    pub(crate) fn eu_bands_intro(&self) -> String {
        let basis = match self.a.eu.f_basis {
            Basis::Hourly => self.msg("pay-basis-hourly", &[]),
            Basis::Annual => self.msg("pay-basis-annual", &[]),
        };
        self.msg("pay-f-intro", &[("basis", basis.into())])
    }

    /// The four bands, lowest first; withheld when nothing is published.
    pub(crate) fn bands(&self, q: &[QuartileBand; 4]) -> Vec<BandRow> {
        let names = [
            "pay-band-lower",
            "pay-band-lower-middle",
            "pay-band-upper-middle",
            "pay-band-upper",
        ];
        q.iter()
            .zip(names)
            .map(|(b, id)| {
                let name = self.msg(id, &[]);
                if self.hidden() {
                    let x = self.withheld();
                    return BandRow {
                        sentence: format!("{name}: {x}"),
                        figure: x.clone(),
                        name,
                        women: x.clone(),
                        men: x.clone(),
                        share: x,
                        women_share: None,
                    };
                }
                let share = b
                    .women_share
                    .map(|s| self.pct(s))
                    .unwrap_or_else(|| "–".to_string());
                let sentence = if b.women_share.is_some() {
                    self.msg(
                        "pay-chart-band",
                        &[
                            ("band", name.as_str().into()),
                            ("women", b.women.into()),
                            ("men", b.men.into()),
                            ("share", share.as_str().into()),
                        ],
                    )
                } else {
                    self.msg("pay-chart-band-empty", &[("band", name.as_str().into())])
                };
                let figure = match b.women_share {
                    Some(_) => self.msg(
                        "pay-count-share",
                        &[
                            ("share", share.as_str().into()),
                            ("k", b.women.into()),
                            ("n", (b.women + b.men).into()),
                        ],
                    ),
                    None => "–".to_string(),
                };
                BandRow {
                    figure,
                    women: self.lang.integer(b.women),
                    men: self.lang.integer(b.men),
                    name,
                    share,
                    women_share: b.women_share,
                    sentence,
                }
            })
            .collect()
    }

    pub(crate) fn categories(&self) -> Vec<CategoryRow> {
        let a = self.a;
        a.eu.g_categories
            .iter()
            .map(|c| {
                let t = &c.article_10;
                let withheld = self.is_withheld(&c.category);
                // The reason a withheld category is not decided would tell its counts ("no
                // woman in the group"): it is not published.
                // A withheld category's check is not published either: "required" or not
                // would tell whether its gap reaches the threshold, and the reason it is not
                // decided would tell its counts ("no woman in the group").
                let flag = if withheld {
                    self.withheld()
                } else if let Some(reason) = &t.not_decided {
                    self.msg(
                        "pay-flag-not-decided",
                        &[("reason", reason.in_lang(self.lang).into())],
                    )
                } else if t.joint_assessment_required {
                    self.msg("pay-flag-required", &[])
                } else if t.gap_at_or_above_threshold {
                    self.msg("pay-flag-justified", &[])
                } else {
                    self.msg("pay-flag-not-required", &[])
                };
                let cells = if withheld {
                    // The counts' narrow columns take a dash (the gaps say "withheld").
                    std::array::from_fn(|i| {
                        if i < 2 {
                            "–".to_string()
                        } else {
                            self.withheld()
                        }
                    })
                } else {
                    [
                        self.lang.integer(c.workers.women),
                        self.lang.integer(c.workers.men),
                        self.gap(&c.basic_mean_gap),
                        self.gap(&c.variable_mean_gap),
                        self.gap(&c.pay_level_mean_gap),
                    ]
                };
                CategoryRow {
                    category: self.category_name(&c.category),
                    cells,
                    flag,
                    required: !withheld && t.joint_assessment_required && t.not_decided.is_none(),
                }
            })
            .collect()
    }

    /// The Article 10 sentence: how many categories require a joint pay assessment (category
    /// names are the user's, shown as given).
    pub(crate) fn article_10(&self) -> String {
        let e = &self.a.eu;
        let published: Vec<_> = e
            .g_categories
            .iter()
            .filter(|c| !self.is_withheld(&c.category))
            .collect();
        if published.is_empty() {
            return self.msg("pay-article-10-none", &[]);
        }
        let withheld = e.g_categories.len() - published.len();
        let required: Vec<&str> = published
            .iter()
            .filter(|c| c.article_10.joint_assessment_required)
            .map(|c| c.category.as_str())
            .collect();
        let list = if required.is_empty() {
            String::new()
        } else {
            self.msg(
                "pay-article-10-list",
                &[("categories", required.join(", ").into())],
            )
        };
        self.msg(
            "pay-article-10",
            &[
                ("required", (required.len() as u64).into()),
                ("n", (published.len() as u64).into()),
                (
                    "threshold",
                    self.pct(self.a.joint_assessment_threshold).into(),
                ),
                ("list", list.into()),
                (
                    "withheld",
                    if withheld == 0 {
                        String::new()
                    } else {
                        self.msg(
                            "pay-article-10-withheld",
                            &[("w", (withheld as u64).into())],
                        )
                    }
                    .into(),
                ),
            ],
        )
    }

    /// A category's name as shown: workers without a category under the language's words for
    /// them.
    pub(crate) fn category_name(&self, category: &str) -> String {
        if category == crate::pay::NO_CATEGORY {
            self.msg("pay-category-none", &[])
        } else {
            category.to_string()
        }
    }

    /// Whether the category's figures (and its Article 10 check) are withheld.
    pub(crate) fn is_withheld(&self, category: &str) -> bool {
        self.hidden() || self.a.disclosure.is_suppressed(category)
    }

    /// The justifications given in the input (the user's own text, shown as given).
    pub(crate) fn justified(&self) -> Vec<String> {
        self.a
            .eu
            .g_categories
            .iter()
            .filter(|c| !self.is_withheld(&c.category))
            .filter_map(|c| {
                let text = c.article_10.justification.as_deref()?;
                Some(self.msg(
                    "pay-justified",
                    &[
                        ("category", c.category.as_str().into()),
                        ("text", text.into()),
                    ],
                ))
            })
            .collect()
    }

    pub(crate) fn uk_employees(&self) -> String {
        let u = &self.a.uk;
        let r = &u.relevant_employees;
        self.msg(
            "pay-uk-employees",
            &[
                ("total", (r.women + r.men + r.excluded).into()),
                ("women", r.women.into()),
                ("men", r.men.into()),
                ("others", r.excluded.into()),
                (
                    "employer",
                    (if u.relevant_employer { "yes" } else { "no" }).into(),
                ),
                ("fullwomen", u.full_pay_relevant_employees.women.into()),
                ("fullmen", u.full_pay_relevant_employees.men.into()),
            ],
        )
    }

    pub(crate) fn uk_rows(&self) -> Vec<Row> {
        let u = &self.a.uk;
        vec![
            self.gap_row("pay-uk-mean-hourly", &u.mean_hourly_gap),
            self.gap_row("pay-uk-median-hourly", &u.median_hourly_gap),
            self.gap_row("pay-uk-mean-bonus", &u.mean_bonus_gap),
            self.gap_row("pay-uk-median-bonus", &u.median_bonus_gap),
            Row {
                label: self.msg("pay-uk-bonus-proportion", &[]),
                value: String::new(),
                women: self.count_share(&u.bonus_women),
                men: self.count_share(&u.bonus_men),
            },
        ]
    }

    /// The UK exclusions, each with its reason in the language.
    pub(crate) fn exclusions(&self) -> Vec<String> {
        self.a
            .uk
            .exclusions
            .iter()
            .map(|x| {
                self.msg(
                    "pay-left-out",
                    &[
                        ("reason", x.reason.in_lang(self.lang).into()),
                        ("n", x.count.into()),
                    ],
                )
            })
            .collect()
    }

    pub(crate) fn inference_note(&self) -> String {
        self.a.inference.note.in_lang(self.lang)
    }

    /// The bootstrap intervals and the permutation test, one sentence each (nothing when
    /// nothing is published).
    pub(crate) fn inference_lines(&self) -> Vec<String> {
        if self.hidden() {
            return Vec::new();
        }
        let inf = &self.a.inference;
        let boot = |id: &str, o: &Outcome<crate::pay::BootstrapInterval>| {
            let name = self.msg(id, &[]);
            match o {
                Outcome::Computed { result: b } => self.msg(
                    "pay-bootstrap",
                    &[
                        ("name", name.into()),
                        ("level", self.pct(b.level).into()),
                        ("low", self.pct(b.low).into()),
                        ("high", self.pct(b.high).into()),
                        ("resamples", b.resamples.into()),
                        // A seed is an identifier: written without digit grouping.
                        ("seed", b.seed.to_string().into()),
                    ],
                ),
                Outcome::NotComputable { reason } => self.msg(
                    "pay-item-not-computable",
                    &[
                        ("name", name.into()),
                        ("reason", reason.in_lang(self.lang).into()),
                    ],
                ),
                Outcome::Skipped => self.msg("pay-item-not-computed", &[("name", name.into())]),
            }
        };
        let permutation = match &inf.mean_gap_permutation_test {
            Outcome::Computed { result: t } => {
                let floor = 1.0 / (f64::from(t.permutations) + 1.0);
                let id = if t.p_value <= floor * (1.0 + 1e-9) {
                    "pay-permutation-floor"
                } else {
                    "pay-permutation"
                };
                self.msg(
                    id,
                    &[
                        ("p", self.lang.decimal(t.p_value, 4).into()),
                        ("n", t.permutations.into()),
                        ("seed", t.seed.to_string().into()),
                    ],
                )
            }
            Outcome::NotComputable { reason } => self.msg(
                "pay-item-not-computable",
                &[
                    ("name", self.msg("pay-permutation-test", &[]).into()),
                    ("reason", reason.in_lang(self.lang).into()),
                ],
            ),
            Outcome::Skipped => self.msg(
                "pay-item-not-computed",
                &[("name", self.msg("pay-permutation-test", &[]).into())],
            ),
        };
        vec![
            boot("pay-mean-gap-annual", &inf.mean_gap_interval),
            boot("pay-median-gap-annual", &inf.median_gap_interval),
            permutation,
        ]
    }

    /// Where the gap comes from (nothing is published when the total is withheld).
    pub(crate) fn decomposition(&self) -> String {
        match &self.a.decomposition {
            Outcome::Computed { result: d } => self.msg(
                "pay-decomposition",
                &[
                    ("total", self.pct(d.total_gap).into()),
                    ("between", self.pct(d.between).into()),
                    ("within", self.pct(d.within).into()),
                    ("method", d.method.in_lang(self.lang).into()),
                ],
            ),
            Outcome::NotComputable { reason } => self.msg(
                "pay-decomposition-not-computable",
                &[("reason", reason.in_lang(self.lang).into())],
            ),
            Outcome::Skipped => self.msg("pay-decomposition-skipped", &[]),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::i18n::locale_tests::with_english_replaced;
    use crate::model::{Gender, Money, Text, Worker};
    use crate::pay::{AnalysisOptions, PayRules, analyse};

    /// The reports write the reasons from the catalogue of their language, not from an English
    /// text: with the English text of a reason changed, the English report and the JSON output
    /// change, the French report does not.
    #[test]
    fn reasons_follow_the_catalogue_of_the_report_language() {
        let w = |g, pay: f64, c: &str| Worker {
            annual_pay: Some(Money::new(pay).unwrap()),
            variable_pay: Some(Money::new(0.0).unwrap()),
            category: Some(Text::new(c).unwrap()),
            ..Worker::new(g)
        };
        // Category B has no woman: its gaps are not computable and its Article 10 check is not
        // decided, "no women in the group"; nothing is withheld (k = 0).
        let ws = [
            w(Gender::Woman, 10.0, "A"),
            w(Gender::Woman, 12.0, "A"),
            w(Gender::Man, 11.0, "A"),
            w(Gender::Man, 13.0, "A"),
            w(Gender::Man, 13.0, "B"),
        ];
        let rules = PayRules {
            min_cell: 0,
            ..PayRules::built_in()
        };
        let options = AnalysisOptions {
            inference: false,
            ..Default::default()
        };
        let a = analyse(&ws, &[], &rules, &options, vec![]);
        let outputs = || {
            (
                super::markdown_in(&a, Lang::En, 1),
                super::markdown_in(&a, Lang::Fr, 1),
                serde_json::to_string(&a).unwrap(),
            )
        };
        let (en, fr, json) = outputs();
        let old = "no women in the group";
        let new = "not one woman in the group";
        assert!(en.contains(&format!(
            "not decided: the mean gap is not computable ({old})"
        )));
        assert!(json.contains(&format!("\"not_computable\":\"{old}\"")));
        assert!(fr.contains("aucune femme dans le groupe"));
        let changed = [("pay-reason-no-women".to_string(), new.to_string())];
        let (en2, fr2, json2) = with_english_replaced(&changed, outputs);
        assert_eq!(fr2, fr);
        assert_ne!(en2, en);
        assert_eq!(en2.replace(new, old), en);
        assert!(en2.contains(&format!(
            "not decided: the mean gap is not computable ({new})"
        )));
        assert_eq!(json2.replace(new, old), json);
        assert!(json2.contains(new));
        // Restored afterwards.
        assert_eq!(outputs().0, en);
    }
}

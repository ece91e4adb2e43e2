//! The égapro section of the pay reports (`gia pay --profile fr`), in words shared by the
//! Markdown and HTML renderers: the calendar, A–D with égapro's two readings of 5%, E as the
//! share of women among recipients, F on both pay levels with 4-decimal shares, the top
//! quartile's balance, G as counts only (confidential), the compliance path, and where égapro
//! departs from the directive.

use std::fmt::Write;

use crate::pay::{
    EGAPRO_COMMIT, Egapro, EgaproGap, EgaproQuartile, EgaproSize, EmployeesFrom, GapLevel,
    QuartileBalance,
};
use crate::report::chart::escape;
use crate::report::pay::Words;

/// A block of the section: a paragraph, a table (header ids, rows of texts), or a list.
pub(crate) enum Block {
    Para(String),
    Table(&'static [&'static str], Vec<Vec<String>>),
    List(Vec<String>),
}

const GAP_COLUMNS: &[&str] = &[
    "egapro-col-indicator",
    "egapro-col-gap",
    "pay-col-women",
    "pay-col-men",
    "egapro-col-significant",
    "egapro-col-level",
];
const QUARTILE_COLUMNS: &[&str] = &[
    "pay-col-band",
    "pay-col-women",
    "pay-col-men",
    "egapro-col-women-share",
    "egapro-col-men-share",
];

/// `yes`, `no`, or `open` for an undecided answer (a Fluent selector).
fn yes_no(b: Option<bool>) -> &'static str {
    match b {
        Some(true) => "yes",
        Some(false) => "no",
        None => "open",
    }
}

impl Words<'_> {
    /// The section's blocks, when the analysis has one and figures are published.
    pub(crate) fn egapro_blocks(&self) -> Option<Vec<Block>> {
        let e = self.a.egapro.as_ref()?;
        let mut b = vec![
            Block::Para(self.msg("egapro-intro", &[("commit", EGAPRO_COMMIT[..7].into())])),
            Block::Para(self.egapro_calendar(e)),
            Block::Table(GAP_COLUMNS, self.egapro_gap_rows(e)),
            Block::Para(self.egapro_e(e)),
            Block::Para(self.msg("egapro-quartiles-annual", &[])),
            Block::Table(
                QUARTILE_COLUMNS,
                self.egapro_quartiles(&e.f_quartiles_annual),
            ),
        ];
        if let Some(h) = &e.f_quartiles_hourly {
            b.push(Block::Para(self.msg("egapro-quartiles-hourly", &[])));
            b.push(Block::Table(QUARTILE_COLUMNS, self.egapro_quartiles(h)));
        }
        b.push(Block::Para(self.egapro_top(e)));
        b.push(Block::Para(self.msg(
            "egapro-g",
            &[
                ("categories", (e.g.categories.len() as u64).into()),
                ("above", e.g.at_or_above_threshold.into()),
            ],
        )));
        b.push(Block::Para(self.egapro_compliance(e)));
        b.push(Block::Para(self.msg("egapro-departures", &[])));
        let departures = e.departures.iter();
        b.push(Block::List(
            departures.map(|d| self.msg(d.message_id(), &[])).collect(),
        ));
        Some(b)
    }

    fn egapro_calendar(&self, e: &Egapro) -> String {
        let c = &e.calendar;
        let size = match c.size {
            EgaproSize::Voluntary => "voluntary",
            EgaproSize::Triennial => "triennial",
            _ => "annual",
        };
        let from = match e.employees_from {
            EmployeesFrom::Given => "given",
            _ => "payroll",
        };
        let employees = if c.employees.fract() == 0.0 {
            self.lang.decimal(c.employees, 0)
        } else {
            self.lang.decimal(c.employees, 2)
        };
        let head = self.msg(
            "egapro-calendar",
            &[
                ("employees", employees.into()),
                ("from", from.into()),
                ("size", size.into()),
            ],
        );
        let year = match c.year {
            Some(y) => self.msg(
                "egapro-calendar-year",
                &[
                    ("year", y.to_string().into()),
                    ("declaration", yes_no(c.declaration_due).into()),
                    ("g", yes_no(c.g_due).into()),
                ],
            ),
            None => self.msg("egapro-calendar-no-year", &[]),
        };
        format!("{head} {year}")
    }

    fn egapro_gap_rows(&self, e: &Egapro) -> Vec<Vec<String>> {
        let rows = [
            ("egapro-row-a-annual", Some(&e.a_mean_gap_annual)),
            ("egapro-row-a-hourly", e.a_mean_gap_hourly.as_ref()),
            ("egapro-row-b", Some(&e.b_variable_mean_gap)),
            ("egapro-row-c-annual", Some(&e.c_median_gap_annual)),
            ("egapro-row-c-hourly", e.c_median_gap_hourly.as_ref()),
            ("egapro-row-d", Some(&e.d_variable_median_gap)),
        ];
        rows.into_iter()
            .filter_map(|(id, g)| Some(self.egapro_gap_row(id, g?)))
            .collect()
    }

    fn egapro_gap_row(&self, id: &str, g: &EgaproGap) -> Vec<String> {
        let yes = |b: bool| self.msg(if b { "egapro-yes" } else { "egapro-no" }, &[]);
        let (gap, significant, level) = match (g.value, g.level) {
            (Some(v), Some(l)) => (
                self.pct(v),
                yes(g.significant),
                self.msg(
                    match l {
                        GapLevel::High => "egapro-level-high",
                        _ => "egapro-level-low",
                    },
                    &[],
                ),
            ),
            _ => (
                self.msg("egapro-not-computable", &[]),
                String::new(),
                String::new(),
            ),
        };
        let n = |k: u64| self.lang.integer(k);
        vec![
            self.msg(id, &[]),
            gap,
            n(g.n_women),
            n(g.n_men),
            significant,
            level,
        ]
    }

    fn egapro_e(&self, e: &Egapro) -> String {
        let r = &e.e_women_among_recipients;
        match r.share {
            Some(s) => self.msg(
                "egapro-e",
                &[
                    ("women", r.count.into()),
                    ("recipients", r.of.into()),
                    ("share", self.pct(s).into()),
                ],
            ),
            None => self.msg("egapro-e-none", &[]),
        }
    }

    fn egapro_quartiles(&self, q: &[EgaproQuartile; 4]) -> Vec<Vec<String>> {
        let share = |s: Option<f64>| s.map(|s| self.lang.percent(s, 2)).unwrap_or_default();
        q.iter()
            .enumerate()
            .map(|(i, b)| {
                vec![
                    self.msg("egapro-quartile", &[("n", (i as u64 + 1).into())]),
                    self.lang.integer(b.women),
                    self.lang.integer(b.men),
                    share(b.women_share),
                    share(b.men_share),
                ]
            })
            .collect()
    }

    fn egapro_top(&self, e: &Egapro) -> String {
        let t = &e.top_quartile;
        let (Some(s), Some(b)) = (t.women_share, t.balance) else {
            return self.msg("egapro-top-empty", &[]);
        };
        let balance = match b {
            QuartileBalance::Balanced => "balanced",
            QuartileBalance::WomenUnderRepresented => "women",
            _ => "men",
        };
        self.msg(
            "egapro-top",
            &[
                ("share", self.lang.percent(s, 2).into()),
                ("with_hourly", yes_no(Some(t.with_hourly)).into()),
                ("balance", balance.into()),
            ],
        )
    }

    fn egapro_compliance(&self, e: &Egapro) -> String {
        let c = &e.compliance_path;
        let cond = |b: Option<bool>| match b {
            Some(b) => self.msg(if b { "egapro-yes" } else { "egapro-no" }, &[]),
            None => self.msg("egapro-condition-unknown", &[]),
        };
        self.msg(
            "egapro-compliance",
            &[
                ("required", yes_no(c.required).into()),
                ("size", cond(Some(c.employees_100_or_more)).into()),
                ("g_due", cond(c.g_due).into()),
                (
                    "gap",
                    cond(Some(c.category_gap_at_or_above_threshold)).into(),
                ),
            ],
        )
    }
}

/// The section as Markdown lines, its heading at `h2`.
pub(crate) fn markdown(line: &mut impl FnMut(String), w: &Words<'_>, h2: &str) {
    let Some(blocks) = w.egapro_blocks() else {
        return;
    };
    line(format!("\n{h2} {}\n", w.msg("egapro-heading", &[])));
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    for b in blocks {
        match b {
            Block::Para(p) => line(format!("{p}\n")),
            Block::List(items) => {
                for i in items {
                    line(format!("- {i}"));
                }
            }
            Block::Table(head, rows) => {
                let head: Vec<String> = head.iter().map(|id| w.msg(id, &[])).collect();
                line(format!("| {} |", head.join(" | ")));
                line(format!("|{}", "---|".repeat(head.len())));
                for r in rows {
                    let r: Vec<String> = r.iter().map(|x| cell(x)).collect();
                    line(format!("| {} |", r.join(" | ")));
                }
                line(String::new());
            }
        }
    }
}

/// The section as HTML, its heading at `level`.
pub(crate) fn html(o: &mut String, w: &Words<'_>, level: u8) {
    let Some(blocks) = w.egapro_blocks() else {
        return;
    };
    let title = escape(&w.msg("egapro-heading", &[]));
    let _ = writeln!(o, "<h{level}>{title}</h{level}>");
    for b in blocks {
        match b {
            Block::Para(p) => {
                let _ = writeln!(o, "<p>{}</p>", escape(&p));
            }
            Block::List(items) => {
                o.push_str("<ul>");
                for i in items {
                    let _ = write!(o, "<li>{}</li>", escape(&i));
                }
                o.push_str("</ul>\n");
            }
            Block::Table(head, rows) => {
                crate::report::pay_html::text_table(o, w, head, rows.iter().map(|r| &r[..]));
            }
        }
    }
}

//! Spain's registro retributivo in words, for the Markdown and HTML reports and the workbook:
//! the reading taken, a table per group (what was actually received, then the equalised
//! amounts; for a worker without representatives, the percentage differences only), and the
//! 25% rule of ET art. 28.3 with the employer's justifications.

use crate::i18n::{Arg, Lang};
use crate::pay::{
    Audience, Averages, ConceptKind, Higher, PayAnalysis, Registro, RegistroRow, Rule25Check,
};

/// Decimal places of the register's percentages.
const DECIMALS: usize = 1;

/// The register in words of one language.
pub(crate) struct RegistroWords<'a> {
    pub(crate) r: &'a Registro,
    pub(crate) lang: Lang,
}

/// The message ids of the columns of the table of actual amounts (the equalised table has the
/// same without the counts).
pub(crate) const AMOUNT_COLUMNS: [&str; 9] = [
    "registro-col-concept",
    "registro-col-women",
    "registro-col-men",
    "registro-col-mean-women",
    "registro-col-mean-men",
    "registro-col-gap",
    "registro-col-median-women",
    "registro-col-median-men",
    "registro-col-gap",
];

/// The columns of the table of equalised amounts.
pub(crate) const EQUALISED_COLUMNS: [&str; 7] = [
    "registro-col-concept",
    "registro-col-mean-women",
    "registro-col-mean-men",
    "registro-col-gap",
    "registro-col-median-women",
    "registro-col-median-men",
    "registro-col-gap",
];

/// The columns of the worker's table: percentage differences only.
pub(crate) const WORKER_COLUMNS: [&str; 7] = [
    "registro-col-concept",
    "registro-col-women",
    "registro-col-men",
    "registro-col-gap-mean",
    "registro-col-gap-median",
    "registro-col-gap-mean-equalised",
    "registro-col-gap-median-equalised",
];

impl<'a> RegistroWords<'a> {
    pub(crate) fn new(r: &'a Registro, lang: Lang) -> RegistroWords<'a> {
        RegistroWords { r, lang }
    }

    pub(crate) fn msg(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.lang.message(id, args)
    }

    pub(crate) fn worker(&self) -> bool {
        self.r.audience == Audience::Worker
    }

    /// The paragraphs before the tables: who it is for, over whom the averages are taken, what
    /// the equalised amount is, the sign of the gaps, who is left out.
    pub(crate) fn intro(&self) -> Vec<String> {
        let r = self.r;
        let mut out = vec![
            self.msg(
                match r.audience {
                    Audience::Worker => "registro-audience-worker",
                    _ => "registro-audience-representatives",
                },
                &[],
            ),
            self.msg(
                match r.averages {
                    Averages::Recipients => "registro-averages-recipients",
                    _ => "registro-averages-all-workers",
                },
                &[],
            ),
            self.msg("registro-equalised-note", &[]),
            self.msg("registro-gap-note", &[("k", u64::from(r.min_cell).into())]),
        ];
        if r.workers.excluded > 0 {
            out.push(self.msg("registro-excluded", &[("n", r.workers.excluded.into())]));
        }
        if r.equalised_not_finite > 0 {
            out.push(self.msg(
                "registro-not-finite",
                &[("n", r.equalised_not_finite.into())],
            ));
        }
        out
    }

    /// The groups in order (`None`: all groups), each with its rows.
    pub(crate) fn groups(&self) -> Vec<(Option<&'a str>, Vec<&'a RegistroRow>)> {
        let mut out: Vec<(Option<&str>, Vec<&RegistroRow>)> = Vec::new();
        for row in &self.r.rows {
            let g = row.group.as_deref();
            match out.last_mut() {
                Some((last, rows)) if *last == g => rows.push(row),
                _ => out.push((g, vec![row])),
            }
        }
        out
    }

    /// A group's heading.
    pub(crate) fn group_heading(&self, group: Option<&str>) -> String {
        match group {
            None => self.msg("registro-group-all", &[]),
            Some(crate::pay::NO_CATEGORY) => self.msg("registro-group-none", &[]),
            Some(g) => self.msg("registro-group", &[("group", g.into())]),
        }
    }

    /// A concept's name in words (a column's name with its kind); `†` marks a small row.
    pub(crate) fn concept(&self, row: &RegistroRow) -> String {
        let name = match row.kind {
            ConceptKind::Base => self.msg(
                "registro-concept-base",
                &[("name", row.concept.as_str().into())],
            ),
            ConceptKind::Total => self.msg("registro-concept-total", &[]),
            ConceptKind::NonSalary => self.msg(
                "registro-concept-non-salary",
                &[("name", row.concept.as_str().into())],
            ),
            _ => self.msg(
                "registro-concept-supplement",
                &[("name", row.concept.as_str().into())],
            ),
        };
        if row.small {
            format!("{name} †")
        } else {
            name
        }
    }

    fn amount(&self, x: Option<f64>) -> String {
        x.map_or_else(|| "–".to_string(), |v| self.lang.decimal(v, 2))
    }

    fn gap(&self, x: Option<f64>) -> String {
        x.map_or_else(|| "–".to_string(), |v| self.lang.percent(v, DECIMALS))
    }

    /// The row of actual amounts (`equalised`: of equalised amounts, without the counts).
    pub(crate) fn amount_cells(&self, row: &RegistroRow, equalised: bool) -> Vec<String> {
        let (w, m) = (&row.women, &row.men);
        let mut cells = vec![self.concept(row)];
        if !equalised {
            cells.push(self.lang.integer(w.n));
            cells.push(self.lang.integer(m.n));
        }
        let pick = |mean: bool, s: &crate::pay::SexFigures| match (mean, equalised) {
            (true, false) => s.mean,
            (true, true) => s.mean_equalised,
            (false, false) => s.median,
            (false, true) => s.median_equalised,
        };
        let (gap_mean, gap_median) = if equalised {
            (row.gap_mean_equalised, row.gap_median_equalised)
        } else {
            (row.gap_mean, row.gap_median)
        };
        cells.extend([
            self.amount(pick(true, w)),
            self.amount(pick(true, m)),
            self.gap(gap_mean),
            self.amount(pick(false, w)),
            self.amount(pick(false, m)),
            self.gap(gap_median),
        ]);
        cells
    }

    /// The worker's row: counts and the four percentage differences.
    pub(crate) fn worker_cells(&self, row: &RegistroRow) -> Vec<String> {
        vec![
            self.concept(row),
            self.lang.integer(row.women.n),
            self.lang.integer(row.men.n),
            self.gap(row.gap_mean),
            self.gap(row.gap_median),
            self.gap(row.gap_mean_equalised),
            self.gap(row.gap_median_equalised),
        ]
    }

    /// Whether any row is small (the `†` note is then written).
    pub(crate) fn any_small(&self) -> bool {
        self.r.rows.iter().any(|r| r.small)
    }

    pub(crate) fn small_note(&self) -> String {
        self.msg(
            "registro-small",
            &[("k", u64::from(self.r.min_cell).into())],
        )
    }

    /// The 25% rule: whether it applies, then a sentence per group.
    pub(crate) fn rule(&self) -> (String, Vec<String>) {
        let rule = &self.r.rule_25;
        let head = self.msg(
            if rule.applies {
                "registro-rule-applies"
            } else {
                "registro-rule-not-applies"
            },
            &[("employees", rule.employees.into())],
        );
        (head, rule.checks.iter().map(|c| self.check(c)).collect())
    }

    fn check(&self, c: &Rule25Check) -> String {
        let group = self.group_heading(c.group.as_deref());
        let side = |h: Option<Higher>| match h {
            Some(Higher::Women) => "women",
            Some(Higher::Men) => "men",
            Some(_) => "equal",
            None => "none",
        };
        let excess =
            |x: Option<f64>| x.map_or_else(|| "–".to_string(), |v| self.lang.percent(v, DECIMALS));
        let status = match (&c.justification, c.justification_required, c.exceeds) {
            (Some(text), _, true) => {
                self.msg("registro-rule-justified", &[("text", text.as_str().into())])
            }
            (None, true, _) => self.msg("registro-rule-required", &[]),
            (_, false, true) => self.msg("registro-rule-exceeds-small", &[]),
            _ => self.msg("registro-rule-below", &[]),
        };
        self.msg(
            "registro-rule-check",
            &[
                ("group", group.into()),
                ("higher", side(c.higher).into()),
                ("excess", excess(c.excess).into()),
                ("higherequalised", side(c.higher_equalised).into()),
                ("excessequalised", excess(c.excess_equalised).into()),
                ("status", status.into()),
            ],
        )
    }
}

/// Markdown cell text: no pipe, no line break.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn table(o: &mut String, head: &[String], rows: impl Iterator<Item = Vec<String>>) {
    o.push_str(&format!("| {} |\n", head.join(" | ")));
    o.push_str(&format!("|{}\n", "---|".repeat(head.len())));
    for r in rows {
        let r: Vec<String> = r.iter().map(|c| cell(c)).collect();
        o.push_str(&format!("| {} |\n", r.join(" | ")));
    }
    o.push('\n');
}

/// The register as a Markdown section, its heading at `level`.
pub(crate) fn section_markdown(o: &mut String, r: &Registro, lang: Lang, level: usize) {
    let w = RegistroWords::new(r, lang);
    let h = "#".repeat(level);
    o.push_str(&format!("{h} {}\n\n", w.msg("registro-heading", &[])));
    for p in w.intro() {
        o.push_str(&format!("{p}\n\n"));
    }
    let heads = |ids: &[&str]| ids.iter().map(|id| w.msg(id, &[])).collect::<Vec<_>>();
    for (group, rows) in w.groups() {
        o.push_str(&format!("{h}# {}\n\n", w.group_heading(group)));
        if w.worker() {
            table(
                o,
                &heads(&WORKER_COLUMNS),
                rows.iter().map(|r| w.worker_cells(r)),
            );
            continue;
        }
        o.push_str(&format!("{}\n\n", w.msg("registro-heading-actual", &[])));
        table(
            o,
            &heads(&AMOUNT_COLUMNS),
            rows.iter().map(|r| w.amount_cells(r, false)),
        );
        o.push_str(&format!("{}\n\n", w.msg("registro-heading-equalised", &[])));
        table(
            o,
            &heads(&EQUALISED_COLUMNS),
            rows.iter().map(|r| w.amount_cells(r, true)),
        );
    }
    if w.any_small() {
        o.push_str(&format!("† {}\n\n", w.small_note()));
    }
    let (head, checks) = w.rule();
    o.push_str(&format!(
        "{h}# {}\n\n{head}\n\n",
        w.msg("registro-rule-heading", &[])
    ));
    for c in checks {
        o.push_str(&format!("- {c}\n"));
    }
}

/// The register as a Markdown document of its own in `lang` (what a worker without
/// representatives receives: the assumptions and the register, nothing else of the analysis),
/// its title at heading level `level`. Empty when the analysis has no register.
pub fn markdown(a: &PayAnalysis, lang: Lang, level: usize) -> String {
    let Some(r) = &a.registro else {
        return String::new();
    };
    let mut o = String::new();
    for s in &a.assumptions {
        let text = s.in_lang(lang);
        o.push_str(&lang.message("pay-assumption", &[("text", text.as_str().into())]));
        o.push_str("\n\n");
    }
    let mut body = String::new();
    section_markdown(&mut body, r, lang, level.max(1));
    // The title first, then the assumptions.
    match body.split_once("\n\n") {
        Some((title, rest)) => format!("{title}\n\n{o}{rest}"),
        None => body,
    }
}

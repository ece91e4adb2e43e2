//! Spain's *registro retributivo* (Real Decreto 902/2020, art. 5–6; Estatuto de los Trabajadores,
//! art. 28.2–28.3): for each professional group and each pay concept, the mean and the median by
//! sex of what was actually received and of the amount equalised to full time and a full year,
//! with the gap on each; and the 25% rule of art. 28.3.
//!
//! **Concepts.** The base salary (annual pay), each salary supplement (each variable-pay column
//! on its own), each non-salary payment (`extra_salary` columns), and the total: base +
//! supplements + non-salary payments, everything the worker received.
//!
//! **Equalised amount.** amount ÷ (full-time equivalent × days worked ÷ 365): what the worker
//! would have received working full time for the whole year. A worker without a full-time
//! equivalent counts as full time (1), one without days worked as the whole year (365); the
//! reader states both ([`Assumption`](crate::pay::Assumption)).
//!
//! **Where the regulation is open.** RD 902/2020 art. 5.2 asks for "the arithmetic mean and the
//! median of what was actually received" by concept and group, without saying over whom. The
//! crate's default ([`Averages::AllWorkers`]) averages over every worker of the group, a worker
//! who did not receive a supplement counting as 0, so that a concept paid to fewer women shows
//! as a gap; [`Averages::Recipients`] averages over those who received it (an amount above 0).
//!
//! **Gaps** follow the crate's convention: (men − women) / men, positive when men receive more.
//!
//! ```
//! use gender_impact::pay::{Money, PayRules, Payroll, Worker, RegistroOptions, registro};
//! use gender_impact::Gender;
//! let w = |g, pay: f64| Worker { annual_pay: Some(Money::new(pay).unwrap()), ..Worker::new(g) };
//! let p = Payroll::from_workers(&[w(Gender::Woman, 30_000.0), w(Gender::Man, 40_000.0)]);
//! let r = registro(&p, &[], &PayRules::built_in(), &RegistroOptions::default());
//! let total = r.rows.iter().find(|r| r.group.is_none() && r.concept == "total").unwrap();
//! assert_eq!(total.women.mean, Some(30_000.0));
//! assert_eq!(total.gap_mean, Some(0.25)); // (40,000 − 30,000) / 40,000
//! ```

mod concepts;
mod rule;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{GenderCounts, Justification, PayRules, Payroll, gap_ratio, mean, median_sorted};
use crate::model::Gender;
use concepts::{Concept, concepts};
pub use rule::{Higher, RULE_25_MIN_EMPLOYEES, RULE_25_THRESHOLD, Rule25, Rule25Check};

/// Over whom the means and medians of a concept are taken (the regulation does not say).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Averages {
    /// Every worker of the group; one who did not receive the concept counts as 0 (the default).
    #[default]
    AllWorkers,
    /// The workers of the group who received the concept (an amount above 0).
    Recipients,
}

/// Who the register is written for (RD 902/2020 art. 5.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Audience {
    /// The workers' legal representatives: the whole register, amounts included (the default).
    #[default]
    Representatives,
    /// A worker who asks where there are no representatives: the percentage differences only,
    /// no amount.
    Worker,
}

/// The kind of a pay concept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConceptKind {
    /// The base salary (*salario base*).
    Base,
    /// A salary supplement (*complemento salarial*).
    Supplement,
    /// A non-salary payment (*percepción extrasalarial*).
    NonSalary,
    /// Everything received.
    Total,
}

/// How to compute the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct RegistroOptions {
    /// Over whom the averages are taken.
    pub averages: Averages,
    /// Who the register is for.
    pub audience: Audience,
}

/// One sex's figures for a concept in a group. Amounts are absent for the worker audience, and
/// when nobody has a value.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct SexFigures {
    /// Workers the figures rest on.
    pub n: u64,
    /// Mean of what was actually received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mean: Option<f64>,
    /// Median of what was actually received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<f64>,
    /// Mean of the equalised amounts (full time, full year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mean_equalised: Option<f64>,
    /// Median of the equalised amounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_equalised: Option<f64>,
}

/// One row of the register: a group (or all groups) and a concept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RegistroRow {
    /// The professional group (`null`: all groups together).
    pub group: Option<String>,
    /// The concept: its column's name, or `total`.
    pub concept: String,
    /// Its kind.
    pub kind: ConceptKind,
    /// Women's figures.
    pub women: SexFigures,
    /// Men's figures.
    pub men: SexFigures,
    /// (men − women) / men of the means; `null` when not computable.
    pub gap_mean: Option<f64>,
    /// The same of the medians.
    pub gap_median: Option<f64>,
    /// The same of the equalised means.
    pub gap_mean_equalised: Option<f64>,
    /// The same of the equalised medians.
    pub gap_median_equalised: Option<f64>,
    /// Fewer women or fewer men than the rules' smallest cell: figures about very few people.
    pub small: bool,
}

/// The registro retributivo of a payroll.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Registro {
    /// Over whom the averages are taken.
    pub averages: Averages,
    /// Who the register is written for.
    pub audience: Audience,
    /// Workers of the payroll by gender (non-binary and undisclosed workers are counted here and
    /// left out of the sex columns).
    pub workers: GenderCounts,
    /// The smallest cell: a row with fewer women or men is marked `small`.
    pub min_cell: u32,
    /// Equalised amounts left out because they were too large to be represented (a tiny
    /// full-time equivalent); counted, never silently dropped.
    pub equalised_not_finite: u64,
    /// One row per group and concept, all groups first, then each group in sorted order.
    pub rows: Vec<RegistroRow>,
    /// The 25% rule (ET art. 28.3).
    pub rule_25: Rule25,
}

/// The register of `payroll`: every concept for all groups together, then for each group.
/// `justifications` (by group) are carried to the 25% rule's flags.
pub fn registro(
    payroll: &Payroll,
    justifications: &[Justification],
    rules: &PayRules,
    options: &RegistroOptions,
) -> Registro {
    let groups = Groups::of(payroll);
    let mut rows = Vec::new();
    let mut not_finite = 0;
    let mut concept_rows: Vec<Vec<RegistroRow>> = Vec::new();
    for c in concepts(payroll) {
        let (cells, lost) = collect(payroll, &c, &groups, options.averages);
        not_finite += lost;
        concept_rows.push(
            cells
                .into_iter()
                .enumerate()
                .map(|(g, cell)| row(groups.name(g), &c, cell, rules.min_cell))
                .collect(),
        );
    }
    // All groups first, then group by group, concepts in their order within each.
    for g in 0..groups.len() {
        rows.extend(concept_rows.iter().map(|r| r[g].clone()));
    }
    let rule_25 = rule::check(payroll.len() as u64, &rows, justifications);
    if options.audience == Audience::Worker {
        rows.iter_mut().for_each(RegistroRow::without_amounts);
    }
    Registro {
        averages: options.averages,
        audience: options.audience,
        workers: GenderCounts::of_payroll(payroll),
        min_cell: rules.min_cell,
        equalised_not_finite: not_finite,
        rows,
        rule_25,
    }
}

impl RegistroRow {
    /// Leaves the percentage differences and the counts only (the worker audience).
    fn without_amounts(&mut self) {
        for s in [&mut self.women, &mut self.men] {
            *s = SexFigures {
                n: s.n,
                ..SexFigures::default()
            };
        }
    }
}

/// The groups of a payroll: index 0 is all groups together, then each category (and "no
/// category" when some rows have none) in sorted order.
struct Groups {
    /// By category index of the payroll (and one more for "no category"): the group's index.
    of_index: Vec<usize>,
    names: Vec<Option<String>>,
}

impl Groups {
    fn of(p: &Payroll) -> Groups {
        let mut names: Vec<Option<String>> = vec![None];
        let mut of_index = vec![0; p.names.len() + 1];
        if !p.category.is_empty() {
            let mut keyed: Vec<(&str, usize)> = Vec::new();
            let mut used = vec![false; p.names.len() + 1];
            for i in 0..p.len() {
                used[slot(p.category_index(i), p.names.len())] = true;
            }
            for k in (0..used.len()).filter(|&k| used[k]) {
                let name = p.names.get(k).map_or(super::NO_CATEGORY, |t| t.as_str());
                keyed.push((name, k));
            }
            keyed.sort();
            for (name, k) in keyed {
                of_index[k] = names.len();
                names.push(Some(name.to_string()));
            }
        }
        Groups { of_index, names }
    }

    fn len(&self) -> usize {
        self.names.len()
    }

    fn name(&self, g: usize) -> Option<String> {
        self.names[g].clone()
    }

    /// The group of row `i` (0 when the payroll has no categories).
    fn of_row(&self, p: &Payroll, i: usize) -> usize {
        if p.category.is_empty() {
            0
        } else {
            self.of_index[slot(p.category_index(i), p.names.len())]
        }
    }
}

/// The slot of a category index: itself, or `len` for "no category".
fn slot(k: u32, len: usize) -> usize {
    if k == super::payroll::NO_TEXT {
        len
    } else {
        k as usize
    }
}

/// The values of one group for one concept: actual and equalised, women and men, sorted.
#[derive(Default)]
struct Cell {
    women: [Vec<f64>; 2],
    men: [Vec<f64>; 2],
}

/// Each group's cell for concept `c` (index 0: all groups), and the count of equalised amounts
/// that were not finite.
fn collect(p: &Payroll, c: &Concept, groups: &Groups, averages: Averages) -> (Vec<Cell>, u64) {
    let mut cells: Vec<Cell> = (0..groups.len()).map(|_| Cell::default()).collect();
    let mut lost = 0;
    for i in 0..p.len() {
        let Some(v) = c.value(p, i) else { continue };
        if averages == Averages::Recipients && v <= 0.0 {
            continue;
        }
        let woman = match p.gender[i] {
            Gender::Woman => true,
            Gender::Man => false,
            _ => continue,
        };
        let e = v / concepts::equaliser(p, i);
        lost += u64::from(!e.is_finite());
        let push = |cell: &mut Cell| {
            let s = if woman {
                &mut cell.women
            } else {
                &mut cell.men
            };
            s[0].push(v);
            if e.is_finite() {
                s[1].push(e);
            }
        };
        push(&mut cells[0]);
        if !p.category.is_empty() {
            push(&mut cells[groups.of_row(p, i)]);
        }
    }
    for cell in &mut cells {
        for v in cell.women.iter_mut().chain(cell.men.iter_mut()) {
            v.sort_by(f64::total_cmp);
        }
    }
    (cells, lost)
}

/// A finite value, or none (a sum of very large amounts can overflow).
fn finite(x: Option<f64>) -> Option<f64> {
    x.filter(|v| v.is_finite())
}

fn figures(values: &[Vec<f64>; 2]) -> SexFigures {
    SexFigures {
        n: values[0].len() as u64,
        mean: finite(mean(&values[0])),
        median: finite(median_sorted(&values[0])),
        mean_equalised: finite(mean(&values[1])),
        median_equalised: finite(median_sorted(&values[1])),
    }
}

/// (men − women) / men, when both are known and it is a finite number.
fn gap_of(women: Option<f64>, men: Option<f64>) -> Option<f64> {
    gap_ratio(women?, men?).ok()
}

fn row(group: Option<String>, c: &Concept, cell: Cell, min_cell: u32) -> RegistroRow {
    let (women, men) = (figures(&cell.women), figures(&cell.men));
    let k = u64::from(min_cell);
    RegistroRow {
        group,
        concept: c.name.clone(),
        kind: c.kind,
        gap_mean: gap_of(women.mean, men.mean),
        gap_median: gap_of(women.median, men.median),
        gap_mean_equalised: gap_of(women.mean_equalised, men.mean_equalised),
        gap_median_equalised: gap_of(women.median_equalised, men.median_equalised),
        small: women.n < k || men.n < k,
        women,
        men,
    }
}

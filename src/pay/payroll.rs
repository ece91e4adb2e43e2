//! A payroll held column by column: what the payroll CSV reader produces and what the pay figures
//! read.
//!
//! A [`Worker`] is the row type of the JSON input's `pay` section and of small inputs; it takes
//! 152 bytes. A [`Payroll`] keeps one vector per column instead: genders as one byte each,
//! categories and grades as indices into one table of interned texts, amounts as `f64`, and only
//! the columns the records have (a column of one value for every row, such as assumed weekly
//! hours, takes no space per row). A payroll of 1,000,000 rows with every column takes about
//! 50 MB, against 152 MB as workers.
//!
//! ```
//! use gender_impact::pay::{Money, Payroll, Worker};
//! use gender_impact::Gender;
//! let w = Worker { annual_pay: Some(Money::new(48_000.0).unwrap()), ..Worker::new(Gender::Woman) };
//! let p = Payroll::from_workers(&[w.clone(), Worker::new(Gender::Man)]);
//! assert_eq!(p.len(), 2);
//! assert_eq!(p.worker(0), Some(w));
//! assert_eq!(p.worker(2), None);
//! assert_eq!(p.to_workers()[1], Worker::new(Gender::Man));
//! ```

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use super::PayRules;
use crate::model::{Fte, Gender, Text};
use crate::model::{Hours, Money, Worker};

/// Index of "no text" in a column of interned texts.
pub(crate) const NO_TEXT: u32 = u32::MAX;

/// A column of numbers: absent, one value for every row, or one value per row (NaN where the row
/// has none: no valid amount, hours or FTE is NaN).
#[derive(Debug, Clone, Default)]
pub(crate) enum Col {
    /// No row has a value.
    #[default]
    Absent,
    /// Every row has this value.
    All(f64),
    /// One value per row; NaN means none.
    Each(Vec<f64>),
}

impl Col {
    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<f64> {
        match self {
            Col::Absent => None,
            Col::All(v) => Some(*v),
            Col::Each(v) => {
                let x = v[i];
                (!x.is_nan()).then_some(x)
            }
        }
    }

    pub(crate) fn is_absent(&self) -> bool {
        matches!(self, Col::Absent)
    }

    /// A column from per-row options: absent when no row has a value.
    fn from_options(values: impl Iterator<Item = Option<f64>>) -> Col {
        let v: Vec<f64> = values.map(|x| x.unwrap_or(f64::NAN)).collect();
        if v.iter().all(|x| x.is_nan()) {
            Col::Absent
        } else {
            Col::Each(v)
        }
    }
}

/// The grade column.
#[derive(Debug, Clone, Default)]
pub(crate) enum Grades {
    /// No row has a grade.
    #[default]
    Absent,
    /// Each row's grade is its category (one column holds both, as in the Montgomery preset).
    Category,
    /// One interned text index per row ([`NO_TEXT`]: none).
    Each(Vec<u32>),
}

/// Pay records held column by column. See the module documentation of `src/pay/payroll.rs`.
#[derive(Debug, Clone, Default)]
pub struct Payroll {
    pub(crate) gender: Vec<Gender>,
    /// Interned category and grade texts.
    pub(crate) names: Vec<Text>,
    /// Category of each row, an index into `names` ([`NO_TEXT`]: none); empty when no row has
    /// one.
    pub(crate) category: Vec<u32>,
    pub(crate) grade: Grades,
    pub(crate) annual: Col,
    pub(crate) variable: Col,
    pub(crate) hourly: Col,
    pub(crate) weekly_hours: Col,
    pub(crate) bonus: Col,
    pub(crate) fte: Col,
    /// Full-pay flag of each row; empty when every row is on full pay.
    pub(crate) full_pay: Vec<bool>,
    /// The numeric controls of the adjusted gap, by column name (NaN: not recorded); shared
    /// with the regressions' designs.
    pub(crate) controls: Vec<(String, Arc<Vec<f64>>)>,
    /// The factors of the adjusted gap, by column name: indices into `names` ([`NO_TEXT`]: not
    /// recorded).
    pub(crate) factors: Vec<(String, Vec<u32>)>,
    /// Other numeric columns kept by name for a model (the Logib data sheet's; NaN: not
    /// recorded).
    pub(crate) numbers: Vec<(String, Vec<f64>)>,
    /// Each variable-pay column apart, by column name, when read for the registro retributivo
    /// (empty otherwise: `variable` holds their sum).
    pub(crate) supplements: Vec<(String, Vec<f64>)>,
    /// Non-salary payments, by column name (registro retributivo).
    pub(crate) extra: Vec<(String, Vec<f64>)>,
    /// Days worked in the year (registro retributivo).
    pub(crate) days: Col,
    /// The group (employer) of each row, when read with
    /// [`Columns::group`](crate::pay::Columns::group).
    pub(crate) group: Option<Group>,
}

/// The group (employer) column of a payroll.
#[derive(Debug, Clone, Default)]
pub(crate) struct Group {
    /// The column's name in the file.
    pub(crate) column: String,
    /// The interned codes.
    pub(crate) codes: Vec<Text>,
    /// Each row's code, an index into `codes`.
    pub(crate) of_row: Vec<u32>,
}

impl Payroll {
    /// Number of rows (workers).
    pub fn len(&self) -> usize {
        self.gender.len()
    }

    /// True when there is no row.
    pub fn is_empty(&self) -> bool {
        self.gender.is_empty()
    }

    /// The payroll of these workers, in their order.
    pub fn from_workers(workers: &[Worker]) -> Payroll {
        fn intern<'a>(
            t: &'a Option<Text>,
            index: &mut HashMap<&'a str, u32>,
            names: &mut Vec<Text>,
        ) -> u32 {
            match t {
                None => NO_TEXT,
                Some(t) => *index.entry(t.as_str()).or_insert_with(|| {
                    names.push(t.clone());
                    (names.len() - 1) as u32
                }),
            }
        }
        let mut names: Vec<Text> = Vec::new();
        let mut index: HashMap<&str, u32> = HashMap::new();
        let mut category = Vec::with_capacity(workers.len());
        let mut grade = Vec::with_capacity(workers.len());
        for w in workers {
            category.push(intern(&w.category, &mut index, &mut names));
            grade.push(intern(&w.grade, &mut index, &mut names));
        }
        let category = if category.iter().all(|&c| c == NO_TEXT) {
            Vec::new()
        } else {
            category
        };
        let grade = if grade.iter().all(|&g| g == NO_TEXT) {
            Grades::Absent
        } else {
            Grades::Each(grade)
        };
        let money = |f: fn(&Worker) -> Option<Money>| {
            Col::from_options(workers.iter().map(|w| f(w).map(Money::get)))
        };
        Payroll {
            gender: workers.iter().map(|w| w.gender).collect(),
            names,
            category,
            grade,
            annual: money(|w| w.annual_pay),
            variable: money(|w| w.variable_pay),
            hourly: money(|w| w.hourly_pay),
            weekly_hours: Col::from_options(workers.iter().map(|w| w.weekly_hours.map(Hours::get))),
            bonus: money(|w| w.bonus_pay),
            fte: Col::from_options(workers.iter().map(|w| w.fte.map(Fte::get))),
            full_pay: if workers.iter().all(|w| w.full_pay) {
                Vec::new()
            } else {
                workers.iter().map(|w| w.full_pay).collect()
            },
            controls: Vec::new(),
            factors: Vec::new(),
            numbers: Vec::new(),
            supplements: Vec::new(),
            extra: Vec::new(),
            days: Col::Absent,
            group: None,
        }
    }

    /// Row `i` as a [`Worker`]; `None` past the last row.
    pub fn worker(&self, i: usize) -> Option<Worker> {
        (i < self.len()).then(|| self.row(i))
    }

    /// Row `i` (below [`Payroll::len`]) as a [`Worker`].
    fn row(&self, i: usize) -> Worker {
        let text = |k: u32| (k != NO_TEXT).then(|| self.names[k as usize].clone());
        let category = self.category.get(i).copied().and_then(text);
        let grade = match &self.grade {
            Grades::Absent => None,
            Grades::Category => category.clone(),
            Grades::Each(g) => text(g[i]),
        };
        Worker {
            gender: self.gender[i],
            category,
            grade,
            annual_pay: self.annual.get(i).map(Money),
            variable_pay: self.variable.get(i).map(Money),
            hourly_pay: self.hourly.get(i).map(Money),
            weekly_hours: self.weekly_hours.get(i).map(Hours),
            bonus_pay: self.bonus.get(i).map(Money),
            fte: self.fte.get(i).and_then(|f| Fte::try_from(f).ok()),
            full_pay: self.full_pay(i),
        }
    }

    /// Every row as a [`Worker`], in order.
    pub fn to_workers(&self) -> Vec<Worker> {
        (0..self.len()).map(|i| self.row(i)).collect()
    }

    /// The categories that rows name (without "no category").
    pub fn categories(&self) -> BTreeSet<&str> {
        let mut used = vec![false; self.names.len()];
        for &c in &self.category {
            if c != NO_TEXT {
                used[c as usize] = true;
            }
        }
        self.names
            .iter()
            .zip(used)
            .filter(|(_, u)| *u)
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// Row `i`'s category index ([`NO_TEXT`]: none).
    #[inline]
    pub(crate) fn category_index(&self, i: usize) -> u32 {
        self.category.get(i).copied().unwrap_or(NO_TEXT)
    }

    /// As [`Worker::full_pay`].
    #[inline]
    pub(crate) fn full_pay(&self, i: usize) -> bool {
        self.full_pay.get(i).copied().unwrap_or(true)
    }

    /// As [`Worker::total_annual`].
    #[inline]
    pub(crate) fn total_annual(&self, i: usize) -> Option<f64> {
        self.annual
            .get(i)
            .map(|b| b + self.variable.get(i).unwrap_or(0.0))
    }

    /// As [`Worker::hourly`].
    #[inline]
    pub(crate) fn hourly(&self, i: usize, rules: &PayRules) -> Option<f64> {
        if let Some(h) = self.hourly.get(i) {
            return Some(h);
        }
        let annual = self.total_annual(i)?;
        let hours = self.weekly_hours.get(i)?;
        Some(annual * 7.0 / rules.days_per_year / hours)
    }

    /// Whether row `i` has an hourly rate ([`Payroll::hourly`] is `Some`), without computing it.
    #[inline]
    pub(crate) fn has_hourly(&self, i: usize) -> bool {
        self.hourly.get(i).is_some()
            || (self.annual.get(i).is_some() && self.weekly_hours.get(i).is_some())
    }

    /// The numeric column named `name` (any case) among [`Payroll::numbers`], if read.
    pub(crate) fn number(&self, name: &str) -> Option<&[f64]> {
        self.numbers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_slice())
    }

    /// As [`Worker::bonus`].
    #[inline]
    pub(crate) fn bonus(&self, i: usize) -> Option<f64> {
        self.bonus.get(i).or_else(|| self.variable.get(i))
    }
}

//! Assembling what the rows gave: the payroll's columns, and the assumptions made while reading.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::assumption::Assumption;
use super::layout::Layout;
use super::options::CsvOptions;
use super::row::Values;
use crate::model::{Fte, Gender, Hours, Money, Text};
use crate::pay::Payroll;
use crate::pay::payroll::{Col, Grades, Group};

/// The columns of the payroll, each filled only when the file has it.
#[derive(Default)]
pub(super) struct Builder {
    /// The index of each row's gender code (see `genders.rs`).
    gender: Vec<u8>,
    category: Vec<u32>,
    grade: Vec<u32>,
    annual: Vec<f64>,
    variable: Vec<f64>,
    hourly: Vec<f64>,
    weekly: Vec<f64>,
    bonus: Vec<f64>,
    fte: Vec<f64>,
    full_pay: Vec<bool>,
    /// The numeric controls and the factors, column by column.
    controls: Vec<Vec<f64>>,
    factors: Vec<Vec<u32>>,
    /// The other numeric columns.
    numbers: Vec<Vec<f64>>,
    /// Each variable-pay column apart (registro), each non-salary payment, days worked.
    parts: Vec<Vec<f64>>,
    extra: Vec<Vec<f64>>,
    days: Vec<f64>,
    /// The group code index of each row, when the file has a group column.
    group: Vec<u32>,
    /// What was assumed while reading, counted.
    pub(super) tally: Tally,
}

/// Cells read by an assumption, counted for the assumptions stated in the output.
#[derive(Default)]
pub(super) struct Tally {
    /// Empty weekly-hours cells that took the default hours.
    pub(super) defaulted_hours: u64,
    /// Empty pay cells read as 0 (`empty_as_zero`), by column.
    pub(super) zeroed: BTreeMap<usize, u64>,
    /// Empty FTE cells read as 1 and empty days-worked cells read as 365 (registro).
    pub(super) defaulted_fte: u64,
    pub(super) defaulted_days: u64,
}

impl Builder {
    /// Adds a row without problems.
    #[inline(always)]
    pub(super) fn push(&mut self, layout: &Layout, v: &Values, group: u32) {
        let Some(gender) = v.gender else { return };
        // Every mapped cell of a row without problems holds a value (NaN: none, unreachable).
        let m = |m: Option<Money>| m.map_or(f64::NAN, Money::get);
        self.gender.push(gender);
        if let Some(c) = v.category {
            self.category.push(c);
        }
        if let Some(g) = v.grade {
            self.grade.push(g);
        }
        if layout.annual.is_some() {
            self.annual.push(m(v.annual));
        }
        if !layout.variable.is_empty() {
            self.variable.push(m(v.variable));
        }
        if layout.hourly.is_some() {
            self.hourly.push(m(v.hourly));
        }
        if layout.weekly.is_some() {
            self.weekly.push(v.weekly.map_or(f64::NAN, Hours::get));
        }
        if layout.bonus.is_some() {
            self.bonus.push(m(v.bonus));
        }
        if layout.fte.is_some() {
            self.fte.push(v.fte.map_or(f64::NAN, Fte::get));
        }
        if layout.full_pay.is_some() {
            self.full_pay.push(v.full_pay);
        }
        push_each(&mut self.controls, &v.controls);
        push_each(&mut self.factors, &v.factors);
        push_each(&mut self.numbers, &v.numbers);
        push_each(&mut self.parts, &v.parts);
        push_each(&mut self.extra, &v.extra);
        if layout.days.is_some() {
            self.days.push(v.days.unwrap_or(f64::NAN));
        }
        if layout.group.is_some() {
            self.group.push(group);
        }
    }

    /// The payroll, its texts and group codes `(names, groups)`, its gender codes read by
    /// `genders` (by index).
    pub(super) fn into_payroll(
        self,
        layout: &Layout,
        options: &CsvOptions,
        (names, groups): (Vec<Text>, Vec<Text>),
        genders: &[Gender],
    ) -> Payroll {
        let col = |present: bool, values: Vec<f64>| {
            if present {
                Col::Each(values)
            } else {
                Col::Absent
            }
        };
        let own_grade = layout.grade.is_some() && layout.grade != layout.category;
        let name = |c: &usize| layout.names[*c].clone();
        let mut controls: Vec<(String, Arc<Vec<f64>>)> = layout
            .controls
            .iter()
            .map(name)
            .zip(self.controls.into_iter().map(Arc::new))
            .collect();
        let mut factors: Vec<(String, Vec<u32>)> =
            layout.factors.iter().map(name).zip(self.factors).collect();
        // A file without rows still names its columns.
        controls.extend(
            layout
                .controls
                .iter()
                .skip(controls.len())
                .map(|c| (name(c), Arc::new(Vec::new()))),
        );
        factors.extend(
            layout
                .factors
                .iter()
                .skip(factors.len())
                .map(|c| (name(c), Vec::new())),
        );
        let mut numbers: Vec<(String, Vec<f64>)> =
            layout.numbers.iter().map(name).zip(self.numbers).collect();
        numbers.extend(
            layout
                .numbers
                .iter()
                .skip(numbers.len())
                .map(|c| (name(c), Vec::new())),
        );
        let named = |cols: &[usize], values: Vec<Vec<f64>>| -> Vec<(String, Vec<f64>)> {
            let mut values = values.into_iter();
            cols.iter()
                .map(|c| (name(c), values.next().unwrap_or_default()))
                .collect()
        };
        let supplements = if options.registro {
            named(&layout.variable, self.parts)
        } else {
            Vec::new()
        };
        let extra = named(&layout.extra, self.extra);
        Payroll {
            gender: self
                .gender
                .iter()
                .map(|&i| genders[usize::from(i)])
                .collect(),
            names,
            category: self.category,
            grade: match layout.grade {
                None => Grades::Absent,
                Some(_) if !own_grade => Grades::Category,
                Some(_) => Grades::Each(self.grade),
            },
            annual: col(layout.annual.is_some(), self.annual),
            variable: col(!layout.variable.is_empty(), self.variable),
            hourly: col(layout.hourly.is_some(), self.hourly),
            weekly_hours: match (layout.weekly, options.default_weekly_hours) {
                (Some(_), _) => Col::Each(self.weekly),
                (None, Some(h)) => Col::All(h.get()),
                (None, None) => Col::Absent,
            },
            bonus: col(layout.bonus.is_some(), self.bonus),
            fte: col(layout.fte.is_some(), self.fte),
            full_pay: self.full_pay,
            controls,
            factors,
            numbers,
            supplements,
            extra,
            days: col(layout.days.is_some(), self.days),
            group: layout.group.map(|c| Group {
                column: name(&c),
                codes: groups,
                of_row: self.group,
            }),
        }
    }
}

/// Appends a row's values to their columns (created on the first row).
fn push_each<T: Copy>(columns: &mut Vec<Vec<T>>, row: &[T]) {
    if columns.len() < row.len() {
        columns.resize_with(row.len(), Vec::new);
    }
    for (col, v) in columns.iter_mut().zip(row) {
        col.push(*v);
    }
}

/// The assumptions made while reading, to be stated in any output: how variable pay was summed,
/// the default weekly hours used, the cells read as 0, the cells taken as not recorded
/// (`marked`, by column).
pub(super) fn assumptions(
    layout: &Layout,
    options: &CsvOptions,
    tally: &Tally,
    marked: &BTreeMap<usize, u64>,
) -> Vec<Assumption> {
    let name = |c: usize| layout.names[c].clone();
    let mut assumptions = Vec::new();
    if layout.variable.len() > 1 {
        assumptions.push(Assumption::VariableSum {
            columns: layout.variable.iter().map(|&c| name(c)).collect(),
        });
    }
    assumptions.extend(hours(layout, options, tally.defaulted_hours));
    if options.registro {
        assumptions.extend(registro_defaults(layout, tally));
    }
    assumptions.extend(
        tally
            .zeroed
            .iter()
            .map(|(&c, &cells)| Assumption::EmptyAsZero {
                column: name(c),
                cells,
            }),
    );
    assumptions.extend(marked.iter().map(|(&c, &cells)| Assumption::NotRecorded {
        column: name(c),
        cells,
        markers: options.missing_text.clone(),
    }));
    assumptions
}

/// The weekly hours assumed, if any: for every worker when the file has no weekly-hours column,
/// for the `defaulted` workers whose cell is empty otherwise.
fn hours(layout: &Layout, options: &CsvOptions, defaulted: u64) -> Option<Assumption> {
    let hours = options.default_weekly_hours?.get();
    match layout.weekly {
        None => Some(Assumption::HoursForAll { hours }),
        Some(c) if defaulted > 0 => Some(Assumption::HoursMissing {
            column: layout.names[c].clone(),
            workers: defaulted,
            hours,
        }),
        Some(_) => None,
    }
}

/// The full-time equivalents (1) and days worked (365) assumed for the registro: for every
/// worker when the file has no such column, for the workers whose cell is empty otherwise.
fn registro_defaults(layout: &Layout, tally: &Tally) -> Vec<Assumption> {
    let name = |c: usize| layout.names[c].clone();
    let mut out = Vec::new();
    match layout.fte {
        None => out.push(Assumption::FteForAll),
        Some(c) if tally.defaulted_fte > 0 => out.push(Assumption::FteMissing {
            column: name(c),
            workers: tally.defaulted_fte,
        }),
        Some(_) => {}
    }
    match layout.days {
        None => out.push(Assumption::DaysForAll),
        Some(c) if tally.defaulted_days > 0 => out.push(Assumption::DaysMissing {
            column: name(c),
            workers: tally.defaulted_days,
        }),
        Some(_) => {}
    }
    out
}

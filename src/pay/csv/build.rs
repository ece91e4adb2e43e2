//! Assembling what the rows gave: the payroll's columns, and the assumptions made while reading.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::assumption::Assumption;
use super::layout::Layout;
use super::options::CsvOptions;
use crate::model::{Gender, Text};
use crate::pay::Payroll;
use crate::pay::payroll::{Col, Grades, Group};

/// The columns of the payroll, each filled only when the file has it.
#[derive(Default)]
pub(super) struct Builder {
    /// The index of each row's gender code (see `genders.rs`).
    pub(super) gender: Vec<u8>,
    pub(super) category: Vec<u32>,
    pub(super) grade: Vec<u32>,
    pub(super) annual: Vec<f64>,
    pub(super) variable: Vec<f64>,
    pub(super) hourly: Vec<f64>,
    pub(super) weekly: Vec<f64>,
    pub(super) bonus: Vec<f64>,
    pub(super) fte: Vec<f64>,
    pub(super) full_pay: Vec<bool>,
    /// The numeric controls and the factors, column by column.
    pub(super) controls: Vec<Vec<f64>>,
    pub(super) factors: Vec<Vec<u32>>,
    /// The other numeric columns.
    pub(super) numbers: Vec<Vec<f64>>,
    /// Each variable-pay column apart (registro), each non-salary payment, days worked.
    pub(super) parts: Vec<Vec<f64>>,
    pub(super) extra: Vec<Vec<f64>>,
    pub(super) days: Vec<f64>,
    /// The group code index of each row, when the file has a group column.
    pub(super) group: Vec<u32>,
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
    /// Drops every value taken (keeping the room they took, and the tally).
    pub(super) fn discard(&mut self) {
        let amounts = [
            &mut self.annual,
            &mut self.variable,
            &mut self.hourly,
            &mut self.weekly,
            &mut self.bonus,
            &mut self.fte,
            &mut self.days,
        ];
        let nested = self
            .controls
            .iter_mut()
            .chain(&mut self.numbers)
            .chain(&mut self.parts)
            .chain(&mut self.extra);
        amounts.into_iter().chain(nested).for_each(Vec::clear);
        let indices = [&mut self.category, &mut self.grade, &mut self.group];
        indices
            .into_iter()
            .chain(&mut self.factors)
            .for_each(Vec::clear);
        self.gender.clear();
        self.full_pay.clear();
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
pub(super) fn push_each<T: Copy>(columns: &mut Vec<Vec<T>>, row: &[T]) {
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

//! One row of a payroll CSV: its mapped cells read into [`Values`], each problem recorded
//! against its cell.

use super::build::{Builder, push_each};
use super::cells::{amount, amount_of, flag, number, plain_decimal};
use super::genders::Genders;
use super::groups::Groups;
use super::layout::Layout;
use super::numbers::{DecimalSeparator, plain_comma_decimal};
use super::options::CsvOptions;
use super::problems::Problems;
use super::record::Record;
use super::texts::Texts;
use crate::document::{Location, Problem};
use crate::i18n::Message;
use crate::model::{Fte, Hours, Money};
use crate::pay::payroll::NO_TEXT;

/// One row being checked: records problems against its cells.
pub(super) struct Row<'a, C> {
    rec: &'a C,
    /// By column, a workbook's number cell (its text in `rec` is empty); empty for a CSV file.
    numbers: &'a [Option<f64>],
    line: &'a dyn Fn() -> u64,
    layout: &'a Layout,
    problems: &'a mut Problems,
    /// The decimal separator of each column.
    seps: &'a [DecimalSeparator],
    /// Empty pay cells are 0 (counted in `zeroed`).
    empty_as_zero: bool,
    zeroed: Option<&'a mut std::collections::BTreeMap<usize, u64>>,
}

impl<'a, C: Record> Row<'a, C> {
    pub(super) fn new(
        rec: &'a C,
        numbers: &'a [Option<f64>],
        line: &'a dyn Fn() -> u64,
        layout: &'a Layout,
        problems: &'a mut Problems,
    ) -> Row<'a, C> {
        Row {
            rec,
            numbers,
            line,
            layout,
            problems,
            seps: &[],
            empty_as_zero: false,
            zeroed: None,
        }
    }

    /// `f` of each of `columns`, in order, pushed onto the column of the same place in
    /// `out` (created on the first row).
    #[inline(always)]
    fn each<T>(
        &mut self,
        columns: &[usize],
        out: &mut Vec<Vec<T>>,
        mut f: impl FnMut(&mut Self, usize) -> T,
    ) {
        if columns.is_empty() {
            return;
        }
        if out.len() < columns.len() {
            out.resize_with(columns.len(), Vec::new);
        }
        for (&c, col) in columns.iter().zip(out.iter_mut()) {
            col.push(f(self, c));
        }
    }

    /// Reads every mapped cell into the payroll's columns, recording a problem for each one
    /// that is wrong (in this order: gender, annual, variable, hourly and bonus pay, hours, FTE,
    /// flag, category, grade, controls, factors, other numbers, other payments, days). A row
    /// with a problem goes in as far as it reads: the payroll of a file with problems is never
    /// made, so its columns need not line up.
    // Always inlined into the row loop, and each value pushed as it is read: a row's values
    // gathered first into a struct of their own cost a fifth of the reading thread's time.
    #[inline(always)]
    pub(super) fn read_into(
        &mut self,
        options: &CsvOptions,
        seps: &'a [DecimalSeparator],
        texts: &mut Texts,
        genders: &mut Genders,
        out: &'a mut Builder,
    ) {
        let layout = self.layout;
        self.seps = seps;
        self.empty_as_zero = options.empty_as_zero;
        self.zeroed = Some(&mut out.tally.zeroed);
        // Every mapped cell of a row without problems holds a value (NaN: none).
        let m = |m: Option<Money>| m.map_or(f64::NAN, Money::get);
        if let Some(g) = self.gender(genders) {
            out.gender.push(g);
        }
        if layout.annual.is_some() {
            out.annual.push(m(self.money(layout.annual)));
        }
        if !layout.variable.is_empty() {
            let mut parts = Vec::new();
            let variable = self.variable_pay(options.registro.then_some(&mut parts));
            out.variable.push(m(variable));
            push_each(&mut out.parts, &parts);
        }
        if layout.hourly.is_some() {
            out.hourly.push(m(self.money(layout.hourly)));
        }
        if layout.bonus.is_some() {
            out.bonus.push(m(self.money(layout.bonus)));
        }
        let weekly =
            self.weekly_hours(options.default_weekly_hours, &mut out.tally.defaulted_hours);
        if layout.weekly.is_some() {
            out.weekly.push(weekly.map_or(f64::NAN, Hours::get));
        }
        if let Some(c) = layout.fte {
            let fte = self.fte(c, options.registro, &mut out.tally.defaulted_fte);
            out.fte.push(fte.map_or(f64::NAN, Fte::get));
        }
        if let Some(c) = layout.full_pay {
            let full = self.full_pay(c);
            out.full_pay.push(full);
        }
        if let Some(c) = layout.category {
            let t = self.text(texts, c);
            out.category.push(t);
        }
        // The same column may hold both (the Montgomery preset): read it once.
        if let Some(c) = layout.grade.filter(|_| layout.grade != layout.category) {
            let t = self.text(texts, c);
            out.grade.push(t);
        }
        self.each(&layout.controls, &mut out.controls, |r, c| r.control(c));
        self.each(&layout.factors, &mut out.factors, |r, c| r.text(texts, c));
        self.each(&layout.numbers, &mut out.numbers, |r, c| r.control(c));
        self.each(&layout.extra, &mut out.extra, |r, c| {
            r.money(Some(c)).map_or(f64::NAN, Money::get)
        });
        if let Some(c) = layout.days {
            let days = self.days(c, options.registro, &mut out.tally.defaulted_days);
            out.days.push(days.unwrap_or(f64::NAN));
        }
    }

    /// A numeric control: NaN for an empty cell (not recorded), a problem for one that is not a
    /// number.
    fn control(&mut self, c: usize) -> f64 {
        match self.number(c, "csv-control-empty") {
            Ok(v) => v,
            Err(m) if m.id() == "csv-control-empty" => f64::NAN,
            Err(m) => {
                self.problem(c, m);
                f64::NAN
            }
        }
    }

    #[inline]
    fn gender(&mut self, genders: &mut Genders) -> Option<u8> {
        let c = self.layout.gender;
        match genders.index(self.rec.cell(c), self.line) {
            Ok(g) => Some(g),
            Err(m) => {
                self.problem(c, m);
                None
            }
        }
    }

    /// The sum of the variable-pay columns; each column's amount pushed to `parts` when given
    /// (NaN for a cell with a problem).
    #[inline]
    fn variable_pay(&mut self, mut parts: Option<&mut Vec<f64>>) -> Option<Money> {
        let layout = self.layout;
        if layout.variable.is_empty() {
            return None;
        }
        let mut sum = 0.0;
        for &c in &layout.variable {
            let m = self.money(Some(c));
            if let Some(p) = parts.as_deref_mut() {
                p.push(m.map_or(f64::NAN, Money::get));
            }
            if let Some(m) = m {
                sum += m.get();
            }
        }
        // A sum of finite amounts can still overflow to infinity.
        match Money::new(sum) {
            Ok(m) => Some(m),
            Err(_) => {
                let first = layout.variable[0];
                self.problem(first, Message::new("csv-variable-pay-sum-too-large"));
                None
            }
        }
    }

    /// The weekly hours, or the default ones (counted) for an empty cell or a missing column.
    fn weekly_hours(&mut self, default: Option<Hours>, defaulted: &mut u64) -> Option<Hours> {
        let Some(c) = self.layout.weekly else {
            return default;
        };
        match self.number(c, "csv-hours-empty") {
            Err(m) if m.id() == "csv-hours-empty" => match default {
                Some(h) => {
                    *defaulted += 1;
                    Some(h)
                }
                None => {
                    self.problem(c, m);
                    None
                }
            },
            Err(m) => {
                self.problem(c, m);
                None
            }
            Ok(v) => match Hours::new(v) {
                Ok(h) => Some(h),
                Err(_) => {
                    self.problem(c, Message::new("csv-hours-range"));
                    None
                }
            },
        }
    }

    /// The full-time equivalent; with `default`, an empty cell is 1 (counted in `defaulted`).
    fn fte(&mut self, c: usize, default: bool, defaulted: &mut u64) -> Option<Fte> {
        match self
            .number(c, "csv-fte-empty")
            .and_then(|v| Fte::try_from(v).map_err(|_| Message::new("csv-fte-range")))
        {
            Ok(f) => Some(f),
            Err(m) if default && m.id() == "csv-fte-empty" => {
                *defaulted += 1;
                Fte::try_from(1.0).ok()
            }
            Err(m) => {
                self.problem(c, m);
                None
            }
        }
    }

    /// Days worked, 1 to 366; with `default`, an empty cell is 365 (counted in `defaulted`).
    fn days(&mut self, c: usize, default: bool, defaulted: &mut u64) -> Option<f64> {
        match self.number(c, "csv-days-empty") {
            Ok(v) if (1.0..=366.0).contains(&v) => Some(v),
            Ok(_) => {
                self.problem(c, Message::new("csv-days-range"));
                None
            }
            Err(m) if default && m.id() == "csv-days-empty" => {
                *defaulted += 1;
                Some(365.0)
            }
            Err(m) => {
                self.problem(c, m);
                None
            }
        }
    }

    fn full_pay(&mut self, c: usize) -> bool {
        flag(self.rec.cell(c)).unwrap_or_else(|m| {
            self.problem(c, m);
            true
        })
    }

    /// The index of a category or grade cell's text ([`NO_TEXT`] when not recorded or wrong).
    #[inline]
    fn text(&mut self, texts: &mut Texts, c: usize) -> u32 {
        texts.get(self.rec.cell(c), c).unwrap_or_else(|m| {
            self.problem(c, m);
            NO_TEXT
        })
    }

    /// The index of the row's group code ([`NO_TEXT`] when the file has no group column, or the
    /// cell is wrong: a problem).
    #[inline]
    pub(super) fn group(&mut self, groups: &mut Groups) -> u32 {
        let Some(c) = self.layout.group else {
            return NO_TEXT;
        };
        groups.get(self.rec.cell(c)).unwrap_or_else(|m| {
            self.problem(c, m);
            NO_TEXT
        })
    }

    /// The group code index interned already, or [`NO_TEXT`] and its problem recorded.
    #[inline]
    pub(super) fn interned_group(&mut self, interned: Result<u32, &Message>) -> u32 {
        interned.unwrap_or_else(|m| {
            if let Some(c) = self.layout.group {
                self.problem(c, m.clone());
            }
            NO_TEXT
        })
    }

    fn problem(&mut self, column: usize, message: Message) {
        self.problems.push(Problem::at(
            Location::cell((self.line)(), column + 1, self.layout.names[column].clone()),
            message,
        ));
    }

    /// The number in column `c`: a workbook's number cell, else the cell's text read as one.
    fn number(&self, c: usize, empty: &'static str) -> Result<f64, Message> {
        match self.number_cell(c) {
            Some(v) => Ok(v),
            None => number(self.rec.cell(c), self.seps[c], empty),
        }
    }

    /// A workbook's number cell in column `c` (never for a CSV file: `numbers` is empty).
    #[inline(always)]
    fn number_cell(&self, c: usize) -> Option<f64> {
        self.numbers.get(c).copied().flatten()
    }

    #[inline(always)]
    fn money(&mut self, column: Option<usize>) -> Option<Money> {
        let c = column?;
        if let Some(v) = self.number_cell(c) {
            return self.checked(c, amount_of(v));
        }
        let cell = self.rec.cell(c);
        let fast = match self.seps[c] {
            DecimalSeparator::Point => plain_decimal(cell),
            DecimalSeparator::Comma => plain_comma_decimal(cell),
        };
        // The common cell, e.g. `89432.694`: finite and not negative, so always an amount.
        if let Some(v) = fast.filter(|&v| v <= Money::MAX) {
            // Built directly (this module is inside `pay`): what `Money::new` checks holds
            // (finite, not negative, at most `Money::MAX`: up to 15 digits can exceed it).
            debug_assert!(v.is_finite() && v.is_sign_positive());
            return Some(Money(v));
        }
        self.money_slow(c, cell)
    }

    #[cold]
    fn money_slow(&mut self, c: usize, cell: &[u8]) -> Option<Money> {
        if self.empty_as_zero && cell.trim_ascii().is_empty() {
            if let Some(z) = self.zeroed.as_deref_mut() {
                *z.entry(c).or_insert(0) += 1;
            }
            return Some(Money(0.0));
        }
        let read = amount(cell, self.seps[c]);
        self.checked(c, read)
    }

    /// The amount, or `None` and its problem recorded.
    fn checked(&mut self, c: usize, read: Result<Money, Message>) -> Option<Money> {
        read.map_err(|m| self.problem(c, m)).ok()
    }
}

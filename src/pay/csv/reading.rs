//! The state of a payroll being read: the rows taken so far, the rows waiting for a column's
//! decimal separator, the gender codes met, and the problems.

use std::collections::VecDeque;

use csv::ByteRecord;

use super::assumption::Assumption;
use super::build::{Builder, assumptions};
use super::genders::Genders;
use super::groups::Groups;
use super::layout::Layout;
use super::numbers::Decimals;
use super::options::{CsvOptions, Encoding, PayrollCsv};
use super::problems::{CsvErrors, Problems};
use super::record::Record;
use super::row::Row;
use super::texts::Texts;
use crate::document::{Location, Problem};
use crate::i18n::Message;

/// A row waiting for a column's decimal separator.
type Waiting = (ByteRecord, Vec<Option<f64>>, u64, Option<Interned>);

/// A row's group code interned before the row is taken (by the thread that splits a CSV file):
/// its index, or why the cell cannot be one.
pub(super) type Interned = Result<u32, Message>;

/// What the thread that splits a CSV file read of a row before the row is taken: its group
/// code (the index, or why the cell cannot be one; see `ahead.rs`). Nothing for a workbook or
/// Parquet file. Small and borrowed: it goes with each row.
#[derive(Default, Clone, Copy)]
pub(super) struct Early<'a> {
    pub(super) group: Option<Result<u32, &'a Message>>,
}

/// A payroll being read.
pub(super) struct Reading<'o> {
    options: &'o CsvOptions,
    layout: &'o Layout,
    pub(super) problems: Problems,
    texts: Texts<'o>,
    groups: Groups,
    out: Builder,
    genders: Genders,
    decimals: Decimals,
    /// Rows waiting for a column's decimal separator, with their number cells, their lines and
    /// their group codes when interned already, in file order.
    waiting: VecDeque<Waiting>,
    encoding: Encoding,
}

impl<'o> Reading<'o> {
    pub(super) fn new(
        options: &'o CsvOptions,
        layout: &'o Layout,
        problems: Problems,
        encoding: Encoding,
    ) -> Reading<'o> {
        Reading {
            options,
            layout,
            problems,
            texts: Texts::new(&options.missing_text),
            groups: Groups::default(),
            out: Builder::default(),
            genders: Genders::default(),
            decimals: Decimals::new(layout.width, &layout.numeric(), options.decimal),
            waiting: VecDeque::new(),
            encoding,
        }
    }

    /// Takes a row of the right width: reads it now, or keeps it until its columns' decimal
    /// separators are known (and then reads every row kept, in order). `numbers` holds, by
    /// column, the number of a workbook's number cell (whose text in `rec` is empty: a number
    /// cell says nothing of its column's decimal separator); empty for a CSV file. `early` is
    /// what was read of the row already: its group code (see [`Reading::interned_groups`];
    /// `None` has it interned here).
    #[inline(always)]
    pub(super) fn take<C: Record>(
        &mut self,
        rec: &C,
        numbers: &[Option<f64>],
        line: &dyn Fn() -> u64,
        early: Early<'_>,
    ) {
        let waits = self.decimals.observe(rec, line);
        if waits || !self.waiting.is_empty() {
            let group = early.group.map(|g| g.map_err(Message::clone));
            let kept = (rec.to_byte_record(), numbers.to_vec(), line(), group);
            self.waiting.push_back(kept);
            if self.decimals.waiting.is_empty() {
                self.flush();
            }
            return;
        }
        self.read(rec, numbers, line, early);
    }

    /// The group codes interned by another thread take the place of this reading's own (which
    /// then has met none).
    pub(super) fn interned_groups(&mut self, groups: Groups) {
        self.groups = groups;
    }

    /// Reads the rows kept, in order.
    fn flush(&mut self) {
        while let Some((rec, numbers, n, group)) = self.waiting.pop_front() {
            let early = Early {
                group: group.as_ref().map(|g| g.as_ref().copied()),
            };
            self.read(&rec, &numbers, &|| n, early);
        }
    }

    /// Reads one row's cells into the payroll.
    #[inline(always)]
    fn read<C: Record>(
        &mut self,
        rec: &C,
        numbers: &[Option<f64>],
        line: &dyn Fn() -> u64,
        early: Early<'_>,
    ) {
        let mut row = Row::new(rec, numbers, line, self.layout, &mut self.problems);
        row.read_into(
            self.options,
            &self.decimals.sep,
            &mut self.texts,
            &mut self.genders,
            &mut self.out,
        );
        let group = match early.group {
            None => row.group(&mut self.groups),
            Some(interned) => row.interned_group(interned),
        };
        if self.layout.group.is_some() {
            self.out.group.push(group);
        }
        // Once there is a problem no payroll is made: the rows are still read, for their own
        // problems, but their values are not kept (the memory stays what it was).
        if !self.problems.is_empty() {
            self.out.discard();
        }
    }

    /// The payroll, or every problem: the rows' own, the columns whose decimal separator stayed
    /// undecided, and the gender codes that cannot be read.
    pub(super) fn finish(
        mut self,
        rows: u64,
        read_failed: bool,
        delimiter: u8,
    ) -> Result<PayrollCsv, CsvErrors> {
        let layout = self.layout;
        for &(c, line) in &self.decimals.waiting {
            self.problems.push(Problem::at(
                Location::cell(line, c + 1, layout.names[c].clone()),
                Message::new("csv-decimal-undecided"),
            ));
        }
        if self.decimals.waiting.is_empty() {
            self.flush();
        }
        let table = match self.genders.resolve(&self.options.gender_codes) {
            Ok(t) => t,
            Err(ps) => {
                let g = layout.gender;
                for (line, m) in ps {
                    self.problems.push(Problem::at(
                        Location::cell(line, g + 1, layout.names[g].clone()),
                        m,
                    ));
                }
                Vec::new()
            }
        };
        if !self.problems.is_empty() {
            return Err(self.problems.into_errors(read_failed));
        }
        let mut assumptions =
            assumptions(layout, self.options, &self.out.tally, &self.texts.marked);
        read_as(
            &mut assumptions,
            self.encoding,
            delimiter,
            &self.decimals,
            layout,
        );
        Ok(PayrollCsv {
            payroll: self.out.into_payroll(
                layout,
                self.options,
                (self.texts.names, self.groups.names),
                &table,
            ),
            rows,
            assumptions,
        })
    }
}

/// States how the file was read when it was not plain UTF-8 with commas and decimal points.
fn read_as(
    assumptions: &mut Vec<Assumption>,
    encoding: Encoding,
    delimiter: u8,
    decimals: &Decimals,
    layout: &Layout,
) {
    if encoding != Encoding::Utf8 {
        assumptions.push(Assumption::Encoding(encoding));
    }
    if delimiter != b',' {
        assumptions.push(Assumption::Delimiter(char::from(delimiter)));
    }
    let comma: Vec<String> = layout
        .numeric()
        .into_iter()
        .filter(|&c| decimals.sep[c] == super::numbers::DecimalSeparator::Comma)
        .map(|c| layout.names[c].clone())
        .collect();
    if !comma.is_empty() {
        assumptions.push(Assumption::DecimalComma { columns: comma });
    }
}

//! Reading a payroll CSV, row by row, into a [`Payroll`] (or [`Worker`](crate::model::Worker)s).

use std::io::{self, Read};

use csv::ByteRecord;

use super::cells::{amount, flag, gender_of, number, plain_decimal};
use super::guard::Guard;
use super::layout::Layout;
use super::options::{CsvOptions, PayCsv, PayrollCsv};
use super::problems::{CsvErrors, Problems, at_line};
use super::texts::Texts;
use crate::document::{Location, Problem};
use crate::i18n::Message;
use crate::model::{Fte, Gender, Hours, Money};
use crate::pay::Payroll;
use crate::pay::payroll::{Col, Grades, NO_TEXT};

/// Reads every row of a payroll CSV into [`Worker`](crate::model::Worker)s: [`read_payroll`], then one `Worker` per
/// row (convenient for small files; a [`Payroll`] takes a third of the memory).
pub fn read_workers<R: Read>(reader: R, options: &CsvOptions) -> Result<PayCsv, CsvErrors> {
    let read = read_payroll(reader, options)?;
    Ok(PayCsv {
        workers: read.payroll.to_workers(),
        rows: read.rows,
        assumptions: read.assumptions,
    })
}

/// Reads every row of a payroll CSV into a [`Payroll`], streaming: the input goes through a
/// 64 KiB buffer and is never held whole.
///
/// Returns the payroll, or every problem found (the rules are in the docs of `src/pay/csv/mod.rs`),
/// each naming its line and, for a cell, its column; no message holds a pay value.
pub fn read_payroll<R: Read>(reader: R, options: &CsvOptions) -> Result<PayrollCsv, CsvErrors> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(options.delimiter)
        // Records end at a line feed only: a carriage return before it stays in the last field
        // (and is trimmed with the other spaces). So every record's line feed is consumed with
        // it, which lets `record_line` count lines exactly (with the default CRLF terminator,
        // the line feed of a CRLF is consumed with the next record, and the line numbers that
        // the csv crate records drift).
        .terminator(csv::Terminator::Any(b'\n'))
        .buffer_capacity(64 * 1024)
        .from_reader(Guard::new(reader, options));
    let mut problems = Problems::default();
    let mut rec = ByteRecord::new();

    // The header.
    let fatal = |rdr: &csv::Reader<Guard<R>>, e: csv::Error, problems: &mut Problems| -> bool {
        match rdr.get_ref().failure.clone() {
            Some(p) => {
                problems.push(p);
                false
            }
            None => {
                let line = rdr.position().line();
                problems.push(at_line(line, io_reason(&e)));
                true
            }
        }
    };
    match rdr.read_byte_record(&mut rec) {
        Ok(true) => {}
        Ok(false) => {
            problems.push(at_line(1, Message::new("csv-empty-file")));
            return Err(problems.into_errors(false));
        }
        Err(e) => {
            let read_failed = fatal(&rdr, e, &mut problems);
            return Err(problems.into_errors(read_failed));
        }
    }
    let header_line = record_line(&rec, &rdr);
    let layout = match Layout::resolve(&rec, &options.columns, header_line) {
        Ok(l) => l,
        Err(ps) => {
            for p in ps {
                problems.push(p);
            }
            return Err(problems.into_errors(false));
        }
    };

    let mut texts = Texts::new(&options.missing_text);
    // The columns of the payroll, each kept only when the file has it.
    let mut gender_col: Vec<Gender> = Vec::new();
    let mut category_col: Vec<u32> = Vec::new();
    let mut grade_col: Vec<u32> = Vec::new();
    let mut annual_col: Vec<f64> = Vec::new();
    let mut variable_col: Vec<f64> = Vec::new();
    let mut hourly_col: Vec<f64> = Vec::new();
    let mut weekly_col: Vec<f64> = Vec::new();
    let mut bonus_col: Vec<f64> = Vec::new();
    let mut fte_col: Vec<f64> = Vec::new();
    let mut full_pay_col: Vec<bool> = Vec::new();
    let own_grade = layout.grade.is_some() && layout.grade != layout.category;
    let mut rows: u64 = 0;
    let mut defaulted_hours: u64 = 0;
    let mut read_failed = false;
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                read_failed = fatal(&rdr, e, &mut problems);
                break;
            }
        }
        if rec.len() == 1 && rec[0].trim_ascii().is_empty() {
            continue; // a blank line (with a carriage return, which the csv crate keeps)
        }
        rows += 1;
        let line = || record_line(&rec, &rdr);
        if rows > options.max_rows as u64 {
            problems.push(at_line(
                line(),
                Message::new("csv-too-many-rows")
                    .count("max", options.max_rows as u64)
                    .text("digits", options.max_rows.to_string()),
            ));
            break;
        }
        if rec.len() != layout.width {
            problems.push(at_line(
                line(),
                Message::new("csv-field-count")
                    .count("width", layout.width as u64)
                    .text("width-digits", layout.width.to_string())
                    .count("found", rec.len() as u64)
                    .text("found-digits", rec.len().to_string()),
            ));
            continue;
        }
        let mut row = Row {
            rec: &rec,
            line: &line,
            layout: &layout,
            problems: &mut problems,
            ok: true,
        };
        let gender = match gender_of(&rec[layout.gender]) {
            Ok(g) => Some(g),
            Err(m) => {
                row.problem(layout.gender, m);
                None
            }
        };
        let annual_pay = row.money(layout.annual);
        let variable_pay = if layout.variable.is_empty() {
            None
        } else {
            let mut sum = 0.0;
            for &c in &layout.variable {
                if let Some(m) = row.money(Some(c)) {
                    sum += m.get();
                }
            }
            // A sum of finite amounts can still overflow to infinity.
            match Money::new(sum) {
                Ok(m) => Some(m),
                Err(_) => {
                    row.problem(
                        layout.variable[0],
                        Message::new("csv-variable-pay-sum-too-large"),
                    );
                    None
                }
            }
        };
        let hourly_pay = row.money(layout.hourly);
        let bonus_pay = row.money(layout.bonus);
        let weekly_hours = match layout.weekly {
            None => options.default_weekly_hours,
            Some(c) => match number(&rec[c], "csv-hours-empty") {
                Err(m) if m.id() == "csv-hours-empty" => match options.default_weekly_hours {
                    Some(h) => {
                        defaulted_hours += 1;
                        Some(h)
                    }
                    None => {
                        row.problem(c, m);
                        None
                    }
                },
                Err(m) => {
                    row.problem(c, m);
                    None
                }
                Ok(v) => match Hours::new(v) {
                    Ok(h) => Some(h),
                    Err(_) => {
                        row.problem(c, Message::new("csv-hours-range"));
                        None
                    }
                },
            },
        };
        let fte = layout.fte.and_then(|c| {
            match number(&rec[c], "csv-fte-empty")
                .and_then(|v| Fte::try_from(v).map_err(|_| Message::new("csv-fte-range")))
            {
                Ok(f) => Some(f),
                Err(m) => {
                    row.problem(c, m);
                    None
                }
            }
        });
        let full_pay = match layout.full_pay {
            None => true,
            Some(c) => flag(&rec[c]).unwrap_or_else(|m| {
                row.problem(c, m);
                true
            }),
        };
        let mut text = |c: Option<usize>, row: &mut Row| {
            let c = c?;
            Some(texts.get(&rec[c], c).unwrap_or_else(|m| {
                row.problem(c, m);
                NO_TEXT
            }))
        };
        let category = text(layout.category, &mut row);
        // The same column may hold both (the Montgomery preset): read it once.
        let grade = if own_grade {
            text(layout.grade, &mut row)
        } else {
            None
        };
        if let (true, Some(gender)) = (row.ok && problems.is_empty(), gender) {
            // Every mapped cell of a row without problems holds a value (NaN: none, unreachable).
            let v = |m: Option<Money>| m.map_or(f64::NAN, Money::get);
            gender_col.push(gender);
            if let Some(c) = category {
                category_col.push(c);
            }
            if let Some(g) = grade {
                grade_col.push(g);
            }
            if layout.annual.is_some() {
                annual_col.push(v(annual_pay));
            }
            if !layout.variable.is_empty() {
                variable_col.push(v(variable_pay));
            }
            if layout.hourly.is_some() {
                hourly_col.push(v(hourly_pay));
            }
            if layout.weekly.is_some() {
                weekly_col.push(weekly_hours.map_or(f64::NAN, Hours::get));
            }
            if layout.bonus.is_some() {
                bonus_col.push(v(bonus_pay));
            }
            if layout.fte.is_some() {
                fte_col.push(fte.map_or(f64::NAN, Fte::get));
            }
            if layout.full_pay.is_some() {
                full_pay_col.push(full_pay);
            }
        }
    }
    if rows == 0 && problems.is_empty() {
        problems.push(at_line(
            rdr.position().line().max(header_line + 1),
            Message::new("csv-no-rows"),
        ));
    }
    if !problems.is_empty() {
        return Err(problems.into_errors(read_failed));
    }

    let mut assumptions = Vec::new();
    if layout.variable.len() > 1 {
        assumptions.push(format!(
            "variable pay is the sum of the columns {}",
            layout
                .variable
                .iter()
                .map(|&c| format!("`{}`", layout.names[c]))
                .collect::<Vec<_>>()
                .join(" + ")
        ));
    }
    if let Some(h) = options.default_weekly_hours {
        match layout.weekly {
            None => assumptions.push(format!(
                "weekly hours are not in the file: {} hours a week assumed for every worker",
                h.get()
            )),
            Some(c) if defaulted_hours > 0 => assumptions.push(format!(
                "weekly hours missing (column `{}` empty) for {defaulted_hours} worker{}: {} \
                 hours a week assumed",
                layout.names[c],
                if defaulted_hours == 1 { "" } else { "s" },
                h.get()
            )),
            Some(_) => {}
        }
    }
    for (&c, &n) in &texts.marked {
        assumptions.push(format!(
            "{n} cell{} of column `{}` holding {} taken as not recorded",
            if n == 1 { "" } else { "s" },
            layout.names[c],
            options
                .missing_text
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        ));
    }
    let col = |present: bool, values: Vec<f64>| {
        if present {
            Col::Each(values)
        } else {
            Col::Absent
        }
    };
    let payroll = Payroll {
        gender: gender_col,
        names: texts.names,
        category: category_col,
        grade: match layout.grade {
            None => Grades::Absent,
            Some(_) if !own_grade => Grades::Category,
            Some(_) => Grades::Each(grade_col),
        },
        annual: col(layout.annual.is_some(), annual_col),
        variable: col(!layout.variable.is_empty(), variable_col),
        hourly: col(layout.hourly.is_some(), hourly_col),
        weekly_hours: match (layout.weekly, options.default_weekly_hours) {
            (Some(_), _) => Col::Each(weekly_col),
            (None, Some(h)) => Col::All(h.get()),
            (None, None) => Col::Absent,
        },
        bonus: col(layout.bonus.is_some(), bonus_col),
        fte: col(layout.fte.is_some(), fte_col),
        full_pay: full_pay_col,
    };
    Ok(PayrollCsv {
        payroll,
        rows,
        assumptions,
    })
}

/// The line where the record just read starts: the line after it, less the line feeds in it
/// (quoted ones, and the one that ends it unless it ends the file). Computed only for problems.
fn record_line<R: Read>(rec: &ByteRecord, rdr: &csv::Reader<Guard<R>>) -> u64 {
    let after = rdr.position();
    let guard = rdr.get_ref();
    let ends_file = after.byte() == guard.passed && guard.prev != b'\n';
    let inside = rec.as_slice().iter().filter(|&&b| b == b'\n').count() as u64;
    after
        .line()
        .saturating_sub(inside + u64::from(!ends_file))
        .max(1)
}

/// `cannot read the input: ` and the I/O error under a csv error, without the csv crate's own
/// wording. The error's text (from the operating system, in English) is kept for English; the
/// common kinds are named in the other languages.
fn io_reason(e: &csv::Error) -> Message {
    let (kind, reason) = match e.kind() {
        csv::ErrorKind::Io(io) => (
            match io.kind() {
                io::ErrorKind::NotFound => "not-found",
                io::ErrorKind::PermissionDenied => "permission-denied",
                io::ErrorKind::IsADirectory => "is-a-directory",
                io::ErrorKind::InvalidData => "invalid-data",
                io::ErrorKind::UnexpectedEof => "unexpected-eof",
                io::ErrorKind::Interrupted => "interrupted",
                io::ErrorKind::TimedOut => "timed-out",
                _ => "other",
            },
            io.to_string(),
        ),
        _ => ("other", e.to_string()),
    };
    Message::new("csv-cannot-read")
        .text("kind", kind)
        .text("reason", reason)
}

/// One row being checked: records problems against its cells.
struct Row<'a> {
    rec: &'a ByteRecord,
    line: &'a dyn Fn() -> u64,
    layout: &'a Layout,
    problems: &'a mut Problems,
    ok: bool,
}

impl Row<'_> {
    fn problem(&mut self, column: usize, message: Message) {
        self.ok = false;
        self.problems.push(Problem::at(
            Location::cell((self.line)(), column + 1, self.layout.names[column].clone()),
            message,
        ));
    }

    #[inline]
    fn money(&mut self, column: Option<usize>) -> Option<Money> {
        let c = column?;
        let cell = &self.rec[c];
        // The common cell, e.g. `89432.694`: finite and not negative, so always an amount.
        if let Some(v) = plain_decimal(cell).filter(|&v| v <= Money::MAX) {
            // Built directly (this module is inside `pay`): what `Money::new` checks holds
            // (finite, not negative, at most `Money::MAX`: up to 15 digits can exceed it).
            debug_assert!(v.is_finite() && v.is_sign_positive());
            return Some(Money(v));
        }
        self.money_slow(c, cell)
    }

    #[cold]
    fn money_slow(&mut self, c: usize, cell: &[u8]) -> Option<Money> {
        match amount(cell) {
            Ok(m) => Some(m),
            Err(m) => {
                self.problem(c, m);
                None
            }
        }
    }
}

//! Where the mapped columns are in the header.

use csv::ByteRecord;

use super::options::Columns;
use super::problems::{at_line, in_column};
use crate::document::{Location, Problem};
use crate::i18n::Message;

/// Positions (0-based) of the mapped columns in the header.
pub(super) struct Layout {
    pub(super) width: usize,
    pub(super) names: Vec<String>,
    pub(super) gender: usize,
    pub(super) annual: Option<usize>,
    pub(super) variable: Vec<usize>,
    pub(super) hourly: Option<usize>,
    pub(super) weekly: Option<usize>,
    pub(super) bonus: Option<usize>,
    pub(super) category: Option<usize>,
    pub(super) grade: Option<usize>,
    pub(super) fte: Option<usize>,
    pub(super) full_pay: Option<usize>,
    /// The numeric controls and the factors of the adjusted gap.
    pub(super) controls: Vec<usize>,
    pub(super) factors: Vec<usize>,
    /// Other numeric columns kept by name ([`Columns::numbers`]).
    pub(super) numbers: Vec<usize>,
    /// Non-salary payments ([`Columns::extra_salary`]) and days worked.
    pub(super) extra: Vec<usize>,
    pub(super) days: Option<usize>,
    /// The group (employer) of each row ([`Columns::group`]).
    pub(super) group: Option<usize>,
}

impl Layout {
    /// Finds every named column in the header; one problem lists all the missing ones.
    pub(super) fn resolve(
        header: &ByteRecord,
        columns: &Columns,
        line: u64,
    ) -> Result<Layout, Vec<Problem>> {
        let names: Vec<String> = header
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_string())
            .collect();
        let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        let mut missing: Vec<String> = Vec::new();
        let mut problems: Vec<Problem> = Vec::new();
        let mut find = |name: &str| -> Option<usize> {
            let want = name.trim().to_lowercase();
            let mut hits = lower.iter().enumerate().filter(|(_, n)| **n == want);
            let first = hits.next().map(|(i, _)| i);
            match first {
                None => {
                    if !missing.iter().any(|m| m.to_lowercase() == want) {
                        missing.push(name.trim().to_string());
                    }
                }
                Some(i) => {
                    let others = hits.count();
                    if others > 0 && !problems.iter().any(|p| in_column(p, i)) {
                        problems.push(Problem::at(
                            Location::cell(line, i + 1, names[i].clone()),
                            Message::new("csv-column-repeated")
                                .text("times", (others + 1).to_string()),
                        ));
                    }
                }
            }
            first
        };
        let gender = find(&columns.gender);
        let annual = columns.annual_pay.as_deref().map(&mut find);
        let variable: Vec<Option<usize>> = columns.variable_pay.iter().map(|n| find(n)).collect();
        let hourly = columns.hourly_pay.as_deref().map(&mut find);
        let weekly = columns.weekly_hours.as_deref().map(&mut find);
        let bonus = columns.bonus_pay.as_deref().map(&mut find);
        let category = columns.category.as_deref().map(&mut find);
        let grade = columns.grade.as_deref().map(&mut find);
        let fte = columns.fte.as_deref().map(&mut find);
        let full_pay = columns.full_pay.as_deref().map(&mut find);
        let controls: Vec<Option<usize>> = columns.controls.iter().map(|n| find(n)).collect();
        let factors: Vec<Option<usize>> = columns.factors.iter().map(|n| find(n)).collect();
        let numbers: Vec<Option<usize>> = columns.numbers.iter().map(|n| find(n)).collect();
        let extra: Vec<Option<usize>> = columns.extra_salary.iter().map(|n| find(n)).collect();
        let days = columns.days_worked.as_deref().map(&mut find);
        let group = columns.group.as_deref().map(&mut find);
        // A pay column named twice would be counted twice.
        let pay: Vec<Option<usize>> = variable.iter().chain(&extra).copied().collect();
        for (k, &c) in pay.iter().enumerate() {
            let Some(c) = c else { continue };
            if pay[..k].contains(&Some(c)) && !problems.iter().any(|p| in_column(p, c)) {
                problems.push(Problem::at(
                    Location::cell(line, c + 1, names[c].clone()),
                    Message::new("csv-variable-pay-twice"),
                ));
            }
        }
        if !missing.is_empty() {
            problems.insert(0, header_hint(&names, &missing, line));
            let list = missing
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ");
            problems.insert(
                0,
                at_line(
                    line,
                    Message::new(if missing.len() == 1 {
                        "csv-missing-column"
                    } else {
                        "csv-missing-columns"
                    })
                    .text("columns", list),
                ),
            );
        }
        match gender {
            Some(gender) if problems.is_empty() => Ok(Layout {
                width: names.len(),
                names,
                gender,
                annual: annual.flatten(),
                variable: variable.into_iter().flatten().collect(),
                hourly: hourly.flatten(),
                weekly: weekly.flatten(),
                bonus: bonus.flatten(),
                category: category.flatten(),
                grade: grade.flatten(),
                fte: fte.flatten(),
                full_pay: full_pay.flatten(),
                controls: controls.into_iter().flatten().collect(),
                factors: factors.into_iter().flatten().collect(),
                numbers: numbers.into_iter().flatten().collect(),
                extra: extra.into_iter().flatten().collect(),
                days: days.flatten(),
                group: group.flatten(),
            }),
            _ => Err(problems),
        }
    }
}

impl Layout {
    /// The columns read as numbers: pay components, hours and FTE.
    pub(super) fn numeric(&self) -> Vec<usize> {
        let mut cols: Vec<usize> = [
            self.annual,
            self.hourly,
            self.weekly,
            self.bonus,
            self.fte,
            self.days,
        ]
        .into_iter()
        .flatten()
        .chain(self.variable.iter().copied())
        .chain(self.extra.iter().copied())
        .chain(self.controls.iter().copied())
        .chain(self.numbers.iter().copied())
        .collect();
        cols.sort_unstable();
        cols.dedup();
        cols
    }
}

#[cfg(feature = "parquet")]
impl Layout {
    /// Every mapped column, in order (the columns a Parquet file is asked for).
    pub(super) fn mapped(&self) -> Vec<usize> {
        let mut cols: Vec<usize> = [self.gender]
            .into_iter()
            .chain(
                [self.category, self.grade, self.full_pay, self.group]
                    .into_iter()
                    .flatten(),
            )
            .chain(self.factors.iter().copied())
            .chain(self.numeric())
            .collect();
        cols.sort_unstable();
        cols.dedup();
        cols
    }
}

/// What the header holds, for a person whose column names did not match: its columns (at most
/// 30), the nearest name to each missing one, and a hint when the header is one column holding
/// another delimiter.
fn header_hint(names: &[String], missing: &[String], line: u64) -> Problem {
    if let [only] = names
        && let Some(d) = [';', '\t', '|', ',']
            .into_iter()
            .find(|d| only.contains(*d))
    {
        let shown = if d == '\t' {
            "tab".to_string()
        } else {
            d.to_string()
        };
        return at_line(
            line,
            Message::new("csv-header-one-column").text("delimiter", shown),
        );
    }
    let shown: Vec<String> = names.iter().take(30).map(|n| format!("`{n}`")).collect();
    let nearest: Vec<String> = missing
        .iter()
        .filter_map(|m| nearest(names, m).map(|n| format!("`{n}` for `{m}`")))
        .collect();
    // `none` selects the variant without suggestions (a list always holds a backtick).
    let nearest = if nearest.is_empty() {
        "none".to_string()
    } else {
        nearest.join(", ")
    };
    let m = Message::new("csv-header-columns")
        .count("count", names.len() as u64)
        .text("columns", shown.join(", "))
        .text("nearest", nearest);
    at_line(line, m)
}

/// The header name nearest to `wanted` (case-insensitive edit distance at most a third of its
/// length, and at least 2), if any.
fn nearest<'a>(names: &'a [String], wanted: &str) -> Option<&'a str> {
    let w = wanted.to_lowercase();
    let limit = (w.chars().count() / 3).max(2);
    names
        .iter()
        .map(|n| (strsim::levenshtein(&n.to_lowercase(), &w), n))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n.as_str())
}

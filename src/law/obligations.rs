//! What an organisation owes in a year: the pay duties that concern it (due that year or
//! later), the board quotas at the end of the year, and the deadlines.

use serde::Serialize;

use super::board::{QuotaStatus, quotas_at};
use super::rules::{Country, Covers, Duty, Jurisdiction, Letter, PayRule};
use super::{LawError, Organisation};
use crate::model::Date;

/// What the organisation must report in the year, and how often.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Obligations {
    /// The jurisdiction.
    pub country: Country,
    /// The headcount asked about.
    pub employees: u32,
    /// The year in which reports fall due (a report due in 2027 covers 2026).
    pub year: i16,
    /// Listed company.
    pub listed: bool,
    /// Public-interest entity.
    pub public_interest: bool,
    /// The date the rules were last compared with their sources.
    pub rules_checked: Date,
    /// Pay duties.
    pub pay: PayObligations,
    /// Board and management quotas, as at 31 December of the year.
    pub governance: Vec<QuotaStatus>,
    /// The dated deadlines of the year, in date order.
    pub deadlines: Vec<Deadline>,
    /// The rules applied whose text was not read (their sources say what is uncertain).
    pub unverified: Vec<String>,
}

/// A dated deadline and the rule that sets it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Deadline {
    /// The last day.
    pub date: Date,
    /// The rule's id.
    pub rule: String,
}

/// The pay part of [`Obligations`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PayObligations {
    /// The Article 9 letters due in the year (égapro's A–G in France), lowercase, in order.
    pub indicators: Vec<Letter>,
    /// Every pay duty that concerns the headcount, due this year or later.
    pub duties: Vec<DutyStatus>,
}

/// A pay duty and where the year stands with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DutyStatus {
    /// The rule, as the data states it.
    #[serde(flatten)]
    pub rule: PayRule,
    /// True when a report falls due in the year (or, for a kept-at-all-times duty, when it is
    /// in force); false for an optional duty.
    pub due: bool,
    /// The next year after this one in which it falls due, if any.
    pub next_due: Option<i16>,
    /// The deadline in the year, when due and set.
    pub due_date: Option<Date>,
    /// The calendar year the report covers, when due.
    pub data_year: Option<i16>,
    /// The snapshot date, for a snapshot report that is due.
    pub snapshot_date: Option<Date>,
}

/// The obligations of an organisation in `country` for the reports due in `year`.
///
/// A joint pay assessment is listed as due only in a year in which a pay-gap report is due (it
/// follows from the report). Errors: a headcount of 0, a year before the first pay rule held.
///
/// ```
/// use gender_impact::law::{obligations, Country, Organisation};
/// let small = Organisation { employees: 120, listed: false, public_interest: false };
/// assert!(obligations(Country::Eu, small, 2027).unwrap().pay.indicators.is_empty());
/// assert_eq!(obligations(Country::Eu, small, 2031).unwrap().pay.indicators.len(), 7);
/// ```
pub fn obligations(
    country: Country,
    org: Organisation,
    year: i16,
) -> Result<Obligations, LawError> {
    if org.employees == 0 {
        return Err(LawError::NoEmployees);
    }
    let j = Jurisdiction::built_in(country);
    let first = j
        .pay
        .iter()
        .map(|r| r.applies_from.civil().year())
        .min()
        .unwrap_or(year);
    if year < first {
        return Err(LawError::BeforeRules {
            country: country.code(),
            year,
            first,
        });
    }
    let duties = pay_duties(j, org.employees, year);
    let end = date(year, 12, 31);
    let governance = quotas_at(country, end, org)?;
    Ok(Obligations {
        country,
        employees: org.employees,
        year,
        listed: org.listed,
        public_interest: org.public_interest,
        rules_checked: j.checked,
        pay: PayObligations {
            indicators: letters(&duties),
            duties: duties.clone(),
        },
        deadlines: deadlines(&duties),
        unverified: unverified(&duties, &governance),
        governance,
    })
}

fn pay_duties(j: &Jurisdiction, employees: u32, year: i16) -> Vec<DutyStatus> {
    let concerns = |r: &&PayRule| {
        r.employees.contains(employees) && r.until.is_none_or(|u| u.civil().year() >= year)
    };
    let mut out: Vec<DutyStatus> = j
        .pay
        .iter()
        .filter(concerns)
        .map(|r| status(r, year))
        .collect();
    let report_due = out
        .iter()
        .any(|d| d.due && d.rule.duty != Duty::JointPayAssessment && !d.rule.indicators.is_empty());
    for d in out
        .iter_mut()
        .filter(|d| d.rule.duty == Duty::JointPayAssessment)
    {
        d.due &= report_due;
    }
    out
}

fn in_force(r: &PayRule, year: i16) -> bool {
    r.applies_from.civil().year() <= year && r.until.is_none_or(|u| u.civil().year() >= year)
}

fn status(r: &PayRule, year: i16) -> DutyStatus {
    let due = !r.optional && in_force(r, year) && r.cadence.due_in(year);
    let next = (!r.optional && r.cadence.every_years > 0)
        .then(|| r.cadence.next_from(year + 1))
        .filter(|&y| r.until.is_none_or(|u| u.civil().year() >= y));
    let ongoing = r.covers == Covers::Ongoing;
    DutyStatus {
        rule: r.clone(),
        due,
        next_due: if ongoing { None } else { next },
        due_date: r
            .deadline
            .filter(|_| due)
            .map(|d| date(year, d.month, d.day)),
        data_year: (due && !ongoing).then_some(year - 1),
        snapshot_date: r
            .snapshot
            .filter(|_| due)
            .map(|d| date(year - 1, d.month, d.day)),
    }
}

fn letters(duties: &[DutyStatus]) -> Vec<Letter> {
    let mut all: Vec<Letter> = duties
        .iter()
        .filter(|d| d.due && d.rule.duty != Duty::JointPayAssessment)
        .flat_map(|d| d.rule.indicators.iter().copied())
        .collect();
    all.sort();
    all.dedup();
    all
}

fn deadlines(duties: &[DutyStatus]) -> Vec<Deadline> {
    let mut out: Vec<Deadline> = duties
        .iter()
        .filter_map(|d| {
            d.due_date.map(|date| Deadline {
                date,
                rule: d.rule.id.clone(),
            })
        })
        .collect();
    out.sort();
    out
}

fn unverified(duties: &[DutyStatus], quotas: &[QuotaStatus]) -> Vec<String> {
    let pay = duties
        .iter()
        .filter(|d| !d.rule.source.verified)
        .map(|d| d.rule.id.clone());
    let boards = quotas
        .iter()
        .filter(|q| !q.source.verified)
        .map(|q| q.rule.clone());
    pay.chain(boards).collect()
}

/// A date the data guarantees to exist (checked on load); 1 January of the year otherwise.
fn date(year: i16, month: u8, day: u8) -> Date {
    let text = format!("{year:04}-{month:02}-{day:02}");
    text.parse()
        .or_else(|_| format!("{year:04}-01-01").parse())
        .unwrap_or_else(|_| unreachable_date())
}

fn unreachable_date() -> Date {
    "2000-01-01"
        .parse()
        .unwrap_or_else(|_| unreachable!("a valid literal date"))
}

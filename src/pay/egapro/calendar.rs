//! égapro's calendar: who declares in which year, who owes indicator G, who needs the CSE's
//! opinion, and when the compliance path opens.
//!
//! Read from égapro's source (github.com/SocialGouv/egapro, commit
//! dd3040e0f2ad62d53e69075fd73d867de4b0d393, 23 July 2026), `packages/app/src/modules/domain/shared/`:
//! `constants.ts` (the thresholds 50 and 100 and the 5% alert), `indicatorG.ts` (G every year
//! from 250, every third year from 2027 for 150–249, and from 2030 for every employer of 50 or
//! more on the triennial years), `companyObligation.ts` (the declaration: every year from 100,
//! on the triennial years from 50), `companySize.ts` (the CSE opinion from 100) and
//! `declarationFlags.ts` (the compliance path). The headcount is égapro's workforce (the
//! GIP-MDS annual average, possibly decimal), compared exactly, never rounded.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// `COMPANY_SIZE_VOLUNTARY_MAX`: below it, the declaration is voluntary.
pub(crate) const VOLUNTARY_BELOW: f64 = 50.0;
/// `COMPANY_SIZE_ANNUAL_MIN`: from it, a declaration every year and the CSE's opinion.
pub(crate) const ANNUAL_FROM: f64 = 100.0;
/// `INDICATOR_G_ANNUAL_MIN`: from it, indicator G every year.
pub(crate) const G_ANNUAL_FROM: f64 = 250.0;
/// `INDICATOR_G_TRIENNIAL_MIN`: from it, indicator G on the triennial years (before 2030).
pub(crate) const G_TRIENNIAL_FROM: f64 = 150.0;
/// `INDICATOR_G_UNIVERSAL_YEAR`: from it, G on the triennial years for every employer of 50+.
pub(crate) const G_UNIVERSAL_YEAR: i32 = 2030;
/// `INDICATOR_G_TRIENNIAL_BASE_YEAR`: the first triennial year.
pub(crate) const TRIENNIAL_BASE_YEAR: i32 = 2027;
/// The first declaration year this profile answers for: égapro's tests of indicators A–G start
/// with the 2026 campaign; the years before had the older *Index de l'égalité professionnelle*,
/// which this crate does not compute.
pub const EGAPRO_FIRST_YEAR: i32 = 2026;
/// The last year accepted (a four-digit year).
const LAST_YEAR: i32 = 9999;

/// égapro's size tier (`classifyCompanySize`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EgaproSize {
    /// Fewer than 50: voluntary declaration.
    Voluntary,
    /// 50 to 99: a declaration on the triennial years.
    Triennial,
    /// 100 or more: a declaration every year, with the CSE's opinion.
    Annual,
}

/// What égapro's calendar asks of an employer of `employees` in the declaration year `year`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EgaproCalendar {
    /// The headcount (égapro's workforce: an annual average, possibly decimal).
    pub employees: f64,
    /// The declaration year, when given.
    pub year: Option<i32>,
    /// The size tier.
    pub size: EgaproSize,
    /// Whether the CSE's opinion is required (100 or more).
    pub cse_opinion_required: bool,
    /// Whether the year is a triennial year (2027, 2030, 2033…); absent without a year.
    pub triennial_year: Option<bool>,
    /// Whether the declaration (indicators A–F) is due that year; absent without a year.
    pub declaration_due: Option<bool>,
    /// Whether indicator G is due that year; absent without a year.
    pub g_due: Option<bool>,
}

/// Why a headcount or a year cannot be placed on égapro's calendar.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// The headcount is negative or not a finite number.
    #[error("--employees: expected a headcount of 0 or more, found {0}")]
    Employees(f64),
    /// The year is outside égapro's indicators A–G.
    #[error(
        "--year: expected a declaration year from 2026 (égapro's indicators A–G) to 9999, found {0}"
    )]
    Year(i32),
}

impl CalendarError {
    /// The error as a catalogue message (the flag, what was expected, what was found).
    pub fn message(&self) -> Message {
        match *self {
            CalendarError::Employees(v) => {
                Message::new("egapro-error-employees").text("value", v.to_string())
            }
            CalendarError::Year(y) => Message::new("egapro-error-year")
                .text("year", y.to_string())
                .text("first", EGAPRO_FIRST_YEAR.to_string()),
        }
    }
}

impl EgaproCalendar {
    /// The calendar of an employer of `employees` in `year` (none: the year-dependent answers
    /// are left open).
    ///
    /// ```
    /// use gender_impact::pay::{EgaproCalendar, EgaproSize};
    /// // égapro's indicatorG.test.ts: a workforce of 200 owes G in 2027, not in 2028.
    /// let c = EgaproCalendar::new(200.0, Some(2027)).unwrap();
    /// assert_eq!((c.size, c.g_due), (EgaproSize::Annual, Some(true)));
    /// assert_eq!(EgaproCalendar::new(200.0, Some(2028)).unwrap().g_due, Some(false));
    /// assert!(EgaproCalendar::new(-1.0, None).is_err());
    /// ```
    pub fn new(employees: f64, year: Option<i32>) -> Result<EgaproCalendar, CalendarError> {
        if !employees.is_finite() || employees < 0.0 {
            return Err(CalendarError::Employees(employees));
        }
        if let Some(y) = year.filter(|y| !(EGAPRO_FIRST_YEAR..=LAST_YEAR).contains(y)) {
            return Err(CalendarError::Year(y));
        }
        Ok(EgaproCalendar {
            employees,
            year,
            size: size_of(employees),
            cse_opinion_required: employees >= ANNUAL_FROM,
            triennial_year: year.map(is_triennial_year),
            declaration_due: year.map(|y| declaration_due(employees, y)),
            g_due: year.map(|y| g_due(employees, y)),
        })
    }
}

/// `classifyCompanySize`.
fn size_of(employees: f64) -> EgaproSize {
    if employees < VOLUNTARY_BELOW {
        EgaproSize::Voluntary
    } else if employees < ANNUAL_FROM {
        EgaproSize::Triennial
    } else {
        EgaproSize::Annual
    }
}

/// `isTriennialYear`: 2027 and every third year after it.
pub(crate) fn is_triennial_year(year: i32) -> bool {
    year >= TRIENNIAL_BASE_YEAR && (year - TRIENNIAL_BASE_YEAR) % 3 == 0
}

/// `isIndicatorGRequired`.
pub(crate) fn g_due(employees: f64, year: i32) -> bool {
    if employees >= G_ANNUAL_FROM {
        return true;
    }
    let from = if year >= G_UNIVERSAL_YEAR {
        VOLUNTARY_BELOW
    } else {
        G_TRIENNIAL_FROM
    };
    employees >= from && is_triennial_year(year)
}

/// `isObligatedForYear`: the declaration of A–F.
pub(crate) fn declaration_due(employees: f64, year: i32) -> bool {
    if employees < VOLUNTARY_BELOW {
        false
    } else if employees < ANNUAL_FROM {
        is_triennial_year(year)
    } else {
        true
    }
}
